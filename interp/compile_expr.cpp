// Expressions: constants, variables, operators, selectors, indexing,
// slicing, composite literals, type assertions.
#include "interp/compile.h"
#include "interp/nodes_ops.h"
#include "runtime/map.h"

namespace goterp {

namespace {

// ---- Expression nodes used only here -------------------------------------------------

// The field of a struct value that is not in memory (f().x): the struct is
// evaluated into a temporary.
class FieldOfValue : public ExecNode {
public:
  ExecNode *x;
  uint32_t off;
  FieldOfValue(ExecNode *a, uint32_t o) : x(a), off(o) {}
  void evalInto(Ctx &c, void *dst) override {
    StackRef d(c, dst);
    uint8_t *tmp = static_cast<uint8_t *>(alloca(x->type->size));
    x->evalInto(c, tmp);
    std::memcpy(d.get(c), tmp + off, type->size);
  }
  bool mayCall() const override { return x->mayCall(); }
};

// a[i] of an array value that is not in memory.
class ArrayValueIndex : public ExecNode {
public:
  ExecNode *x, *idx;
  ArrayValueIndex(ExecNode *a, ExecNode *i) : x(a), idx(i) {}
  void evalInto(Ctx &c, void *dst) override {
    StackRef d(c, dst);
    auto *at = static_cast<const TArray *>(x->type->underlying());
    uint8_t *tmp = static_cast<uint8_t *>(alloca(at->size));
    x->evalInto(c, tmp);
    int64_t i = idx->evalInt(c);
    if (uint64_t(i) >= uint64_t(at->len)) {
      c.site = this;
      panicIndex(c, i, at->len);
    }
    std::memcpy(d.get(c), tmp + i * at->elem->size, type->size);
  }
};

class StringIndex : public Typed<StringIndex, uint8_t> {
public:
  ExecNode *s, *idx;
  StringIndex(ExecNode *a, ExecNode *i) : s(a), idx(i) {}
  uint8_t get(Ctx &c) {
    GoString str = s->evalString(c);
    int64_t i = idx->evalInt(c);
    if (uint64_t(i) >= uint64_t(str.n)) {
      c.site = this;
      panicIndex(c, i, str.n);
    }
    return str.p[i];
  }
  bool mayCall() const override { return s->mayCall() || idx->mayCall(); }
};

// m[k]: the value, or the zero value if absent.
class MapIndex : public ExecNode {
public:
  ExecNode *m, *key;
  MapIndex(ExecNode *a, ExecNode *k) : m(a), key(k) {}
  void evalInto(Ctx &c, void *dst) override {
    StackRef d(c, dst);
    auto *mp = static_cast<GoMap *>(m->evalPtr(c));
    void *k = alloca(key->type->size);
    key->evalInto(c, k);
    c.site = this;
    void *v = mapAccess(c, mp, k);
    if (v)
      std::memcpy(d.get(c), v, type->size);
    else
      std::memset(d.get(c), 0, type->size);
  }
};

// v, ok := m[k]: a {value, bool} tuple.
class MapIndexOk : public ExecNode {
public:
  ExecNode *m, *key;
  const Type *valType;
  uint32_t okOff;
  MapIndexOk(ExecNode *a, ExecNode *k, const Type *vt, uint32_t o) : m(a), key(k), valType(vt), okOff(o) {}
  void evalInto(Ctx &c, void *dst) override {
    StackRef d(c, dst);
    auto *mp = static_cast<GoMap *>(m->evalPtr(c));
    void *k = alloca(key->type->size);
    key->evalInto(c, k);
    c.site = this;
    void *v = mapAccess(c, mp, k);
    uint8_t *out = d.get(c);
    if (v)
      std::memcpy(out, v, valType->size);
    else
      std::memset(out, 0, valType->size);
    out[okOff] = v != nullptr;
  }
};

// v, ok := x.(T)
class AssertOk : public ExecNode {
public:
  ExecNode *x;
  const Type *target;
  uint32_t okOff;
  AssertOk(ExecNode *a, const Type *t, uint32_t o) : x(a), target(t), okOff(o) {}
  void evalInto(Ctx &c, void *dst) override {
    StackRef d(c, dst);
    GoIface v = x->evalIface(c);
    uint8_t *out = d.get(c);
    bool ok;
    if (target->isInterface()) {
      ok = v.t && implementsIface(v.t, target);
      GoIface r = ok ? v : GoIface{};
      std::memcpy(out, &r, sizeof r);
    } else {
      ok = v.t == target;
      if (ok)
        std::memcpy(out, ifaceData(v), target->size);
      else
        std::memset(out, 0, target->size);
    }
    out[okOff] = ok;
  }
};

// x == nil, x != nil for pointers, slices, maps, funcs, chans, interfaces.
template <class T> class IsNil : public Typed<IsNil<T>, bool> {
public:
  ExecNode *x;
  bool negate;
  IsNil(ExecNode *a, bool n) : x(a), negate(n) {}
  bool get(Ctx &c) {
    T v = evalAs<T>(x, c);
    bool isNil;
    if constexpr (std::is_same_v<T, GoSlice>)
      isNil = v.p == nullptr;
    else if constexpr (std::is_same_v<T, GoIface>)
      isNil = v.t == nullptr;
    else
      isNil = v == nullptr;
    return isNil != negate;
  }
  bool mayCall() const override { return x->mayCall(); }
};

// s[lo:hi:max] on a slice, and on an array through its address.
class SliceSlice : public Typed<SliceSlice, GoSlice> {
public:
  ExecNode *x, *lo, *hi, *max;
  uint32_t elemSize;
  bool fromArray; // x is the address of an array of length arrLen
  int64_t arrLen;
  SliceSlice(ExecNode *a, ExecNode *l, ExecNode *h, ExecNode *m, uint32_t es, bool arr, int64_t n)
      : x(a), lo(l), hi(h), max(m), elemSize(es), fromArray(arr), arrLen(n) {}
  GoSlice get(Ctx &c) {
    GoSlice s;
    if (fromArray) {
      s.p = static_cast<uint8_t *>(x->evalPtr(c));
      if (!s.p) {
        c.site = this;
        panicNilDeref(c);
      }
      s.len = s.cap = arrLen;
    } else {
      s = x->evalSlice(c);
    }
    int64_t l = lo ? lo->evalInt(c) : 0;
    int64_t h = hi ? hi->evalInt(c) : s.len;
    int64_t m = max ? max->evalInt(c) : s.cap;
    c.site = this;
    // As gc, an array's bound is reported as its length, a slice's as its capacity.
    if (max) {
      if (uint64_t(m) > uint64_t(s.cap)) panicSlice(c, "[::%x]", m, s.cap, !fromArray);
      if (uint64_t(h) > uint64_t(m)) panicSlice(c, "[:%x:%y]", h, m, true);
      if (uint64_t(l) > uint64_t(h)) panicSlice(c, "[%x:%y:]", l, h, true);
    } else {
      if (uint64_t(h) > uint64_t(s.cap)) panicSlice(c, "[:%x]", h, s.cap, !fromArray);
      if (uint64_t(l) > uint64_t(h)) panicSlice(c, "[%x:%y]", l, h, true);
    }
    GoSlice r;
    r.p = s.p + l * elemSize;
    r.len = h - l;
    r.cap = m - l;
    // A zero-capacity result keeps no pointer past the end.
    if (r.cap == 0) r.p = s.p;
    return r;
  }
};

class StringSlice : public Typed<StringSlice, GoString> {
public:
  ExecNode *x, *lo, *hi;
  StringSlice(ExecNode *a, ExecNode *l, ExecNode *h) : x(a), lo(l), hi(h) {}
  GoString get(Ctx &c) {
    GoString s = x->evalString(c);
    int64_t l = lo ? lo->evalInt(c) : 0;
    int64_t h = hi ? hi->evalInt(c) : s.n;
    c.site = this;
    if (uint64_t(h) > uint64_t(s.n)) panicSlice(c, "[:%x]", h, s.n, false);
    if (uint64_t(l) > uint64_t(h)) panicSlice(c, "[%x:%y]", l, h, false);
    return GoString{s.p + l, h - l};
  }
};

// A struct or array literal: zero, then the elements.
class CompositeMem : public ExecNode {
public:
  struct Elem {
    uint32_t off;
    ExecNode *val;
  };
  std::vector<Elem> elems;
  uint32_t size;
  explicit CompositeMem(uint32_t s) : size(s) {}
  void evalInto(Ctx &c, void *dst) override {
    StackRef d(c, dst);
    // Built in a temporary: an element may read the variable being assigned.
    uint8_t *tmp = static_cast<uint8_t *>(alloca(size));
    std::memset(tmp, 0, size);
    for (Elem &e : elems) e.val->evalInto(c, tmp + e.off);
    std::memcpy(d.get(c), tmp, size);
  }
};

// A slice literal: a new backing array.
class SliceLit : public Typed<SliceLit, GoSlice> {
public:
  struct Elem {
    int64_t index;
    ExecNode *val;
  };
  std::vector<Elem> elems;
  const Type *elem;
  int64_t len;
  SliceLit(const Type *e, int64_t n) : elem(e), len(n) {}
  GoSlice get(Ctx &c) {
    auto *p = static_cast<uint8_t *>(gc::alloc(size_t(len) * elem->size, elem->hasPointers));
    for (Elem &e : elems) e.val->evalInto(c, p + e.index * elem->size);
    return GoSlice{p, len, len};
  }
};

class MapLit : public Typed<MapLit, void *> {
public:
  struct Elem {
    ExecNode *key, *val;
  };
  std::vector<Elem> elems;
  const TMap *mt;
  explicit MapLit(const TMap *t) : mt(t) {}
  void *get(Ctx &c) {
    GoMap *m = makeMap(c, mt, int64_t(elems.size()));
    void *k = alloca(mt->key->size);
    void *v = alloca(mt->elem->size);
    for (Elem &e : elems) {
      e.key->evalInto(c, k);
      e.val->evalInto(c, v);
      c.site = this;
      std::memcpy(mapAssign(c, m, k), v, mt->elem->size);
    }
    return m;
  }
};

// &T{...}, new(T) with a value: a heap object.
class NewValue : public Typed<NewValue, void *> {
public:
  ExecNode *val;
  const Type *t;
  NewValue(ExecNode *v, const Type *type) : val(v), t(type) {}
  void *get(Ctx &c) {
    void *p = gc::alloc(t->size, t->hasPointers);
    if (val) val->evalInto(c, p);
    return p;
  }
};

} // namespace

ExecNode *mapIndexNode(ExecNode *m, ExecNode *key) { return new MapIndex(m, key); }

ExecNode *mapIndexOkNode(ExecNode *m, ExecNode *key, const Type *elem, uint32_t okOff) {
  return new MapIndexOk(m, key, elem, okOff);
}

// ---- Constants ------------------------------------------------------------------------

ExecNode *Compiler::constant(const ConstVal &v, const Type *t) {
  if (t->isUntyped()) t = defaultType(t);
  ExecNode *n = nullptr;
  Cat cat = catOf(t);
  switch (cat) {
  case Cat::Bool: n = new ConstNode<bool>(v.boolVal()); break;
  case Cat::I8:
  case Cat::I16:
  case Cat::I32:
  case Cat::I64: {
    int64_t x = 0;
    v.toInt().int64Val(x);
    n = makeInt<ConstNode>(cat, x);
    if (cat == Cat::I8)
      n = new ConstNode<int8_t>(int8_t(x));
    else if (cat == Cat::I16)
      n = new ConstNode<int16_t>(int16_t(x));
    else if (cat == Cat::I32)
      n = new ConstNode<int32_t>(int32_t(x));
    else
      n = new ConstNode<int64_t>(x);
    break;
  }
  case Cat::U8:
  case Cat::U16:
  case Cat::U32:
  case Cat::U64: {
    uint64_t x = 0;
    v.toInt().uint64Val(x);
    if (cat == Cat::U8)
      n = new ConstNode<uint8_t>(uint8_t(x));
    else if (cat == Cat::U16)
      n = new ConstNode<uint16_t>(uint16_t(x));
    else if (cat == Cat::U32)
      n = new ConstNode<uint32_t>(uint32_t(x));
    else
      n = new ConstNode<uint64_t>(x);
    break;
  }
  case Cat::F32: {
    float f = 0;
    v.float32Val(f);
    n = new ConstNode<float>(f);
    break;
  }
  case Cat::F64: {
    double d = 0;
    v.float64Val(d);
    n = new ConstNode<double>(d);
    break;
  }
  case Cat::C64:
  case Cat::C128: {
    ConstVal z = v.toComplex();
    bool o1, o2;
    double re = ratToDouble(z.real(), o1), im = ratToDouble(z.imag(), o2);
    if (cat == Cat::C64)
      n = new ConstNode<Complex64>(Complex64(float(re), float(im)));
    else
      n = new ConstNode<Complex128>(Complex128(re, im));
    break;
  }
  case Cat::Str: {
    const std::string &s = v.stringVal();
    auto *p = new uint8_t[s.size() + 1];
    std::memcpy(p, s.data(), s.size());
    n = new ConstNode<GoString>(GoString{p, int64_t(s.size())});
    break;
  }
  default: n = zeroValue(t);
  }
  n->type = t;
  n->cat = cat;
  return n;
}

ExecNode *Compiler::zeroValue(const Type *t) {
  Cat cat = catOf(t);
  ExecNode *n;
  switch (cat) {
  case Cat::Mem: n = new ZeroMem(t->size); break;
  case Cat::Str: n = new ConstNode<GoString>(GoString{}); break;
  case Cat::Slice: n = new ConstNode<GoSlice>(GoSlice{}); break;
  case Cat::Iface: n = new ConstNode<GoIface>(GoIface{}); break;
  case Cat::Ptr: n = new ConstNode<void *>(nullptr); break;
  default: return constant(t->isBoolean() ? ConstVal::makeBool(false) : ConstVal::makeInt64(0), t);
  }
  n->type = t;
  n->cat = cat;
  return n;
}

// ---- Variables -----------------------------------------------------------------------

ExecNode *Compiler::varAddr(Var *v, uint32_t extra) {
  Storage s = storageOf(v);
  ExecNode *n;
  switch (s.kind) {
  case Storage::Frame: n = new LocalAddr(s.off + extra); break;
  case Storage::Cell: n = new CellAddr(s.off, extra); break;
  case Storage::Captured: n = new CapAddr(s.off, extra); break;
  default: n = new GlobalAddr(s.addr + extra); break;
  }
  n->cat = Cat::Ptr;
  n->type = pointerTo(v->type);
  return n;
}

// A load from an address; direct variable nodes when the address is a
// variable's (so a local read is one node).
ExecNode *Compiler::loadFrom(ExecNode *addr, const Type *t) {
  Cat cat = catOf(t);
  ExecNode *n = nullptr;
  if (cat == Cat::Mem) {
    n = new LoadMem(addr, t->size);
  } else if (auto *la = dynamic_cast<LocalAddr *>(addr)) {
    n = makeTyped<LocalGet>(cat, la->off);
  } else if (auto *ca = dynamic_cast<CellAddr *>(addr)) {
    n = makeTyped<CellGet>(cat, ca->off, ca->extra);
  } else if (auto *pa = dynamic_cast<CapAddr *>(addr)) {
    n = makeTyped<CapGet>(cat, pa->idx, pa->extra);
  } else if (auto *ga = dynamic_cast<GlobalAddr *>(addr)) {
    n = makeTyped<GlobalGet>(cat, ga->addr);
  } else if (auto *sa = dynamic_cast<SliceIndexAddr *>(addr); sa && sa->elemSize == t->size && t->size > 0) {
    n = sliceElemGet(cat, sa);
  } else if (auto *da = dynamic_cast<DerefAddr *>(addr)) {
    if (auto *lp = dynamic_cast<LocalGet<void *> *>(da->ptr))
      n = makeTyped<LocalDerefGet>(cat, lp->off, da->extra);
    else
      n = makeTyped<DerefGet>(cat, da->ptr, da->extra);
    n->pos = da->pos;
  } else {
    n = makeTyped<Load>(cat, addr);
  }
  n->cat = cat;
  n->type = t;
  if (!n->pos.valid()) n->pos = addr->pos;
  return n;
}

// s[i] read or written by one node, the slice and index read in place when
// they are locals.
ExecNode *sliceElemGet(Cat cat, SliceIndexAddr *sa) {
  auto *ls = dynamic_cast<LocalGet<GoSlice> *>(sa->slice);
  auto *li = dynamic_cast<LocalGet<int64_t> *>(sa->index);
  ExecNode *n;
  if (ls && li)
    n = makeTyped<SliceGetLL>(cat, FromLocal<GoSlice>(ls->off), FromLocal<int64_t>(li->off));
  else if (ls)
    n = makeTyped<SliceGetLN>(cat, FromLocal<GoSlice>(ls->off), FromNode<int64_t>(sa->index));
  else if (li)
    n = makeTyped<SliceGetNL>(cat, FromNode<GoSlice>(sa->slice), FromLocal<int64_t>(li->off));
  else
    n = makeTyped<SliceGetNN>(cat, FromNode<GoSlice>(sa->slice), FromNode<int64_t>(sa->index));
  n->pos = sa->pos;
  return n;
}

ExecNode *sliceElemSet(Cat cat, SliceIndexAddr *sa, ExecNode *val) {
  auto *ls = dynamic_cast<LocalGet<GoSlice> *>(sa->slice);
  auto *li = dynamic_cast<LocalGet<int64_t> *>(sa->index);
  ExecNode *n;
  if (ls && li && isNodeOf<ConstNode>(val, cat))
    n = makeTyped<SliceSetLLK>(cat, FromLocal<GoSlice>(ls->off), FromLocal<int64_t>(li->off), val);
  else if (ls && li && isNodeOf<LocalGet>(val, cat))
    n = makeTyped<SliceSetLLL>(cat, FromLocal<GoSlice>(ls->off), FromLocal<int64_t>(li->off), val);
  else if (ls && li)
    n = makeTyped<SliceSetLL>(cat, FromLocal<GoSlice>(ls->off), FromLocal<int64_t>(li->off), val);
  else if (ls)
    n = makeTyped<SliceSetLN>(cat, FromLocal<GoSlice>(ls->off), FromNode<int64_t>(sa->index), val);
  else if (li)
    n = makeTyped<SliceSetNL>(cat, FromNode<GoSlice>(sa->slice), FromLocal<int64_t>(li->off), val);
  else
    n = makeTyped<SliceSetNN>(cat, FromNode<GoSlice>(sa->slice), FromNode<int64_t>(sa->index), val);
  n->pos = sa->pos;
  return n;
}

ExecNode *Compiler::varLoad(Var *v) { return loadFrom(varAddr(v, 0), v->type); }

// ---- Expressions ----------------------------------------------------------------------

ExecNode *Compiler::expr(Expr *e) {
  ExecNode *n = nullptr;
  if (!hoisted_.empty()) {
    auto it = hoisted_.find(e);
    if (it != hoisted_.end()) {
      auto *la = new LocalAddr(it->second);
      la->cat = Cat::Ptr;
      return loadFrom(la, e->type);
    }
  }
  if (e->cval && e->type) {
    n = constant(*e->cval, e->type);
    n->pos = e->pos;
    return n;
  }
  switch (e->kind) {
  case NodeKind::Ident: {
    Object *o = e->as<Ident>()->obj;
    switch (o->kind) {
    case ObjKind::Var: n = varLoad(o->as<Var>()); break;
    case ObjKind::Func: {
      auto *f = o->as<Func>();
      FuncCode *fc = funcCode(f);
      n = new ConstNode<void *>(staticClosure(fc));
      n->cat = Cat::Ptr;
      n->type = f->type;
      break;
    }
    case ObjKind::Nil: n = zeroValue(e->type && !e->type->isUntyped() ? e->type : types::UnsafePointer); break;
    default: throw std::logic_error("unexpected identifier " + e->as<Ident>()->name.str());
    }
    break;
  }
  case NodeKind::ParenExpr: return expr(e->as<ParenExpr>()->x);
  case NodeKind::BinaryExpr: n = binary(e->as<BinaryExpr>()); break;
  case NodeKind::UnaryExpr: n = unary(e->as<UnaryExpr>()); break;
  case NodeKind::StarExpr: {
    auto *d = new DerefAddr(expr(e->as<StarExpr>()->x), 0);
    d->pos = e->pos;
    d->cat = Cat::Ptr;
    n = loadFrom(d, e->type);
    break;
  }
  case NodeKind::SelectorExpr: n = selector(e->as<SelectorExpr>()); break;
  case NodeKind::IndexExpr: n = index(e->as<IndexExpr>()); break;
  case NodeKind::SliceExpr: n = sliceExpr(e->as<SliceExpr>()); break;
  case NodeKind::CallExpr: n = call(e->as<CallExpr>()); break;
  case NodeKind::CompositeLit: n = compositeLit(e->as<CompositeLit>(), e->type); break;
  case NodeKind::FuncLit: n = funcLit(e->as<FuncLit>()); break;
  case NodeKind::TypeAssertExpr: n = typeAssert(e->as<TypeAssertExpr>(), false); break;
  default: throw std::logic_error("cannot compile expression");
  }
  if (!n->type) n->type = e->type;
  if (n->cat == Cat::None) n->cat = catOf(n->type);
  if (!n->pos.valid()) n->pos = e->pos;
  return n;
}

// The value of e as it is stored into a destination of type target: into
// an interface, a concrete value is boxed.
ExecNode *Compiler::exprTo(Expr *e, const Type *target) {
  if (e->type && e->type->kind == Kind::UntypedNil) return zeroValue(target);
  ExecNode *n = expr(e);
  return convertTo(n, e->type, target);
}

ExecNode *Compiler::convertTo(ExecNode *n, const Type *from, const Type *to) {
  if (!to || !from || from == to) return n;
  if (to->isInterface() && !from->isInterface()) {
    if (from->kind == Kind::UntypedNil) return zeroValue(to);
    const Type *dyn = from->isUntyped() ? defaultType(from) : from;
    auto *b = new ToIface(n, dyn);
    b->cat = Cat::Iface;
    b->type = to;
    b->pos = n->pos;
    return b;
  }
  return n;
}

ExecNode *Compiler::nilCheck(ExecNode *x, const Type *t, bool negate) {
  Cat cat = catOf(t);
  ExecNode *n;
  switch (cat) {
  case Cat::Slice: n = new IsNil<GoSlice>(x, negate); break;
  case Cat::Iface: n = new IsNil<GoIface>(x, negate); break;
  default: n = new IsNil<void *>(x, negate); break;
  }
  n->cat = Cat::Bool;
  n->type = types::Bool;
  return n;
}

template <class T, Cmp cmp> static ExecNode *comparison(ExecNode *x, ExecNode *y) {
  return withOperands<T>(
      x, y, [](auto a, auto b) -> ExecNode * { return new Compare<T, cmp, decltype(a), decltype(b)>(a, b); });
}

template <class T> static ExecNode *makeCompare(Tok op, ExecNode *x, ExecNode *y) {
  switch (op) {
  case Tok::Eql: return comparison<T, Cmp::Eq>(x, y);
  case Tok::Neq: return comparison<T, Cmp::Ne>(x, y);
  case Tok::Lss: return comparison<T, Cmp::Lt>(x, y);
  case Tok::Leq: return comparison<T, Cmp::Le>(x, y);
  case Tok::Gtr: return comparison<T, Cmp::Gt>(x, y);
  default: return comparison<T, Cmp::Ge>(x, y);
  }
}

template <class T, Op op> static ExecNode *arith(ExecNode *x, ExecNode *y) {
  return withOperands<T>(
      x, y, [](auto a, auto b) -> ExecNode * { return new Binary<T, op, decltype(a), decltype(b)>(a, b); });
}

template <class T> static ExecNode *makeArith(Tok op, ExecNode *x, ExecNode *y) {
  switch (op) {
  case Tok::Add: return arith<T, Op::Add>(x, y);
  case Tok::Sub: return arith<T, Op::Sub>(x, y);
  case Tok::Mul: return arith<T, Op::Mul>(x, y);
  case Tok::Quo: return arith<T, Op::Quo>(x, y);
  default: break;
  }
  if constexpr (std::is_integral_v<T>) {
    switch (op) {
    case Tok::Rem: return arith<T, Op::Rem>(x, y);
    case Tok::And: return arith<T, Op::And>(x, y);
    case Tok::Or: return arith<T, Op::Or>(x, y);
    case Tok::Xor: return arith<T, Op::Xor>(x, y);
    case Tok::AndNot: return arith<T, Op::AndNot>(x, y);
    default: break;
    }
  }
  throw std::logic_error("bad arithmetic operator");
}

ExecNode *arithNode(Cat cat, Tok op, ExecNode *x, ExecNode *y) {
  switch (cat) {
  case Cat::I8: return makeArith<int8_t>(op, x, y);
  case Cat::I16: return makeArith<int16_t>(op, x, y);
  case Cat::I32: return makeArith<int32_t>(op, x, y);
  case Cat::I64: return makeArith<int64_t>(op, x, y);
  case Cat::U8: return makeArith<uint8_t>(op, x, y);
  case Cat::U16: return makeArith<uint16_t>(op, x, y);
  case Cat::U32: return makeArith<uint32_t>(op, x, y);
  case Cat::U64: return makeArith<uint64_t>(op, x, y);
  case Cat::F32: return makeArith<float>(op, x, y);
  case Cat::F64: return makeArith<double>(op, x, y);
  case Cat::C64: return makeArith<Complex64>(op, x, y);
  case Cat::C128: return makeArith<Complex128>(op, x, y);
  default: throw std::logic_error("bad arithmetic category");
  }
}

ExecNode *compareNode(Cat cat, Tok op, ExecNode *x, ExecNode *y) {
  switch (cat) {
#define CMP(C, T)                                                                                                      \
  case Cat::C: return makeCompare<T>(op, x, y);
    CMP(I8, int8_t)
    CMP(I16, int16_t)
    CMP(I32, int32_t)
    CMP(I64, int64_t)
    CMP(U8, uint8_t)
    CMP(U16, uint16_t)
    CMP(U32, uint32_t)
    CMP(U64, uint64_t)
    CMP(F32, float)
    CMP(F64, double)
#undef CMP
  case Cat::Str: return makeCompare<GoString>(op, x, y);
  case Cat::Bool:
    return op == Tok::Eql ? static_cast<ExecNode *>(new Compare<bool, Cmp::Eq>(x, y))
                          : new Compare<bool, Cmp::Ne>(x, y);
  case Cat::Ptr:
    return op == Tok::Eql ? static_cast<ExecNode *>(new Compare<void *, Cmp::Eq>(x, y))
                          : new Compare<void *, Cmp::Ne>(x, y);
  case Cat::C64:
    return op == Tok::Eql ? static_cast<ExecNode *>(new Compare<Complex64, Cmp::Eq>(x, y))
                          : new Compare<Complex64, Cmp::Ne>(x, y);
  case Cat::C128:
    return op == Tok::Eql ? static_cast<ExecNode *>(new Compare<Complex128, Cmp::Eq>(x, y))
                          : new Compare<Complex128, Cmp::Ne>(x, y);
  default: throw std::logic_error("bad comparison category");
  }
}

template <class T, bool left> static ExecNode *shiftByConst(ExecNode *x, unsigned k) {
  if (auto *l = dynamic_cast<LocalGet<T> *>(x)) return new ShiftK<T, left, FromLocal<T>>(FromLocal<T>(l->off), k);
  return new ShiftK<T, left, FromNode<T>>(FromNode<T>(x), k);
}

template <class T> struct ShiftByConst {
  static ExecNode *make(bool left, ExecNode *x, unsigned k) {
    return left ? shiftByConst<T, true>(x, k) : shiftByConst<T, false>(x, k);
  }
};

ExecNode *shiftNode(Cat cat, bool left, ExecNode *x, ExecNode *y, Expr *count) {
  ExecNode *n = nullptr;
  int64_t k;
  if (count->cval && count->cval->toInt().int64Val(k) && k >= 0 && uint64_t(k) < x->type->size * 8) {
    switch (cat) {
    case Cat::I8: n = ShiftByConst<int8_t>::make(left, x, unsigned(k)); break;
    case Cat::I16: n = ShiftByConst<int16_t>::make(left, x, unsigned(k)); break;
    case Cat::I32: n = ShiftByConst<int32_t>::make(left, x, unsigned(k)); break;
    case Cat::I64: n = ShiftByConst<int64_t>::make(left, x, unsigned(k)); break;
    case Cat::U8: n = ShiftByConst<uint8_t>::make(left, x, unsigned(k)); break;
    case Cat::U16: n = ShiftByConst<uint16_t>::make(left, x, unsigned(k)); break;
    case Cat::U32: n = ShiftByConst<uint32_t>::make(left, x, unsigned(k)); break;
    default: n = ShiftByConst<uint64_t>::make(left, x, unsigned(k)); break;
    }
  } else {
    n = makeInt<Shift>(cat, x, y, left, !count->type->isUnsigned());
  }
  n->cat = cat;
  n->type = x->type;
  return n;
}

bool isNilExpr(Expr *e) {
  while (e->kind == NodeKind::ParenExpr) e = e->as<ParenExpr>()->x;
  return e->kind == NodeKind::Ident && e->as<Ident>()->obj && e->as<Ident>()->obj->kind == ObjKind::Nil;
}

ExecNode *Compiler::binary(BinaryExpr *e) {
  Tok op = e->op;
  if (op == Tok::LAnd || op == Tok::LOr) {
    ExecNode *x = expr(e->x), *y = condition(e->y); // y is evaluated only if needed

    ExecNode *n = op == Tok::LAnd ? static_cast<ExecNode *>(new AndAnd(x, y)) : new OrOr(x, y);
    n->cat = Cat::Bool;
    return n;
  }
  bool cmp = op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
  if (cmp) {
    // Against nil.
    if (isNilExpr(e->y)) return nilCheck(expr(e->x), e->x->type, op == Tok::Neq);
    if (isNilExpr(e->x)) return nilCheck(expr(e->y), e->y->type, op == Tok::Neq);
    const Type *xt = e->x->type, *yt = e->y->type;
    ExecNode *x, *y;
    if (xt->isInterface() || yt->isInterface()) {
      const Type *it = xt->isInterface() ? xt : yt;
      x = exprTo(e->x, it);
      y = exprTo(e->y, it);
      auto *n = new IfaceEq(x, y, op == Tok::Neq);
      n->cat = Cat::Bool;
      return n;
    }
    x = expr(e->x);
    y = expr(e->y);
    Cat cat = catOf(xt);
    if (cat == Cat::Mem) {
      auto *n = new MemEq(x, y, op == Tok::Neq);
      n->cat = Cat::Bool;
      return n;
    }
    ExecNode *n = compareNode(cat, op, x, y);
    n->cat = Cat::Bool;
    return n;
  }
  ExecNode *x = expr(e->x), *y = expr(e->y);
  Cat cat = catOf(e->type);
  if (op == Tok::Shl || op == Tok::Shr) return shiftNode(cat, op == Tok::Shl, x, y, e->y);
  if (cat == Cat::Str) {
    auto *n = new Concat(x, y);
    n->cat = Cat::Str;
    return n;
  }
  ExecNode *n = arithNode(cat, op, x, y);
  n->cat = cat;
  return n;
}

ExecNode *Compiler::unary(UnaryExpr *e) {
  switch (e->op) {
  case Tok::Add: return expr(e->x);
  case Tok::Sub: {
    Cat cat = catOf(e->type);
    ExecNode *n = makeNumeric<Negate>(cat, expr(e->x));
    if (!n) throw std::logic_error("bad negation");
    n->cat = cat;
    return n;
  }
  case Tok::Xor: {
    Cat cat = catOf(e->type);
    ExecNode *n = makeInt<Complement>(cat, expr(e->x));
    n->cat = cat;
    return n;
  }
  case Tok::Not: {
    auto *n = new NotNode(expr(e->x));
    n->cat = Cat::Bool;
    return n;
  }
  case Tok::And: {
    Expr *x = e->x;
    while (x->kind == NodeKind::ParenExpr) x = x->as<ParenExpr>()->x;
    if (x->kind == NodeKind::CompositeLit) {
      auto *n = new NewValue(compositeLit(x->as<CompositeLit>(), x->type), x->type);
      n->cat = Cat::Ptr;
      return n;
    }
    return addrOf(x);
  }
  case Tok::Arrow: unimplemented(e->pos, "channels");
  default: throw std::logic_error("unary operator not compiled yet");
  }
}

// ---- Addresses ---------------------------------------------------------------------

bool Compiler::addressable(Expr *e) {
  switch (e->kind) {
  case NodeKind::ParenExpr: return addressable(e->as<ParenExpr>()->x);
  case NodeKind::Ident: return e->as<Ident>()->obj && e->as<Ident>()->obj->kind == ObjKind::Var;
  case NodeKind::StarExpr: return true;
  case NodeKind::SelectorExpr: {
    auto *s = e->as<SelectorExpr>();
    auto *sel = static_cast<Selection *>(s->info);
    if (!sel || sel->kind == Selection::PkgMember) return s->sel->obj && s->sel->obj->kind == ObjKind::Var;
    if (sel->kind != Selection::Field) return false;
    if (s->x->type->ukind() == Kind::Pointer) return true;
    for (bool d : sel->derefs)
      if (d) return true;
    return addressable(s->x);
  }
  case NodeKind::IndexExpr: {
    auto *ix = e->as<IndexExpr>();
    Kind k = ix->x->type->ukind();
    if (k == Kind::Slice || k == Kind::Pointer) return true;
    if (k == Kind::Array) return addressable(ix->x);
    return false;
  }
  default: return false;
  }
}

ExecNode *Compiler::addrOf(Expr *e) {
  ExecNode *n = nullptr;
  switch (e->kind) {
  case NodeKind::ParenExpr: return addrOf(e->as<ParenExpr>()->x);
  case NodeKind::Ident: n = varAddr(e->as<Ident>()->obj->as<Var>(), 0); break;
  case NodeKind::StarExpr: n = new DerefAddr(expr(e->as<StarExpr>()->x), 0); break;
  case NodeKind::SelectorExpr: {
    auto *s = e->as<SelectorExpr>();
    auto *sel = static_cast<Selection *>(s->info);
    if (sel->kind == Selection::PkgMember) {
      n = varAddr(s->sel->obj->as<Var>(), 0);
      break;
    }
    n = fieldAddr(s);
    break;
  }
  case NodeKind::IndexExpr: {
    auto *ix = e->as<IndexExpr>();
    const Type *u = ix->x->type->underlying();
    ExecNode *idx = expr(ix->index);
    if (u->kind == Kind::Slice) {
      n = new SliceIndexAddr(expr(ix->x), idx, static_cast<const TSlice *>(u)->elem->size);
    } else if (u->kind == Kind::Array) {
      auto *at = static_cast<const TArray *>(u);
      n = new ArrayIndexAddr(addrOf(ix->x), idx, at->elem->size, at->len);
    } else { // pointer to array
      auto *at = static_cast<const TArray *>(static_cast<const TPointer *>(u)->elem->underlying());
      auto *base = new DerefAddr(expr(ix->x), 0);
      base->pos = e->pos;
      base->cat = Cat::Ptr;
      n = new ArrayIndexAddr(base, idx, at->elem->size, at->len);
    }
    n->pos = ix->lbrack;
    break;
  }
  default: throw std::logic_error("address of a non-addressable expression");
  }
  n->cat = Cat::Ptr;
  if (!n->type) n->type = pointerTo(e->type);
  if (!n->pos.valid()) n->pos = e->pos;
  return n;
}

// The address of x.f (x addressable, or a pointer), through embedded fields.
ExecNode *Compiler::fieldAddr(SelectorExpr *e) {
  auto *sel = static_cast<Selection *>(e->info);
  const Type *t = e->x->type;
  ExecNode *base;
  if (t->ukind() == Kind::Pointer) {
    base = expr(e->x);
    t = static_cast<const TPointer *>(t->underlying())->elem;
    auto *d = new DerefAddr(base, 0);
    d->pos = e->pos;
    d->cat = Cat::Ptr;
    base = d;
  } else if (addressable(e->x)) {
    base = addrOf(e->x);
  } else {
    // A value (f().p.x through an embedded pointer): held in a temporary.
    uint32_t slot = allocSlot(t->size, t->align);
    auto *la = new LocalAddr(slot);
    la->cat = Cat::Ptr;
    base = withHoisted(new IntoTemp(expr(e->x), slot), la);
  }
  for (size_t i = 0; i < sel->path.size(); i++) {
    auto *st = static_cast<const TStruct *>(t->underlying());
    const StructField &f = st->fields[size_t(sel->path[i])];
    // Fold the offset into the address node.
    if (auto *la = dynamic_cast<LocalAddr *>(base))
      la->off += f.offset;
    else if (auto *ca = dynamic_cast<CellAddr *>(base))
      ca->extra += f.offset;
    else if (auto *pa = dynamic_cast<CapAddr *>(base))
      pa->extra += f.offset;
    else if (auto *ga = dynamic_cast<GlobalAddr *>(base))
      ga->addr += f.offset;
    else if (auto *da = dynamic_cast<DerefAddr *>(base))
      da->extra += f.offset;
    else
      base = new DerefAddr(base, f.offset); // an offset from the computed address
    t = f.type;
    if (sel->derefs[i] && i + 1 < sel->path.size()) {
      // An embedded pointer: load it, then continue from where it points.
      ExecNode *p = loadFrom(base, t);
      auto *d = new DerefAddr(p, 0);
      d->pos = e->pos;
      d->cat = Cat::Ptr;
      base = d;
      t = static_cast<const TPointer *>(t->underlying())->elem;
    }
  }
  base->cat = Cat::Ptr;
  base->type = pointerTo(e->type);
  return base;
}

ExecNode *Compiler::selector(SelectorExpr *e) {
  auto *sel = static_cast<Selection *>(e->info);
  switch (sel->kind) {
  case Selection::PkgMember: {
    Object *o = e->sel->obj;
    if (o->kind == ObjKind::Var) return varLoad(o->as<Var>());
    if (o->kind == ObjKind::Func) {
      auto *f = o->as<Func>();
      FuncCode *fc = funcCode(f);
      ExecNode *n = new ConstNode<void *>(staticClosure(fc));
      n->cat = Cat::Ptr;
      n->type = f->type;
      return n;
    }
    throw std::logic_error("unexpected package member");
  }
  case Selection::Field: {
    if (addressable(e) || e->x->type->ukind() == Kind::Pointer) return loadFrom(fieldAddr(e), e->type);
    // A field of a struct value: through a temporary.
    const Type *t = e->x->type;
    ExecNode *x = expr(e->x);
    uint32_t off = 0;
    for (size_t i = 0; i < sel->path.size(); i++) {
      auto *st = static_cast<const TStruct *>(t->underlying());
      const StructField &f = st->fields[size_t(sel->path[i])];
      if (sel->derefs[i] && i + 1 < sel->path.size()) {
        // Through an embedded pointer: read it, then address from there.
        auto *fv = new FieldOfValue(x, off + f.offset);
        fv->type = f.type;
        fv->cat = Cat::Ptr;
        auto *d = new DerefAddr(fv, 0);
        d->cat = Cat::Ptr;
        d->pos = e->pos;
        uint32_t rest = 0;
        const Type *tt = static_cast<const TPointer *>(f.type->underlying())->elem;
        for (size_t j = i + 1; j < sel->path.size(); j++) {
          auto *st2 = static_cast<const TStruct *>(tt->underlying());
          rest += st2->fields[size_t(sel->path[j])].offset;
          tt = st2->fields[size_t(sel->path[j])].type;
        }
        d->extra = rest;
        return loadFrom(d, e->type);
      }
      off += f.offset;
      t = f.type;
    }
    auto *n = new FieldOfValue(x, off);
    n->type = e->type;
    n->cat = catOf(e->type);
    return n;
  }
  case Selection::Method: return methodValue(e);
  case Selection::MethodExpr: return methodExpr(e);
  }
  return nullptr;
}

ExecNode *Compiler::index(IndexExpr *e) {
  const Type *u = e->x->type->underlying();
  ExecNode *n;
  switch (u->isString() ? Kind::String : u->kind) { // a constant string may be untyped
  case Kind::String:
    n = new StringIndex(expr(e->x), expr(e->index));
    n->cat = Cat::U8;
    break;
  case Kind::Map: {
    auto *mt = static_cast<const TMap *>(u);
    n = new MapIndex(expr(e->x), exprTo(e->index, mt->key));
    n->cat = catOf(mt->elem);
    break;
  }
  case Kind::Array:
    if (!addressable(e->x)) {
      n = new ArrayValueIndex(expr(e->x), expr(e->index));
      n->cat = catOf(e->type);
      break;
    }
    return loadFrom(addrOf(e), e->type);
  default: return loadFrom(addrOf(e), e->type);
  }
  n->type = e->type;
  n->pos = e->lbrack;
  return n;
}

ExecNode *Compiler::sliceExpr(SliceExpr *e) {
  const Type *u = e->x->type->underlying();
  ExecNode *lo = e->lo ? expr(e->lo) : nullptr, *hi = e->hi ? expr(e->hi) : nullptr,
           *max = e->max ? expr(e->max) : nullptr;
  ExecNode *n;
  if (u->isString()) {
    n = new StringSlice(expr(e->x), lo, hi);
    n->cat = Cat::Str;
  } else if (u->kind == Kind::Slice) {
    n = new SliceSlice(expr(e->x), lo, hi, max, static_cast<const TSlice *>(u)->elem->size, false, 0);
    n->cat = Cat::Slice;
  } else {
    // An array (addressable) or a pointer to one.
    const TArray *at;
    ExecNode *base;
    if (u->kind == Kind::Pointer) {
      at = static_cast<const TArray *>(static_cast<const TPointer *>(u)->elem->underlying());
      base = expr(e->x);
    } else {
      at = static_cast<const TArray *>(u);
      base = addrOf(e->x);
    }
    n = new SliceSlice(base, lo, hi, max, at->elem->size, true, at->len);
    n->cat = Cat::Slice;
  }
  n->type = e->type;
  n->pos = e->lbrack;
  return n;
}

ExecNode *Compiler::compositeLit(CompositeLit *e, const Type *t) {
  // []*T{{...}}: an elided &T{...}.
  if (t->ukind() == Kind::Pointer && (!e->typ || e->typ->type != t)) {
    const Type *base = static_cast<const TPointer *>(t->underlying())->elem;
    auto *n = new NewValue(compositeLit(e, base), base);
    n->cat = Cat::Ptr;
    n->type = t;
    n->pos = e->pos;
    return n;
  }
  const Type *u = t->underlying();
  ExecNode *n = nullptr;
  switch (u->kind) {
  case Kind::Struct: {
    auto *st = static_cast<const TStruct *>(u);
    auto *c = new CompositeMem(st->size);
    for (uint32_t i = 0; i < e->elts.size(); i++) {
      Expr *el = e->elts[i];
      int fi = int(i);
      Expr *val = el;
      if (el->kind == NodeKind::KeyValueExpr) {
        fi = st->fieldIndex(el->as<KeyValueExpr>()->key->as<Ident>()->name);
        val = el->as<KeyValueExpr>()->value;
      }
      const StructField &f = st->fields[size_t(fi)];
      ExecNode *v = val->kind == NodeKind::CompositeLit && !val->as<CompositeLit>()->typ
                        ? compositeLit(val->as<CompositeLit>(), f.type)
                        : exprTo(val, f.type);
      c->elems.push_back({f.offset, v});
    }
    n = c;
    break;
  }
  case Kind::Array:
  case Kind::Slice: {
    const Type *elem =
        u->kind == Kind::Array ? static_cast<const TArray *>(u)->elem : static_cast<const TSlice *>(u)->elem;
    std::vector<std::pair<int64_t, ExecNode *>> elems;
    int64_t idx = 0, max = 0;
    for (Expr *el : e->elts) {
      Expr *val = el;
      if (el->kind == NodeKind::KeyValueExpr) {
        el->as<KeyValueExpr>()->key->cval->toInt().int64Val(idx);
        val = el->as<KeyValueExpr>()->value;
      }
      ExecNode *v = val->kind == NodeKind::CompositeLit && !val->as<CompositeLit>()->typ
                        ? compositeLit(val->as<CompositeLit>(), elem)
                        : exprTo(val, elem);
      elems.push_back({idx, v});
      idx++;
      if (idx > max) max = idx;
    }
    if (u->kind == Kind::Array) {
      auto *c = new CompositeMem(u->size);
      for (auto &[i, v] : elems) c->elems.push_back({uint32_t(i * elem->size), v});
      n = c;
    } else {
      auto *s = new SliceLit(elem, max);
      for (auto &[i, v] : elems) s->elems.push_back({i, v});
      n = s;
      n->cat = Cat::Slice;
    }
    break;
  }
  case Kind::Map: {
    auto *mt = static_cast<const TMap *>(u);
    auto *m = new MapLit(mt);
    for (Expr *el : e->elts) {
      auto *kv = el->as<KeyValueExpr>();
      ExecNode *k = kv->key->kind == NodeKind::CompositeLit && !kv->key->as<CompositeLit>()->typ
                        ? compositeLit(kv->key->as<CompositeLit>(), mt->key)
                        : exprTo(kv->key, mt->key);
      ExecNode *v = kv->value->kind == NodeKind::CompositeLit && !kv->value->as<CompositeLit>()->typ
                        ? compositeLit(kv->value->as<CompositeLit>(), mt->elem)
                        : exprTo(kv->value, mt->elem);
      m->elems.push_back({k, v});
    }
    n = m;
    n->cat = Cat::Ptr;
    break;
  }
  default: throw std::logic_error("bad composite literal");
  }
  n->type = t;
  if (n->cat == Cat::None) n->cat = catOf(t);
  n->pos = e->pos;
  return n;
}

ExecNode *Compiler::typeAssert(TypeAssertExpr *e, bool commaOk) {
  const Type *target = e->typ->type;
  ExecNode *x = expr(e->x);
  ExecNode *n;
  if (commaOk) {
    const TTuple *tt = tupleOf({target, types::Bool});
    n = new AssertOk(x, target, tt->offsets[1]);
    n->type = tt;
    n->cat = Cat::Mem;
    n->pos = e->pos;
    return n;
  }
  if (target->isInterface()) {
    n = new AssertIface(x, e->x->type, target);
    n->cat = Cat::Iface;
  } else {
    Cat cat = catOf(target);
    if (cat == Cat::Mem)
      n = new AssertToMem(x, e->x->type, target);
    else
      n = makeTyped<AssertTo>(cat, x, e->x->type, target);
    n->cat = cat;
  }
  n->type = target;
  n->pos = e->pos;
  return n;
}

} // namespace goterp
