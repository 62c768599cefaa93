// Statements: assignments and declarations, control flow, labels and the
// spec's "terminating statement" rule (for "missing return").
#include <algorithm>
#include <memory>

#include "interp/ast_print.h"
#include "interp/check.h"

namespace goterp {

void Checker::openScope() { scope_ = new Scope(scope_); }

void Checker::closeScope() {
  usage(scope_);
  scope_ = scope_->parent;
}

Var *Checker::declareVar(Ident *id, const Type *t) {
  auto *v = new Var(id->name, id->pos, t);
  v->owner = func_;
  v->pkg = pkg_;
  id->obj = v;
  if (func_) func_->locals.push_back(v);
  declare(scope_, v);
  return v;
}

void Checker::stmtList(const Span<Stmt *> &list) {
  for (Stmt *s : list) stmt(s);
}

void Checker::stmt(Stmt *s) {
  switch (s->kind) {
  case NodeKind::EmptyStmt:
  case NodeKind::BadStmt: return;
  case NodeKind::DeclStmt: declStmt(s->as<DeclStmt>()->decl); return;
  case NodeKind::LabeledStmt: stmt(s->as<LabeledStmt>()->stmt); return;
  case NodeKind::ExprStmt:
  case NodeKind::SendStmt:
  case NodeKind::IncDecStmt:
  case NodeKind::AssignStmt: simpleStmt(s); return;
  case NodeKind::GoStmt:
  case NodeKind::DeferStmt: {
    bool isGo = s->kind == NodeKind::GoStmt;
    CallExpr *call = isGo ? s->as<GoStmt>()->call : s->as<DeferStmt>()->call;
    const char *what = isGo ? "go" : "defer";
    if (!isGo && func_) func_->hasDefer = true;
    Operand x;
    rawExpr(x, call, nullptr);
    auto *info = static_cast<CallInfo *>(call->info);
    if (x.invalid() || !info) return;
    if (info->kind == CallInfo::Conversion) {
      error(call->pos, std::string(what) + " requires function call, not conversion");
    } else if (info->kind == CallInfo::BuiltinCall) {
      switch (info->builtin) {
      case BuiltinId::Append:
      case BuiltinId::Cap:
      case BuiltinId::Complex:
      case BuiltinId::Imag:
      case BuiltinId::Len:
      case BuiltinId::Make:
      case BuiltinId::New:
      case BuiltinId::Real: error(call->pos, std::string(what) + " discards result of " + exprString(call)); break;
      default: break;
      }
    }
    return;
  }
  case NodeKind::ReturnStmt: returnStmt(s->as<ReturnStmt>()); return;
  case NodeKind::BranchStmt: return; // checked by labels()
  case NodeKind::BlockStmt:
    openScope();
    stmtList(s->as<BlockStmt>()->list);
    closeScope();
    return;
  case NodeKind::IfStmt: ifStmt(s->as<IfStmt>()); return;
  case NodeKind::SwitchStmt: switchStmt(s->as<SwitchStmt>()); return;
  case NodeKind::TypeSwitchStmt: typeSwitchStmt(s->as<TypeSwitchStmt>()); return;
  case NodeKind::SelectStmt: selectStmt(s->as<SelectStmt>()); return;
  case NodeKind::ForStmt: forStmt(s->as<ForStmt>()); return;
  case NodeKind::RangeStmt: rangeStmt(s->as<RangeStmt>()); return;
  default: error(s->pos, "invalid statement");
  }
}

void Checker::simpleStmt(Stmt *s) {
  switch (s->kind) {
  case NodeKind::ExprStmt: {
    Expr *e = s->as<ExprStmt>()->x;
    Operand x;
    rawExpr(x, e, nullptr);
    if (x.invalid()) return;
    Expr *inner = e;
    while (inner->kind == NodeKind::ParenExpr) inner = inner->as<ParenExpr>()->x;
    bool isCall = inner->kind == NodeKind::CallExpr;
    bool isRecv = inner->kind == NodeKind::UnaryExpr && inner->as<UnaryExpr>()->op == Tok::Arrow;
    auto *info = isCall ? static_cast<CallInfo *>(inner->as<CallExpr>()->info) : nullptr;
    if (isCall && info && info->kind == CallInfo::Call) return;
    if (isCall && info && info->kind == CallInfo::BuiltinCall) {
      switch (info->builtin) {
      case BuiltinId::Copy:
      case BuiltinId::Delete:
      case BuiltinId::Panic:
      case BuiltinId::Print:
      case BuiltinId::Println:
      case BuiltinId::Recover:
      case BuiltinId::Close: return;
      default: break;
      }
    }
    if (isRecv) return;
    if (x.mode == Mode::TypeExpr) {
      error(e->pos, exprString(e) + " (type) is not an expression");
      return;
    }
    if (x.mode == Mode::Builtin) {
      error(e->pos, exprString(e) + " (built-in) must be called");
      return;
    }
    if (x.type && x.type->isUntyped() && x.mode == Mode::Constant) {
      error(e->pos, describe(x) + " is not used");
      return;
    }
    error(e->pos, describe(x) + " is not used");
    return;
  }
  case NodeKind::SendStmt: {
    auto *ss = s->as<SendStmt>();
    Operand ch, v;
    expr(ch, ss->chan);
    expr(v, ss->value);
    if (ch.invalid() || v.invalid()) return;
    const Type *u = ch.type->underlying();
    if (u->kind != Kind::Chan) {
      error(ss->pos, "invalid operation: cannot send to non-channel " + describe(ch));
      return;
    }
    if (static_cast<const TChan *>(u)->dir == ChanDir::Recv) {
      error(ss->pos, "invalid operation: cannot send to receive-only channel " + describe(ch));
      return;
    }
    assignment(v, static_cast<const TChan *>(u)->elem, "send");
    return;
  }
  case NodeKind::IncDecStmt: {
    auto *ids = s->as<IncDecStmt>();
    Operand x;
    expr(x, ids->x);
    if (x.invalid()) return;
    if (!x.type->isNumeric()) {
      error(ids->x->pos, "invalid operation: " + exprString(ids->x) + tokString(ids->tok) + " (non-numeric type " +
                             str(x.type) + ")");
      return;
    }
    assignVar(ids->x, x, "assignment");
    return;
  }
  case NodeKind::AssignStmt: {
    auto *as = s->as<AssignStmt>();
    if (as->tok == Tok::Define)
      shortVarDecl(as);
    else
      assignStmt(as);
    return;
  }
  default: return;
  }
}

// The left side of an assignment: addressable, a map index, or _. Its
// variable is not "used" by being assigned.
bool Checker::assignVar(Expr *lhs, Operand &x, const char *context) {
  Expr *l = lhs;
  while (l->kind == NodeKind::ParenExpr) l = l->as<ParenExpr>()->x;
  if (x.invalid()) {
    // The left side still counts as used (blank needs no evaluation).
    if (!(l->kind == NodeKind::Ident && l->as<Ident>()->name.isBlank())) {
      Operand z;
      rawExpr(z, lhs, nullptr);
    }
    return false;
  }
  if (l->kind == NodeKind::Ident && l->as<Ident>()->name.isBlank()) {
    l->type = x.type;
    if (x.type->kind == Kind::UntypedNil) {
      error(x.expr->pos, std::string("use of untyped nil in ") + context);
      x.mode = Mode::Invalid;
      return false;
    }
    assignment(x, defaultType(x.type), context);
    l->type = x.type;
    return !x.invalid();
  }
  Var *v = nullptr;
  bool wasUsed = false;
  if (l->kind == NodeKind::Ident) {
    for (Scope *s = scope_; s; s = s->parent)
      if (Object *o = s->lookup(l->as<Ident>()->name)) {
        if (o->kind == ObjKind::Var && o->pkg == pkg_) v = o->as<Var>();
        break;
      }
    if (v) wasUsed = v->used;
  }
  Operand z;
  expr(z, lhs);
  if (v) v->used = wasUsed; // assigning is not using
  if (z.invalid()) return false;
  if (z.mode != Mode::Variable && z.mode != Mode::MapIndex) {
    if (l->kind == NodeKind::SelectorExpr) {
      // m[k].f = v
      Expr *base = l->as<SelectorExpr>()->x;
      while (base->kind == NodeKind::ParenExpr) base = base->as<ParenExpr>()->x;
      if (base->kind == NodeKind::IndexExpr && base->as<IndexExpr>()->x->type &&
          base->as<IndexExpr>()->x->type->ukind() == Kind::Map) {
        error(lhs->pos, "cannot assign to struct field " + exprString(lhs) + " in map");
        return false;
      }
    }
    error(lhs->pos, "cannot assign to " + describe(z));
    return false;
  }
  assignment(x, z.type, context, z.shown);
  return !x.invalid();
}

// The operands that the right side gives nl variables (in an assignment, a
// := or, with names, a var declaration): one per expression, a call's
// results, or for nl == 2 a comma-ok expression's value and untyped bool.
// A count mismatch is reported as gc words it, leaving xs empty.
void Checker::rhsOperands(std::vector<Operand> &xs, const Span<Expr *> &rhs, size_t nl, const Span<Ident *> *names) {
  xs.clear();
  size_t nr = rhs.size();
  auto mismatch = [&](size_t got, Expr *call) {
    std::string from = call ? exprString(call->as<CallExpr>()->fun) + " returns " : "";
    error(rhs[0]->pos, "assignment mismatch: " + std::to_string(nl) + " variable" + (nl != 1 ? "s" : "") + " but " +
                           from + std::to_string(got) + " value" + (got != 1 ? "s" : ""));
  };
  if (nr == 1 && !(nl == 1 && names)) {
    Expr *r = rhs[0];
    Expr *inner = r;
    while (inner->kind == NodeKind::ParenExpr) inner = inner->as<ParenExpr>()->x;
    Expr *call = inner->kind == NodeKind::CallExpr ? inner : nullptr;
    Operand x;
    rawExpr(x, r, nullptr);
    if (x.invalid()) {
      xs.assign(nl, Operand());
      return;
    }
    if (nl == 2 && (x.mode == Mode::CommaOk || x.mode == Mode::MapIndex)) {
      x.mode = Mode::Value;
      Operand ok;
      ok.mode = Mode::Value;
      ok.expr = r;
      ok.type = types::UntypedBool;
      xs = {x, ok};
      return;
    }
    if (x.mode == Mode::Value && x.type && x.type->kind == Kind::Tuple) {
      auto *tt = static_cast<const TTuple *>(x.type);
      if (tt->elems.size() != nl) {
        mismatch(tt->elems.size(), call);
        return;
      }
      for (const Type *t : tt->elems) {
        Operand y;
        y.mode = Mode::Value;
        y.expr = r;
        y.type = t;
        xs.push_back(y);
      }
      return;
    }
    if (x.mode == Mode::NoValue || x.mode == Mode::Builtin || x.mode == Mode::TypeExpr) {
      error(r->pos, exprString(r) + (x.mode == Mode::NoValue   ? " (no value) used as value"
                                     : x.mode == Mode::Builtin ? " (built-in) must be called"
                                                               : " (type) is not an expression"));
      xs.assign(nl, Operand());
      return;
    }
    if (nl != 1) {
      mismatch(1, call);
      return;
    }
    singleValue(x);
    xs.push_back(x);
    return;
  }
  if (nr != nl) {
    if (names && nl > nr && nr > 0)
      error((*names)[uint32_t(nr)]->pos, "missing init expr for " + (*names)[uint32_t(nr)]->name.str());
    else if (names && nr > nl)
      error(rhs[uint32_t(nl)]->pos, "extra init expr " + exprString(rhs[uint32_t(nl)]));
    else
      mismatch(nr, nullptr);
    useExprs(rhs);
    return;
  }
  xs.resize(nr);
  for (size_t i = 0; i < nr; i++) expr(xs[i], rhs[uint32_t(i)]);
}

void Checker::assignVars(const Span<Expr *> &lhs, const Span<Expr *> &rhs) {
  std::vector<Operand> xs;
  rhsOperands(xs, rhs, lhs.size(), nullptr);
  if (xs.empty()) {
    useExprs(lhs); // as gc, the variables then count as used
    return;
  }
  // As types2: after a failed assignment (but for a comma-ok one) the
  // variables assigned count as used, to avoid follow-on errors.
  bool commaOk = rhs.size() == 1 && lhs.size() == 2 && xs[1].type == types::UntypedBool;
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++) ok &= assignVar(lhs[uint32_t(i)], xs[i], "assignment");
  if (ok || commaOk) return;
  for (Expr *l : lhs) {
    while (l->kind == NodeKind::ParenExpr) l = l->as<ParenExpr>()->x;
    if (l->kind != NodeKind::Ident) continue;
    for (Scope *sc = scope_; sc; sc = sc->parent)
      if (Object *o = sc->lookup(l->as<Ident>()->name)) {
        if (o->kind == ObjKind::Var && o->pkg == pkg_) o->as<Var>()->used = true;
        break;
      }
  }
}

