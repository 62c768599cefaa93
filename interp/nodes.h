// The node library: typed node templates that the compiler instantiates.
//
// A node producing values of C++ type T derives from Typed<Self, T>, which
// implements the entry point for T (evalInt for integers, evalFloat for
// floats, ...) and evalInto by calling Self::get, a non-virtual function the
// compiler inlines. So `a + b` on int32 is one virtual call per operand and
// the addition; nothing is boxed.
//
// Integers travel as int64_t normalised to their type (sign- or
// zero-extended); a node of a narrower type truncates when it computes.
#pragma once

#include <cstring>
#include <type_traits>

#include "gc/alloc.h"
#include "interp/exec.h"
#include "interp/types.h"
#include "runtime/panic.h"
#include "runtime/rt.h"

namespace goterp {

template <class T> inline T loadAs(const void *p) {
  T v;
  std::memcpy(&v, p, sizeof(T));
  return v;
}
template <class T> inline void storeAs(void *p, const T &v) { std::memcpy(p, &v, sizeof(T)); }

// Whether a value of the C++ type of a category holds pointers: its stores
// into the heap go through the write barrier.
template <class T>
inline constexpr bool hasPointers = std::is_same_v<T, void *> || std::is_same_v<T, GoString> ||
                                    std::is_same_v<T, GoSlice> || std::is_same_v<T, GoIface>;

template <class T> inline T evalAs(ExecNode *n, Ctx &c) {
  if constexpr (std::is_same_v<T, bool>)
    return n->evalBool(c);
  else if constexpr (std::is_integral_v<T>)
    return T(n->evalInt(c));
  else if constexpr (std::is_same_v<T, float>)
    return float(n->evalFloat(c));
  else if constexpr (std::is_same_v<T, double>)
    return n->evalFloat(c);
  else if constexpr (std::is_same_v<T, Complex64>) {
    Complex128 z = n->evalComplex(c);
    return Complex64(float(z.real()), float(z.imag()));
  } else if constexpr (std::is_same_v<T, Complex128>)
    return n->evalComplex(c);
  else if constexpr (std::is_same_v<T, GoString>)
    return n->evalString(c);
  else if constexpr (std::is_same_v<T, GoSlice>)
    return n->evalSlice(c);
  else if constexpr (std::is_same_v<T, GoIface>)
    return n->evalIface(c);
  else
    return n->evalPtr(c);
}

// CRTP base: implements the entry point of T through D::get.
template <class D, class T> class Typed : public ExecNode {
public:
  D &self() { return *static_cast<D *>(this); }
  bool evalBool(Ctx &c) override {
    if constexpr (std::is_same_v<T, bool>)
      return self().get(c);
    else
      return ExecNode::evalBool(c);
  }
  int64_t evalInt(Ctx &c) override {
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
      return int64_t(self().get(c));
    else
      return ExecNode::evalInt(c);
  }
  double evalFloat(Ctx &c) override {
    if constexpr (std::is_floating_point_v<T>)
      return self().get(c);
    else
      return ExecNode::evalFloat(c);
  }
  Complex128 evalComplex(Ctx &c) override {
    if constexpr (std::is_same_v<T, Complex128>)
      return self().get(c);
    else if constexpr (std::is_same_v<T, Complex64>) {
      Complex64 z = self().get(c);
      return Complex128(z.real(), z.imag());
    } else
      return ExecNode::evalComplex(c);
  }
  GoString evalString(Ctx &c) override {
    if constexpr (std::is_same_v<T, GoString>)
      return self().get(c);
    else
      return ExecNode::evalString(c);
  }
  GoSlice evalSlice(Ctx &c) override {
    if constexpr (std::is_same_v<T, GoSlice>)
      return self().get(c);
    else
      return ExecNode::evalSlice(c);
  }
  GoIface evalIface(Ctx &c) override {
    if constexpr (std::is_same_v<T, GoIface>)
      return self().get(c);
    else
      return ExecNode::evalIface(c);
  }
  void *evalPtr(Ctx &c) override {
    if constexpr (std::is_same_v<T, void *>)
      return self().get(c);
    else
      return ExecNode::evalPtr(c);
  }
  void evalInto(Ctx &c, void *dst) override {
    StackRef d(c, dst);
    T v = self().get(c);
    storeAs(d.get(c), v);
  }
};

// Instantiates N<T> for the C++ type of a category (not Mem).
template <template <class> class N, class... A> ExecNode *makeTyped(Cat cat, A &&...a) {
  switch (cat) {
  case Cat::Bool: return new N<bool>(std::forward<A>(a)...);
  case Cat::I8: return new N<int8_t>(std::forward<A>(a)...);
  case Cat::I16: return new N<int16_t>(std::forward<A>(a)...);
  case Cat::I32: return new N<int32_t>(std::forward<A>(a)...);
  case Cat::I64: return new N<int64_t>(std::forward<A>(a)...);
  case Cat::U8: return new N<uint8_t>(std::forward<A>(a)...);
  case Cat::U16: return new N<uint16_t>(std::forward<A>(a)...);
  case Cat::U32: return new N<uint32_t>(std::forward<A>(a)...);
  case Cat::U64: return new N<uint64_t>(std::forward<A>(a)...);
  case Cat::F32: return new N<float>(std::forward<A>(a)...);
  case Cat::F64: return new N<double>(std::forward<A>(a)...);
  case Cat::C64: return new N<Complex64>(std::forward<A>(a)...);
  case Cat::C128: return new N<Complex128>(std::forward<A>(a)...);
  case Cat::Str: return new N<GoString>(std::forward<A>(a)...);
  case Cat::Slice: return new N<GoSlice>(std::forward<A>(a)...);
  case Cat::Iface: return new N<GoIface>(std::forward<A>(a)...);
  case Cat::Ptr: return new N<void *>(std::forward<A>(a)...);
  default: return nullptr;
  }
}

// Instantiates N<T> for integer categories only.
template <template <class> class N, class... A> ExecNode *makeInt(Cat cat, A &&...a) {
  switch (cat) {
  case Cat::I8: return new N<int8_t>(std::forward<A>(a)...);
  case Cat::I16: return new N<int16_t>(std::forward<A>(a)...);
  case Cat::I32: return new N<int32_t>(std::forward<A>(a)...);
  case Cat::I64: return new N<int64_t>(std::forward<A>(a)...);
  case Cat::U8: return new N<uint8_t>(std::forward<A>(a)...);
  case Cat::U16: return new N<uint16_t>(std::forward<A>(a)...);
  case Cat::U32: return new N<uint32_t>(std::forward<A>(a)...);
  case Cat::U64: return new N<uint64_t>(std::forward<A>(a)...);
  default: return nullptr;
  }
}

// Instantiates N<T> for numeric categories.
template <template <class> class N, class... A> ExecNode *makeNumeric(Cat cat, A &&...a) {
  switch (cat) {
  case Cat::F32: return new N<float>(std::forward<A>(a)...);
  case Cat::F64: return new N<double>(std::forward<A>(a)...);
  case Cat::C64: return new N<Complex64>(std::forward<A>(a)...);
  case Cat::C128: return new N<Complex128>(std::forward<A>(a)...);
  default: return makeInt<N>(cat, std::forward<A>(a)...);
  }
}

// Whether n is an N<T> for the C++ type T of category cat.
template <template <class> class N> bool isNodeOf(ExecNode *n, Cat cat) {
  switch (cat) {
  case Cat::Bool: return dynamic_cast<N<bool> *>(n);
  case Cat::I8: return dynamic_cast<N<int8_t> *>(n);
  case Cat::I16: return dynamic_cast<N<int16_t> *>(n);
  case Cat::I32: return dynamic_cast<N<int32_t> *>(n);
  case Cat::I64: return dynamic_cast<N<int64_t> *>(n);
  case Cat::U8: return dynamic_cast<N<uint8_t> *>(n);
  case Cat::U16: return dynamic_cast<N<uint16_t> *>(n);
  case Cat::U32: return dynamic_cast<N<uint32_t> *>(n);
  case Cat::U64: return dynamic_cast<N<uint64_t> *>(n);
  case Cat::F32: return dynamic_cast<N<float> *>(n);
  case Cat::F64: return dynamic_cast<N<double> *>(n);
  case Cat::C64: return dynamic_cast<N<Complex64> *>(n);
  case Cat::C128: return dynamic_cast<N<Complex128> *>(n);
  case Cat::Str: return dynamic_cast<N<GoString> *>(n);
  case Cat::Slice: return dynamic_cast<N<GoSlice> *>(n);
  case Cat::Iface: return dynamic_cast<N<GoIface> *>(n);
  case Cat::Ptr: return dynamic_cast<N<void *> *>(n);
  default: return false;
  }
}

// ---- Constants ------------------------------------------------------------------

template <class T> class ConstNode : public Typed<ConstNode<T>, T> {
public:
  T v;
  explicit ConstNode(T x) : v(x) {}
  T get(Ctx &) { return v; }
  bool mayCall() const override { return false; }
};

// A constant of memory type (the zero value of a struct or array).
class ZeroMem : public ExecNode {
public:
  uint32_t size;
  explicit ZeroMem(uint32_t s) : size(s) {}
  void evalInto(Ctx &c, void *dst) override { std::memset(dst, 0, size); }
  bool mayCall() const override { return false; }
};

// ---- Operand sources ------------------------------------------------------------------
// Where an operand of an arithmetic, comparison or slice element node comes
// from: any node, a frame slot or a constant. Reading a local or a constant
// in place saves a virtual call per operand, the main cost of a
// tree-walker's inner loops (see withOperands and sliceElem in
// compile_expr.cpp for which shapes are made).
template <class T> struct FromNode {
  ExecNode *n;
  FromNode(ExecNode *x) : n(x) {}
  T get(Ctx &c) const { return evalAs<T>(n, c); }
  bool mayCall() const { return n->mayCall(); }
};
template <class T> struct FromLocal {
  uint32_t off;
  FromLocal(uint32_t o) : off(o) {}
  T get(Ctx &c) const { return loadAs<T>(c.fp + off); }
  bool mayCall() const { return false; }
};
template <class T> struct FromConst {
  T k;
  FromConst(T v) : k(v) {}
  T get(Ctx &) const { return k; }
  bool mayCall() const { return false; }
};

// ---- Variables ---------------------------------------------------------------------
// Locals at frame offsets; escaped locals in heap cells whose pointer is in
// the frame; captured variables in the closure's cells; globals at fixed
// addresses. `extra` selects a field or element inside the variable.

template <class T> class LocalGet : public Typed<LocalGet<T>, T> {
public:
  uint32_t off;
  explicit LocalGet(uint32_t o) : off(o) {}
  T get(Ctx &c) { return loadAs<T>(c.fp + off); }
  bool mayCall() const override { return false; }
};

template <class T> class CellGet : public Typed<CellGet<T>, T> {
public:
  uint32_t off, extra;
  CellGet(uint32_t o, uint32_t e) : off(o), extra(e) {}
  T get(Ctx &c) { return loadAs<T>(loadAs<uint8_t *>(c.fp + off) + extra); }
  bool mayCall() const override { return false; }
};

inline uint8_t *capturedCell(Ctx &c, uint32_t idx) { return static_cast<uint8_t *>(c.header()->closure->cells[idx]); }

template <class T> class CapGet : public Typed<CapGet<T>, T> {
public:
  uint32_t idx, extra;
  CapGet(uint32_t i, uint32_t e) : idx(i), extra(e) {}
  T get(Ctx &c) { return loadAs<T>(capturedCell(c, idx) + extra); }
  bool mayCall() const override { return false; }
};

template <class T> class GlobalGet : public Typed<GlobalGet<T>, T> {
public:
  uint8_t *addr;
  explicit GlobalGet(uint8_t *a) : addr(a) {}
  T get(Ctx &) { return loadAs<T>(addr); }
  bool mayCall() const override { return false; }
};

// Loads a value of type T from the address a node computes.
template <class T> class Load : public Typed<Load<T>, T> {
public:
  ExecNode *addr;
  explicit Load(ExecNode *a) : addr(a) {}
  T get(Ctx &c) { return loadAs<T>(addr->evalPtr(c)); }
  bool mayCall() const override { return addr->mayCall(); }
};

// p.f (or *p) loaded in one node: p's value plus the field's offset, with
// the nil check of DerefAddr. LocalDerefGet reads p from the frame.
template <class T> class DerefGet : public Typed<DerefGet<T>, T> {
public:
  ExecNode *ptr;
  uint32_t extra;
  DerefGet(ExecNode *p, uint32_t e) : ptr(p), extra(e) {}
  T get(Ctx &c) {
    uint8_t *p = static_cast<uint8_t *>(ptr->evalPtr(c));
    if (__builtin_expect(!p, false)) {
      c.site = this;
      panicNilDeref(c);
    }
    return loadAs<T>(p + extra);
  }
  bool mayCall() const override { return ptr->mayCall(); }
};

template <class T> class LocalDerefGet : public Typed<LocalDerefGet<T>, T> {
public:
  uint32_t off, extra;
  LocalDerefGet(uint32_t o, uint32_t e) : off(o), extra(e) {}
  T get(Ctx &c) {
    uint8_t *p = loadAs<uint8_t *>(c.fp + off);
    if (__builtin_expect(!p, false)) {
      c.site = this;
      panicNilDeref(c);
    }
    return loadAs<T>(p + extra);
  }
  bool mayCall() const override { return false; }
};

class LoadMem : public ExecNode {
public:
  ExecNode *addr;
  uint32_t size;
  LoadMem(ExecNode *a, uint32_t s) : addr(a), size(s) {}
  void evalInto(Ctx &c, void *dst) override {
    StackRef d(c, dst);
    uint8_t *p = static_cast<uint8_t *>(addr->evalPtr(c));
    std::memmove(d.get(c), p, size);
  }
  bool mayCall() const override { return addr->mayCall(); }
};

// ---- Addresses ------------------------------------------------------------------------
// Nodes of category Ptr whose value is the address of a variable or element.
// An address into the Go stack must be used before anything else runs.

class LocalAddr : public Typed<LocalAddr, void *> {
public:
  uint32_t off;
  explicit LocalAddr(uint32_t o) : off(o) {}
  void *get(Ctx &c) { return c.fp + off; }
  bool mayCall() const override { return false; }
};

class CellAddr : public Typed<CellAddr, void *> {
public:
  uint32_t off, extra;
  CellAddr(uint32_t o, uint32_t e) : off(o), extra(e) {}
  void *get(Ctx &c) { return loadAs<uint8_t *>(c.fp + off) + extra; }
  bool mayCall() const override { return false; }
};

class CapAddr : public Typed<CapAddr, void *> {
public:
  uint32_t idx, extra;
  CapAddr(uint32_t i, uint32_t e) : idx(i), extra(e) {}
  void *get(Ctx &c) { return capturedCell(c, idx) + extra; }
  bool mayCall() const override { return false; }
};

class GlobalAddr : public Typed<GlobalAddr, void *> {
public:
  uint8_t *addr;
  explicit GlobalAddr(uint8_t *a) : addr(a) {}
  void *get(Ctx &) { return addr; }
  bool mayCall() const override { return false; }
};

// *p, or p.f through a pointer: a nil check, then an offset.
class DerefAddr : public Typed<DerefAddr, void *> {
public:
  ExecNode *ptr;
  uint32_t extra;
  DerefAddr(ExecNode *p, uint32_t e) : ptr(p), extra(e) {}
  void *get(Ctx &c) {
    uint8_t *p = static_cast<uint8_t *>(ptr->evalPtr(c));
    if (__builtin_expect(!p, false)) {
      c.site = this;
      panicNilDeref(c);
    }
    return p + extra;
  }
  bool mayCall() const override { return ptr->mayCall(); }
};

// &a[i] for an array in memory: the index is evaluated first, then the
// array's address (which may be in the stack).
class ArrayIndexAddr : public Typed<ArrayIndexAddr, void *> {
public:
  ExecNode *base, *index;
  uint32_t elemSize;
  int64_t len;
  ArrayIndexAddr(ExecNode *b, ExecNode *i, uint32_t s, int64_t n) : base(b), index(i), elemSize(s), len(n) {}
  void *get(Ctx &c) {
    if (base->mayCall()) {
      // A heap address: evaluate in source order.
      uint8_t *b = static_cast<uint8_t *>(base->evalPtr(c));
      int64_t i = index->evalInt(c);
      check(c, i);
      return b + i * elemSize;
    }
    int64_t i = index->evalInt(c);
    check(c, i);
    return static_cast<uint8_t *>(base->evalPtr(c)) + i * elemSize;
  }
  void check(Ctx &c, int64_t i) {
    if (__builtin_expect(uint64_t(i) >= uint64_t(len), false)) {
      c.site = this;
      panicIndex(c, i, len);
    }
  }
  bool mayCall() const override { return base->mayCall() || index->mayCall(); }
};

// &s[i] for a slice.
class SliceIndexAddr : public Typed<SliceIndexAddr, void *> {
public:
  ExecNode *slice, *index;
  uint32_t elemSize;
  SliceIndexAddr(ExecNode *s, ExecNode *i, uint32_t e) : slice(s), index(i), elemSize(e) {}
  void *get(Ctx &c) {
    GoSlice s = slice->evalSlice(c);
    int64_t i = index->evalInt(c);
    if (__builtin_expect(uint64_t(i) >= uint64_t(s.len), false)) {
      c.site = this;
      panicIndex(c, i, s.len);
    }
    return s.p + i * elemSize;
  }
  bool mayCall() const override { return slice->mayCall() || index->mayCall(); }
};

// s[i] loaded directly (the common read of a slice element).
template <class T, class S = FromNode<GoSlice>, class I = FromNode<int64_t>>
class SliceIndexGet : public Typed<SliceIndexGet<T, S, I>, T> {
public:
  S slice;
  I index;
  SliceIndexGet(S s, I i) : slice(s), index(i) {}
  T get(Ctx &c) {
    GoSlice s = slice.get(c);
    int64_t i = index.get(c);
    if (__builtin_expect(uint64_t(i) >= uint64_t(s.len), false)) {
      c.site = this;
      panicIndex(c, i, s.len);
    }
    return loadAs<T>(s.p + i * int64_t(sizeof(T)));
  }
  bool mayCall() const override { return slice.mayCall() || index.mayCall(); }
};

// The stored value of s[i] = v as a source, from the node v: a constant
// or a local read in place (sieve's composite[j] = true), else the node.
enum class ValKind { Node, Const, Local };
template <class T, ValKind K> struct ValSrc;
template <class T> struct ValSrc<T, ValKind::Node> : FromNode<T> {
  ValSrc(ExecNode *v) : FromNode<T>(v) {}
};
template <class T> struct ValSrc<T, ValKind::Const> : FromConst<T> {
  ValSrc(ExecNode *v) : FromConst<T>(static_cast<ConstNode<T> *>(v)->v) {}
};
template <class T> struct ValSrc<T, ValKind::Local> : FromLocal<T> {
  ValSrc(ExecNode *v) : FromLocal<T>(static_cast<LocalGet<T> *>(v)->off) {}
};

// s[i] = v. As in gc, v is evaluated before the index is checked.
template <class T, class S = FromNode<GoSlice>, class I = FromNode<int64_t>, ValKind VK = ValKind::Node>
class SliceIndexSet : public ExecNode {
public:
  S slice;
  I index;
  ValSrc<T, VK> val;
  SliceIndexSet(S s, I i, ExecNode *v) : slice(s), index(i), val(v) {}
  Flow exec(Ctx &c) override {
    GoSlice s = slice.get(c);
    int64_t i = index.get(c);
    T v = val.get(c);
    if (__builtin_expect(uint64_t(i) >= uint64_t(s.len), false)) {
      c.site = this;
      panicIndex(c, i, s.len);
    }
    uint8_t *p = s.p + i * int64_t(sizeof(T));
    storeAs(p, v);
    if constexpr (hasPointers<T>) gc::writeBarrier(p);
    return Flow::Normal;
  }
};

// The shapes made: slice and index each a node or a local, and for
// both locals, the value a constant or a local.
template <class T> using SliceGetNN = SliceIndexGet<T>;
template <class T> using SliceGetLN = SliceIndexGet<T, FromLocal<GoSlice>, FromNode<int64_t>>;
template <class T> using SliceGetNL = SliceIndexGet<T, FromNode<GoSlice>, FromLocal<int64_t>>;
template <class T> using SliceGetLL = SliceIndexGet<T, FromLocal<GoSlice>, FromLocal<int64_t>>;
template <class T> using SliceSetNN = SliceIndexSet<T>;
template <class T> using SliceSetLN = SliceIndexSet<T, FromLocal<GoSlice>, FromNode<int64_t>>;
template <class T> using SliceSetNL = SliceIndexSet<T, FromNode<GoSlice>, FromLocal<int64_t>>;
template <class T> using SliceSetLL = SliceIndexSet<T, FromLocal<GoSlice>, FromLocal<int64_t>>;
template <class T> using SliceSetLLK = SliceIndexSet<T, FromLocal<GoSlice>, FromLocal<int64_t>, ValKind::Const>;
template <class T> using SliceSetLLL = SliceIndexSet<T, FromLocal<GoSlice>, FromLocal<int64_t>, ValKind::Local>;

// ---- Sequencing --------------------------------------------------------------------------

// Evaluates an expression into a frame temporary (for f(g()) and friends).
class IntoTemp : public ExecNode {
public:
  ExecNode *x;
  uint32_t off;
  IntoTemp(ExecNode *a, uint32_t o) : x(a), off(o) {}
  Flow exec(Ctx &c) override {
    x->evalInto(c, c.fp + off);
    return Flow::Normal;
  }
};

// A value or statement run after a prologue (hoisted calls, see
// compile_order.cpp).
class Seq : public ExecNode {
public:
  ExecNode *first, *then;
  Seq(ExecNode *a, ExecNode *b) : first(a), then(b) {}
  Flow exec(Ctx &c) override {
    first->exec(c);
    return then->exec(c);
  }
  bool evalBool(Ctx &c) override {
    first->exec(c);
    return then->evalBool(c);
  }
  int64_t evalInt(Ctx &c) override {
    first->exec(c);
    return then->evalInt(c);
  }
  double evalFloat(Ctx &c) override {
    first->exec(c);
    return then->evalFloat(c);
  }
  Complex128 evalComplex(Ctx &c) override {
    first->exec(c);
    return then->evalComplex(c);
  }
  GoString evalString(Ctx &c) override {
    first->exec(c);
    return then->evalString(c);
  }
  GoSlice evalSlice(Ctx &c) override {
    first->exec(c);
    return then->evalSlice(c);
  }
  GoIface evalIface(Ctx &c) override {
    first->exec(c);
    return then->evalIface(c);
  }
  void *evalPtr(Ctx &c) override {
    first->exec(c);
    return then->evalPtr(c);
  }
  void evalInto(Ctx &c, void *dst) override {
    StackRef d(c, dst);
    first->exec(c);
    then->evalInto(c, d.get(c));
  }
};

// ---- Stores ------------------------------------------------------------------------------

// x = v for a local scalar.
template <class T> class SetLocal : public ExecNode {
public:
  uint32_t off;
  ExecNode *val;
  SetLocal(uint32_t o, ExecNode *v) : off(o), val(v) {}
  Flow exec(Ctx &c) override {
    T v = evalAs<T>(val, c);
    storeAs(c.fp + off, v);
    return Flow::Normal;
  }
};

// *addr = v. As in gc, v is evaluated first, and then the address, which
// so also stays valid if v's evaluation moved the stack.
template <class T> class SetAddr : public ExecNode {
public:
  ExecNode *addr, *val;
  SetAddr(ExecNode *a, ExecNode *v) : addr(a), val(v) {}
  Flow exec(Ctx &c) override {
    T v = evalAs<T>(val, c);
    void *p = addr->evalPtr(c);
    storeAs(p, v);
    if constexpr (hasPointers<T>) gc::writeBarrier(p);
    return Flow::Normal;
  }
};

class SetAddrMem : public ExecNode {
public:
  ExecNode *addr, *val;
  uint32_t size;
  bool pointers;
  SetAddrMem(ExecNode *a, ExecNode *v, uint32_t s, bool p) : addr(a), val(v), size(s), pointers(p) {}
  Flow exec(Ctx &c) override {
    // Through a temporary: the value may overlap its destination (a = a.b).
    void *tmp = alloca(size);
    val->evalInto(c, tmp);
    void *p = addr->evalPtr(c);
    std::memcpy(p, tmp, size);
    if (pointers) gc::writeBarrier(p);
    return Flow::Normal;
  }
};

// An expression evaluated for its effects (a call), its value dropped.
class ExprStmtNode : public ExecNode {
public:
  ExecNode *x;
  explicit ExprStmtNode(ExecNode *e) : x(e) {}
  Flow exec(Ctx &c) override { return x->exec(c); }
};

// A new heap cell for an escaping variable, zeroed or initialised.
class NewCell : public ExecNode {
public:
  uint32_t off;
  const Type *t;
  ExecNode *init;
  NewCell(uint32_t o, const Type *type, ExecNode *i) : off(o), t(type), init(i) {}
  Flow exec(Ctx &c) override {
    void *cell = gc::alloc(t->size, t->hasPointers);
    if (init) init->evalInto(c, cell);
    storeAs(c.fp + off, cell);
    return Flow::Normal;
  }
};

// Several assignments evaluated first, stored after (a, b = b, a).

} // namespace goterp
