// Statements: blocks, control flow (if, for, range, switch, return, goto),
// defer; assignments and declarations are in compile_assign.cpp.
#include <algorithm>

#include "interp/compile.h"
#include "interp/nodes_ops.h"
#include "runtime/map.h"

namespace goterp {

namespace {

// Break and continue name their target statement (c.label); null means
// the innermost one.
inline bool targets(Ctx &c, const void *self) { return !c.label || c.label == self; }

class BlockNode : public ExecNode {
public:
  std::vector<ExecNode *> stmts;
  std::vector<std::pair<const void *, size_t>> labels; // goto targets in this block
  Flow exec(Ctx &c) override {
    size_t n = stmts.size();
    for (size_t i = 0; i < n; i++) {
      Flow f = stmts[i]->exec(c);
      if (__builtin_expect(f != Flow::Normal, false)) {
        if (f == Flow::Goto) {
          bool found = false;
          for (auto &[l, idx] : labels)
            if (l == c.label) {
              i = idx - 1; // the loop's increment lands on the label
              c.label = nullptr;
              found = true;
              break;
            }
          if (found) continue;
        }
        return f;
      }
    }
    return Flow::Normal;
  }
};

// A block of two statements without labels (a function body of an if and
// a return, a loop body of two assignments): the loop of BlockNode unrolled.
class Block2 : public ExecNode {
public:
  ExecNode *a, *b;
  Block2(ExecNode *x, ExecNode *y) : a(x), b(y) {}
  Flow exec(Ctx &c) override {
    Flow f = a->exec(c);
    if (__builtin_expect(f != Flow::Normal, false)) return f;
    return b->exec(c);
  }
};

class IfNode : public ExecNode {
public:
  ExecNode *init, *cond, *then, *els;
  IfNode(ExecNode *i, ExecNode *c, ExecNode *t, ExecNode *e) : init(i), cond(c), then(t), els(e) {}
  Flow exec(Ctx &c) override {
    if (init) init->exec(c);
    if (cond->evalBool(c)) return then->exec(c);
    if (els) return els->exec(c);
    return Flow::Normal;
  }
};

// A for loop. Cond and Post are the node types of the condition and post
// statement when they are of the common shapes (i < n, i++), called
// directly; ExecNode (through the vtable) for any other.
template <class Cond, class Post> class ForNode : public ExecNode {
public:
  Cond *cond;
  Post *post;
  ExecNode *body;
  const void *self;
  ForNode(Cond *c, Post *p, ExecNode *b, const void *s) : cond(c), post(p), body(b), self(s) {}
  Flow exec(Ctx &c) override {
    for (;;) {
      if constexpr (std::is_same_v<Cond, ExecNode>) {
        if (cond && !cond->evalBool(c)) return Flow::Normal;
      } else {
        if (!cond->get(c)) return Flow::Normal;
      }
      Flow f = body->exec(c);
      if (__builtin_expect(f != Flow::Normal, false)) {
        if (f == Flow::Break && targets(c, self)) {
          c.label = nullptr;
          return Flow::Normal;
        }
        if (f == Flow::Continue && targets(c, self))
          c.label = nullptr;
        else
          return f;
      }
      if constexpr (std::is_same_v<Post, ExecNode>) {
        if (post) post->exec(c);
      } else {
        post->Post::exec(c);
      }
    }
  }
};

class BranchNode : public ExecNode {
public:
  Flow flow;
  const void *label;
  BranchNode(Flow f, const void *l) : flow(f), label(l) {}
  Flow exec(Ctx &c) override {
    c.label = label;
    return flow;
  }
};

// Results are evaluated into a temporary first: `return b, a` with named
// results a and b must read both before writing either.
class ReturnNode : public ExecNode {
public:
  struct Res {
    ExecNode *val;
    ExecNode *store; // stores from the temporary into the result (a SetAddr/SetLocal)
    uint32_t tmpOff;
  };
  std::vector<Res> results;
  ExecNode *tuple = nullptr; // return f() with f returning several values
  uint32_t tupleOff = 0;
  Flow exec(Ctx &c) override {
    if (tuple)
      tuple->evalInto(c, c.fp + tupleOff);
    else
      for (Res &r : results) r.val->evalInto(c, c.fp + r.tmpOff);
    for (Res &r : results) r.store->exec(c);
    c.site = this; // deferred calls run from here
    return Flow::Return;
  }
};

// return x: one result, straight into its slot.
class Return1 : public ExecNode {
public:
  ExecNode *store;
  explicit Return1(ExecNode *s) : store(s) {}
  Flow exec(Ctx &c) override {
    store->exec(c);
    c.site = this;
    return Flow::Return;
  }
};

// return x, y, ... of unnamed results: each stored in turn.
class ReturnDirect : public ExecNode {
public:
  std::vector<ExecNode *> stores;
  Flow exec(Ctx &c) override {
    for (ExecNode *s : stores) s->exec(c);
    c.site = this;
    return Flow::Return;
  }
};

// return x into a result in the frame.
template <class T> class ReturnLocal : public ExecNode {
public:
  uint32_t off;
  ExecNode *val;
  ReturnLocal(uint32_t o, ExecNode *v) : off(o), val(v) {}
  Flow exec(Ctx &c) override {
    T v = evalAs<T>(val, c);
    storeAs(c.fp + off, v);
    c.site = this;
    return Flow::Return;
  }
};

class ReturnBare : public ExecNode {
public:
  Flow exec(Ctx &c) override {
    c.site = this;
    return Flow::Return;
  }
};

// ---- Range loops -------------------------------------------------------------------

// The loop body's flow: whether to leave the loop and with what.
inline bool loopBody(Ctx &c, ExecNode *body, const void *self, Flow &out) {
  Flow f = body->exec(c);
  if (__builtin_expect(f == Flow::Normal, true)) return false;
  if (f == Flow::Break && targets(c, self)) {
    c.label = nullptr;
    out = Flow::Normal;
    return true;
  }
  if (f == Flow::Continue && targets(c, self)) {
    c.label = nullptr;
    return false;
  }
  out = f;
  return true;
}

// for k, v := range slice/array; the key and value are written to frame
// slots (keyOff, valOff; 0 if absent), then `assign` copies them to the
// loop variables if those are not plain frame slots.
class RangeSlice : public ExecNode {
public:
  ExecNode *x;
  bool isArrayAddr; // x evaluates to the address of an array of length arrLen
  int64_t arrLen;
  uint32_t elemSize;
  uint32_t keyOff = 0, valOff = 0;
  ExecNode *assign = nullptr, *body;
  const void *self;
  uint32_t copyOff = 0; // range over an array value: its copy
  RangeSlice(ExecNode *a, bool arr, int64_t n, uint32_t es, ExecNode *b, const void *s)
      : x(a), isArrayAddr(arr), arrLen(n), elemSize(es), body(b), self(s) {}
  Flow exec(Ctx &c) override {
    int64_t len;
    uint8_t *heapBase = nullptr;
    if (isArrayAddr) {
      len = arrLen;
      auto *p = static_cast<uint8_t *>(x->evalPtr(c));
      if (valOff) {
        if (!p) {
          c.site = this;
          panicNilDeref(c);
        }
        if (copyOff)
          std::memcpy(c.fp + copyOff, p, size_t(arrLen) * elemSize);
        else
          heapBase = p; // through a pointer: the array itself
      }
    } else {
      GoSlice s = x->evalSlice(c);
      len = s.len;
      heapBase = s.p;
    }
    Flow out = Flow::Normal;
    for (int64_t i = 0; i < len; i++) {
      if (keyOff) storeAs<int64_t>(c.fp + keyOff, i);
      if (valOff) {
        const uint8_t *src = heapBase ? heapBase + i * elemSize : c.fp + copyOff + i * elemSize;
        std::memcpy(c.fp + valOff, src, elemSize);
      }
      if (assign) assign->exec(c);
      if (loopBody(c, body, self, out)) return out;
    }
    return Flow::Normal;
  }
};

class RangeString : public ExecNode {
public:
  ExecNode *x;
  uint32_t keyOff = 0, valOff = 0;
  ExecNode *assign = nullptr, *body;
  const void *self;
  RangeString(ExecNode *a, ExecNode *b, const void *s) : x(a), body(b), self(s) {}
  Flow exec(Ctx &c) override {
    GoString s = x->evalString(c);
    Flow out = Flow::Normal;
    for (int64_t i = 0; i < s.n;) {
      int size;
      int32_t r = decodeRune(s.p, s.n, i, &size);
      if (keyOff) storeAs<int64_t>(c.fp + keyOff, i);
      if (valOff) storeAs<int32_t>(c.fp + valOff, r);
      i += size;
      if (assign) assign->exec(c);
      if (loopBody(c, body, self, out)) return out;
    }
    return Flow::Normal;
  }
};

class RangeMap : public ExecNode {
public:
  ExecNode *x;
  uint32_t keyOff = 0, valOff = 0, keySize, valSize;
  ExecNode *assign = nullptr, *body;
  const void *self;
  RangeMap(ExecNode *a, uint32_t ks, uint32_t vs, ExecNode *b, const void *s)
      : x(a), keySize(ks), valSize(vs), body(b), self(s) {}
  Flow exec(Ctx &c) override {
    MapIter it;
    mapIterInit(it, static_cast<GoMap *>(x->evalPtr(c)));
    Flow out = Flow::Normal;
    const void *k;
    void *v;
    while (mapIterNext(c, it, &k, &v)) {
      if (keyOff) std::memcpy(c.fp + keyOff, k, keySize);
      if (valOff) std::memcpy(c.fp + valOff, v, valSize);
      if (assign) assign->exec(c);
      if (loopBody(c, body, self, out)) return out;
    }
    return Flow::Normal;
  }
};

// ---- Switches ------------------------------------------------------------------------

class SwitchNode : public ExecNode {
public:
  struct Clause {
    std::vector<ExecNode *> conds; // empty for default
    ExecNode *body;
  };
  ExecNode *init = nullptr;
  ExecNode *tag = nullptr; // evaluated into tagOff
  uint32_t tagOff = 0;
  std::vector<Clause> clauses;
  int defaultIndex = -1;
  const void *self;
  explicit SwitchNode(const void *s) : self(s) {}
  Flow exec(Ctx &c) override {
    if (init) init->exec(c);
    if (tag) tag->evalInto(c, c.fp + tagOff);
    int chosen = defaultIndex;
    for (size_t i = 0; i < clauses.size() && chosen == defaultIndex; i++)
      for (ExecNode *cond : clauses[i].conds)
        if (cond->evalBool(c)) {
          chosen = int(i);
          break;
        }
    if (chosen < 0) return Flow::Normal;
    for (size_t i = size_t(chosen); i < clauses.size(); i++) {
      Flow f = clauses[i].body->exec(c);
      if (f == Flow::Fallthrough) continue;
      if (f == Flow::Break && targets(c, self)) {
        c.label = nullptr;
        return Flow::Normal;
      }
      return f;
    }
    return Flow::Normal;
  }
};

class TypeSwitchNode : public ExecNode {
public:
  struct Clause {
    std::vector<const Type *> types; // null for the nil case; empty for default
    ExecNode *bind = nullptr;        // stores the clause variable from the value at valOff
    ExecNode *body;
  };
  ExecNode *init = nullptr;
  ExecNode *x;
  uint32_t valOff;
  std::vector<Clause> clauses;
  int defaultIndex = -1;
  const void *self;
  TypeSwitchNode(ExecNode *a, uint32_t o, const void *s) : x(a), valOff(o), self(s) {}
  Flow exec(Ctx &c) override {
    if (init) init->exec(c);
    GoIface v = x->evalIface(c);
    storeAs(c.fp + valOff, v);
    int chosen = defaultIndex;
    for (size_t i = 0; i < clauses.size() && chosen == defaultIndex; i++)
      for (const Type *t : clauses[i].types) {
        bool match = !t ? !v.t : t->isInterface() ? v.t && implementsIface(v.t, t) : v.t == t;
        if (match) {
          chosen = int(i);
          break;
        }
      }
    if (chosen < 0) return Flow::Normal;
    Clause &cl = clauses[size_t(chosen)];
    if (cl.bind) cl.bind->exec(c);
    Flow f = cl.body->exec(c);
    if (f == Flow::Break && targets(c, self)) {
      c.label = nullptr;
      return Flow::Normal;
    }
    return f;
  }
};

// The value in a type switch's interface (at a frame offset), as the
// clause's concrete type.
class UnboxToValue : public ExecNode {
public:
  uint32_t from;
  const Type *t;
  UnboxToValue(uint32_t f, const Type *type) : from(f), t(type) {}
  void evalInto(Ctx &c, void *dst) override {
    GoIface v = loadAs<GoIface>(c.fp + from);
    std::memcpy(dst, ifaceData(v), t->size);
  }
  bool mayCall() const override { return false; }
};

// ---- Defer ----------------------------------------------------------------------------

// Prepares the call's frame now (function value, receiver and arguments
// evaluated at the defer statement, as Go does), saves it, and registers it
// to run when the function returns.
class DeferNode : public ExecNode {
public:
  ExecNode *call; // the call whose frame is prepared now and run later
  Flow exec(Ctx &c) override {
    void *mem = gc::alloc(sizeof(Defer), true);
    auto *d = new (mem) Defer();
    d->frame = c.fpOffset();
    d->site = this;
    prepareDeferred(c, call, d);
    d->next = c.defers;
    c.defers = d;
    return Flow::Normal;
  }
};

} // namespace

// ---- Blocks ------------------------------------------------------------------------------

ExecNode *Compiler::block(const Span<Stmt *> &list) {
  auto *b = new BlockNode();
  for (Stmt *s : list) {
    if (s->kind == NodeKind::EmptyStmt) continue;
    if (s->kind == NodeKind::LabeledStmt) b->labels.push_back({s, b->stmts.size()});
    ExecNode *n = stmt(s);
    if (n) b->stmts.push_back(n);
  }
  // A block of one statement is that statement (a loop body's dispatch saved).
  if (b->stmts.size() == 1 && b->labels.empty()) return b->stmts[0];
  if (b->stmts.size() == 2 && b->labels.empty()) return new Block2(b->stmts[0], b->stmts[1]);
  return b;
}

ExecNode *Compiler::stmt(Stmt *s) {
  ExecNode *pre = hoistStmt(s);
  ExecNode *n = nullptr;
  switch (s->kind) {
  case NodeKind::EmptyStmt: return nullptr;
  case NodeKind::BlockStmt: n = block(s->as<BlockStmt>()->list); break;
  case NodeKind::ExprStmt: {
    Expr *e = s->as<ExprStmt>()->x;
    n = new ExprStmtNode(expr(e));
    break;
  }
  case NodeKind::AssignStmt: {
    auto *a = s->as<AssignStmt>();
    if (a->tok == Tok::Define)
      n = defineVars(a);
    else if (a->tok == Tok::Assign)
      n = assign(a);
    else
      n = opAssign(a);
    break;
  }
  case NodeKind::IncDecStmt: n = incDec(s->as<IncDecStmt>()); break;
  case NodeKind::DeclStmt: n = varDecl(s->as<DeclStmt>()->decl); break;
  case NodeKind::ReturnStmt: n = returnStmt(s->as<ReturnStmt>()); break;
  case NodeKind::IfStmt: n = ifStmt(s->as<IfStmt>()); break;
  case NodeKind::ForStmt: n = forStmt(s->as<ForStmt>()); break;
  case NodeKind::RangeStmt: n = rangeStmt(s->as<RangeStmt>()); break;
  case NodeKind::SwitchStmt: n = switchStmt(s->as<SwitchStmt>()); break;
  case NodeKind::TypeSwitchStmt: n = typeSwitch(s->as<TypeSwitchStmt>()); break;
  case NodeKind::LabeledStmt:
    n = stmt(s->as<LabeledStmt>()->stmt);
    if (!n) n = new BlockNode();
    break;
  case NodeKind::BranchStmt: {
    auto *b = s->as<BranchStmt>();
    switch (b->tok) {
    case Tok::Break: n = new BranchNode(Flow::Break, b->label ? b->target : nullptr); break;
    case Tok::Continue: n = new BranchNode(Flow::Continue, b->label ? b->target : nullptr); break;
    case Tok::Goto: n = new BranchNode(Flow::Goto, b->target); break;
    default: n = new BranchNode(Flow::Fallthrough, nullptr); break;
    }
    break;
  }
  case NodeKind::DeferStmt: n = deferStmt(s->as<DeferStmt>()); break;
  case NodeKind::GoStmt: unimplemented(s->pos, "go statements");
  case NodeKind::SendStmt:
  case NodeKind::SelectStmt: unimplemented(s->pos, "channels");
  default: throw std::logic_error("cannot compile statement");
  }
  if (n && !n->pos.valid()) n->pos = s->pos;
  return n ? withHoisted(pre, n) : pre;
}

// The calls of a simple statement that run before it (compile_order.cpp).
ExecNode *Compiler::hoistStmt(Stmt *s) {
  std::vector<Expr *> roots;
  switch (s->kind) {
  case NodeKind::ExprStmt: return hoistCalls({s->as<ExprStmt>()->x}, 0, false);
  case NodeKind::AssignStmt: {
    auto *a = s->as<AssignStmt>();
    roots.assign(a->lhs.begin(), a->lhs.end());
    roots.insert(roots.end(), a->rhs.begin(), a->rhs.end());
    return hoistCalls(roots, a->lhs.size(), a->tok != Tok::Assign && a->tok != Tok::Define);
  }
  case NodeKind::IncDecStmt: return hoistCalls({s->as<IncDecStmt>()->x}, 1, true);
  case NodeKind::ReturnStmt: {
    auto *r = s->as<ReturnStmt>();
    return hoistCalls(std::vector<Expr *>(r->results.begin(), r->results.end()), 0, false);
  }
  case NodeKind::DeclStmt:
    for (Spec *sp : s->as<DeclStmt>()->decl->specs)
      if (sp->kind == NodeKind::ValueSpec)
        for (Expr *v : sp->as<ValueSpec>()->values) roots.push_back(v);
    return hoistCalls(roots, 0, false);
  case NodeKind::DeferStmt: return hoistCalls({s->as<DeferStmt>()->call}, 0, false);
  case NodeKind::GoStmt: return hoistCalls({s->as<GoStmt>()->call}, 0, false);
  default: return nullptr;
  }
}

// var declarations inside functions.
ExecNode *Compiler::varDecl(GenDecl *d) {
  if (d->tok != Tok::Var) return nullptr; // constants and types need no code
  auto *b = new BlockNode();
  for (Spec *sp : d->specs) {
    auto *vs = sp->as<ValueSpec>();
    if (vs->values.empty()) {
      for (Ident *id : vs->names)
        if (!id->name.isBlank()) b->stmts.push_back(initVar(id->obj->as<Var>(), nullptr, nullptr));
      continue;
    }
    std::vector<Expr *> lhs(vs->names.begin(), vs->names.end()), rhs(vs->values.begin(), vs->values.end());
    if (lhs.size() == 1 && rhs.size() == 1) {
      auto *id = vs->names[0];
      if (id->name.isBlank()) {
        b->stmts.push_back(new ExprStmtNode(expr(rhs[0])));
        continue;
      }
      b->stmts.push_back(initVar(id->obj->as<Var>(), exprTo(rhs[0], id->obj->type), id->obj->type));
      continue;
    }
    b->stmts.push_back(multiAssign(lhs, rhs, true));
  }
  return b;
}

// ---- Control flow ---------------------------------------------------------------------------

ExecNode *Compiler::returnStmt(ReturnStmt *s) {
  FuncInfo *fi = fs_->fi;
  if (s->results.empty()) return new ReturnBare();
  auto storeResult = [&](size_t i, ExecNode *val) -> ExecNode * {
    Var *v = fi->results[i];
    Storage st = storageOf(v);
    ExecNode *addr;
    if (st.kind == Storage::Cell)
      addr = new CellAddr(st.off, 0);
    else
      addr = new LocalAddr(st.off);
    addr->cat = Cat::Ptr;
    Cat cat = catOf(v->type);
    if (cat == Cat::Mem) return new SetAddrMem(addr, val, v->type->size, v->type->hasPointers);
    if (auto *la = dynamic_cast<LocalAddr *>(addr)) return makeTyped<SetLocal>(cat, la->off, val);
    return makeTyped<SetAddr>(cat, addr, val);
  };
  const auto &want = fi->sig->results;
  if (s->results.size() == 1 && want.size() == 1) {
    Storage st = storageOf(fi->results[0]);
    Cat cat = catOf(want[0]);
    if (st.kind == Storage::Frame && cat != Cat::Mem)
      return makeTyped<ReturnLocal>(cat, st.off, exprTo(s->results[0], want[0]));
    return new Return1(storeResult(0, exprTo(s->results[0], want[0])));
  }
  auto *r = new ReturnNode();
  auto tmpLoad = [&](uint32_t off, const Type *t) {
    auto *la = new LocalAddr(off);
    la->cat = Cat::Ptr;
    return loadFrom(la, t);
  };
  if (s->results.size() == 1) {
    // return f() with several results.
    ExecNode *call = expr(s->results[0]);
    auto *tt = static_cast<const TTuple *>(call->type);
    r->tuple = call;
    r->tupleOff = allocSlot(tt->size, tt->align);
    for (size_t i = 0; i < want.size(); i++) {
      ExecNode *v = convertTo(tmpLoad(r->tupleOff + tt->offsets[i], tt->elems[i]), tt->elems[i], want[i]);
      r->results.push_back({nullptr, storeResult(i, v), 0});
    }
    return r;
  }
  if (!fi->namedResults && !fi->hasDefer) {
    // Results nothing can read (no names, no deferred recover that would
    // return them): stored straight as each value is computed.
    auto *d = new ReturnDirect();
    for (size_t i = 0; i < want.size(); i++) d->stores.push_back(storeResult(i, exprTo(s->results[i], want[i])));
    return d;
  }
  for (size_t i = 0; i < want.size(); i++) {
    ExecNode *v = exprTo(s->results[i], want[i]);
    uint32_t off = allocSlot(want[i]->size, want[i]->align);
    r->results.push_back({v, storeResult(i, tmpLoad(off, want[i])), off});
  }
  return r;
}

ExecNode *Compiler::ifStmt(IfStmt *s) {
  ExecNode *init = s->init ? stmt(s->init) : nullptr;
  ExecNode *cond = condition(s->cond);
  ExecNode *then = block(s->body->list);
  ExecNode *els = s->els ? stmt(s->els) : nullptr;
  return new IfNode(init, cond, then, els);
}

template <class Cond> static ExecNode *forWithCond(Cond *cond, ExecNode *post, ExecNode *body, const void *self) {
  if (auto *inc = dynamic_cast<IncLocal<int64_t> *>(post))
    return new ForNode<Cond, IncLocal<int64_t>>(cond, inc, body, self);
  return new ForNode<Cond, ExecNode>(cond, post, body, self);
}

template <Cmp cmp> static ExecNode *forWithCompare(ExecNode *cond, ExecNode *post, ExecNode *body, const void *self) {
  using LL = Compare<int64_t, cmp, FromLocal<int64_t>, FromLocal<int64_t>>;
  using LK = Compare<int64_t, cmp, FromLocal<int64_t>, FromConst<int64_t>>;
  if (auto *c = dynamic_cast<LL *>(cond)) return forWithCond(c, post, body, self);
  if (auto *c = dynamic_cast<LK *>(cond)) return forWithCond(c, post, body, self);
  return nullptr;
}

// The loop node, specialised for the counting loops of int.
static ExecNode *forNode(ExecNode *cond, ExecNode *post, ExecNode *body, const void *self) {
  ExecNode *n = nullptr;
  if (cond) {
    n = forWithCompare<Cmp::Lt>(cond, post, body, self);
    if (!n) n = forWithCompare<Cmp::Le>(cond, post, body, self);
    if (!n) n = forWithCompare<Cmp::Gt>(cond, post, body, self);
    if (!n) n = forWithCompare<Cmp::Ge>(cond, post, body, self);
    if (!n) n = forWithCompare<Cmp::Ne>(cond, post, body, self);
  }
  return n ? n : new ForNode<ExecNode, ExecNode>(cond, post, body, self);
}

ExecNode *Compiler::forStmt(ForStmt *s) {
  ExecNode *init = s->init ? stmt(s->init) : nullptr;
  ExecNode *cond = s->cond ? condition(s->cond) : nullptr;
  ExecNode *post = s->post ? stmt(s->post) : nullptr;
  ExecNode *body = block(s->body->list);
  ExecNode *f = forNode(cond, post, body, s);
  if (!init) return f;
  auto *b = new BlockNode();
  b->stmts = {init, f};
  return b;
}

ExecNode *Compiler::rangeStmt(RangeStmt *s) {
  const Type *xt = s->x->type;
  const Type *u = xt->underlying();
  const Type *kt = nullptr, *vt = nullptr;
  if (u->isString()) {
    kt = types::Int;
    vt = types::Int32;
  } else if (u->kind == Kind::Slice) {
    kt = types::Int;
    vt = static_cast<const TSlice *>(u)->elem;
  } else if (u->kind == Kind::Array) {
    kt = types::Int;
    vt = static_cast<const TArray *>(u)->elem;
  } else if (u->kind == Kind::Pointer) {
    kt = types::Int;
    vt = static_cast<const TArray *>(static_cast<const TPointer *>(u)->elem->underlying())->elem;
  } else if (u->kind == Kind::Map) {
    kt = static_cast<const TMap *>(u)->key;
    vt = static_cast<const TMap *>(u)->elem;
  } else {
    unimplemented(s->pos, "range over channels");
  }
  auto isBlank = [](Expr *e) { return !e || (e->kind == NodeKind::Ident && e->as<Ident>()->name.isBlank()); };
  Expr *key = isBlank(s->key) ? nullptr : s->key;
  Expr *val = isBlank(s->value) ? nullptr : s->value;
  // The loop variables (declared once, before the loop: Go 1.19's
  // semantics), and where the loop writes the key and value.
  auto *pre = new BlockNode();
  auto *assign = new BlockNode();
  uint32_t keyOff = 0, valOff = 0;
  auto slotFor = [&](Expr *e, const Type *t, uint32_t *off) {
    if (!e) return;
    if (s->tok == Tok::Define) {
      auto *v = e->as<Ident>()->obj->as<Var>();
      Storage st = declareLocal(v);
      if (st.kind == Storage::Frame) {
        *off = st.off;
        return;
      }
      pre->stmts.push_back(new NewCell(st.off, v->type, nullptr));
    }
    // Anything else: a temporary, stored to the target each iteration.
    *off = allocSlot(t->size, t->align);
    auto *la = new LocalAddr(*off);
    la->cat = Cat::Ptr;
    assign->stmts.push_back(storeTo(e, convertTo(loadFrom(la, t), t, e->type)));
  };
  slotFor(key, kt, &keyOff);
  slotFor(val, vt, &valOff);
  ExecNode *body = block(s->body->list);
  ExecNode *assignNode = assign->stmts.empty() ? nullptr : assign;
  ExecNode *loop;
  if (u->isString()) {
    auto *r = new RangeString(expr(s->x), body, s);
    r->keyOff = keyOff;
    r->valOff = valOff;
    r->assign = assignNode;
    loop = r;
  } else if (u->kind == Kind::Map) {
    auto *r = new RangeMap(expr(s->x), kt->size, vt->size, body, s);
    r->keyOff = keyOff;
    r->valOff = valOff;
    r->assign = assignNode;
    loop = r;
  } else {
    RangeSlice *r;
    if (u->kind == Kind::Slice) {
      r = new RangeSlice(expr(s->x), false, 0, vt->size, body, s);
    } else {
      auto *at = static_cast<const TArray *>(
          u->kind == Kind::Array ? u : static_cast<const TPointer *>(u)->elem->underlying());
      ExecNode *base;
      if (u->kind == Kind::Pointer)
        base = expr(s->x);
      else if (addressable(s->x))
        base = addrOf(s->x);
      else {
        // An array value: into a temporary first.
        uint32_t tmp = allocSlot(at->size, at->align);
        pre->stmts.push_back(new IntoTemp(expr(s->x), tmp));
        base = new LocalAddr(tmp);
        base->cat = Cat::Ptr;
      }
      r = new RangeSlice(base, true, at->len, vt->size, body, s);
      // Ranging over an array value iterates over a copy; over a pointer,
      // over the array itself.
      if (val && u->kind == Kind::Array) r->copyOff = allocSlot(at->size, at->align);
    }
    r->keyOff = keyOff;
    r->valOff = valOff;
    r->assign = assignNode;
    loop = r;
  }
  if (pre->stmts.empty()) return loop;
  pre->stmts.push_back(loop);
  return pre;
}

ExecNode *Compiler::switchStmt(SwitchStmt *s) {
  auto *sw = new SwitchNode(s);
  auto *outer = new BlockNode();
  if (s->init) {
    ExecNode *i = stmt(s->init);
    if (i) outer->stmts.push_back(i);
  }
  const Type *tagType = s->tag ? s->tag->type : types::Bool;
  if (tagType->isUntyped()) tagType = defaultType(tagType);
  if (s->tag) {
    sw->tag = condition(s->tag);
    sw->tagOff = allocSlot(tagType->size, tagType->align);
  }
  for (size_t i = 0; i < s->clauses.size(); i++) {
    CaseClause *cc = s->clauses[i];
    SwitchNode::Clause cl;
    if (cc->isDefault) sw->defaultIndex = int(i);
    for (Expr *e : cc->list) {
      if (!s->tag) {
        cl.conds.push_back(condition(e));
        continue;
      }
      auto *la = new LocalAddr(sw->tagOff);
      la->cat = Cat::Ptr;
      ExecNode *tag = loadFrom(la, tagType);
      ExecNode *cond;
      if (tagType->isInterface() || e->type->isInterface()) {
        const Type *it = tagType->isInterface() ? tagType : e->type;
        cond = new IfaceEq(convertTo(tag, tagType, it), exprTo(e, it), false);
      } else if (isNilExpr(e)) { // switch on a func, map or slice: only nil is a case
        cond = nilCheck(tag, tagType, false);
      } else if (catOf(tagType) == Cat::Mem) {
        cond = new MemEq(tag, expr(e), false);
      } else {
        cond = compareNode(catOf(tagType), Tok::Eql, tag, exprTo(e, tagType));
      }
      cond->cat = Cat::Bool;
      cond->type = types::Bool;
      cond->pos = e->pos;
      cl.conds.push_back(cond);
    }
    cl.body = block(cc->body);
    sw->clauses.push_back(cl);
  }
  if (outer->stmts.empty()) return sw;
  outer->stmts.push_back(sw);
  return outer;
}

ExecNode *Compiler::typeSwitch(TypeSwitchStmt *s) {
  auto *outer = new BlockNode();
  if (s->init) {
    ExecNode *i = stmt(s->init);
    if (i) outer->stmts.push_back(i);
  }
  uint32_t valOff = allocSlot(16);
  auto *ts = new TypeSwitchNode(expr(s->x), valOff, s);
  for (size_t i = 0; i < s->clauses.size(); i++) {
    CaseClause *cc = s->clauses[i];
    TypeSwitchNode::Clause cl;
    if (cc->isDefault) ts->defaultIndex = int(i);
    for (Expr *e : cc->list) cl.types.push_back(e->type == types::UntypedNil || !e->type ? nullptr : e->type);
    if (cc->implicit) {
      auto *v = cc->implicit->as<Var>();
      Storage st = declareLocal(v);
      ExecNode *val;
      if (v->type->isInterface()) {
        auto *la = new LocalAddr(valOff);
        la->cat = Cat::Ptr;
        val = loadFrom(la, v->type);
      } else {
        val = new UnboxToValue(valOff, v->type);
        val->cat = catOf(v->type);
        val->type = v->type;
      }
      if (st.kind == Storage::Frame)
        cl.bind = new IntoTemp(val, st.off);
      else
        cl.bind = new NewCell(st.off, v->type, val);
    }
    cl.body = block(cc->body);
    ts->clauses.push_back(cl);
  }
  if (outer->stmts.empty()) return ts;
  outer->stmts.push_back(ts);
  return outer;
}

ExecNode *Compiler::deferStmt(DeferStmt *s) {
  CallExpr *call = s->call;
  auto *info = static_cast<CallInfo *>(call->info);
  auto *dn = new DeferNode();
  dn->call = info->kind == CallInfo::BuiltinCall ? deferredBuiltin(call, info->builtin) : callNode(call);
  markDeferred(dn->call);
  return dn;
}

} // namespace goterp