void Checker::assignStmt(AssignStmt *s) {
  if (s->tok == Tok::Assign) {
    assignVars(s->lhs, s->rhs);
    return;
  }
  // x op= y
  if (s->lhs.size() != 1 || s->rhs.size() != 1) {
    error(s->tokPos, std::string("assignment operation ") + tokString(s->tok) + " requires single-valued expressions");
    return;
  }
  // Type the operation as x op y, then assign the result to x.
  Operand x;
  binary(x, nullptr, s->lhs[0], s->rhs[0], assignOpBase(s->tok));
  assignVar(s->lhs[0], x, "assignment");
}

void Checker::shortVarDecl(AssignStmt *s) {
  std::vector<Var *> newVars;
  std::vector<Var *> lhsVars(s->lhs.size(), nullptr);
  std::vector<bool> isNew(s->lhs.size(), false);
  bool bad = false;
  for (uint32_t i = 0; i < s->lhs.size(); i++) {
    Expr *l = s->lhs[i];
    if (l->kind != NodeKind::Ident) {
      useExprs(Span<Expr *>());
      error(l->pos, "non-name " + exprString(l) + " on left side of :=");
      bad = true;
      continue;
    }
    auto *id = l->as<Ident>();
    for (uint32_t j = 0; j < i; j++)
      if (s->lhs[j]->kind == NodeKind::Ident && s->lhs[j]->as<Ident>()->name == id->name && !id->name.isBlank()) {
        error(l->pos, id->name.str() + " repeated on left side of :=");
        bad = true;
      }
    if (id->name.isBlank()) {
      isNew[i] = true;
      continue;
    }
    // Redeclaration in the same scope assigns to the existing variable.
    Object *o = scope_->lookup(id->name);
    if (o && o->kind == ObjKind::Var) {
      lhsVars[i] = o->as<Var>();
      id->obj = o;
    } else if (o) {
      error(l->pos, "cannot assign to " + id->name.str());
      bad = true;
    } else {
      isNew[i] = true;
    }
  }
  bool anyNew = false;
  for (uint32_t i = 0; i < s->lhs.size(); i++)
    if (isNew[i] && !(s->lhs[i]->kind == NodeKind::Ident && s->lhs[i]->as<Ident>()->name.isBlank())) anyNew = true;
  if (!anyNew && !bad) error(s->tokPos, "no new variables on left side of :=");

  // The right side, evaluated before the new variables exist.
  std::vector<Operand> xs;
  uint32_t nl = s->lhs.size();
  rhsOperands(xs, s->rhs, nl, nullptr);
  bool mismatch = xs.empty();
  // Declare the new variables (in the statement's scope), then assign.
  for (uint32_t i = 0; i < nl; i++) {
    Expr *l = s->lhs[i];
    if (l->kind != NodeKind::Ident) continue;
    auto *id = l->as<Ident>();
    Operand *x = i < xs.size() && !mismatch ? &xs[i] : nullptr;
    if (isNew[i]) {
      const Type *t = types::Invalid;
      if (x && !x->invalid()) {
        if (x->type->kind == Kind::UntypedNil) {
          error(x->expr->pos, "use of untyped nil in assignment");
          x->mode = Mode::Invalid;
        } else {
          assignment(*x, defaultType(x->type), "assignment");
          if (!x->invalid()) t = x->type;
        }
      }
      if (id->name.isBlank()) {
        id->type = t;
        continue;
      }
      newVars.push_back(declareVar(id, t));
      if (x && x->shown) shown_[newVars.back()] = x->shown;
      id->type = t;
      // Declared only after the whole statement: a := a + 1 uses the outer a.
      scope_->objs.pop_back();
    } else if (lhsVars[i] && x && !x->invalid()) {
      assignment(*x, lhsVars[i]->type, "assignment");
      id->type = lhsVars[i]->type;
    }
  }
  // One failed initialisation counts as a use of every variable, as in gc:
  // no follow-on "declared but not used".
  bool failed = mismatch;
  for (Operand &x : xs) failed |= x.invalid();
  for (Var *v : newVars) v->used |= failed;
  for (Var *v : lhsVars)
    if (v && failed) v->used = true;
  for (Var *v : newVars) scope_->objs.push_back(v);
}

