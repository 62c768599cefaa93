// Expressions: identifiers, literals, operators, indexing, slicing, type
// assertions, and the untyped-constant rules (conversion of untyped
// operands to the type their context gives them).
#include "interp/ast_print.h"
#include "interp/check.h"

namespace goterp {

namespace {

bool isComparison(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
}

// The rank of untyped kinds: a binary operation on two untyped operands
// takes the later kind (int < rune < float < complex).
int untypedRank(Kind k) {
  switch (k) {
  case Kind::UntypedInt: return 1;
  case Kind::UntypedRune: return 2;
  case Kind::UntypedFloat: return 3;
  case Kind::UntypedComplex: return 4;
  default: return 0;
  }
}

const char *kindName(const Type *t) {
  switch (t->ukind()) {
  case Kind::Slice: return "slice";
  case Kind::Map: return "map";
  case Kind::Func: return "func";
  case Kind::Struct: return "struct";
  case Kind::Interface: return "interface";
  case Kind::Pointer: return "pointer";
  case Kind::Chan: return "chan";
  case Kind::Array: return "array";
  default: return "value";
  }
}

} // namespace

// Whether x is the predeclared nil (which keeps being nil once it takes the
// type of the other side of a comparison).
bool isNil(const Operand &x) {
  if (x.type && x.type->kind == Kind::UntypedNil) return true;
  Expr *e = x.expr;
  while (e && e->kind == NodeKind::ParenExpr) e = e->as<ParenExpr>()->x;
  return e && e->kind == NodeKind::Ident && e->as<Ident>()->obj && e->as<Ident>()->obj->kind == ObjKind::Nil;
}

void Checker::record(Operand &x) {
  if (!x.expr) return;
  if (x.invalid()) {
    x.expr->type = types::Invalid;
    return;
  }
  x.expr->type = x.type;
  if (x.mode == Mode::Constant) x.expr->cval = new ConstVal(x.val);
}

void Checker::rawExpr(Operand &x, Expr *e, const Type *hint) {
  x = Operand();
  x.expr = e;
  exprInternal(x, e, hint);
  x.expr = e;
  record(x);
}

void Checker::singleValue(Operand &x) {
  if (x.mode == Mode::Value && x.type && x.type->kind == Kind::Tuple) {
    error(x.expr->pos, "multiple-value " + exprString(x.expr) + " (value of type " + str(x.shown ? x.shown : x.type) +
                           ") in single-value context");
    x.mode = Mode::Invalid;
  }
}

void Checker::expr(Operand &x, Expr *e) {
  rawExpr(x, e, nullptr);
  switch (x.mode) {
  case Mode::NoValue:
    error(e->pos, exprString(e) + " (no value) used as value");
    x.mode = Mode::Invalid;
    break;
  case Mode::Builtin:
    error(e->pos, exprString(e) + " (built-in) must be called");
    x.mode = Mode::Invalid;
    break;
  case Mode::TypeExpr:
    error(e->pos, exprString(e) + " (type) is not an expression");
    x.mode = Mode::Invalid;
    break;
  default: singleValue(x);
  }
}

void Checker::exprOrType(Operand &x, Expr *e) {
  rawExpr(x, e, nullptr);
  if (x.mode == Mode::NoValue) {
    error(e->pos, exprString(e) + " (no value) used as value");
    x.mode = Mode::Invalid;
  }
  singleValue(x);
}

void Checker::exprWithHint(Operand &x, Expr *e, const Type *hint) {
  rawExpr(x, e, hint);
  if (x.mode == Mode::TypeExpr) {
    error(e->pos, exprString(e) + " (type) is not an expression");
    x.mode = Mode::Invalid;
  }
  singleValue(x);
}

void Checker::multiExpr(std::vector<Operand> &xs, Expr *e) {
  Operand x;
  rawExpr(x, e, nullptr);
  xs.clear();
  if (x.mode == Mode::Value && x.type && x.type->kind == Kind::Tuple) {
    auto *t = static_cast<const TTuple *>(x.type);
    for (const Type *et : t->elems) {
      Operand y;
      y.mode = Mode::Value;
      y.expr = e;
      y.type = et;
      xs.push_back(y);
    }
    return;
  }
  if (x.mode == Mode::NoValue) {
    error(e->pos, exprString(e) + " (no value) used as value");
    x.mode = Mode::Invalid;
  } else if (x.mode == Mode::TypeExpr) {
    error(e->pos, exprString(e) + " (type) is not an expression");
    x.mode = Mode::Invalid;
  } else if (x.mode == Mode::Builtin) {
    error(e->pos, exprString(e) + " (built-in) must be called");
    x.mode = Mode::Invalid;
  }
  xs.push_back(x);
}

void Checker::useExprs(const Span<Expr *> &list) {
  for (Expr *e : list) {
    Operand x;
    rawExpr(x, e, nullptr);
  }
}

// ---- Identifiers --------------------------------------------------------------

void Checker::ident(Operand &x, Ident *id, bool wantType) {
  x.expr = id;
  if (id->name.isBlank()) {
    error(id->pos, "cannot use _ as value or type");
    x.mode = Mode::Invalid;
    return;
  }
  Object *obj = nullptr;
  Scope *found = nullptr;
  for (found = scope_; found; found = found->parent)
    if ((obj = found->lookup(id->name))) break;
  if (!obj) {
    error(id->pos, "undefined: " + id->name.str());
    x.mode = Mode::Invalid;
    return;
  }
  id->obj = obj;
  auto dot = dotImports_.find({found, obj});
  if (dot != dotImports_.end()) dot->second->used = true;
  switch (obj->kind) {
  case ObjKind::PkgName:
    error(id->pos, "use of package " + obj->name.str() + " without selector");
    obj->as<PkgName>()->used = true;
    x.mode = Mode::Invalid;
    return;
  case ObjKind::Const: {
    auto *c = obj->as<Const>();
    if (c->pkg) resolve(c);
    recordUse(c);
    if (c->name.s == "iota" && !c->pkg) {
      if (iota_ < 0) {
        error(id->pos, "cannot use iota outside constant declaration");
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::Constant;
      x.type = types::UntypedInt;
      x.val = ConstVal::makeInt64(iota_);
      return;
    }
    if (!c->type || c->type == types::Invalid) {
      x.mode = Mode::Invalid;
      return;
    }
    x.mode = Mode::Constant;
    x.type = c->type;
    x.val = c->val;
    x.shown = shownOf(c);
    return;
  }
  case ObjKind::TypeName:
    if (obj->pkg != pkg_) {
      if (obj->pkg) resolve(obj); // dot-imported
    } else {
      auto *tn = obj->as<TypeName>();
      if (deferType_ && typeDepth_ > 0 && tn->color == 0 && !tn->alias && !tn->type) {
        auto *named = new TNamed(tn);
        named->pkg = pkg_;
        tn->type = named;
        pendingTypes_.push_back(tn);
      } else {
        objDecl(obj);
      }
    }
    x.mode = Mode::TypeExpr;
    x.type = obj->type && !brokenTypes_.count(obj) ? obj->type : types::Invalid;
    if (x.type == types::Invalid) x.mode = Mode::Invalid;
    return;
  case ObjKind::Var: {
    auto *v = obj->as<Var>();
    if (v->isGlobal) resolve(v);
    recordUse(v);
    v->used = true;
    // A local of an enclosing function: the closure captures it.
    if (v->owner && func_ && v->owner != func_) {
      v->escapes = true;
      for (FuncInfo *fi = func_; fi && fi != v->owner; fi = fi->outer) {
        bool have = false;
        for (Var *c : fi->captures)
          if (c == v) have = true;
        if (!have) fi->captures.push_back(v);
      }
    }
    if (!v->type || v->type == types::Invalid) {
      x.mode = Mode::Invalid;
      return;
    }
    x.mode = Mode::Variable;
    x.type = v->type;
    x.shown = shownOf(v);
    return;
  }
  case ObjKind::Func:
    if (obj->pkg) resolve(obj);
    recordUse(obj);
    x.mode = Mode::Value;
    x.type = obj->type ? obj->type : types::Invalid;
    x.shown = obj->as<Func>()->shown;
    if (x.type == types::Invalid) x.mode = Mode::Invalid;
    return;
  case ObjKind::Builtin:
    x.mode = Mode::Builtin;
    x.builtin = obj->as<Builtin>()->id;
    x.type = types::Invalid;
    return;
  case ObjKind::Nil:
    x.mode = Mode::Value;
    x.type = types::UntypedNil;
    return;
  default: x.mode = Mode::Invalid;
  }
}

void Checker::basicLit(Operand &x, BasicLit *lit) {
  if (lit->bad) {
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Constant;
  std::string raw(lit->raw);
  // gc's cap: past it, digits add nothing to a 512-bit value but time.
  if (lit->lit != LitKind::Rune && lit->lit != LitKind::String && raw.size() > 10000) {
    error(lit->pos,
          "excessively long constant: " + raw.substr(0, 10) + "... (" + std::to_string(raw.size()) + " chars)");
    x.mode = Mode::Invalid;
    return;
  }
  switch (lit->lit) {
  case LitKind::Int:
    x.type = types::UntypedInt;
    x.val = ConstVal::fromIntLit(raw);
    break;
  case LitKind::Float:
    x.type = types::UntypedFloat;
    x.val = ConstVal::fromFloatLit(raw);
    break;
  case LitKind::Imag:
    x.type = types::UntypedComplex;
    x.val = ConstVal::fromImagLit(raw);
    break;
  case LitKind::Rune:
    x.type = types::UntypedRune;
    x.val = ConstVal::makeInt64(lit->rune);
    break;
  case LitKind::String:
    x.type = types::UntypedString;
    x.val = ConstVal::makeString(std::string(lit->value));
    break;
  }
  if (!x.val.known()) {
    error(lit->pos, "malformed constant: " + raw); // out of go/constant's range
    x.mode = Mode::Invalid;
  }
}

// ---- The expression switch ------------------------------------------------------

void Checker::exprInternal(Operand &x, Expr *e, const Type *hint) {
  x.mode = Mode::Invalid;
  x.type = types::Invalid;
  switch (e->kind) {
  case NodeKind::Ident: ident(x, e->as<Ident>(), false); return;
  case NodeKind::BasicLit: basicLit(x, e->as<BasicLit>()); return;
  case NodeKind::CompositeLit: compositeLit(x, e->as<CompositeLit>(), hint); return;
  case NodeKind::FuncLit: funcLit(x, e->as<FuncLit>()); return;
  case NodeKind::ParenExpr: {
    Operand y;
    rawExpr(y, e->as<ParenExpr>()->x, hint);
    x = y;
    x.expr = e;
    return;
  }
  case NodeKind::SelectorExpr: selector(x, e->as<SelectorExpr>(), false); return;
  case NodeKind::IndexExpr: index(x, e->as<IndexExpr>()); return;
  case NodeKind::SliceExpr: sliceExpr(x, e->as<SliceExpr>()); return;
  case NodeKind::TypeAssertExpr: typeAssert(x, e->as<TypeAssertExpr>()); return;
  case NodeKind::CallExpr: call(x, e->as<CallExpr>()); return;
  case NodeKind::StarExpr: star(x, e->as<StarExpr>()); return;
  case NodeKind::UnaryExpr: unary(x, e->as<UnaryExpr>()); return;
  case NodeKind::BinaryExpr: {
    auto *b = e->as<BinaryExpr>();
    binary(x, b, b->x, b->y, b->op);
    return;
  }
  case NodeKind::KeyValueExpr: error(e->pos, "unexpected key:value expression"); return;
  case NodeKind::ArrayType:
  case NodeKind::StructType:
  case NodeKind::FuncType:
  case NodeKind::InterfaceType:
  case NodeKind::MapType:
  case NodeKind::ChanType:
    x.type = typExpr(e);
    x.mode = x.type == types::Invalid ? Mode::Invalid : Mode::TypeExpr;
    return;
  case NodeKind::Ellipsis: error(e->pos, "invalid use of ..."); return;
  default: error(e->pos, "invalid expression");
  }
}

// ---- Function literals ----------------------------------------------------------

void Checker::funcLit(Operand &x, FuncLit *e) {
  const TFunc *sig = signature(e->ftype, nullptr, nullptr);
  auto *fi = new FuncInfo();
  fi->outer = func_;
  fi->node = e;
  fi->sig = sig;
  fi->pkg = pkg_;
  if (func_) {
    // main.main.func1, and main.main.func1.1 inside it, as gc names them.
    bool nested = func_->outer != nullptr;
    fi->name = func_->name + (nested ? "." : ".func") + std::to_string(++func_->closures);
  } else {
    static int globals = 0;
    fi->name = pkg_->name.str() + ".glob..func" + std::to_string(++globals);
  }
  e->info = fi;
  funcs_.push_back(fi);
  funcBody(fi, e->ftype, e->body, nullptr);
  x.mode = Mode::Value;
  x.type = sig;
  x.shown = shownSig(e->ftype);
}

// ---- Composite literals --------------------------------------------------------

void Checker::compositeLit(Operand &x, CompositeLit *e, const Type *hint) {
  const Type *t = nullptr;
  bool ellipsisArray = false;
  if (e->typ) {
    // [...]T{...}: the length comes from the elements.
    if (e->typ->kind == NodeKind::ArrayType && e->typ->as<ArrayType>()->len &&
        e->typ->as<ArrayType>()->len->kind == NodeKind::Ellipsis) {
      ellipsisArray = true;
      const Type *elem = typExpr(e->typ->as<ArrayType>()->elt);
      t = elem == types::Invalid ? types::Invalid : arrayOf(elem, 0);
    } else {
      t = typExpr(e->typ);
    }
  } else if (hint) {
    t = hint;
    // []*T{{...}}: the element is &T{...}.
    if (t->kind == Kind::Pointer && static_cast<const TPointer *>(t)->elem->underlying()->kind != Kind::Pointer) {
      const Type *base = static_cast<const TPointer *>(t)->elem;
      Operand y;
      compositeLit(y, e, base);
      e->type = t; // the compiler sees a pointer-typed literal: allocate and take its address
      x.mode = Mode::Value;
      x.type = t;
      return;
    }
  } else {
    // As gc, the elements are left unchecked: their names are not "used".
    error(e->pos, "missing type in composite literal");
    return;
  }
  if (t == types::Invalid) {
    for (Expr *el : e->elts) {
      Operand y;
      rawExpr(y, el->kind == NodeKind::KeyValueExpr ? el->as<KeyValueExpr>()->value : el, nullptr);
    }
    return;
  }
  const Type *u = t->underlying();
  switch (u->kind) {
  case Kind::Struct: {
    auto *st = static_cast<const TStruct *>(u);
    if (e->elts.empty()) break;
    bool keyed = e->elts[0]->kind == NodeKind::KeyValueExpr;
    std::vector<bool> seen(st->fields.size());
    for (uint32_t i = 0; i < e->elts.size(); i++) {
      Expr *el = e->elts[i];
      bool isKV = el->kind == NodeKind::KeyValueExpr;
      if (isKV != keyed) {
        error(el->pos, "mixture of field:value and value elements in struct literal");
        continue;
      }
      if (keyed) {
        auto *kv = el->as<KeyValueExpr>();
        if (kv->key->kind != NodeKind::Ident) {
          error(kv->key->pos, "invalid field name " + exprString(kv->key) + " in struct literal");
          continue;
        }
        Name n = kv->key->as<Ident>()->name;
        int fi = st->fieldIndex(n);
        if (fi < 0) {
          error(kv->key->pos, "unknown field '" + n.str() + "' in struct literal of type " + str(t));
          Operand y;
          rawExpr(y, kv->value, nullptr);
          continue;
        }
        // A field's type is no hint: only elements of arrays, slices and
        // maps may elide their literal's type (L{A: {1, 2}} is an error).
        Operand y;
        expr(y, kv->value);
        assignment(y, st->fields[fi].type, "struct literal", shownField(st, fi));
        // gc reports it at the colon.
        if (seen[fi]) error(colonPos(kv), "duplicate field name " + n.str() + " in struct literal");
        seen[fi] = true;
        continue;
      }
      if (i >= st->fields.size()) {
        error(el->pos, "too many values in " + exprString(e));
        break;
      }
      Operand y;
      expr(y, el);
      assignment(y, st->fields[i].type, "struct literal", shownField(st, i));
    }
    if (!keyed && e->elts.size() < st->fields.size() && e->elts.size() > 0)
      error(e->rbrace, "too few values in " + exprString(e));
    break;
  }
  case Kind::Array:
  case Kind::Slice: {
    const Type *elem =
        u->kind == Kind::Array ? static_cast<const TArray *>(u)->elem : static_cast<const TSlice *>(u)->elem;
    int64_t len = u->kind == Kind::Array && !ellipsisArray ? static_cast<const TArray *>(u)->len : -1;
    int64_t idx = 0, max = 0;
    std::set<int64_t> seen;
    for (Expr *el : e->elts) {
      Expr *val = el;
      bool valid = false;
      Pos at = el->pos;
      if (el->kind == NodeKind::KeyValueExpr) {
        auto *kv = el->as<KeyValueExpr>();
        at = colonPos(kv);
        int64_t k;
        bool nonConst = false;
        if (indexValue(kv->key, len, &k, "index", &nonConst)) {
          idx = k;
          valid = true;
        } else if (nonConst) {
          error(at, "index " + exprString(kv->key) + " must be integer constant");
        }
        val = kv->value;
      } else if (len >= 0 && idx >= len) {
        error(at, "index " + std::to_string(idx) + " is out of bounds (>= " + std::to_string(len) + ")");
      } else {
        valid = true;
      }
      if (valid && !seen.insert(idx).second)
        error(at, "duplicate index " + std::to_string(idx) + " in array or slice literal");
      Operand y;
      exprWithHint(y, val, elem);
      assignment(y, elem, "array or slice literal");
      idx++;
      max = std::max(max, idx);
    }
    if (ellipsisArray) {
      t = arrayOf(elem, max);
      e->typ->type = t;
    }
    break;
  }
  case Kind::Map: {
    auto *mt = static_cast<const TMap *>(u);
    std::set<std::string> keys;
    for (Expr *el : e->elts) {
      if (el->kind != NodeKind::KeyValueExpr) {
        error(el->pos, "missing key in map literal");
        Operand y;
        rawExpr(y, el, nullptr);
        continue;
      }
      auto *kv = el->as<KeyValueExpr>();
      Operand k;
      exprWithHint(k, kv->key, mt->key);
      assignment(k, mt->key, "map literal");
      if (k.mode == Mode::Constant) {
        std::string key = std::to_string(int(k.val.kind())) + ":" + k.val.exactString() + ":" + str(k.type);
        if (k.val.kind() == ConstVal::Int || k.val.kind() == ConstVal::Float)
          key = "n:" + (k.val.toFloat().known() ? k.val.toFloat().ratVal().str() : k.val.str()) + ":" + str(k.type);
        if (!keys.insert(key).second) error(kv->key->pos, "duplicate key " + exprString(kv->key) + " in map literal");
      }
      Operand v;
      exprWithHint(v, kv->value, mt->elem);
      assignment(v, mt->elem, "map literal");
    }
    break;
  }
  default:
    // An invalid underlying type (a broken cycle) was reported already.
    if (u != types::Invalid) error(e->pos, "invalid composite literal type " + str(t));
    useExprs(e->elts);
    return;
  }
  x.mode = Mode::Value;
  x.type = t;
  if (!ellipsisArray) x.shown = spelled(e->typ);
}

// gc reports errors about a key:value element at its colon, which our
// syntax tree does not keep: it follows the key in formatted code.
Pos colonPos(const KeyValueExpr *kv) {
  return Pos{kv->key->pos.line, kv->key->pos.col + uint32_t(exprString(kv->key).size())};
}

// A constant index (array literal keys, indexes into arrays and strings):
// reports non-integer, negative and out-of-range values as gc does.
bool Checker::indexValue(Expr *e, int64_t max, int64_t *val, const char *what, bool *nonConst) {
  Operand x;
  expr(x, e);
  if (x.invalid()) return false;
  if (x.mode == Mode::Constant && x.type->isUntyped()) convertUntyped(x, types::Int);
  if (x.invalid()) return false;
  if (!x.type->isInteger() && !(x.mode == Mode::Constant && x.val.toInt().known())) {
    error(e->pos, std::string("invalid argument: ") + what + " " + describe(x) + " must be integer");
    return false;
  }
  if (x.mode != Mode::Constant) {
    if (nonConst) *nonConst = true;
    return false;
  }
  int64_t v;
  if (!x.val.toInt().int64Val(v)) {
    error(e->pos, std::string("invalid argument: ") + what + " " + describe(x) + " overflows int");
    return false;
  }
  if (v < 0) {
    error(e->pos, std::string("invalid argument: ") + what + " " + describe(x) + " must not be negative");
    return false;
  }
  if (max >= 0 && v >= max) {
    error(e->pos, std::string("invalid argument: ") + what + " " + exprString(e) +
                      " out of bounds [0:" + std::to_string(max) + "]");
    return false;
  }
  *val = v;
  return true;
}

// ---- Operators --------------------------------------------------------------------

// &x on a local variable (or a field or array element of one) moves the
// variable to the heap.
void Checker::markEscape(Expr *e) {
  for (;;) {
    switch (e->kind) {
    case NodeKind::ParenExpr: e = e->as<ParenExpr>()->x; continue;
    case NodeKind::SelectorExpr: {
      auto *s = e->as<SelectorExpr>();
      auto *sel = static_cast<Selection *>(s->info);
      // Through a pointer, the field is in a heap object already.
      if (!sel || sel->kind != Selection::Field) return;
      for (bool d : sel->derefs)
        if (d) return;
      if (s->x->type && s->x->type->kind == Kind::Pointer) return;
      e = s->x;
      continue;
    }
    case NodeKind::IndexExpr: {
      auto *ix = e->as<IndexExpr>();
      if (!ix->x->type || ix->x->type->ukind() != Kind::Array) return; // slices, pointers to arrays: heap already
      e = ix->x;
      continue;
    }
    case NodeKind::Ident: {
      auto *id = e->as<Ident>();
      if (id->obj && id->obj->kind == ObjKind::Var) id->obj->as<Var>()->escapes = true;
      return;
    }
    default: return;
    }
  }
}

void Checker::unary(Operand &x, UnaryExpr *e) {
  Operand y;
  rawExpr(y, e->x, nullptr);
  if (y.mode == Mode::TypeExpr && e->op == Tok::And) {
    error(e->x->pos, exprString(e->x) + " (type) is not an expression");
    return;
  }
  if (e->op != Tok::And) {
    // Any other operand must be a single value.
    if (y.mode == Mode::TypeExpr || y.mode == Mode::Builtin || y.mode == Mode::NoValue) {
      error(e->x->pos, exprString(e->x) + (y.mode == Mode::TypeExpr  ? " (type) is not an expression"
                                           : y.mode == Mode::Builtin ? " (built-in) must be called"
                                                                     : " (no value) used as value"));
      return;
    }
    singleValue(y);
  }
  if (y.invalid()) return;
  switch (e->op) {
  case Tok::And: {
    // &T{...}, or &x with x addressable.
    Expr *inner = e->x;
    while (inner->kind == NodeKind::ParenExpr) inner = inner->as<ParenExpr>()->x;
    if (inner->kind != NodeKind::CompositeLit && y.mode != Mode::Variable) {
      error(e->x->pos, "invalid operation: cannot take address of " + describe(y));
      return;
    }
    markEscape(e->x);
    x.mode = Mode::Value;
    x.type = pointerTo(y.type);
    if (y.shown && y.shown->kind == y.type->kind) x.shown = pointerTo(y.shown);
    return;
  }
  case Tok::Arrow: {
    const Type *u = y.type->underlying();
    if (u->kind != Kind::Chan) {
      error(e->x->pos, "invalid operation: cannot receive from non-channel " + describe(y));
      return;
    }
    auto *ct = static_cast<const TChan *>(u);
    if (ct->dir == ChanDir::Send) {
      error(e->x->pos, "invalid operation: cannot receive from send-only channel " + describe(y));
      return;
    }
    x.mode = Mode::CommaOk;
    x.type = ct->elem;
    return;
  }
  case Tok::Tilde: error(e->pos, "cannot use ~ outside of interface or type constraint"); return;
  default: break;
  }
  const Type *t = y.type;
  bool ok;
  switch (e->op) {
  case Tok::Add:
  case Tok::Sub: ok = t->isNumeric(); break;
  case Tok::Xor: ok = t->isInteger(); break;
  case Tok::Not: ok = t->isBoolean(); break;
  default: ok = false;
  }
  if (!ok) {
    error(e->x->pos, std::string("invalid operation: operator ") + tokString(e->op) + " not defined on " + describe(y));
    return;
  }
  x = y;
  x.expr = e;
  if (y.mode == Mode::Constant) {
    unsigned prec = t->isUnsigned() ? t->underlying()->size * 8 : 0;
    x.val = ConstVal::unaryOp(e->op, y.val, prec);
    overflow(x, e->pos);
    return;
  }
  x.mode = Mode::Value;
}

// A typed constant must fit its type after each operation; an untyped
// integer may not grow past gc's 512 bits (reported at the operator).
void Checker::overflow(Operand &x, Pos opPos) {
  if (!x.type->isUntyped()) {
    ConvErr code = representation(x, x.type, &x.val);
    if (code != ConvErr::None) {
      invalidConversion(code, x, x.shown && x.shown->kind == x.type->kind ? x.shown : x.type->underlying(),
                        x.expr->pos);
      x.mode = Mode::Invalid;
    }
    return;
  }
  if (x.val.kind() == ConstVal::Int && x.val.intVal() != 0 && msb(abs(x.val.intVal())) >= 512) {
    const char *name = "";
    if (x.expr->kind == NodeKind::UnaryExpr && x.expr->as<UnaryExpr>()->op == Tok::Xor) name = "bitwise complement";
    if (x.expr->kind == NodeKind::BinaryExpr) {
      switch (x.expr->as<BinaryExpr>()->op) {
      case Tok::Add: name = "addition"; break;
      case Tok::Sub: name = "subtraction"; break;
      case Tok::Xor: name = "bitwise XOR"; break;
      case Tok::Mul: name = "multiplication"; break;
      case Tok::Shl: name = "shift"; break;
      default: break;
      }
    }
    error(opPos, std::string("constant ") + name + " overflow");
    x.val = ConstVal();
  }
}

// Whether constant x can be represented in basic type t (setting *v to the
// value rounded to t), or why not.
Checker::ConvErr Checker::representation(const Operand &x, const Type *t, ConstVal *v) {
  Operand z = x;
  ConstVal rounded;
  if (representable(z, t, nullptr, &rounded)) {
    if (v) *v = rounded;
    return ConvErr::None;
  }
  if (x.type->isNumeric() && t->isNumeric())
    return !x.type->isInteger() && t->isInteger() ? ConvErr::Truncated : ConvErr::Overflow;
  return ConvErr::Invalid;
}

void Checker::invalidConversion(ConvErr code, const Operand &x, const Type *target, Pos at) {
  switch (code) {
  case ConvErr::Truncated: error(at, describe(x) + " truncated to " + str(target)); break;
  case ConvErr::Overflow: error(at, describe(x) + " overflows " + str(target)); break;
  default: error(at, "cannot convert " + describe(x) + " to " + str(target)); break;
  }
}

// The type (and constant value) untyped x takes where target is expected;
// target may itself be untyped (the other operand of an operation).
Checker::ConvErr Checker::implicitType(const Operand &x, const Type *target, const Type **nt, ConstVal *v) {
  *nt = x.type;
  if (x.invalid() || !x.type->isUntyped() || target == types::Invalid) return ConvErr::None;
  if (target->isUntyped()) {
    if (x.type->isNumeric() && target->isNumeric()) {
      if (untypedRank(x.type->kind) < untypedRank(target->kind)) *nt = target;
    } else if (x.type->kind != target->kind) {
      return ConvErr::Invalid;
    }
    return ConvErr::None;
  }
  const Type *u = target->underlying();
  if (x.type->kind == Kind::UntypedNil) {
    Kind k = u->kind;
    if (k == Kind::Pointer || k == Kind::Func || k == Kind::Slice || k == Kind::Map || k == Kind::Chan ||
        k == Kind::Interface || k == Kind::UnsafePointer) {
      *nt = target;
      return ConvErr::None;
    }
    return ConvErr::Invalid;
  }
  if (u->isBasic()) {
    if (x.mode == Mode::Constant) {
      ConvErr code = representation(x, target, v);
      if (code == ConvErr::None) *nt = target;
      return code;
    }
    // Non-constant untyped values: comparisons and the operands of
    // shifts whose type is not yet known.
    bool ok = x.type->kind == Kind::UntypedBool     ? u->isBoolean()
              : x.type->kind == Kind::UntypedString ? u->isString()
                                                    : u->isNumeric();
    if (!ok) return ConvErr::Invalid;
    *nt = target;
    return ConvErr::None;
  }
  if (u->kind == Kind::Interface) {
    // Values in interfaces have concrete types: the default one.
    if (!static_cast<const TInterface *>(u)->methods.empty()) return ConvErr::Invalid;
    return implicitType(x, defaultType(x.type), nt, v);
  }
  return ConvErr::Invalid;
}

// Converts an untyped operand to the type its context gives it, reporting
// a constant that does not fit.
void Checker::convertUntyped(Operand &x, const Type *target) {
  const Type *nt;
  ConstVal v = x.val;
  ConvErr code = implicitType(x, target, &nt, &v);
  if (code != ConvErr::None) {
    invalidConversion(code, x, target->underlying(), x.expr->pos);
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant) x.val = v;
  if (nt != x.type) {
    x.type = nt;
    if (x.expr) updateExprType(x.expr, nt, !nt->isUntyped());
  }
}

// Gives an untyped expression (and its untyped operands) their final type.
// A shift whose untyped left operand becomes a non-integer is an error.
void Checker::updateExprType(Expr *e, const Type *t, bool final) {
  if (!e || !e->type || !e->type->isUntyped()) return;
  switch (e->kind) {
  case NodeKind::ParenExpr: updateExprType(e->as<ParenExpr>()->x, t, final); break;
  case NodeKind::UnaryExpr:
    if (!e->cval) updateExprType(e->as<UnaryExpr>()->x, t, final);
    break;
  case NodeKind::BinaryExpr: {
    auto *b = e->as<BinaryExpr>();
    if (e->cval) break;
    if (isComparison(b->op)) break; // operands were typed when compared
    if (b->op == Tok::Shl || b->op == Tok::Shr) {
      if (final && !t->isInteger() && t->underlying()->kind != Kind::Interface) {
        error(b->x->pos,
              "invalid operation: shifted operand " + exprString(b->x) + " (type " + str(t) + ") must be integer");
        e->type = types::Invalid;
        return;
      }
      updateExprType(b->x, t, final);
    } else {
      updateExprType(b->x, t, final);
      updateExprType(b->y, t, final);
    }
    break;
  }
  default: break;
  }
  e->type = t;
}

void Checker::matchTypes(Operand &x, Operand &y) {
  // An untyped operand takes the other's type (or the wider untyped kind).
  auto mayConvert = [](const Operand &a, const Operand &b) {
    if (a.type->isUntyped() && b.type->isUntyped())
      return a.type->isNumeric() == b.type->isNumeric() || a.type == b.type;
    const Type *bt = b.type->underlying();
    if (a.type->kind == Kind::UntypedNil) return !bt->isBasic() || bt->kind == Kind::UnsafePointer;
    if (bt->kind == Kind::Interface) return true;
    if (a.type->isBoolean()) return bt->isBoolean();
    if (a.type->isString()) return bt->isString();
    if (a.type->isNumeric()) return bt->isNumeric();
    return false;
  };
  if (x.type->isUntyped() && !y.type->isUntyped()) {
    if (mayConvert(x, y)) convertUntyped(x, y.type);
  } else if (y.type->isUntyped() && !x.type->isUntyped()) {
    if (mayConvert(y, x)) convertUntyped(y, x.type);
  } else if (x.type->isUntyped() && y.type->isUntyped() && x.type->isNumeric() && y.type->isNumeric()) {
    if (untypedRank(x.type->kind) > untypedRank(y.type->kind))
      convertUntyped(y, x.type);
    else
      convertUntyped(x, y.type);
  }
}

void Checker::binary(Operand &x, BinaryExpr *e, Expr *lhs, Expr *rhs, Tok op) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid()) return;
  if (y.invalid()) {
    x.mode = Mode::Invalid;
    x.expr = y.expr;
    return;
  }
  if (op == Tok::Shl || op == Tok::Shr) {
    shift(x, y, e, op);
    return;
  }
  // Whether the operands' kinds allow converting an untyped one to the
  // other's type; if not, the mismatch is reported below.
  auto hasNil = [](const Type *t) {
    Kind k = t->ukind();
    return k == Kind::Pointer || k == Kind::Slice || k == Kind::Map || k == Kind::Func || k == Kind::Chan ||
           k == Kind::Interface || k == Kind::UnsafePointer || k == Kind::UntypedNil;
  };
  bool canMix =
      x.type->isInterface() || y.type->isInterface() ||
      (x.type->isBoolean() == y.type->isBoolean() && x.type->isString() == y.type->isString() &&
       (x.type->kind != Kind::UntypedNil || hasNil(y.type)) && (y.type->kind != Kind::UntypedNil || hasNil(x.type)));
  if (canMix) {
    convertUntyped(x, y.type);
    if (x.invalid()) return;
    convertUntyped(y, x.type);
    if (y.invalid()) {
      x.mode = Mode::Invalid;
      return;
    }
  }
  // An untyped operand took the other's type, as it was spelled.
  if (!x.shown && x.type == y.type) x.shown = y.shown;
  if (isComparison(op)) {
    comparison(x, y, op, e, false);
    return;
  }
  if (x.type != y.type) {
    if (e)
      error(x.expr->pos,
            "invalid operation: " + exprString(e) + " (mismatched types " + str(x) + " and " + str(y) + ")");
    else
      error(x.expr->pos, "invalid operation: " + exprString(lhs) + " " + tokString(op) + "= " + exprString(rhs) +
                             " (mismatched types " + str(x) + " and " + str(y) + ")");
    x.mode = Mode::Invalid;
    return;
  }
  const Type *t = x.type;
  bool ok;
  switch (op) {
  case Tok::Add: ok = t->isNumeric() || t->isString(); break;
  case Tok::Sub:
  case Tok::Mul:
  case Tok::Quo: ok = t->isNumeric(); break;
  case Tok::Rem:
  case Tok::And:
  case Tok::Or:
  case Tok::Xor:
  case Tok::AndNot: ok = t->isInteger(); break;
  case Tok::LAnd:
  case Tok::LOr: ok = t->isBoolean(); break;
  default: ok = false;
  }
  if (!ok) {
    error(x.expr->pos, std::string("invalid operation: operator ") + tokString(op) + " not defined on " + describe(x));
    x.mode = Mode::Invalid;
    return;
  }
  if ((op == Tok::Quo || op == Tok::Rem) && y.mode == Mode::Constant && y.val.known() &&
      (x.mode == Mode::Constant || t->isInteger())) {
    bool zero = y.val.sign() == 0;
    if (zero) {
      error(y.expr->pos, "invalid operation: division by zero");
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    bool intDiv = t->isInteger();
    ConstVal v = ConstVal::binaryOp(x.val, op, y.val, intDiv);
    if (v.kind() == ConstVal::Float && t->isInteger()) v = v.toInt();
    x.expr = e ? static_cast<Expr *>(e) : lhs;
    // Past go/constant's range (a float beyond 2^2^31).
    if (x.val.known() && y.val.known() && !v.known()) {
      error(e ? e->opPos : lhs->pos, "constant result is not representable");
      x.mode = Mode::Invalid;
      return;
    }
    x.val = v;
    overflow(x, e ? e->opPos : lhs->pos);
    return;
  }
  x.mode = Mode::Value;
  if (e) x.expr = e;
}

void Checker::shift(Operand &x, Operand &y, BinaryExpr *e, Tok op) {
  ConstVal xval;
  if (x.mode == Mode::Constant) xval = x.val.toInt();
  if (!x.type->isInteger() && !(x.type->isUntyped() && xval.kind() == ConstVal::Int)) {
    error(x.expr->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  // The count: an integer, or an untyped constant representable as uint.
  if (y.mode == Mode::Constant) {
    ConstVal yval = y.val.toInt();
    if (yval.kind() == ConstVal::Int && yval.sign() < 0) {
      error(y.expr->pos, "invalid operation: negative shift count " + describe(y));
      x.mode = Mode::Invalid;
      return;
    }
    if (y.type->isUntyped()) {
      ConstVal v;
      ConvErr code = representation(y, types::Uint, &v);
      if (code != ConvErr::None) {
        invalidConversion(code, y, types::Uint, y.expr->pos);
        x.mode = Mode::Invalid;
        return;
      }
      // gc keeps the count untyped; the compiler wants an integer.
      convertUntyped(y, types::Uint);
    }
  } else if (y.type->isUntyped() && !y.type->isInteger()) {
    convertUntyped(y, types::Uint);
    if (y.invalid()) {
      x.mode = Mode::Invalid;
      return;
    }
  } else if (!y.type->isInteger()) {
    error(y.expr->pos, "invalid operation: shift count " + describe(y) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  Expr *result = e ? static_cast<Expr *>(e) : x.expr;
  if (x.mode == Mode::Constant) {
    if (y.mode == Mode::Constant) {
      // gc bounds constant shift counts (1023 - 1 + 52: the smallest float64).
      uint64_t s = 0;
      if (!y.val.toInt().uint64Val(s) || s > 1074) {
        error(y.expr->pos, "invalid operation: invalid shift count " + describe(y));
        x.mode = Mode::Invalid;
        return;
      }
      // An untyped float or complex operand with an integer value.
      if (!x.type->isInteger()) x.type = types::UntypedInt;
      x.val = ConstVal::shift(xval, op, unsigned(s));
      x.expr = result;
      overflow(x, e ? e->opPos : x.expr->pos);
      return;
    }
    if (x.type->isUntyped()) {
      // 1 << s: the operand's type comes from the context (updateExprType).
      if (x.type->kind == Kind::UntypedFloat || x.type->kind == Kind::UntypedComplex) {
        x.type = types::UntypedInt;
        x.val = xval;
        record(x);
      }
      x.mode = Mode::Value;
      x.expr = result;
      return;
    }
  }
  if (!x.type->isInteger()) {
    error(x.expr->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  x.expr = result;
}

// x op y for a comparison operator; in a switch (switchCase), x is a case
// value and y the tag, and the operator is ==.
void Checker::comparison(Operand &x, Operand &y, Tok op, BinaryExpr *e, bool switchCase) {
  if (switchCase) op = Tok::Eql;
  Operand *errOp = &x;
  std::string cause;
  auto hasNil = [](const Type *t) {
    Kind k = t->ukind();
    return k == Kind::Pointer || k == Kind::Slice || k == Kind::Map || k == Kind::Func || k == Kind::Chan ||
           k == Kind::Interface || k == Kind::UnsafePointer;
  };
  // Why t is not comparable, as gc words it.
  auto incomparable = [&](const Type *t) -> std::string {
    const Type *u = t->underlying();
    if (u->kind == Kind::Slice || u->kind == Kind::Map || u->kind == Kind::Func)
      return std::string(kindName(t)) + " can only be compared to nil";
    if (u->kind == Kind::Struct) {
      for (const StructField &f : static_cast<const TStruct *>(u)->fields)
        if (!comparable(f.type)) return "struct containing " + str(f.type) + " cannot be compared";
    } else if (u->kind == Kind::Array) {
      return str(t) + " cannot be compared";
    }
    return "";
  };
  bool ok = true;
  if (!assignableTo(x, y.type, nullptr) && !assignableTo(y, x.type, nullptr)) {
    // Only the second operand shows the mismatch.
    errOp = &y;
    cause = "mismatched types " + str(x) + " and " + str(y);
    ok = false;
  } else if (op == Tok::Eql || op == Tok::Neq) {
    bool xnil = isNil(x), ynil = isNil(y);
    if (xnil || ynil) {
      if (!hasNil(xnil ? y.type : x.type)) {
        errOp = &y;
        ok = false;
      }
    } else if (!comparable(x.type)) {
      cause = incomparable(x.type);
      ok = false;
    } else if (!comparable(y.type)) {
      errOp = &y;
      cause = incomparable(y.type);
      ok = false;
    }
  } else if (!x.type->isOrdered()) {
    ok = false;
  } else if (!y.type->isOrdered()) {
    errOp = &y;
    ok = false;
  }
  if (!ok) {
    if (cause.empty()) {
      const Type *t = errOp->type;
      std::string kind = t->underlying()->isBasic() ? str(t) : kindName(t);
      cause = std::string("operator ") + tokString(op) + " not defined on " + kind;
    }
    if (switchCase)
      error(x.expr->pos,
            "invalid case " + exprString(x.expr) + " in switch on " + exprString(y.expr) + " (" + cause + ")");
    else
      error(errOp->expr->pos, "invalid operation: " + exprString(x.expr) + " " + tokString(op) + " " +
                                  exprString(y.expr) + " (" + cause + ")");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.val = ConstVal::makeBool(ConstVal::compare(x.val, op, y.val));
  } else {
    x.mode = Mode::Value;
    // The operands keep their types (untyped ones become their default).
    updateExprType(x.expr, defaultType(x.type), true);
    updateExprType(y.expr, defaultType(y.type), true);
  }
  x.type = types::UntypedBool;
  if (e) x.expr = e;
}

// ---- Indexing, slicing, assertions, dereference -------------------------------------

void Checker::index(Operand &x, IndexExpr *e) {
  exprOrType(x, e->x);
  if (x.invalid()) {
    Operand y;
    rawExpr(y, e->index, nullptr);
    return;
  }
  if (x.mode == Mode::TypeExpr) {
    error(e->pos, str(x.type) + " is not a generic type");
    x.mode = Mode::Invalid;
    return;
  }
  const Type *u = x.type->underlying();
  int64_t length = -1;
  // The element keeps byte or rune as the indexed operand's type spelled it.
  x.shown = elemShown(x, u);
  switch (u->kind) {
  case Kind::String:
  case Kind::UntypedString:
    if (x.mode == Mode::Constant) length = int64_t(x.val.stringVal().size());
    x.mode = Mode::Value;
    x.type = types::Uint8;
    x.shown = byteAlias();
    break;
  case Kind::Array:
    length = static_cast<const TArray *>(u)->len;
    if (x.mode != Mode::Variable) x.mode = Mode::Value;
    x.type = static_cast<const TArray *>(u)->elem;
    break;
  case Kind::Pointer: {
    const Type *pe = static_cast<const TPointer *>(u)->elem->underlying();
    if (pe->kind == Kind::Array) {
      length = static_cast<const TArray *>(pe)->len;
      x.mode = Mode::Variable;
      x.type = static_cast<const TArray *>(pe)->elem;
      break;
    }
    error(e->pos, "invalid operation: cannot index " + describe(x));
    x.mode = Mode::Invalid;
    return;
  }
  case Kind::Slice:
    x.mode = Mode::Variable;
    x.type = static_cast<const TSlice *>(u)->elem;
    break;
  case Kind::Map: {
    auto *mt = static_cast<const TMap *>(u);
    Operand k;
    exprWithHint(k, e->index, mt->key);
    assignment(k, mt->key, "map index");
    x.mode = Mode::MapIndex;
    x.type = mt->elem;
    return;
  }
  default:
    error(e->pos, "invalid operation: cannot index " + describe(x));
    x.mode = Mode::Invalid;
    Operand y;
    rawExpr(y, e->index, nullptr);
    return;
  }
  if (!e->index) {
    x.mode = Mode::Invalid;
    return;
  }
  int64_t v;
  Operand ix;
  expr(ix, e->index);
  if (ix.invalid()) return;
  if (ix.type->isUntyped()) convertUntyped(ix, types::Int);
  if (ix.invalid()) return;
  if (!ix.type->isInteger()) {
    error(e->index->pos, "invalid argument: index " + describe(ix) + " must be integer");
    return;
  }
  if (ix.mode == Mode::Constant) {
    if (!ix.val.int64Val(v) || v < 0) {
      error(e->index->pos, "invalid argument: index " + describe(ix) + " must not be negative");
      return;
    }
    if (length >= 0 && v >= length) {
      error(e->index->pos,
            "invalid argument: index " + exprString(e->index) + " out of bounds [0:" + std::to_string(length) + "]");
      return;
    }
  }
}

void Checker::sliceExpr(Operand &x, SliceExpr *e) {
  expr(x, e->x);
  if (x.invalid()) {
    for (Expr *i : {e->lo, e->hi, e->max})
      if (i) {
        Operand y;
        rawExpr(y, i, nullptr);
      }
    return;
  }
  const Type *u = x.type->underlying();
  int64_t length = -1;
  // A slice of a []byte (or of a [N]rune) is shown with the element as spelled.
  if (const Type *el = elemShown(x, u))
    x.shown = sliceOf(el);
  else if (u->kind != Kind::Slice)
    x.shown = nullptr;
  switch (u->kind) {
  case Kind::String:
  case Kind::UntypedString:
    if (e->slice3) {
      error(e->max ? e->max->pos : e->pos, "invalid operation: 3-index slice of string");
      x.mode = Mode::Invalid;
      return;
    }
    if (x.mode == Mode::Constant) length = int64_t(x.val.stringVal().size());
    if (x.type->isUntyped()) x.type = types::String;
    x.mode = Mode::Value;
    break;
  case Kind::Array:
    if (x.mode != Mode::Variable) {
      error(e->x->pos, "invalid operation: " + describe(x) + " (slice of unaddressable value)");
      x.mode = Mode::Invalid;
      return;
    }
    length = static_cast<const TArray *>(u)->len;
    markEscape(e->x);
    x.type = sliceOf(static_cast<const TArray *>(u)->elem);
    x.mode = Mode::Value;
    break;
  case Kind::Pointer: {
    const Type *pe = static_cast<const TPointer *>(u)->elem->underlying();
    if (pe->kind != Kind::Array) {
      error(e->x->pos, "invalid operation: cannot slice " + describe(x));
      x.mode = Mode::Invalid;
      return;
    }
    length = static_cast<const TArray *>(pe)->len;
    x.type = sliceOf(static_cast<const TArray *>(pe)->elem);
    x.mode = Mode::Value;
    break;
  }
  case Kind::Slice: x.mode = Mode::Value; break;
  default:
    error(e->x->pos, "invalid operation: cannot slice " + describe(x));
    x.mode = Mode::Invalid;
    return;
  }
  int64_t vals[3] = {-1, -1, -1};
  Expr *idx[3] = {e->lo, e->hi, e->max};
  for (int i = 0; i < 3; i++) {
    if (!idx[i]) continue;
    Operand y;
    expr(y, idx[i]);
    if (y.invalid()) continue;
    if (y.type->isUntyped()) convertUntyped(y, types::Int);
    if (y.invalid()) continue;
    if (!y.type->isInteger()) {
      error(idx[i]->pos, "invalid argument: index " + describe(y) + " must be integer");
      continue;
    }
    if (y.mode == Mode::Constant) {
      int64_t v;
      if (!y.val.int64Val(v) || v < 0) {
        error(idx[i]->pos, "invalid argument: index " + describe(y) + " must not be negative");
        continue;
      }
      // A string's (or array's) length bounds every index, inclusively.
      if (length >= 0 && v > length) {
        error(idx[i]->pos, "invalid argument: index " + exprString(idx[i]) +
                               " out of bounds [0:" + std::to_string(length + 1) + "]");
        continue;
      }
      vals[i] = v;
    }
  }
  for (int i = 0; i < 3; i++)
    for (int j = i + 1; j < 3; j++)
      if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
        error(idx[j]->pos, "invalid slice indices: " + std::to_string(vals[j]) + " < " + std::to_string(vals[i]));
        return;
      }
}

void Checker::typeAssert(Operand &x, TypeAssertExpr *e) {
  if (!e->typ) {
    error(e->pos, "invalid AST: use of .(type) outside type switch");
    x.mode = Mode::Invalid;
    return;
  }
  expr(x, e->x);
  const Type *t = typExpr(e->typ);
  if (x.invalid() || t == types::Invalid) {
    x.mode = Mode::Invalid;
    return;
  }
  if (!x.type->isInterface()) {
    error(e->x->pos, "invalid operation: " + exprString(e->x) + " (" +
                         (x.mode == Mode::Variable ? "variable" : "value") + " of type " + str(x.type) +
                         ") is not an interface");
    x.mode = Mode::Invalid;
    return;
  }
  if (!t->isInterface()) {
    std::string why;
    if (!implements(t, static_cast<const TInterface *>(x.type->underlying()), &why, x.type)) {
      error(e->pos, "impossible type assertion: " + exprString(e) + "\n\t" + str(t) + " does not implement " +
                        str(x.type) + " " + why);
      x.mode = Mode::Invalid;
      return;
    }
  }
  x.mode = Mode::CommaOk;
  x.type = t;
}

void Checker::star(Operand &x, StarExpr *e) {
  exprOrType(x, e->x);
  if (x.invalid()) return;
  if (x.mode == Mode::TypeExpr) {
    x.type = pointerTo(x.type);
    return;
  }
  if (x.type->kind == Kind::UntypedNil) {
    error(e->pos, "invalid operation: cannot indirect nil");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.type->ukind() != Kind::Pointer) {
    error(e->x->pos, "invalid operation: cannot indirect " + describe(x));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Variable;
  // *p keeps byte or rune as p's type spelled them.
  bool shownPtr = x.shown && x.shown->kind == Kind::Pointer && x.type->kind == Kind::Pointer;
  x.shown = shownPtr ? static_cast<const TPointer *>(x.shown)->elem : nullptr;
  x.type = static_cast<const TPointer *>(x.type->underlying())->elem;
}

// ---- Assignment of a value to a typed destination ------------------------------------

void Checker::assignment(Operand &x, const Type *t, const std::string &context, const Type *shownT) {
  auto tstr = [&](const Type *u) { return shownT && u == t && shownT->kind == t->kind ? str(shownT) : str(u); };
  singleValue(x);
  if (x.invalid() || t == types::Invalid) return;
  if (x.mode == Mode::TypeExpr || x.mode == Mode::Builtin || x.mode == Mode::NoValue) {
    error(x.expr->pos, x.mode == Mode::NoValue ? exprString(x.expr) + " (no value) used as value"
                                               : exprString(x.expr) + " (type) is not an expression");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.type->isUntyped()) {
    bool wasRune = x.type->kind == Kind::UntypedRune;
    const Type *target = t;
    if (t->underlying()->kind == Kind::Interface && x.type->kind != Kind::UntypedNil) target = defaultType(x.type);
    if (x.type->kind == Kind::UntypedNil) {
      Kind k = t->ukind();
      if (!(k == Kind::Pointer || k == Kind::Slice || k == Kind::Map || k == Kind::Func || k == Kind::Chan ||
            k == Kind::Interface || k == Kind::UnsafePointer)) {
        error(x.expr->pos, "cannot use nil as " + tstr(t) + " value in " + context);
        x.mode = Mode::Invalid;
        return;
      }
      x.type = t;
      updateExprType(x.expr, t, true);
      return;
    }
    if (x.mode == Mode::Constant) {
      std::string why;
      const Type *tu = target->underlying();
      ConstVal rounded;
      if (!tu->isBasic() || !representable(x, target, &why, &rounded)) {
        bool kindOK = tu->isBasic() && x.type->isNumeric() == tu->isNumeric() && x.type->isString() == tu->isString() &&
                      x.type->isBoolean() == tu->isBoolean();
        error(x.expr->pos, "cannot use " + describe(x) + " as " + tstr(target) + " value in " + context +
                               (kindOK && !why.empty() ? " " + why : ""));
        x.mode = Mode::Invalid;
        return;
      }
      // A typed float constant holds its value rounded to the type, as gc
      // stores it: float64(1<<100) and float64(1<<100 - 1) are equal.
      x.val = rounded;
    } else {
      const Type *tu = target->underlying();
      bool ok = x.type->kind == Kind::UntypedBool ? tu->isBoolean() : tu->isNumeric();
      if (!ok) {
        error(x.expr->pos, "cannot use " + describe(x) + " as " + tstr(target) + " value in " + context);
        x.mode = Mode::Invalid;
        return;
      }
    }
    x.type = target;
    updateExprType(x.expr, target, true);
    if (wasRune && target == types::Int32) x.shown = runeAlias(); // rune is the default type
  }
  std::string why;
  if (!assignableTo(x, t, &why, shownT)) {
    std::string msg = "cannot use " + describe(x) + " as type " + tstr(t) + " in " + context;
    if (!why.empty()) msg += ":\n\t" + why;
    error(x.expr->pos, msg);
    x.mode = Mode::Invalid;
  }
}

} // namespace goterp
