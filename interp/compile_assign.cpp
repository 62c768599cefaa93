// Assignments: =, :=, op=, ++ and --, the initialisation of variables,
// and the tuple assignments of Go's two phases (every operand of the left
// side and every value on the right first, then the stores left to right).
//
// A single assignment is a store of one node (storeTo); the hot shapes of
// numeric loops get fused nodes (compile_fused.cpp), a, b := f() copies the
// results straight from the callee's frame, and a, b = x, y of scalars is
// one Assign2 without temporaries. Everything else goes through frame
// temporaries (MultiAssign), which is always correct.
#include <algorithm>

#include "interp/compile.h"
#include "interp/nodes_ops.h"
#include "runtime/map.h"

namespace goterp {

namespace {
class ZeroLocal : public ExecNode {
public:
  uint32_t off, size;
  ZeroLocal(uint32_t o, uint32_t s) : off(o), size(s) {}
  Flow exec(Ctx &c) override {
    std::memset(c.fp + off, 0, size);
    return Flow::Normal;
  }
};

// m[k] = v
class MapStore : public ExecNode {
public:
  ExecNode *m, *key, *val;
  MapStore(ExecNode *a, ExecNode *k, ExecNode *v) : m(a), key(k), val(v) {}
  Flow exec(Ctx &c) override {
    auto *mp = static_cast<GoMap *>(m->evalPtr(c));
    void *k = alloca(key->type->size);
    key->evalInto(c, k);
    void *v = alloca(val->type->size);
    val->evalInto(c, v);
    c.site = this;
    void *slot = mapAssign(c, mp, k);
    std::memcpy(slot, v, val->type->size);
    return Flow::Normal;
  }
};

// The value slot of m[k] for m[k] op= v, the entry inserted (zeroed) if
// absent: one lookup for the read and the write. Only for operators that
// cannot panic, as Go stores nothing when the operation panics. The key is
// a frame temporary, read in place.
class MapSlotAddr : public Typed<MapSlotAddr, void *> {
public:
  ExecNode *m, *keyAddr;
  MapSlotAddr(ExecNode *a, ExecNode *k) : m(a), keyAddr(k) {}
  void *get(Ctx &c) {
    auto *mp = static_cast<GoMap *>(m->evalPtr(c));
    void *k = keyAddr->evalPtr(c);
    c.site = this;
    return mapAssign(c, mp, k);
  }
};

// x op= v and x++ through an address computed once.
template <class T, Op op> class OpAssignAddr : public ExecNode {
public:
  ExecNode *addr, *val;
  OpAssignAddr(ExecNode *a, ExecNode *v) : addr(a), val(v) {}
  Flow exec(Ctx &c) override {
    T v = evalAs<T>(val, c); // first, as SetAddr
    uint8_t *p = static_cast<uint8_t *>(addr->evalPtr(c));
    storeAs(p, applyOp<T, op>(c, this, loadAs<T>(p), v));
    return Flow::Normal;
  }
};

template <class T> class ShiftAssignAddr : public ExecNode {
public:
  ExecNode *addr, *val;
  bool left, countSigned;
  ShiftAssignAddr(ExecNode *a, ExecNode *v, bool l, bool s) : addr(a), val(v), left(l), countSigned(s) {}
  Flow exec(Ctx &c) override {
    int64_t s = val->evalInt(c);
    uint8_t *p = static_cast<uint8_t *>(addr->evalPtr(c));
    if (countSigned && s < 0) {
      c.site = this;
      panicShift(c);
    }
    T a = loadAs<T>(p);
    constexpr unsigned bits = sizeof(T) * 8;
    uint64_t n = uint64_t(s);
    T r;
    if (left)
      r = n >= bits ? T(0) : T(std::make_unsigned_t<T>(a) << n);
    else if (n >= bits)
      r = std::is_signed_v<T> && a < 0 ? T(-1) : T(0);
    else
      r = T(a >> n);
    storeAs(p, r);
    return Flow::Normal;
  }
};

class ConcatAssign : public ExecNode {
public:
  ExecNode *addr, *val;
  ConcatAssign(ExecNode *a, ExecNode *v) : addr(a), val(v) {}
  Flow exec(Ctx &c) override {
    GoString v = val->evalString(c);
    auto *p = static_cast<uint8_t *>(addr->evalPtr(c));
    storeAs(p, concatStrings(loadAs<GoString>(p), v));
    gc::writeBarrier(p);
    return Flow::Normal;
  }
};

class MultiAssign : public ExecNode {
public:
  std::vector<ExecNode *> evals;  // each writes its value into a temporary
  std::vector<ExecNode *> stores; // each stores from its temporary
  Flow exec(Ctx &c) override {
    for (ExecNode *e : evals) e->exec(c);
    for (ExecNode *s : stores) s->exec(c);
    return Flow::Normal;
  }
};

// a, b = x, y of two values of one scalar category whose evaluation calls
// nothing (swaps, i, j = i+1, j-1): the values are held in C++ variables
// rather than frame temporaries, and the destinations found after them.
// With no call and no store in between, that is the two phases of the
// spec's tuple assignment.
struct Dest {
  enum Kind : uint8_t { Local, SliceLocal, SliceElem, Addr } kind;
  uint32_t off = 0;               // Local: the variable; SliceLocal: the slice local
  uint32_t idx = 0;               // SliceLocal: the index local
  ExecNode *addr = nullptr;       // Addr
  SliceIndexAddr *elem = nullptr; // SliceElem: its slice and index nodes
  const ExecNode *site = nullptr; // SliceLocal, SliceElem: for the bounds panic
};

template <class T> class Assign2 : public ExecNode {
public:
  ExecNode *x, *y;
  Dest d[2];
  Assign2(ExecNode *a, ExecNode *b, Dest d0, Dest d1) : x(a), y(b), d{d0, d1} {}
  // The destination's operands, read before any store (phase one).
  struct Place {
    uint8_t *p;
    int64_t i, len; // SliceElem: checked when stored (phase two), as in Go
  };
  Place place(Ctx &c, const Dest &t) {
    switch (t.kind) {
    case Dest::Local: return Place{c.fp + t.off, 0, 1};
    case Dest::SliceLocal: {
      GoSlice s = loadAs<GoSlice>(c.fp + t.off);
      return Place{s.p, loadAs<int64_t>(c.fp + t.idx), s.len};
    }
    case Dest::SliceElem: {
      GoSlice s = t.elem->slice->evalSlice(c);
      return Place{s.p, t.elem->index->evalInt(c), s.len};
    }
    default: return Place{static_cast<uint8_t *>(t.addr->evalPtr(c)), 0, 1};
    }
  }
  void store(Ctx &c, const Dest &t, Place w, T v) {
    if (__builtin_expect(uint64_t(w.i) >= uint64_t(w.len), false)) {
      c.site = t.site;
      panicIndex(c, w.i, w.len);
    }
    uint8_t *p = w.p + w.i * int64_t(sizeof(T));
    storeAs(p, v);
    if constexpr (hasPointers<T>)
      if (t.kind != Dest::Local) gc::writeBarrier(p);
  }
  Flow exec(Ctx &c) override {
    T a = evalAs<T>(x, c);
    T b = evalAs<T>(y, c);
    Place p = place(c, d[0]), q = place(c, d[1]);
    store(c, d[0], p, a);
    store(c, d[1], q, b);
    return Flow::Normal;
  }
};

} // namespace

// A store of val (already converted to the target's type) into lhs.
ExecNode *Compiler::storeTo(Expr *lhs, ExecNode *val) {
  while (lhs->kind == NodeKind::ParenExpr) lhs = lhs->as<ParenExpr>()->x;
  if (lhs->kind == NodeKind::Ident && lhs->as<Ident>()->name.isBlank()) return new ExprStmtNode(val);
  // m[k] = v
  if (lhs->kind == NodeKind::IndexExpr && lhs->as<IndexExpr>()->x->type->ukind() == Kind::Map) {
    auto *ix = lhs->as<IndexExpr>();
    auto *mt = static_cast<const TMap *>(ix->x->type->underlying());
    auto *n = new MapStore(expr(ix->x), exprTo(ix->index, mt->key), val);
    n->pos = ix->lbrack;
    return n;
  }
  ExecNode *addr = addrOf(lhs);
  // A declared name has no expression type: its variable's.
  const Type *t = lhs->kind == NodeKind::Ident && lhs->as<Ident>()->obj ? lhs->as<Ident>()->obj->type : lhs->type;
  Cat cat = catOf(t);
  if (cat == Cat::Mem) return new SetAddrMem(addr, val, t->size, t->hasPointers);
  if (auto *la = dynamic_cast<LocalAddr *>(addr)) return makeTyped<SetLocal>(cat, la->off, val);
  if (auto *sa = dynamic_cast<SliceIndexAddr *>(addr); sa && sa->elemSize == t->size && t->size > 0)
    return sliceElemSet(cat, sa, val);
  return makeTyped<SetAddr>(cat, addr, val);
}

ExecNode *Compiler::assignTo(Expr *lhs, ExecNode *val, const Type *valType) {
  (void)valType;
  return storeTo(lhs, val);
}

ExecNode *Compiler::assign(AssignStmt *s) {
  std::vector<Expr *> lhs(s->lhs.begin(), s->lhs.end()), rhs(s->rhs.begin(), s->rhs.end());
  if (lhs.size() == 1 && rhs.size() == 1) {
    Expr *l = lhs[0];
    while (l->kind == NodeKind::ParenExpr) l = l->as<ParenExpr>()->x;
    const Type *t = l->kind == NodeKind::Ident && l->as<Ident>()->name.isBlank() ? rhs[0]->type : l->type;
    if (ExecNode *n = binaryAssign(l, rhs[0], false)) return n;
    return storeTo(lhs[0], exprTo(rhs[0], t));
  }
  return multiAssign(lhs, rhs, false);
}

// Whether destination l has operands to evaluate in phase one: a pointer
// to follow, a slice or a variable index. Without, its address is fixed.
namespace {
bool hasPhaseOne(Expr *l) {
  while (l->kind == NodeKind::ParenExpr) l = l->as<ParenExpr>()->x;
  switch (l->kind) {
  case NodeKind::Ident: return false;
  case NodeKind::SelectorExpr: {
    auto *se = l->as<SelectorExpr>();
    auto *sel = static_cast<Selection *>(se->info);
    if (sel->kind == Selection::PkgMember) return false;
    if (se->x->type->ukind() == Kind::Pointer) return true;
    for (size_t i = 0; i + 1 < sel->derefs.size(); i++)
      if (sel->derefs[i]) return true;
    return hasPhaseOne(se->x);
  }
  case NodeKind::IndexExpr: {
    auto *ix = l->as<IndexExpr>();
    return ix->x->type->ukind() != Kind::Array || !ix->index->cval || hasPhaseOne(ix->x);
  }
  default: return true;
  }
}
} // namespace

// The left side of a tuple assignment with its operands evaluated up front
// (phase one of Go's assignment): index values, slices, map keys and
// pointers go into temporaries; the store (phase two) reads them.
ExecNode *Compiler::preparedStore(Expr *l, ExecNode *val, std::vector<ExecNode *> &prep) {
  while (l->kind == NodeKind::ParenExpr) l = l->as<ParenExpr>()->x;
  if (l->kind == NodeKind::IndexExpr && l->as<IndexExpr>()->x->type->ukind() == Kind::Map) {
    auto *ix = l->as<IndexExpr>();
    auto *mt = static_cast<const TMap *>(ix->x->type->underlying());
    ExecNode *m = phaseOne(expr(ix->x), ix->x->type, prep);
    ExecNode *k = phaseOne(exprTo(ix->index, mt->key), mt->key, prep);
    auto *n = new MapStore(m, k, val);
    n->pos = ix->lbrack;
    return n;
  }
  ExecNode *addr = hasPhaseOne(l) ? preparedAddr(l, prep) : nullptr;
  if (!addr) return storeTo(l, val);
  addr->cat = Cat::Ptr;
  const Type *t = l->type;
  Cat cat = catOf(t);
  if (cat == Cat::Mem) return new SetAddrMem(addr, val, t->size, t->hasPointers);
  return makeTyped<SetAddr>(cat, addr, val);
}

// A value of phase one, held in a temporary that phase two reads.
ExecNode *Compiler::phaseOne(ExecNode *n, const Type *t, std::vector<ExecNode *> &prep) {
  uint32_t off = allocSlot(t->size, t->align);
  prep.push_back(new IntoTemp(n, off));
  auto *la = new LocalAddr(off);
  la->cat = Cat::Ptr;
  return loadFrom(la, t);
}

// The address of an assignment's destination l, its operands evaluated in
// phase one; the pointer indirections and bounds checks themselves wait
// for phase two, as in gc (m[k], *p = 1, 2 stores m[k] before p's nil
// dereference panics). Null for the forms left to storeTo: a variable, and
// paths through embedded pointers.
ExecNode *Compiler::preparedAddr(Expr *l, std::vector<ExecNode *> &prep) {
  while (l->kind == NodeKind::ParenExpr) l = l->as<ParenExpr>()->x;
  if (!hasPhaseOne(l)) return addrOf(l);
  auto indexVal = [&](IndexExpr *ix) {
    if (ix->index->cval) return expr(ix->index);
    return phaseOne(expr(ix->index), ix->index->type->isUntyped() ? types::Int : ix->index->type, prep);
  };
  auto deref = [&](Expr *ptr, Pos pos) {
    auto *d = new DerefAddr(phaseOne(expr(ptr), ptr->type, prep), 0);
    d->cat = Cat::Ptr;
    d->pos = pos;
    return d;
  };
  ExecNode *addr = nullptr;
  switch (l->kind) {
  case NodeKind::StarExpr: return deref(l->as<StarExpr>()->x, l->pos);
  case NodeKind::IndexExpr: {
    auto *ix = l->as<IndexExpr>();
    const Type *u = ix->x->type->underlying();
    if (u->kind == Kind::Slice) {
      ExecNode *sl = phaseOne(expr(ix->x), ix->x->type, prep);
      addr = new SliceIndexAddr(sl, indexVal(ix), static_cast<const TSlice *>(u)->elem->size);
    } else if (u->kind == Kind::Pointer) {
      auto *at = static_cast<const TArray *>(static_cast<const TPointer *>(u)->elem->underlying());
      ExecNode *base = deref(ix->x, ix->lbrack);
      addr = new ArrayIndexAddr(base, indexVal(ix), at->elem->size, at->len);
    } else if (u->kind == Kind::Array) {
      auto *at = static_cast<const TArray *>(u);
      ExecNode *base = preparedAddr(ix->x, prep);
      if (!base) return nullptr;
      addr = new ArrayIndexAddr(base, indexVal(ix), at->elem->size, at->len);
    } else {
      return nullptr;
    }
    addr->pos = ix->lbrack;
    break;
  }
  case NodeKind::SelectorExpr: {
    auto *se = l->as<SelectorExpr>();
    auto *sel = static_cast<Selection *>(se->info);
    if (sel->kind != Selection::Field) return nullptr;
    const Type *t = se->x->type;
    DerefAddr *base;
    if (t->ukind() == Kind::Pointer) {
      base = deref(se->x, se->pos);
      t = static_cast<const TPointer *>(t->underlying())->elem;
    } else {
      ExecNode *x = preparedAddr(se->x, prep);
      if (!x) return nullptr;
      base = dynamic_cast<DerefAddr *>(x);
      if (!base) {
        base = new DerefAddr(x, 0);
        base->pos = se->pos;
      }
    }
    for (size_t i = 0; i < sel->path.size(); i++) {
      const StructField &f = static_cast<const TStruct *>(t->underlying())->fields[size_t(sel->path[i])];
      base->extra += f.offset;
      t = f.type;
      if (sel->derefs[i] && i + 1 < sel->path.size()) {
        // An embedded pointer is the operand of an implicit indirection.
        base->cat = Cat::Ptr;
        base = new DerefAddr(phaseOne(loadFrom(base, t), t, prep), 0);
        base->pos = se->pos;
        t = static_cast<const TPointer *>(t->underlying())->elem;
      }
    }
    addr = base;
    break;
  }
  default: return nullptr;
  }
  addr->cat = Cat::Ptr;
  addr->type = pointerTo(l->type);
  return addr;
}

// a, b = x, y; a, b = f(); v, ok = m[k] / x.(T): the left sides' operands,
// then every value into a temporary, then every store.
ExecNode *Compiler::multiAssign(const std::vector<Expr *> &lhs, const std::vector<Expr *> &rhs, bool define) {
  auto *m = new MultiAssign();
  auto targetType = [&](Expr *l, const Type *fallback) {
    while (l->kind == NodeKind::ParenExpr) l = l->as<ParenExpr>()->x;
    if (l->kind == NodeKind::Ident) {
      auto *id = l->as<Ident>();
      if (id->name.isBlank() || !id->obj) return fallback;
      return id->obj->type;
    }
    return l->type ? l->type : fallback;
  };
  auto tmpLoad = [&](uint32_t off, const Type *t) {
    auto *la = new LocalAddr(off);
    la->cat = Cat::Ptr;
    return loadFrom(la, t);
  };
  std::vector<ExecNode *> prep;
  auto store = [&](Expr *l, ExecNode *val, const Type *vt) {
    const Type *tt = targetType(l, vt);
    ExecNode *v = convertTo(val, vt, tt);
    if (define) return initVarFor(l, v, tt);
    return preparedStore(l, v, prep);
  };
  std::vector<ExecNode *> evals;
  if (!define && lhs.size() == 2 && rhs.size() == 2)
    if (ExecNode *n = assign2(lhs[0], lhs[1], rhs[0], rhs[1])) return n;
  if (lhs.size() == rhs.size()) {
    std::vector<std::pair<uint32_t, const Type *>> tmps;
    for (size_t i = 0; i < rhs.size(); i++) {
      const Type *tt = targetType(lhs[i], rhs[i]->type);
      ExecNode *v = exprTo(rhs[i], tt);
      uint32_t off = allocSlot(tt->size, tt->align);
      evals.push_back(new IntoTemp(v, off));
      tmps.push_back({off, tt});
    }
    for (size_t i = 0; i < lhs.size(); i++)
      m->stores.push_back(store(lhs[i], tmpLoad(tmps[i].first, tmps[i].second), tmps[i].second));
  } else {
    // One expression giving several values.
    Expr *r = rhs[0];
    while (r->kind == NodeKind::ParenExpr) r = r->as<ParenExpr>()->x;
    ExecNode *tuple;
    const TTuple *tt;
    if (r->kind == NodeKind::IndexExpr && r->as<IndexExpr>()->x->type->ukind() == Kind::Map) {
      auto *ix = r->as<IndexExpr>();
      auto *mt = static_cast<const TMap *>(ix->x->type->underlying());
      tt = tupleOf({mt->elem, types::Bool});
      tuple = mapIndexOkNode(expr(ix->x), exprTo(ix->index, mt->key), mt->elem, tt->offsets[1]);
      tuple->type = tt;
      tuple->cat = Cat::Mem;
      tuple->pos = ix->lbrack;
    } else if (r->kind == NodeKind::TypeAssertExpr) {
      tuple = typeAssert(r->as<TypeAssertExpr>(), true);
      tt = static_cast<const TTuple *>(tuple->type);
    } else {
      tuple = expr(r);
      tt = static_cast<const TTuple *>(tuple->type);
      if (ExecNode *n = unpackToLocals(lhs, tuple, define)) return n;
    }
    uint32_t off = allocSlot(tt->size, tt->align);
    evals.push_back(new IntoTemp(tuple, off));
    for (size_t i = 0; i < lhs.size(); i++)
      m->stores.push_back(store(lhs[i], tmpLoad(off + tt->offsets[i], tt->elems[i]), tt->elems[i]));
  }
  // The left sides' operands come first.
  m->evals = prep;
  m->evals.insert(m->evals.end(), evals.begin(), evals.end());
  return m;
}

// a, b := f() (or =) into variables in the frame of the results' exact
// types: the results are copied straight from the callee's frame. Null if
// the left side does not fit.
ExecNode *Compiler::unpackToLocals(const std::vector<Expr *> &lhs, ExecNode *call, bool define) {
  auto *tt = static_cast<const TTuple *>(call->type);
  std::vector<Var *> vars(lhs.size());
  for (size_t i = 0; i < lhs.size(); i++) {
    Expr *l = lhs[i];
    while (l->kind == NodeKind::ParenExpr) l = l->as<ParenExpr>()->x;
    if (l->kind != NodeKind::Ident) return nullptr;
    auto *id = l->as<Ident>();
    if (id->name.isBlank()) continue;
    auto *v = id->obj->as<Var>();
    if (v->type != tt->elems[i] || v->isGlobal || v->escapes) return nullptr;
    bool declared = fs_->vars.count(v) != 0;
    if (!declared && !define) return nullptr;
    if (declared && fs_->vars[v].kind != Storage::Frame) return nullptr;
    vars[i] = v;
  }
  std::vector<Unpack> outs;
  for (size_t i = 0; i < lhs.size(); i++) {
    if (!vars[i]) continue;
    Storage st = fs_->vars.count(vars[i]) ? fs_->vars[vars[i]] : declareLocal(vars[i]);
    outs.push_back(Unpack{st.off, tt->offsets[i], tt->elems[i]->size});
  }
  return unpackCall(call, std::move(outs));
}

// a, b = x, y as an Assign2 if it fits one, else null.
ExecNode *Compiler::assign2(Expr *l0, Expr *l1, Expr *r0, Expr *r1) {
  // Decided on the syntax first: nothing may be compiled twice.
  if (hasCall(l0) || hasCall(l1) || hasCall(r0) || hasCall(r1)) return nullptr;
  Expr *ls[2] = {l0, l1};
  Dest d[2];
  const Type *t = nullptr;
  for (int i = 0; i < 2; i++) {
    Expr *l = ls[i];
    while (l->kind == NodeKind::ParenExpr) l = l->as<ParenExpr>()->x;
    if (l->kind == NodeKind::Ident && l->as<Ident>()->name.isBlank()) return nullptr;
    if (l->kind == NodeKind::IndexExpr && l->as<IndexExpr>()->x->type->ukind() == Kind::Map) return nullptr;
    const Type *lt = l->kind == NodeKind::Ident ? l->as<Ident>()->obj->type : l->type;
    if ((i == 1 && lt != t) || catOf(lt) == Cat::Mem) return nullptr;
    t = lt;
  }
  for (int i = 0; i < 2; i++) {
    Expr *l = ls[i];
    while (l->kind == NodeKind::ParenExpr) l = l->as<ParenExpr>()->x;
    ExecNode *addr = addrOf(l);
    if (auto *la = dynamic_cast<LocalAddr *>(addr)) {
      d[i].kind = Dest::Local;
      d[i].off = la->off;
    } else if (auto *sa = dynamic_cast<SliceIndexAddr *>(addr)) {
      auto *ls = dynamic_cast<LocalGet<GoSlice> *>(sa->slice);
      auto *li = dynamic_cast<LocalGet<int64_t> *>(sa->index);
      d[i].kind = ls && li ? Dest::SliceLocal : Dest::SliceElem;
      d[i].off = ls ? ls->off : 0;
      d[i].idx = li ? li->off : 0;
      d[i].elem = sa;
      d[i].site = sa;
    } else {
      d[i].kind = Dest::Addr;
      d[i].addr = addr;
    }
  }
  return makeTyped<Assign2>(catOf(t), exprTo(r0, t), exprTo(r1, t), d[0], d[1]);
}

// Declares a variable and stores its initial value (or zero).
ExecNode *Compiler::initVar(Var *v, ExecNode *val, const Type *valType) {
  (void)valType;
  Storage s = declareLocal(v);
  if (s.kind == Storage::Cell) return new NewCell(s.off, v->type, val);
  if (!val) return new ZeroLocal(s.off, v->type->size ? v->type->size : 1);
  Cat cat = catOf(v->type);
  if (cat == Cat::Mem) {
    auto *la = new LocalAddr(s.off);
    la->cat = Cat::Ptr;
    return new SetAddrMem(la, val, v->type->size, v->type->hasPointers);
  }
  return makeTyped<SetLocal>(cat, s.off, val);
}

ExecNode *Compiler::initVarFor(Expr *l, ExecNode *val, const Type *t) {
  while (l->kind == NodeKind::ParenExpr) l = l->as<ParenExpr>()->x;
  auto *id = l->as<Ident>();
  if (id->name.isBlank()) return new ExprStmtNode(val);
  auto *v = id->obj->as<Var>();
  // := redeclaring an existing variable assigns to it.
  if (fs_->vars.count(v) || v->isGlobal ||
      (fs_->fi && std::find(fs_->fi->captures.begin(), fs_->fi->captures.end(), v) != fs_->fi->captures.end()))
    return storeTo(l, val);
  return initVar(v, val, t);
}

ExecNode *Compiler::defineVars(AssignStmt *s) {
  std::vector<Expr *> lhs(s->lhs.begin(), s->lhs.end()), rhs(s->rhs.begin(), s->rhs.end());
  if (lhs.size() == 1 && rhs.size() == 1) {
    auto *id = lhs[0]->as<Ident>();
    const Type *t = id->name.isBlank() ? rhs[0]->type : id->obj->type;
    if (ExecNode *n = binaryAssign(lhs[0], rhs[0], true)) return n;
    return initVarFor(lhs[0], exprTo(rhs[0], t), t);
  }
  return multiAssign(lhs, rhs, true);
}

ExecNode *Compiler::incDec(IncDecStmt *s) {
  const Type *t = s->x->type;
  Cat cat = catOf(t);
  ExecNode *one = constant(ConstVal::makeInt64(1), t);
  Tok op = s->tok == Tok::Inc ? Tok::Add : Tok::Sub;
  // A local integer: a single node.
  Expr *x = s->x;
  while (x->kind == NodeKind::ParenExpr) x = x->as<ParenExpr>()->x;
  if (x->kind == NodeKind::Ident && isIntCat(cat)) {
    ExecNode *addr = addrOf(x);
    if (auto *la = dynamic_cast<LocalAddr *>(addr)) {
      int64_t d = s->tok == Tok::Inc ? 1 : -1;
      switch (cat) {
      case Cat::I8: return new IncLocal<int8_t>(la->off, int8_t(d));
      case Cat::I16: return new IncLocal<int16_t>(la->off, int16_t(d));
      case Cat::I32: return new IncLocal<int32_t>(la->off, int32_t(d));
      case Cat::I64: return new IncLocal<int64_t>(la->off, d);
      case Cat::U8: return new IncLocal<uint8_t>(la->off, uint8_t(d));
      case Cat::U16: return new IncLocal<uint16_t>(la->off, uint16_t(d));
      case Cat::U32: return new IncLocal<uint32_t>(la->off, uint32_t(d));
      default: return new IncLocal<uint64_t>(la->off, uint64_t(d));
      }
    }
  }
  return opAssignNode(s->x, op, one, nullptr);
}

ExecNode *Compiler::opAssign(AssignStmt *s) {
  Tok op = assignOpBase(s->tok);
  Expr *l = s->lhs[0];
  ExecNode *v;
  if (op == Tok::Shl || op == Tok::Shr)
    v = expr(s->rhs[0]);
  else
    v = exprTo(s->rhs[0], l->type);
  return opAssignNode(l, op, v, s->rhs[0]);
}

template <class T> static ExecNode *makeOpAssign(Tok op, ExecNode *addr, ExecNode *v) {
  switch (op) {
  case Tok::Add: return new OpAssignAddr<T, Op::Add>(addr, v);
  case Tok::Sub: return new OpAssignAddr<T, Op::Sub>(addr, v);
  case Tok::Mul: return new OpAssignAddr<T, Op::Mul>(addr, v);
  case Tok::Quo: return new OpAssignAddr<T, Op::Quo>(addr, v);
  default: break;
  }
  if constexpr (std::is_integral_v<T>) {
    switch (op) {
    case Tok::Rem: return new OpAssignAddr<T, Op::Rem>(addr, v);
    case Tok::And: return new OpAssignAddr<T, Op::And>(addr, v);
    case Tok::Or: return new OpAssignAddr<T, Op::Or>(addr, v);
    case Tok::Xor: return new OpAssignAddr<T, Op::Xor>(addr, v);
    case Tok::AndNot: return new OpAssignAddr<T, Op::AndNot>(addr, v);
    default: break;
    }
  }
  throw std::logic_error("bad assignment operator");
}

static ExecNode *opAssignThrough(Cat cat, Tok op, ExecNode *addr, ExecNode *v);

// rhs is v's expression (null for ++ and --).
ExecNode *Compiler::opAssignNode(Expr *l, Tok op, ExecNode *v, Expr *rhs) {
  while (l->kind == NodeKind::ParenExpr) l = l->as<ParenExpr>()->x;
  const Type *t = l->type;
  Cat cat = catOf(t);
  // m[k] op= v: read, operate, write back.
  if (l->kind == NodeKind::IndexExpr && l->as<IndexExpr>()->x->type->ukind() == Kind::Map) {
    auto *ix = l->as<IndexExpr>();
    uint32_t mOff = allocSlot(8);
    auto *mt = static_cast<const TMap *>(ix->x->type->underlying());
    auto *seq = new MultiAssign();
    seq->evals.push_back(new IntoTemp(expr(ix->x), mOff));
    ExecNode *key = exprTo(ix->index, mt->key);
    uint32_t keyOff = allocSlot(mt->key->size, mt->key->align);
    seq->evals.push_back(new IntoTemp(key, keyOff));
    auto load = [&](uint32_t off, const Type *tt) {
      auto *la = new LocalAddr(off);
      la->cat = Cat::Ptr;
      return loadFrom(la, tt);
    };
    // As gc orders them: the entry is inserted before the operation, except
    // for / and %, whose division by zero must panic with the map unchanged
    // (a negative shift count panics after the insertion).
    if (op != Tok::Quo && op != Tok::Rem) {
      auto *keyAddr = new LocalAddr(keyOff);
      keyAddr->cat = Cat::Ptr;
      auto *slot = new MapSlotAddr(load(mOff, ix->x->type), keyAddr);
      slot->cat = Cat::Ptr;
      slot->pos = ix->lbrack;
      ExecNode *st;
      if (op == Tok::Shl || op == Tok::Shr)
        st = makeInt<ShiftAssignAddr>(cat, slot, v, op == Tok::Shl, !v->type->isUnsigned());
      else if (cat == Cat::Str)
        st = new ConcatAssign(slot, v);
      else
        st = opAssignThrough(cat, op, slot, v);
      st->pos = ix->lbrack;
      seq->stores.push_back(st);
      return seq;
    }
    ExecNode *cur = mapIndexNode(load(mOff, ix->x->type), load(keyOff, mt->key));
    cur->type = t;
    cur->cat = cat;
    cur->pos = ix->lbrack;
    ExecNode *val = arithNode(cat, op, cur, v); // / or %
    val->cat = cat;
    val->type = t;
    auto *st = new MapStore(load(mOff, ix->x->type), load(keyOff, mt->key), val);
    st->pos = ix->lbrack;
    seq->stores.push_back(st);
    return seq;
  }
  ExecNode *addr = addrOf(l);
  // A local number: x = x op v, whose operands are then read in place.
  if (auto *la = dynamic_cast<LocalAddr *>(addr); la && op != Tok::Shl && op != Tok::Shr)
    if (ExecNode *n = binaryToLocal(cat, op, loadFrom(addr, t), v, la->off)) return n;
  if (dynamic_cast<LocalAddr *>(addr) && isNumericCat(cat)) {
    ExecNode *val = op == Tok::Shl || op == Tok::Shr ? shiftNode(cat, op == Tok::Shl, loadFrom(addr, t), v, rhs)
                                                     : arithNode(cat, op, loadFrom(addr, t), v);
    val->cat = cat;
    val->type = t;
    val->pos = l->pos;
    return storeTo(l, val);
  }
  if (op == Tok::Shl || op == Tok::Shr)
    return makeInt<ShiftAssignAddr>(cat, addr, v, op == Tok::Shl, !v->type->isUnsigned());
  if (cat == Cat::Str) return new ConcatAssign(addr, v);
  return opAssignThrough(cat, op, addr, v);
}

// *addr op= v for a number, addr evaluated once, after v.
static ExecNode *opAssignThrough(Cat cat, Tok op, ExecNode *addr, ExecNode *v) {
  switch (cat) {
  case Cat::I8: return makeOpAssign<int8_t>(op, addr, v);
  case Cat::I16: return makeOpAssign<int16_t>(op, addr, v);
  case Cat::I32: return makeOpAssign<int32_t>(op, addr, v);
  case Cat::I64: return makeOpAssign<int64_t>(op, addr, v);
  case Cat::U8: return makeOpAssign<uint8_t>(op, addr, v);
  case Cat::U16: return makeOpAssign<uint16_t>(op, addr, v);
  case Cat::U32: return makeOpAssign<uint32_t>(op, addr, v);
  case Cat::U64: return makeOpAssign<uint64_t>(op, addr, v);
  case Cat::F32: return makeOpAssign<float>(op, addr, v);
  case Cat::F64: return makeOpAssign<double>(op, addr, v);
  case Cat::C64: return makeOpAssign<Complex64>(op, addr, v);
  case Cat::C128: return makeOpAssign<Complex128>(op, addr, v);
  default: throw std::logic_error("bad assignment operand");
  }
}

} // namespace goterp