void Checker::declStmt(GenDecl *d) {
  switch (d->tok) {
  case Tok::Const: {
    ValueSpec *last = nullptr;
    for (Spec *sp : d->specs) {
      auto *vs = sp->as<ValueSpec>();
      ValueSpec *src = vs->values.empty() && !vs->typ ? last : vs;
      if (!vs->values.empty() || vs->typ) last = vs;
      iota_ = vs->iota;
      const Type *t = nullptr;
      Expr *te = vs->typ ? vs->typ : src ? src->typ : nullptr;
      if (te) t = typExpr(te);
      std::vector<Const *> consts;
      for (uint32_t i = 0; i < vs->names.size(); i++) {
        Ident *id = vs->names[i];
        auto *c = new Const(id->name, id->pos);
        c->pkg = pkg_;
        c->color = 2;
        id->obj = c;
        if (!src || i >= src->values.size()) {
          error(id->pos, "missing init expr for const declaration");
          c->type = types::Invalid;
        } else {
          Operand x;
          expr(x, src->values[i]);
          if (!x.invalid() && x.mode != Mode::Constant) {
            error(src->values[i]->pos, describe(x) + " is not constant");
            x.mode = Mode::Invalid;
          }
          const Type *sp = spelled(te);
          if (!x.invalid() && t && t != types::Invalid) assignment(x, t, "constant declaration", sp);
          if (const Type *shown = te ? sp : x.shown) shown_[c] = shown;
          c->type = x.invalid() ? types::Invalid : x.type;
          c->val = x.val;
        }
        consts.push_back(c);
      }
      if (src == vs && vs->values.size() > vs->names.size())
        error(vs->values[vs->names.size()]->pos, "extra init expr");
      iota_ = -1;
      // Constants are in scope after their spec.
      for (Const *c : consts) declare(scope_, c);
    }
    return;
  }
  case Tok::Var:
    for (Spec *sp : d->specs) {
      auto *vs = sp->as<ValueSpec>();
      const Type *t = vs->typ ? varType(vs->typ) : nullptr;
      std::vector<const Type *> types(vs->names.size(), t ? t : types::Invalid);
      size_t nl = vs->names.size();
      std::vector<Operand> xs;
      if (!vs->values.empty()) rhsOperands(xs, vs->values, nl, &vs->names);
      const Type *spT = spelled(vs->typ);
      for (size_t i = 0; i < xs.size(); i++) {
        const Type *vt = varInit(xs[i], t, spT);
        if (!t) types[i] = vt;
      }
      // One failed initialisation, or an invalid type, counts as a use of
      // the variables, as in gc: no follow-on "declared but not used".
      bool failed = !vs->values.empty() && xs.size() != nl;
      for (Operand &x : xs) failed |= x.invalid();
      for (size_t i = 0; i < nl; i++) {
        Var *v = declareVar(vs->names[i], types[i]);
        if (failed || types[i] == types::Invalid) v->used = true;
        if (const Type *shown = vs->typ ? spT : i < xs.size() ? xs[i].shown : nullptr) shown_[v] = shown;
      }
    }
    return;
  case Tok::Type:
    for (Spec *sp : d->specs) {
      auto *ts = sp->as<TypeSpec>();
      auto *tn = new TypeName(ts->name->name, ts->name->pos);
      tn->pkg = pkg_;
      tn->alias = ts->alias;
      ts->name->obj = tn;
      tn->color = 1;
      declare(scope_, tn);
      if (ts->alias) {
        tn->type = typExpr(ts->typ);
      } else {
        auto *named = new TNamed(tn);
        named->pkg = pkg_;
        tn->type = named;
        typePath_.push_back(tn);
        named->under = typInternal(ts->typ, named);
        typePath_.pop_back();
        if (named->under && named->under->kind == Kind::Named) named->under = named->under->underlying();
        if (!named->under) named->under = types::Invalid;
        completeNamed(named);
      }
      tn->color = 2;
    }
    return;
  default: return;
  }
}

