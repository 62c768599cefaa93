// Superinstructions: statements that fuse an operation with its store.
//
// A tree-walker pays a virtual call per node, and in the inner loops of
// numeric code the nodes are tiny: `tr = zr * zr` is a SetLocal calling a
// Binary that reads two locals, two calls for one multiplication. Fusing
// the store into the operation (BinaryTo) halves that; the operands are
// read in place when they are locals or constants (withOperands), so the
// statement is one call.
//
// Only the types of hot loops get fused nodes (int, uint64, float64, with
// the operators that do not divide, for the integers, since division is
// slow enough that the call does not matter): every combination is a C++
// template instance, and instances cost build time and code size. Other
// types take the general SetLocal/Binary path, which behaves the same.
//
// Invariant: a fused node evaluates its operands in the order the
// unfused pair would (left, then right, then the store), so fusing never
// changes what a program observes.
#include <algorithm>

#include "interp/compile.h"
#include "interp/nodes.h"
#include "interp/nodes_ops.h"

namespace goterp {

namespace {

// dst = x op y, dst a local in the frame.
template <class T, Op op, class X, class Y> class BinaryTo : public ExecNode {
public:
  X x;
  Y y;
  uint32_t dst;
  BinaryTo(X a, Y b, uint32_t d) : x(a), y(b), dst(d) {}
  Flow exec(Ctx &c) override {
    T a = x.get(c);
    T b = y.get(c);
    storeAs(c.fp + dst, applyOp<T, op>(c, this, a, b));
    return Flow::Normal;
  }
};

template <class T, Op op> ExecNode *binaryTo(ExecNode *x, ExecNode *y, uint32_t dst) {
  return withOperands<T>(
      x, y, [dst](auto a, auto b) -> ExecNode * { return new BinaryTo<T, op, decltype(a), decltype(b)>(a, b, dst); });
}

// The operators fused for each type.
bool fused(Cat cat, Tok op) {
  if (cat != Cat::I64 && cat != Cat::U64 && cat != Cat::F64) return false;
  switch (op) {
  case Tok::Add:
  case Tok::Sub:
  case Tok::Mul: return true;
  case Tok::Quo: return cat == Cat::F64;
  case Tok::And:
  case Tok::Or:
  case Tok::Xor: return cat != Cat::F64;
  default: return false;
  }
}

template <class T> ExecNode *binaryToOf(Tok op, ExecNode *x, ExecNode *y, uint32_t dst) {
  switch (op) {
  case Tok::Add: return binaryTo<T, Op::Add>(x, y, dst);
  case Tok::Sub: return binaryTo<T, Op::Sub>(x, y, dst);
  case Tok::Mul: return binaryTo<T, Op::Mul>(x, y, dst);
  default: break;
  }
  if constexpr (std::is_same_v<T, double>) {
    if (op == Tok::Quo) return binaryTo<T, Op::Quo>(x, y, dst);
  } else {
    switch (op) {
    case Tok::And: return binaryTo<T, Op::And>(x, y, dst);
    case Tok::Or: return binaryTo<T, Op::Or>(x, y, dst);
    case Tok::Xor: return binaryTo<T, Op::Xor>(x, y, dst);
    default: break;
    }
  }
  return nullptr;
}

} // namespace

ExecNode *binaryToLocal(Cat cat, Tok op, ExecNode *x, ExecNode *y, uint32_t dst) {
  if (!fused(cat, op)) return nullptr;
  switch (cat) {
  case Cat::I64: return binaryToOf<int64_t>(op, x, y, dst);
  case Cat::U64: return binaryToOf<uint64_t>(op, x, y, dst);
  case Cat::F64: return binaryToOf<double>(op, x, y, dst);
  default: return nullptr;
  }
}

// x = a op b (or x := a op b) with x a local of a fused type: one
// BinaryTo. Null if the assignment is of another form.
ExecNode *Compiler::binaryAssign(Expr *l, Expr *r, bool define) {
  while (r->kind == NodeKind::ParenExpr) r = r->as<ParenExpr>()->x;
  if (l->kind != NodeKind::Ident || r->kind != NodeKind::BinaryExpr || r->cval || r->type != l->type) return nullptr;
  auto *b = r->as<BinaryExpr>();
  if (!fused(catOf(l->type), b->op)) return nullptr;
  auto *id = l->as<Ident>();
  if (id->name.isBlank() || !id->obj || id->obj->kind != ObjKind::Var) return nullptr;
  auto *v = id->obj->as<Var>();
  if (v->isGlobal || v->escapes) return nullptr;
  bool declared = fs_->vars.count(v) != 0;
  if (declared ? fs_->vars[v].kind != Storage::Frame : !define) return nullptr;
  if (!declared && fs_->fi &&
      std::find(fs_->fi->captures.begin(), fs_->fi->captures.end(), v) != fs_->fi->captures.end())
    return nullptr;
  // The operands first: in x := x + 1 the x read is an outer one.
  ExecNode *x = expr(b->x), *y = expr(b->y);
  uint32_t off = declared ? fs_->vars[v].off : declareLocal(v).off;
  ExecNode *n = binaryToLocal(catOf(l->type), b->op, x, y, off);
  n->pos = b->pos;
  return n;
}

} // namespace goterp
