// Evaluation order within a statement.
//
// The spec fixes only the order of the calls (and receives) of a statement:
// left to right. gc goes further (cmd/compile's order pass): it evaluates
// every call of a statement first, into temporaries, and only then reads
// the variables the statement uses, so that with f incrementing x,
// fmt.Println(x, f()) prints "1 1" and s = append(s, g()) sees what g
// appended. Programs notice the difference, so goterp follows gc.
//
// The tree-walker naturally evaluates operands left to right, which agrees
// with gc except where a variable is read before a call that follows it.
// Such a call is hoisted: evaluated, with every call before it, into a frame
// temporary ahead of the statement, and the expression then reads the
// temporary (Compiler::expr looks hoisted calls up first). A statement with
// no read before a call (f(x), x := g(y) + 1, fib(n-1) + fib(n-2)) compiles
// exactly as before, with no temporaries.
//
// Scopes: the right operand of && and || is evaluated conditionally, so it
// is a scope of its own (Compiler::binary hoists inside it); function
// literals are separate functions; a condition of if, for and switch is a
// scope evaluated where the condition is (Compiler::condition).
//
// Rejected: hoisting every call always (a copy per call on hot paths such
// as recursive calls for no change in behaviour), and evaluating operands
// right to left (wrong for calls, whose order the spec fixes).
#include "interp/compile.h"
#include "interp/nodes.h"

namespace goterp {

namespace {

// The calls of a scope in evaluation order, and whether each must be
// hoisted because a variable read comes before it.
class OrderWalk {
public:
  struct Call {
    CallExpr *call;
    bool readBefore;
    bool real; // a function call, or copy: not a builtin without effects
  };
  std::vector<Call> calls;
  bool conditional = false; // also walk the right operands of && and ||

  // A root of the scope; lhs marks an assignment's target, whose own
  // variable is written, not read, unless op is set (x op= y).
  void root(Expr *e, bool lhs, bool op) {
    if (lhs && !op) {
      while (e->kind == NodeKind::ParenExpr) e = e->as<ParenExpr>()->x;
      if (e->kind == NodeKind::Ident) return;
    }
    walk(e);
  }

private:
  int reads_ = 0; // variable reads so far outside the calls walked

  void walk(Expr *e) {
    if (!e || e->cval) return;
    switch (e->kind) {
    case NodeKind::Ident: {
      Object *o = e->as<Ident>()->obj;
      if (o && o->kind == ObjKind::Var) reads_++;
      return;
    }
    case NodeKind::ParenExpr: walk(e->as<ParenExpr>()->x); return;
    case NodeKind::UnaryExpr: walk(e->as<UnaryExpr>()->x); return;
    case NodeKind::BinaryExpr: {
      auto *b = e->as<BinaryExpr>();
      walk(b->x);
      if (conditional || (b->op != Tok::LAnd && b->op != Tok::LOr)) walk(b->y);
      return;
    }
    case NodeKind::StarExpr: walk(e->as<StarExpr>()->x); return;
    case NodeKind::SelectorExpr: {
      auto *s = e->as<SelectorExpr>();
      auto *sel = static_cast<Selection *>(s->info);
      if (sel && sel->kind == Selection::PkgMember) {
        if (s->sel->obj && s->sel->obj->kind == ObjKind::Var) reads_++;
        return;
      }
      if (sel && sel->kind == Selection::MethodExpr) return;
      walk(s->x);
      return;
    }
    case NodeKind::IndexExpr:
      walk(e->as<IndexExpr>()->x);
      walk(e->as<IndexExpr>()->index);
      return;
    case NodeKind::SliceExpr: {
      auto *s = e->as<SliceExpr>();
      walk(s->x);
      walk(s->lo);
      walk(s->hi);
      walk(s->max);
      return;
    }
    case NodeKind::TypeAssertExpr: walk(e->as<TypeAssertExpr>()->x); return;
    case NodeKind::CompositeLit: {
      auto *cl = e->as<CompositeLit>();
      bool isStruct = cl->type && cl->type->ukind() == Kind::Struct;
      for (Expr *el : cl->elts) {
        if (el->kind == NodeKind::KeyValueExpr) {
          if (!isStruct) walk(el->as<KeyValueExpr>()->key);
          walk(el->as<KeyValueExpr>()->value);
        } else {
          walk(el);
        }
      }
      return;
    }
    case NodeKind::CallExpr: {
      auto *c = e->as<CallExpr>();
      auto *info = static_cast<CallInfo *>(c->info);
      int before = reads_;
      if (info->kind == CallInfo::Call) walk(c->fun);
      if (info->kind != CallInfo::Conversion)
        for (Expr *a : c->args) walk(a);
      else
        walk(c->args[0]);
      // Only a call of one value can be held in a temporary: f(g()) with
      // g returning several is part of the call f. gc orders the builtins
      // giving a value (len, append, ...) with the calls.
      bool single = info->kind != CallInfo::Conversion && c->type && c->type->kind != Kind::Tuple;
      if (single) {
        bool real = info->kind == CallInfo::Call || info->builtin == BuiltinId::Copy;
        calls.push_back(Call{c, before > 0, real});
        reads_ = before; // what the call read is read when it runs
      }
      return;
    }
    default: return; // function literals, types
    }
  }
};

class Prologue : public ExecNode {
public:
  std::vector<ExecNode *> steps;
  Flow exec(Ctx &c) override {
    for (ExecNode *s : steps) s->exec(c);
    return Flow::Normal;
  }
};

} // namespace

bool hasCall(Expr *e) {
  OrderWalk w;
  w.conditional = true;
  w.root(e, false, false);
  for (const OrderWalk::Call &c : w.calls)
    if (c.real) return true;
  return false;
}

ExecNode *Compiler::hoistCalls(const std::vector<Expr *> &roots, size_t nlhs, bool opAssign) {
  OrderWalk w;
  for (size_t i = 0; i < roots.size(); i++)
    if (roots[i]) w.root(roots[i], i < nlhs, opAssign);
  // Without a call that has effects, evaluating in place is unobservable
  // (and keeps i < len(s) free of temporaries).
  bool anyReal = false;
  for (const OrderWalk::Call &c : w.calls) anyReal |= c.real;
  if (!anyReal) return nullptr;
  size_t n = 0; // calls up to the last that must be hoisted, which all are
  for (size_t i = 0; i < w.calls.size(); i++)
    if (w.calls[i].readBefore) n = i + 1;
  if (n == 0) return nullptr;
  auto *p = new Prologue();
  for (size_t i = 0; i < n; i++) {
    CallExpr *call = w.calls[i].call;
    ExecNode *v = expr(call);
    uint32_t slot = allocSlot(call->type->size, call->type->align);
    p->steps.push_back(new IntoTemp(v, slot));
    hoisted_[call] = slot;
  }
  return p;
}

ExecNode *Compiler::withHoisted(ExecNode *pre, ExecNode *x) {
  if (!pre) return x;
  auto *s = new Seq(pre, x);
  s->type = x->type;
  s->cat = x->cat;
  s->pos = x->pos;
  return s;
}

ExecNode *Compiler::condition(Expr *e) {
  ExecNode *pre = hoistCalls({e}, 0, false); // before compiling e, which reads the hoisted calls' slots
  return withHoisted(pre, expr(e));
}

} // namespace goterp