void Checker::returnStmt(ReturnStmt *s) {
  if (!func_) return;
  const auto &want = func_->sig->results;
  if (s->results.empty()) {
    if (want.empty()) return;
    if (func_->namedResults) {
      // A naked return: the named results must not be shadowed (each
      // shadowed one reported, as types2 does).
      for (Var *r : func_->results) {
        for (Scope *sc = scope_; sc && !sc->isFunc; sc = sc->parent)
          if (Object *o = sc->lookup(r->name); o && o != r) {
            error(s->pos, "result parameter " + r->name.str() + " not in scope at return\n\t" + where(o->pos) +
                              ": inner declaration of " + objectString(o));
            break;
          }
      }
      return;
    }
    error(s->pos, "not enough return values\n\thave ()\n\twant " + typeString(tupleOf(want), pkg_));
    return;
  }
  std::vector<Operand> xs;
  if (s->results.size() == 1 && want.size() != 1) {
    multiExpr(xs, s->results[0]);
  } else {
    for (Expr *e : s->results) {
      Operand x;
      expr(x, e);
      xs.push_back(x);
    }
  }
  for (Operand &x : xs)
    if (x.invalid()) return;
  if (xs.size() != want.size()) {
    std::vector<const Type *> have;
    for (Operand &x : xs) have.push_back(x.type);
    std::string summary = "(";
    for (size_t i = 0; i < have.size(); i++) {
      if (i) summary += ", ";
      if (have[i]->isUntyped()) {
        if (have[i]->isNumeric())
          summary += "number";
        else {
          std::string n = static_cast<const TBasic *>(have[i])->name;
          summary += n.substr(n.find(' ') + 1);
        }
      } else
        summary += str(have[i]);
    }
    summary += ")";
    const char *q = xs.size() < want.size() ? "not enough" : "too many";
    Pos at = s->results[0]->pos;
    if (xs.size() > want.size() && s->results.size() > want.size()) at = s->results[uint32_t(want.size())]->pos;
    error(at, std::string(q) + " return values\n\thave " + summary + "\n\twant " + typeString(tupleOf(want), pkg_));
    return;
  }
  FuncType *ft =
      func_->node->kind == NodeKind::FuncLit ? func_->node->as<FuncLit>()->ftype : func_->node->as<FuncDecl>()->ftype;
  const TFunc *shown = shownSig(ft);
  for (size_t i = 0; i < xs.size(); i++)
    assignment(xs[i], want[i], "return statement", shown ? shown->results[i] : nullptr);
}

void Checker::ifStmt(IfStmt *s) {
  openScope();
  if (s->init) simpleStmt(s->init);
  if (s->cond) {
    Operand x;
    expr(x, s->cond);
    if (!x.invalid()) {
      if (!x.type->isBoolean())
        error(s->cond->pos, "non-boolean condition in if statement");
      else if (x.type->isUntyped())
        convertUntyped(x, types::Bool);
    }
  }
  stmt(s->body);
  if (s->els) stmt(s->els);
  closeScope();
}

