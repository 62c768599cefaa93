// Operator and conversion nodes: arithmetic with Go's wrapping and
// division rules, shifts, comparisons, logical operators, numeric and
// string conversions, boxing into interfaces and type assertions.
#pragma once

#include <cmath>
#include <limits>

#include "interp/nodes.h"

namespace goterp {

// ---- Arithmetic -------------------------------------------------------------------

template <class T> struct Arith {
  using U = std::make_unsigned_t<std::conditional_t<std::is_integral_v<T>, T, int>>;
  static T add(T a, T b) {
    if constexpr (std::is_integral_v<T>)
      return T(U(a) + U(b));
    else
      return a + b;
  }
  static T sub(T a, T b) {
    if constexpr (std::is_integral_v<T>)
      return T(U(a) - U(b));
    else
      return a - b;
  }
  static T mul(T a, T b) {
    if constexpr (std::is_integral_v<T>)
      return T(U(a) * U(b));
    else
      return a * b;
  }
};

enum class Op : uint8_t { Add, Sub, Mul, Quo, Rem, And, Or, Xor, AndNot };

template <class T, Op op> inline T applyOp(Ctx &c, ExecNode *at, T a, T b) {
  if constexpr (op == Op::Add)
    return Arith<T>::add(a, b);
  else if constexpr (op == Op::Sub)
    return Arith<T>::sub(a, b);
  else if constexpr (op == Op::Mul)
    return Arith<T>::mul(a, b);
  else if constexpr (op == Op::Quo) {
    if constexpr (std::is_integral_v<T>) {
      if (__builtin_expect(b == 0, false)) {
        c.site = at;
        panicDivide(c);
      }
      if constexpr (std::is_signed_v<T>)
        if (b == -1) return Arith<T>::sub(0, a); // MinInt / -1 wraps, as in Go
      return T(a / b);
    } else {
      return a / b;
    }
  } else if constexpr (op == Op::Rem) {
    if (__builtin_expect(b == 0, false)) {
      c.site = at;
      panicDivide(c);
    }
    if constexpr (std::is_signed_v<T>)
      if (b == -1) return 0;
    return T(a % b);
  } else if constexpr (op == Op::And)
    return T(a & b);
  else if constexpr (op == Op::Or)
    return T(a | b);
  else if constexpr (op == Op::Xor)
    return T(a ^ b);
  else
    return T(a & ~b);
}

template <class T, Op op, class X = FromNode<T>, class Y = FromNode<T>>
class Binary : public Typed<Binary<T, op, X, Y>, T> {
public:
  X x;
  Y y;
  Binary(X a, Y b) : x(a), y(b) {}
  T get(Ctx &c) {
    T a = x.get(c);
    T b = y.get(c);
    return applyOp<T, op>(c, this, a, b);
  }
  bool mayCall() const override { return x.mayCall() || y.mayCall(); }
};

template <class T> class Shift : public Typed<Shift<T>, T> {
public:
  ExecNode *x, *y;
  bool left, countSigned;
  Shift(ExecNode *a, ExecNode *b, bool l, bool s) : x(a), y(b), left(l), countSigned(s) {}
  T get(Ctx &c) {
    T a = evalAs<T>(x, c);
    int64_t s = y->evalInt(c);
    if (countSigned && s < 0) {
      c.site = this;
      panicShift(c);
    }
    uint64_t n = uint64_t(s);
    constexpr unsigned bits = sizeof(T) * 8;
    if (left) return n >= bits ? T(0) : T(std::make_unsigned_t<T>(a) << n);
    if (n >= bits) return std::is_signed_v<T> && a < 0 ? T(-1) : T(0);
    return T(a >> n);
  }
  bool mayCall() const override { return x->mayCall() || y->mayCall(); }
};

// x << k and x >> k by a constant count, checked when compiled (k below
// the width: wider shifts are folded or become Shift).
template <class T, bool left, class X> class ShiftK : public Typed<ShiftK<T, left, X>, T> {
public:
  X x;
  unsigned k;
  ShiftK(X a, unsigned n) : x(a), k(n) {}
  T get(Ctx &c) {
    T a = x.get(c);
    if constexpr (left)
      return T(std::make_unsigned_t<T>(a) << k);
    else
      return T(a >> k);
  }
  bool mayCall() const override { return x.mayCall(); }
};

template <class T> class Negate : public Typed<Negate<T>, T> {
public:
  ExecNode *x;
  explicit Negate(ExecNode *a) : x(a) {}
  T get(Ctx &c) {
    if constexpr (std::is_integral_v<T>)
      return Arith<T>::sub(0, evalAs<T>(x, c));
    else
      return -evalAs<T>(x, c);
  }
  bool mayCall() const override { return x->mayCall(); }
};

template <class T> class Complement : public Typed<Complement<T>, T> {
public:
  ExecNode *x;
  explicit Complement(ExecNode *a) : x(a) {}
  T get(Ctx &c) { return T(~evalAs<T>(x, c)); }
  bool mayCall() const override { return x->mayCall(); }
};

class NotNode : public Typed<NotNode, bool> {
public:
  ExecNode *x;
  explicit NotNode(ExecNode *a) : x(a) {}
  bool get(Ctx &c) { return !x->evalBool(c); }
  bool mayCall() const override { return x->mayCall(); }
};

class AndAnd : public Typed<AndAnd, bool> {
public:
  ExecNode *x, *y;
  AndAnd(ExecNode *a, ExecNode *b) : x(a), y(b) {}
  bool get(Ctx &c) { return x->evalBool(c) && y->evalBool(c); }
  bool mayCall() const override { return x->mayCall() || y->mayCall(); }
};

class OrOr : public Typed<OrOr, bool> {
public:
  ExecNode *x, *y;
  OrOr(ExecNode *a, ExecNode *b) : x(a), y(b) {}
  bool get(Ctx &c) { return x->evalBool(c) || y->evalBool(c); }
  bool mayCall() const override { return x->mayCall() || y->mayCall(); }
};

class Concat : public Typed<Concat, GoString> {
public:
  ExecNode *x, *y;
  Concat(ExecNode *a, ExecNode *b) : x(a), y(b) {}
  GoString get(Ctx &c) {
    GoString a = x->evalString(c);
    GoString b = y->evalString(c);
    return concatStrings(a, b);
  }
  bool mayCall() const override { return x->mayCall() || y->mayCall(); }
};

// ---- Comparisons ---------------------------------------------------------------------------

enum class Cmp : uint8_t { Eq, Ne, Lt, Le, Gt, Ge };

template <Cmp cmp, class T> inline bool compare(const T &a, const T &b) {
  if constexpr (cmp == Cmp::Eq)
    return a == b;
  else if constexpr (cmp == Cmp::Ne)
    return a != b;
  else if constexpr (cmp == Cmp::Lt)
    return a < b;
  else if constexpr (cmp == Cmp::Le)
    return a <= b;
  else if constexpr (cmp == Cmp::Gt)
    return a > b;
  else
    return a >= b;
}

template <class T, Cmp cmp, class X = FromNode<T>, class Y = FromNode<T>>
class Compare : public Typed<Compare<T, cmp, X, Y>, bool> {
public:
  X x;
  Y y;
  Compare(X a, Y b) : x(a), y(b) {}
  bool get(Ctx &c) {
    T a = x.get(c);
    T b = y.get(c);
    if constexpr (std::is_same_v<T, GoString>) {
      if constexpr (cmp == Cmp::Eq)
        return stringsEqual(a, b);
      else if constexpr (cmp == Cmp::Ne)
        return !stringsEqual(a, b);
      else
        return compare<cmp>(compareStrings(a, b), 0);
    } else {
      return compare<cmp>(a, b);
    }
  }
  bool mayCall() const override { return x.mayCall() || y.mayCall(); }
};

// == on interfaces (and an interface against a concrete value converted to
// one): panics if the dynamic type is not comparable.
class IfaceEq : public Typed<IfaceEq, bool> {
public:
  ExecNode *x, *y;
  bool negate;
  IfaceEq(ExecNode *a, ExecNode *b, bool n) : x(a), y(b), negate(n) {}
  bool get(Ctx &c) {
    GoIface a = x->evalIface(c);
    GoIface b = y->evalIface(c);
    c.site = this;
    return ifaceEqual(c, a, b) != negate;
  }
};

// == on structs and arrays.
class MemEq : public Typed<MemEq, bool> {
public:
  ExecNode *x, *y;
  bool negate;
  MemEq(ExecNode *a, ExecNode *b, bool n) : x(a), y(b), negate(n) {}
  bool get(Ctx &c) {
    void *a = alloca(x->type->size);
    void *b = alloca(x->type->size);
    x->evalInto(c, a);
    y->evalInto(c, b);
    c.site = this;
    return valuesEqual(c, x->type, a, b) != negate;
  }
};

// ---- Conversions ---------------------------------------------------------------------------

// Between integer types, from integers to floats, between floats.
template <class To> class IntConv : public Typed<IntConv<To>, To> {
public:
  ExecNode *x;
  bool fromUnsigned;
  IntConv(ExecNode *a, bool u) : x(a), fromUnsigned(u) {}
  To get(Ctx &c) {
    int64_t v = x->evalInt(c);
    if constexpr (std::is_floating_point_v<To>)
      return fromUnsigned ? To(uint64_t(v)) : To(v);
    else
      return To(v);
  }
  bool mayCall() const override { return x->mayCall(); }
};

// Floats to integers: truncation; out-of-range values give what gc's amd64
// code gives (the "integer indefinite" 0x8000000000000000 pattern).
template <class To> class FloatToInt : public Typed<FloatToInt<To>, To> {
public:
  ExecNode *x;
  explicit FloatToInt(ExecNode *a) : x(a) {}
  To get(Ctx &c) {
    double d = x->evalFloat(c);
    if constexpr (std::is_same_v<To, uint64_t>) {
      if (!(d >= 0) || d >= 18446744073709551616.0) {
        if (d != d || d >= 18446744073709551616.0 || d <= -9223372036854775808.0) return To(1ULL << 63);
        return To(int64_t(d));
      }
      if (d < 9223372036854775808.0) return To(int64_t(d));
      return To(uint64_t(int64_t(d - 9223372036854775808.0)) ^ (1ULL << 63));
    } else {
      if (!(d > -9223372036854775809.0 && d < 9223372036854775808.0)) return To(int64_t(1ULL << 63));
      return To(int64_t(d));
    }
  }
  bool mayCall() const override { return x->mayCall(); }
};

template <class To> class FloatConv : public Typed<FloatConv<To>, To> {
public:
  ExecNode *x;
  explicit FloatConv(ExecNode *a) : x(a) {}
  To get(Ctx &c) { return To(x->evalFloat(c)); }
  bool mayCall() const override { return x->mayCall(); }
};

template <class To> class ComplexConv : public Typed<ComplexConv<To>, To> {
public:
  ExecNode *x;
  explicit ComplexConv(ExecNode *a) : x(a) {}
  To get(Ctx &c) {
    Complex128 z = x->evalComplex(c);
    return To(typename To::value_type(z.real()), typename To::value_type(z.imag()));
  }
  bool mayCall() const override { return x->mayCall(); }
};

// ---- Interfaces ------------------------------------------------------------------------------

// A concrete value into an interface.
class ToIface : public Typed<ToIface, GoIface> {
public:
  ExecNode *x;
  const Type *t;
  explicit ToIface(ExecNode *a, const Type *type) : x(a), t(type) {}
  GoIface get(Ctx &c) {
    if (directIface(t->size)) {
      uint64_t bits = 0;
      x->evalInto(c, &bits); // even of size 0: *p must still panic for a nil p
      return GoIface{t, bits};
    }
    void *box = gc::alloc(t->size, t->hasPointers);
    x->evalInto(c, box);
    return GoIface{t, reinterpret_cast<uint64_t>(box)};
  }
  bool mayCall() const override { return x->mayCall(); }
};

// x.(T) for a concrete T: the value out of the interface.
template <class T> class AssertTo : public Typed<AssertTo<T>, T> {
public:
  ExecNode *x;
  const Type *iface, *t;
  AssertTo(ExecNode *a, const Type *i, const Type *type) : x(a), iface(i), t(type) {}
  T get(Ctx &c) {
    GoIface v = x->evalIface(c);
    if (__builtin_expect(v.t != t, false)) {
      c.site = this;
      panicTypeAssert(c, iface, v.t, t, "");
    }
    return loadAs<T>(ifaceData(v));
  }
};

class AssertToMem : public ExecNode {
public:
  ExecNode *x;
  const Type *iface, *t;
  AssertToMem(ExecNode *a, const Type *i, const Type *type) : x(a), iface(i), t(type) {}
  void evalInto(Ctx &c, void *dst) override {
    StackRef d(c, dst);
    GoIface v = x->evalIface(c);
    if (v.t != t) {
      c.site = this;
      panicTypeAssert(c, iface, v.t, t, "");
    }
    std::memcpy(d.get(c), ifaceData(v), t->size);
  }
};

// x.(I) for an interface I: the same value, checked.
class AssertIface : public Typed<AssertIface, GoIface> {
public:
  ExecNode *x;
  const Type *iface, *target;
  AssertIface(ExecNode *a, const Type *i, const Type *t) : x(a), iface(i), target(t) {}
  GoIface get(Ctx &c) {
    GoIface v = x->evalIface(c);
    std::string missing;
    if (!v.t || !implementsIface(v.t, target, &missing)) {
      c.site = this;
      // Go's assertE2I/assertI2I do not know the static type of x: a nil
      // x reads "interface is nil", whatever interface x was declared as.
      panicTypeAssert(c, v.t ? iface : nullptr, v.t, target, missing);
    }
    return v;
  }
};

// i++ on a local integer.
template <class T> class IncLocal : public ExecNode {
public:
  uint32_t off;
  T delta;
  IncLocal(uint32_t o, T d) : off(o), delta(d) {}
  Flow exec(Ctx &c) override {
    storeAs(c.fp + off, Arith<T>::add(loadAs<T>(c.fp + off), delta));
    return Flow::Normal;
  }
};

// Calls make(a, b) with the sources of operands x and y: locals and
// constants are read in place for the types of hot loops (int, uint64
// and float64), a constant right operand for every type.
template <class T, class Make> ExecNode *withOperands(ExecNode *x, ExecNode *y, Make make) {
  auto *ky = dynamic_cast<ConstNode<T> *>(y);
  if constexpr (std::is_same_v<T, int64_t> || std::is_same_v<T, uint64_t> || std::is_same_v<T, double>) {
    auto *lx = dynamic_cast<LocalGet<T> *>(x);
    auto *ly = dynamic_cast<LocalGet<T> *>(y);
    auto *kx = dynamic_cast<ConstNode<T> *>(x);
    if (lx && ly) return make(FromLocal<T>(lx->off), FromLocal<T>(ly->off));
    if (lx && ky) return make(FromLocal<T>(lx->off), FromConst<T>(ky->v));
    if (lx) return make(FromLocal<T>(lx->off), FromNode<T>(y));
    if (kx && ly) return make(FromConst<T>(kx->v), FromLocal<T>(ly->off));
    if (kx) return make(FromConst<T>(kx->v), FromNode<T>(y));
    if (ly) return make(FromNode<T>(x), FromLocal<T>(ly->off));
  }
  if (ky) return make(FromNode<T>(x), FromConst<T>(ky->v));
  return make(FromNode<T>(x), FromNode<T>(y));
}

} // namespace goterp