void Checker::switchStmt(SwitchStmt *s) {
  openScope();
  if (s->init) simpleStmt(s->init);
  Operand tag;
  Ident trueIdent(Pos{}, intern("true")); // what gc compares a tagless switch's cases with
  if (s->tag) {
    expr(tag, s->tag);
    if (!tag.invalid() && tag.type->isUntyped()) {
      if (tag.type->kind == Kind::UntypedNil) {
        error(s->tag->pos, "use of untyped nil in switch expression");
        tag.mode = Mode::Invalid;
      } else {
        convertUntyped(tag, defaultType(tag.type));
      }
    }
    Kind k = tag.invalid() ? Kind::Invalid : tag.type->ukind();
    bool hasNil = k == Kind::Pointer || k == Kind::Slice || k == Kind::Map || k == Kind::Func || k == Kind::Chan ||
                  k == Kind::Interface;
    if (!tag.invalid() && !comparable(tag.type) && !hasNil) {
      error(s->tag->pos, "cannot switch on " + describe(tag) + " (" + str(tag.type) + " is not comparable)");
      tag.mode = Mode::Invalid;
    }
  } else {
    tag.mode = Mode::Constant;
    tag.type = types::Bool;
    tag.val = ConstVal::makeBool(true);
    tag.expr = &trueIdent;
  }
  bool seenDefault = false;
  std::vector<std::pair<Operand, Pos>> seen;
  for (CaseClause *cc : s->clauses) {
    if (cc->isDefault) {
      if (seenDefault) error(cc->pos, "multiple defaults in switch");
      seenDefault = true;
    }
    for (Expr *e : cc->list) {
      Operand x;
      expr(x, e);
      if (x.invalid() || tag.invalid()) continue;
      convertUntyped(x, tag.type);
      if (x.invalid()) continue;
      // Comparing the case with the tag puts errors at the case.
      Operand res = x, t = tag;
      comparison(res, t, Tok::Eql, nullptr, true);
      if (res.invalid() || x.mode != Mode::Constant) continue;
      ConstVal::Kind vk = x.val.kind();
      if (vk != ConstVal::Int && vk != ConstVal::Float && vk != ConstVal::String) continue;
      for (auto &[prev, p] : seen)
        if (prev.type == x.type && ConstVal::compare(prev.val, Tok::Eql, x.val)) {
          error(e->pos, "duplicate case " + describe(x) + " in expression switch\n\t" + where(p) + ": previous case");
          break;
        }
      seen.push_back({x, e->pos});
    }
    openScope();
    stmtList(cc->body);
    closeScope();
  }
  closeScope();
}

void Checker::typeSwitchStmt(TypeSwitchStmt *s) {
  openScope();
  if (s->init) simpleStmt(s->init);
  Operand x;
  expr(x, s->x);
  const TInterface *iface = nullptr;
  if (!x.invalid()) {
    if (!x.type->isInterface()) {
      error(s->x->pos, describe(x) + " is not an interface");
      x.mode = Mode::Invalid;
    } else {
      iface = static_cast<const TInterface *>(x.type->underlying());
    }
  }
  bool seenDefault = false;
  std::vector<Var *> binds;
  std::vector<std::pair<const Type *, Pos>> seen;
  for (CaseClause *cc : s->clauses) {
    if (cc->isDefault) {
      if (seenDefault) error(cc->pos, "multiple defaults in switch");
      seenDefault = true;
    }
    const Type *single = nullptr;
    for (Expr *e : cc->list) {
      Operand t;
      exprOrType(t, e);
      if (t.invalid()) continue;
      const Type *ct;
      if (t.mode == Mode::Value && t.type->kind == Kind::UntypedNil) {
        ct = types::UntypedNil;
      } else if (t.mode != Mode::TypeExpr) {
        error(e->pos, exprString(e) + " is not a type");
        continue;
      } else {
        ct = t.type;
        e->type = ct;
      }
      for (auto &[prev, p] : seen)
        if (prev == ct) {
          error(e->pos, "duplicate case " + (ct == types::UntypedNil ? std::string("nil") : str(ct)) +
                            " in type switch\n\t" + (file_ ? file_->filename : std::string()) + ":" +
                            std::to_string(p.line) + ":" + std::to_string(p.col) + ": previous case");
          break;
        }
      seen.push_back({ct, e->pos});
      if (iface && ct != types::UntypedNil && !ct->isInterface()) {
        std::string why;
        if (!implements(ct, iface, &why, x.type)) {
          error(e->pos, "impossible type switch case: " + exprString(e) + "\n\t" + describe(x) +
                            " cannot have dynamic type " + str(ct) + " " + why);
          continue;
        }
      }
      single = cc->list.size() == 1 && ct != types::UntypedNil ? ct : nullptr;
    }
    openScope();
    if (s->bind) {
      // Each clause has its own variable: of the case's type if it names
      // exactly one type, else of the switch expression's type.
      const Type *vt = single ? single : (x.invalid() ? types::Invalid : x.type);
      auto *v = new Var(s->bind->name, s->bind->pos, vt);
      v->owner = func_;
      v->pkg = pkg_;
      if (func_) func_->locals.push_back(v);
      scope_->insert(v);
      cc->implicit = v;
      binds.push_back(v);
    }
    stmtList(cc->body);
    // The clause variables are reported together below.
    if (s->bind) {
      Var *v = binds.back();
      bool used = v->used;
      v->used = true;
      closeScope();
      v->used = used;
    } else {
      closeScope();
    }
  }
  if (s->bind && !s->bind->name.isBlank()) {
    bool used = false;
    for (Var *v : binds) used |= v->used;
    if (!used) error(s->bind->pos, s->bind->name.str() + " declared but not used");
    if (binds.empty() && !used) {
      // switch x := y.(type) {} with no clauses: still unused.
    }
  }
  closeScope();
}

void Checker::selectStmt(SelectStmt *s) {
  bool seenDefault = false;
  for (CommClause *cc : s->clauses) {
    if (!cc->comm) {
      if (seenDefault) error(cc->pos, "multiple defaults in select");
      seenDefault = true;
    }
    openScope();
    if (cc->comm) {
      Stmt *c = cc->comm;
      bool valid = false;
      auto isRecv = [](Expr *e) {
        while (e->kind == NodeKind::ParenExpr) e = e->as<ParenExpr>()->x;
        return e->kind == NodeKind::UnaryExpr && e->as<UnaryExpr>()->op == Tok::Arrow;
      };
      // types2's test: any assignment (x += <-ch too, or a, b, c := <-ch,
      // whose count the assignment reports) with a lone receive on the right.
      Pos at = c->pos;
      if (c->kind == NodeKind::SendStmt)
        valid = true;
      else if (c->kind == NodeKind::ExprStmt) {
        Expr *x = c->as<ExprStmt>()->x;
        valid = isRecv(x);
        // gc places an expression statement at its syntax node: a binary
        // operation's operator, a call's parenthesis.
        if (x->kind == NodeKind::BinaryExpr) at = x->as<BinaryExpr>()->opPos;
        if (x->kind == NodeKind::CallExpr) at = x->as<CallExpr>()->lparen;
      } else if (c->kind == NodeKind::AssignStmt) {
        auto *as = c->as<AssignStmt>();
        valid = as->rhs.size() == 1 && isRecv(as->rhs[0]);
      }
      if (!valid) {
        // As types2: the clause, its body included, is left unchecked.
        error(at, "select case must be send or receive (possibly with assignment)");
        closeScope();
        continue;
      }
      simpleStmt(c);
    }
    stmtList(cc->body);
    closeScope();
  }
}

void Checker::forStmt(ForStmt *s) {
  openScope();
  if (s->init) simpleStmt(s->init);
  if (s->cond) {
    Operand x;
    expr(x, s->cond);
    if (!x.invalid()) {
      if (!x.type->isBoolean())
        error(s->cond->pos, "non-boolean condition in for statement");
      else if (x.type->isUntyped())
        convertUntyped(x, types::Bool);
    }
  }
  if (s->post) {
    if (s->post->kind == NodeKind::AssignStmt && s->post->as<AssignStmt>()->tok == Tok::Define)
      error(s->post->pos, "cannot declare in post statement of for loop");
    else
      simpleStmt(s->post);
  }
  stmt(s->body);
  closeScope();
}

void Checker::rangeStmt(RangeStmt *s) {
  openScope();
  Operand x;
  expr(x, s->x);
  const Type *kt = nullptr, *vt = nullptr;
  if (!x.invalid()) {
    Operand orig = x; // as gc shows it: before taking its default type
    if (x.type->isUntyped()) convertUntyped(x, defaultType(x.type));
    const Type *u = x.type->underlying();
    if (u->kind == Kind::Pointer && static_cast<const TPointer *>(u)->elem->underlying()->kind == Kind::Array)
      u = static_cast<const TPointer *>(u)->elem->underlying();
    switch (u->kind) {
    case Kind::String:
      kt = types::Int;
      vt = types::Int32;
      break;
    case Kind::Array:
      kt = types::Int;
      vt = static_cast<const TArray *>(u)->elem;
      break;
    case Kind::Slice:
      kt = types::Int;
      vt = static_cast<const TSlice *>(u)->elem;
      break;
    case Kind::Map:
      kt = static_cast<const TMap *>(u)->key;
      vt = static_cast<const TMap *>(u)->elem;
      break;
    case Kind::Chan:
      if (static_cast<const TChan *>(u)->dir == ChanDir::Send) {
        error(s->x->pos,
              "invalid operation: range " + exprString(s->x) + " receive from send-only channel " + str(x.type));
      }
      kt = static_cast<const TChan *>(u)->elem;
      if (s->value) error(s->value->pos, "range over " + describe(x) + " permits only one iteration variable");
      break;
    default:
      error(s->x->pos, "cannot range over " + describe(orig));
      x.mode = Mode::Invalid;
      break;
    }
  }
  Expr *vars[2] = {s->key, s->value};
  const Type *types_[2] = {kt, vt};
  if (s->tok == Tok::Define) {
    std::vector<Var *> decl;
    for (int i = 0; i < 2; i++) {
      Expr *v = vars[i];
      if (!v) continue;
      if (v->kind != NodeKind::Ident) {
        error(v->pos, "non-name " + exprString(v) + " on left side of :=");
        continue;
      }
      auto *id = v->as<Ident>();
      const Type *t = types_[i] ? types_[i] : types::Invalid;
      id->type = t;
      if (id->name.isBlank()) continue;
      auto *var = new Var(id->name, id->pos, t);
      var->owner = func_;
      var->pkg = pkg_;
      var->used = !types_[i]; // no type to give it (range over a channel, or invalid): types2 marks it used
      id->obj = var;
      if (i == 1 && x.type->underlying()->isString()) shown_[var] = runeAlias();
      // byte for the elements of a []byte, the keys of a map[byte]T, ...
      if (const Type *el = elemShown(x, x.type->underlying(), i == 0); el && (i == 1 || kt != types::Int))
        shown_[var] = el;
      if (func_) func_->locals.push_back(var);
      decl.push_back(var);
    }
    for (Var *v : decl) declare(scope_, v);
  } else if (s->tok == Tok::Assign) {
    for (int i = 0; i < 2; i++) {
      if (!vars[i]) continue;
      Operand y;
      y.mode = types_[i] ? Mode::Value : Mode::Invalid;
      y.expr = vars[i];
      y.type = types_[i];
      assignVar(vars[i], y, "range");
    }
  }
  stmt(s->body);
  closeScope();
}

// ---- Labels and branches -------------------------------------------------------------------

namespace {

// gc checks branches in its parser (syntax.CheckBranches), before type
// checking and with its own messages; this follows that walk: blocks are
// visited in order, gotos that jump forward stay pending until their label
// is declared in the same or an enclosing block.
class BranchCheck {
public:
  BranchCheck(std::function<void(Pos, const std::string &)> error, std::function<std::string(Pos)> where)
      : error_(std::move(error)), where_(std::move(where)) {}

  void body(BlockStmt *b) {
    std::vector<BranchStmt *> fwd = block(nullptr, Targets{}, nullptr, b->pos, listOf(b->list));
    for (BranchStmt *g : fwd) {
      Name n = g->label->name;
      auto it = labels_.find(n);
      if (it != labels_.end()) {
        it->second.used = true;
        error_(g->label->pos, "goto " + n.str() + " jumps into block starting at " + where_(it->second.parent->start));
      } else {
        error_(g->label->pos, "label " + n.str() + " not defined");
      }
    }
    for (auto &[n, l] : labels_)
      if (!l.used) error_(l.stmt->label->pos, "label " + n.str() + " defined and not used");
  }

private:
  struct Block {
    Block *parent;
    Pos start;
    LabeledStmt *lstmt; // the statement labelled, if the block is its body
  };
  struct Label {
    Block *parent;
    LabeledStmt *stmt;
    bool used = false;
  };
  struct Targets {
    Stmt *breaks = nullptr;    // innermost for, switch or select
    Stmt *continues = nullptr; // innermost for
    int caseIndex = -1;        // clause of the immediately enclosing switch
  };

  static std::vector<Stmt *> listOf(const Span<Stmt *> &l) { return std::vector<Stmt *>(l.begin(), l.end()); }

  static bool isLoop(Stmt *s) { return s->kind == NodeKind::ForStmt || s->kind == NodeKind::RangeStmt; }
  static bool isSwitch(Stmt *s) { return s->kind == NodeKind::SwitchStmt || s->kind == NodeKind::TypeSwitchStmt; }

  // The labelled statement named n if it labels b or an enclosing block;
  // &invalid_ if n labels something else; null if there is no label n.
  LabeledStmt *enclosingTarget(Block *b, Name n) {
    auto it = labels_.find(n);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;
    for (; b; b = b->parent)
      if (b->lstmt == it->second.stmt) return it->second.stmt;
    return &invalid_;
  }

  LabeledStmt *gotoTarget(Block *b, Name n) {
    auto it = labels_.find(n);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;
    for (; b; b = b->parent)
      if (it->second.parent == b) return it->second.stmt;
    return nullptr;
  }

  std::vector<BranchStmt *> block(Block *parent, Targets ctxt, LabeledStmt *lstmt, Pos start,
                                  const std::vector<Stmt *> &body) {
    auto *b = new Block{parent, start, lstmt};
    blocks_.emplace_back(b);
    Pos varPos;
    std::string varName;
    std::vector<BranchStmt *> fwd, bad;
    auto inner = [&](Targets t, Pos st, const std::vector<Stmt *> &list) {
      std::vector<BranchStmt *> more = block(b, t, lstmt, st, list);
      fwd.insert(fwd.end(), more.begin(), more.end());
    };
    // A fallthrough is last in its clause even before trailing empty statements.
    size_t n = body.size();
    while (n > 0 && body[n - 1]->kind == NodeKind::EmptyStmt) n--;
    for (size_t i = 0; i < n; i++) {
      Stmt *s = body[i];
      lstmt = nullptr;
      while (s->kind == NodeKind::LabeledStmt) {
        auto *ls = s->as<LabeledStmt>();
        Name name = ls->label->name;
        if (!name.isBlank()) {
          auto it = labels_.find(name);
          if (it != labels_.end()) {
            error_(ls->label->pos,
                   "label " + name.str() + " already defined at " + where_(it->second.stmt->label->pos));
          } else {
            it = labels_.emplace(name, Label{b, ls}).first;
          }
          size_t keep = 0;
          for (BranchStmt *g : fwd) {
            if (g->label->name != name) {
              fwd[keep++] = g;
              continue;
            }
            g->target = ls;
            it->second.used = true;
            if (varPos.valid() && std::find(bad.begin(), bad.end(), g) != bad.end())
              error_(g->label->pos,
                     "goto " + name.str() + " jumps over declaration of " + varName + " at " + where_(varPos));
          }
          fwd.resize(keep);
          lstmt = ls;
        }
        s = ls->stmt;
      }
      switch (s->kind) {
      case NodeKind::DeclStmt: {
        GenDecl *d = s->as<DeclStmt>()->decl;
        if (d->tok == Tok::Var && !d->specs.empty()) {
          Ident *id = d->specs[0]->as<ValueSpec>()->names[0];
          varPos = id->pos;
          varName = id->name.str();
          bad = fwd;
        }
        break;
      }
      case NodeKind::AssignStmt: {
        auto *as = s->as<AssignStmt>();
        if (as->tok == Tok::Define) {
          varPos = as->tokPos;
          varName.clear();
          for (Expr *e : as->lhs) varName += (varName.empty() ? "" : ", ") + exprString(e);
          bad = fwd;
        }
        break;
      }
      case NodeKind::BranchStmt: branch(s->as<BranchStmt>(), b, ctxt, i + 1 == n, fwd); break;
      case NodeKind::BlockStmt:
        inner(Targets{ctxt.breaks, ctxt.continues, -1}, s->pos, listOf(s->as<BlockStmt>()->list));
        break;
      case NodeKind::IfStmt: {
        auto *is = s->as<IfStmt>();
        Targets t{ctxt.breaks, ctxt.continues, -1};
        inner(t, is->body->pos, listOf(is->body->as<BlockStmt>()->list));
        if (is->els) inner(t, is->els->pos, {is->els});
        break;
      }
      case NodeKind::ForStmt:
      case NodeKind::RangeStmt: {
        Stmt *bd = s->kind == NodeKind::ForStmt ? s->as<ForStmt>()->body : s->as<RangeStmt>()->body;
        inner(Targets{s, s, -1}, bd->pos, listOf(bd->as<BlockStmt>()->list));
        break;
      }
      case NodeKind::SwitchStmt:
      case NodeKind::TypeSwitchStmt: {
        const Span<CaseClause *> &clauses =
            s->kind == NodeKind::SwitchStmt ? s->as<SwitchStmt>()->clauses : s->as<TypeSwitchStmt>()->clauses;
        for (size_t ci = 0; ci < clauses.size(); ci++)
          inner(Targets{s, ctxt.continues, int(ci)}, clauses[ci]->pos, listOf(clauses[ci]->body));
        break;
      }
      case NodeKind::SelectStmt:
        for (CommClause *cc : s->as<SelectStmt>()->clauses)
          inner(Targets{s, ctxt.continues, -1}, cc->pos, listOf(cc->body));
        break;
      default: break;
      }
    }
    return fwd;
  }

  void branch(BranchStmt *s, Block *b, const Targets &ctxt, bool last, std::vector<BranchStmt *> &fwd) {
    if (!s->label) {
      switch (s->tok) {
      case Tok::Break:
        if (ctxt.breaks)
          s->target = ctxt.breaks;
        else
          error_(s->pos, "break is not in a loop, switch, or select");
        break;
      case Tok::Continue:
        if (ctxt.continues)
          s->target = ctxt.continues;
        else
          error_(s->pos, "continue is not in a loop");
        break;
      case Tok::Fallthrough: {
        std::string msg = "fallthrough statement out of place";
        if (ctxt.breaks && isSwitch(ctxt.breaks)) {
          if (ctxt.breaks->kind == NodeKind::TypeSwitchStmt)
            msg = "cannot fallthrough in type switch";
          else if (ctxt.caseIndex < 0 || !last)
            ; // nested in a block, or not the clause's last statement
          else if (size_t(ctxt.caseIndex) + 1 == ctxt.breaks->as<SwitchStmt>()->clauses.size())
            msg = "cannot fallthrough final case in switch";
          else
            break; // a valid fallthrough
        }
        error_(s->pos, msg);
        break;
      }
      default: break;
      }
      return;
    }
    Name n = s->label->name;
    switch (s->tok) {
    case Tok::Break:
    case Tok::Continue: {
      const char *what = s->tok == Tok::Break ? "break" : "continue";
      LabeledStmt *t = enclosingTarget(b, n);
      if (!t) {
        error_(s->label->pos, std::string(what) + " label not defined: " + n.str());
        return;
      }
      Stmt *inner = t->stmt;
      bool ok = inner &&
                (isLoop(inner) || (s->tok == Tok::Break && (isSwitch(inner) || inner->kind == NodeKind::SelectStmt)));
      if (ok)
        s->target = inner;
      else
        error_(s->label->pos, std::string("invalid ") + what + " label " + n.str());
      return;
    }
    case Tok::Goto:
      if (LabeledStmt *t = gotoTarget(b, n))
        s->target = t;
      else
        fwd.push_back(s); // the label may come later
      return;
    default: return;
    }
  }

  std::function<void(Pos, const std::string &)> error_;
  std::function<std::string(Pos)> where_;
  std::unordered_map<Name, Label, NameHash> labels_;
  std::vector<std::unique_ptr<Block>> blocks_;
  LabeledStmt invalid_{Pos{}, nullptr, nullptr};
};

} // namespace

void Checker::labels(BlockStmt *body) {
  BranchCheck bc([this](Pos p, const std::string &m) { error(p, m); }, [this](Pos p) { return where(p); });
  bc.body(body);
}

// ---- Terminating statements ----------------------------------------------------------

bool Checker::isTerminating(Stmt *s, Name label) {
  switch (s->kind) {
  case NodeKind::ReturnStmt: return true;
  case NodeKind::BranchStmt:
    return s->as<BranchStmt>()->tok == Tok::Goto || s->as<BranchStmt>()->tok == Tok::Fallthrough;
  case NodeKind::ExprStmt: {
    Expr *e = s->as<ExprStmt>()->x;
    while (e->kind == NodeKind::ParenExpr) e = e->as<ParenExpr>()->x;
    if (e->kind != NodeKind::CallExpr) return false;
    auto *info = static_cast<CallInfo *>(e->as<CallExpr>()->info);
    return info && info->kind == CallInfo::BuiltinCall && info->builtin == BuiltinId::Panic;
  }
  case NodeKind::BlockStmt: {
    auto &l = s->as<BlockStmt>()->list;
    for (int i = int(l.size()) - 1; i >= 0; i--) {
      if (l[i]->kind == NodeKind::EmptyStmt) continue;
      return isTerminating(l[i], Name{});
    }
    return false;
  }
  case NodeKind::LabeledStmt: return isTerminating(s->as<LabeledStmt>()->stmt, s->as<LabeledStmt>()->label->name);
  case NodeKind::IfStmt: {
    auto *i = s->as<IfStmt>();
    return i->els && isTerminating(i->body, Name{}) && isTerminating(i->els, Name{});
  }
  case NodeKind::ForStmt: {
    auto *f = s->as<ForStmt>();
    return !f->cond && !hasBreak(f->body, label, true);
  }
  case NodeKind::SwitchStmt:
  case NodeKind::TypeSwitchStmt: {
    const Span<CaseClause *> &clauses =
        s->kind == NodeKind::SwitchStmt ? s->as<SwitchStmt>()->clauses : s->as<TypeSwitchStmt>()->clauses;
    bool hasDefault = false;
    for (CaseClause *cc : clauses) {
      if (cc->isDefault) hasDefault = true;
      int i = int(cc->body.size()) - 1;
      while (i >= 0 && cc->body[i]->kind == NodeKind::EmptyStmt) i--;
      if (i < 0 || !isTerminating(cc->body[i], Name{})) return false;
      for (Stmt *st : cc->body)
        if (hasBreak(st, label, true)) return false;
    }
    return hasDefault;
  }
  case NodeKind::SelectStmt:
    for (CommClause *cc : s->as<SelectStmt>()->clauses) {
      int i = int(cc->body.size()) - 1;
      while (i >= 0 && cc->body[i]->kind == NodeKind::EmptyStmt) i--;
      if (i < 0 || !isTerminating(cc->body[i], Name{})) return false;
      for (Stmt *st : cc->body)
        if (hasBreak(st, label, true)) return false;
    }
    return true;
  default: return false;
  }
}

// Whether s contains a break out of the statement being examined: an
// unlabeled one not inside a nested breakable statement (implicit), or one
// naming its label.
bool Checker::hasBreak(Stmt *s, Name label, bool implicit) {
  switch (s->kind) {
  case NodeKind::BranchStmt: {
    auto *b = s->as<BranchStmt>();
    if (b->tok != Tok::Break) return false;
    if (!b->label) return implicit;
    return !label.empty() && b->label->name == label;
  }
  case NodeKind::BlockStmt:
    for (Stmt *st : s->as<BlockStmt>()->list)
      if (hasBreak(st, label, implicit)) return true;
    return false;
  case NodeKind::LabeledStmt: return hasBreak(s->as<LabeledStmt>()->stmt, label, implicit);
  case NodeKind::IfStmt: {
    auto *i = s->as<IfStmt>();
    return hasBreak(i->body, label, implicit) || (i->els && hasBreak(i->els, label, implicit));
  }
  case NodeKind::ForStmt: return hasBreak(s->as<ForStmt>()->body, label, false);
  case NodeKind::RangeStmt: return hasBreak(s->as<RangeStmt>()->body, label, false);
  case NodeKind::SwitchStmt:
    for (CaseClause *cc : s->as<SwitchStmt>()->clauses)
      for (Stmt *st : cc->body)
        if (hasBreak(st, label, false)) return true;
    return false;
  case NodeKind::TypeSwitchStmt:
    for (CaseClause *cc : s->as<TypeSwitchStmt>()->clauses)
      for (Stmt *st : cc->body)
        if (hasBreak(st, label, false)) return true;
    return false;
  case NodeKind::SelectStmt:
    for (CommClause *cc : s->as<SelectStmt>()->clauses)
      for (Stmt *st : cc->body)
        if (hasBreak(st, label, false)) return true;
    return false;
  default: return false;
  }
}

} // namespace goterp
