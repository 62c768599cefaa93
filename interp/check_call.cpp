// Calls (function calls, conversions, builtins) and selectors.
#include "interp/ast_print.h"
#include "interp/check.h"

namespace goterp {

namespace {

// gc's summary of argument types in "have (...)": untyped numbers are
// "number", other untyped kinds lose "untyped".
std::string typesSummary(const std::vector<const Type *> &list, bool variadic, const Package *local) {
  std::string s = "(";
  for (size_t i = 0; i < list.size(); i++) {
    if (i) s += ", ";
    const Type *t = list[i];
    if (!t || t == types::Invalid)
      s += "<T>";
    else if (t->isUntyped()) {
      if (t->isNumeric())
        s += "number";
      else {
        std::string n = static_cast<const TBasic *>(t)->name;
        s += n.substr(n.find(' ') + 1);
      }
    } else if (variadic && i + 1 == list.size()) {
      s += "..." + typeString(static_cast<const TSlice *>(t)->elem, local);
    } else {
      s += typeString(t, local);
    }
  }
  return s + ")";
}

const char *builtinName(BuiltinId id) {
  switch (id) {
  case BuiltinId::Append: return "append";
  case BuiltinId::Cap: return "cap";
  case BuiltinId::Close: return "close";
  case BuiltinId::Complex: return "complex";
  case BuiltinId::Copy: return "copy";
  case BuiltinId::Delete: return "delete";
  case BuiltinId::Imag: return "imag";
  case BuiltinId::Len: return "len";
  case BuiltinId::Make: return "make";
  case BuiltinId::New: return "new";
  case BuiltinId::Panic: return "panic";
  case BuiltinId::Print: return "print";
  case BuiltinId::Println: return "println";
  case BuiltinId::Real: return "real";
  case BuiltinId::Recover: return "recover";
  }
  return "?";
}

// Whether e contains a function call or channel receive (len of such an
// array is not constant).
bool hasCallOrRecv(Expr *e) {
  switch (e->kind) {
  case NodeKind::CallExpr: return true;
  case NodeKind::UnaryExpr: return e->as<UnaryExpr>()->op == Tok::Arrow || hasCallOrRecv(e->as<UnaryExpr>()->x);
  case NodeKind::ParenExpr: return hasCallOrRecv(e->as<ParenExpr>()->x);
  case NodeKind::SelectorExpr: return hasCallOrRecv(e->as<SelectorExpr>()->x);
  case NodeKind::IndexExpr: return hasCallOrRecv(e->as<IndexExpr>()->x) || hasCallOrRecv(e->as<IndexExpr>()->index);
  case NodeKind::StarExpr: return hasCallOrRecv(e->as<StarExpr>()->x);
  case NodeKind::BinaryExpr: return hasCallOrRecv(e->as<BinaryExpr>()->x) || hasCallOrRecv(e->as<BinaryExpr>()->y);
  default: return false;
  }
}

} // namespace

void Checker::call(Operand &x, CallExpr *e) {
  auto *info = new CallInfo();
  e->info = info;
  Operand f;
  exprOrType(f, e->fun);
  if (f.invalid()) {
    useExprs(e->args);
    x.mode = Mode::Invalid;
    return;
  }
  if (f.mode == Mode::TypeExpr) {
    info->kind = CallInfo::Conversion;
    const Type *t = f.type;
    if (e->args.size() != 1) {
      if (e->args.empty())
        error(e->rparen, "missing argument in conversion to " + str(t));
      else
        error(e->args[1]->pos, "too many arguments in conversion to " + str(t));
      useExprs(e->args);
      x.mode = Mode::Invalid;
      return;
    }
    if (e->hasEllipsis) error(e->args[0]->pos, "invalid use of ... in conversion to " + str(t));
    expr(x, e->args[0]);
    if (x.invalid()) return;
    conversion(x, t, e);
    return;
  }
  if (f.mode == Mode::Builtin) {
    info->kind = CallInfo::BuiltinCall;
    info->builtin = f.builtin;
    builtin(x, e, f.builtin);
    return;
  }
  const Type *ft = f.type->underlying();
  if (ft->kind != Kind::Func) {
    error(e->pos, "invalid operation: cannot call non-function " + describe(f));
    useExprs(e->args);
    x.mode = Mode::Invalid;
    return;
  }
  auto *sig = static_cast<const TFunc *>(ft);
  auto *shown = f.shown && f.shown->kind == Kind::Func ? static_cast<const TFunc *>(f.shown) : nullptr;
  std::vector<Operand> args;
  arguments(e, sig, args, exprString(e->fun), shown);
  x.expr = e;
  if (sig->results.empty()) {
    x.mode = Mode::NoValue;
    x.type = tupleOf({});
  } else if (sig->results.size() == 1) {
    x.mode = Mode::Value;
    x.type = sig->results[0];
    if (shown) x.shown = shown->results[0];
  } else {
    x.mode = Mode::Value;
    x.type = tupleOf(sig->results);
    if (shown) {
      // The results as declared, names, byte and rune included, for
      // "multiple-value f() (value of type (n int, err error))".
      auto *tu = new TTuple();
      tu->elems = shown->results;
      size_t np = shown->params.size();
      if (shown->names.size() > np) tu->names.assign(shown->names.begin() + np, shown->names.end());
      x.shown = tu;
    }
  }
}

void Checker::arguments(CallExpr *e, const TFunc *sig, std::vector<Operand> &args, const std::string &fname,
                        const TFunc *shown) {
  auto *info = static_cast<CallInfo *>(e->info);
  // f(g()) where g returns several values.
  if (e->args.size() == 1 && !e->hasEllipsis) {
    std::vector<Operand> xs;
    multiExpr(xs, e->args[0]);
    if (xs.size() > 1) info->spreadTuple = true;
    args = xs;
  } else {
    for (Expr *a : e->args) {
      Operand y;
      rawExpr(y, a, nullptr);
      if (y.mode == Mode::TypeExpr) {
        error(a->pos, exprString(a) + " (type) is not an expression");
        y.mode = Mode::Invalid;
      } else if (y.mode == Mode::NoValue) {
        error(a->pos, exprString(a) + " (no value) used as value");
        y.mode = Mode::Invalid;
      } else if (y.mode == Mode::Builtin) {
        error(a->pos, exprString(a) + " (built-in) must be called");
        y.mode = Mode::Invalid;
      }
      singleValue(y);
      args.push_back(y);
    }
  }
  for (Operand &a : args)
    if (a.invalid()) return;
  size_t npars = sig->params.size(), nargs = args.size();
  bool variadic = sig->variadic;
  if (e->hasEllipsis) {
    if (!variadic) {
      error(e->pos, "cannot use ... in call to non-variadic " + fname);
      return;
    }
    if (info->spreadTuple) {
      error(e->args[0]->pos, "cannot use ... with multi-valued " + exprString(e->args[0]));
      return;
    }
  }
  auto mismatch = [&](const char *qualifier, Pos at) {
    std::vector<const Type *> have;
    for (Operand &a : args) have.push_back(a.type);
    error(at, std::string(qualifier) + " arguments in call to " + fname + "\n\thave " +
                  typesSummary(have, false, pkg_) + "\n\twant " + typesSummary(sig->params, variadic, pkg_));
  };
  if (variadic && !e->hasEllipsis) {
    if (nargs < npars - 1) {
      mismatch("not enough", nargs ? args.back().expr->pos : e->rparen);
      return;
    }
    for (size_t i = 0; i < nargs; i++) {
      const Type *pt = i < npars - 1 ? sig->params[i] : static_cast<const TSlice *>(sig->params.back())->elem;
      const Type *spt = !shown          ? nullptr
                        : i < npars - 1 ? shown->params[i]
                                        : static_cast<const TSlice *>(shown->params.back())->elem;
      assignment(args[i], pt, "argument to " + fname, spt);
    }
    return;
  }
  if (nargs != npars) {
    if (nargs < npars)
      mismatch("not enough", nargs ? (info->spreadTuple ? e->args[0]->pos : args.back().expr->pos) : e->pos);
    else
      mismatch("too many", info->spreadTuple ? e->args[0]->pos : args[npars].expr->pos);
    return;
  }
  for (size_t i = 0; i < nargs; i++)
    assignment(args[i], sig->params[i], "argument to " + fname, shown ? shown->params[i] : nullptr);
}

void Checker::conversion(Operand &x, const Type *t, CallExpr *e) {
  const Type *sp = spelled(e->fun);
  std::string tname = sp ? str(sp) : str(t);
  const Type *tu = t->underlying();
  bool constArg = x.mode == Mode::Constant;
  if (constArg && tu->isConstType()) {
    // A constant conversion gives a constant: it must be representable
    // (integers to strings give the character).
    if (tu->isString() && x.type->isInteger()) {
      int64_t r;
      std::string s;
      uint64_t u;
      bool ok = x.val.int64Val(r) ? true : x.val.uint64Val(u) && (r = -1, true);
      if (!ok || r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD;
      auto put = [&](uint32_t c) {
        if (c < 0x80)
          s += char(c);
        else if (c < 0x800)
          s += char(0xC0 | (c >> 6)), s += char(0x80 | (c & 0x3F));
        else if (c < 0x10000)
          s += char(0xE0 | (c >> 12)), s += char(0x80 | ((c >> 6) & 0x3F)), s += char(0x80 | (c & 0x3F));
        else
          s += char(0xF0 | (c >> 18)), s += char(0x80 | ((c >> 12) & 0x3F)), s += char(0x80 | ((c >> 6) & 0x3F)),
              s += char(0x80 | (c & 0x3F));
      };
      put(uint32_t(r));
      x.val = ConstVal::makeString(s);
      if (x.type->isUntyped()) updateExprType(x.expr, defaultType(x.type), true);
      x.type = t;
      x.expr = e;
      return;
    }
    ConstVal rounded;
    bool kindOK = (x.type->isNumeric() && tu->isNumeric()) || (x.type->isString() && tu->isString()) ||
                  (x.type->isBoolean() && tu->isBoolean());
    if (!kindOK || !representable(x, t, nullptr, &rounded)) {
      // Typed constants and untyped ones differ in gc's wording.
      if (!kindOK || x.type->isUntyped() || !(x.type->isNumeric() && tu->isNumeric()))
        error(x.expr->pos, "cannot convert " + describe(x) + " to type " + tname);
      else if (tu->isInteger() && !x.val.toInt().known())
        error(x.expr->pos, "cannot convert " + describe(x) + " to type " + tname + " (truncated)");
      else
        error(x.expr->pos, "cannot convert " + describe(x) + " to type " + tname);
      x.mode = Mode::Invalid;
      return;
    }
    if (x.type->isUntyped())
      updateExprType(x.expr, tu->isNumeric() && x.type->isNumeric() ? t : defaultType(x.type), true);
    x.val = rounded;
    x.type = t;
    x.shown = sp;
    x.expr = e;
    return;
  }
  if (!convertibleTo(x, t)) {
    // types2 explains with the cause assignability found, if any.
    std::string why;
    assignableTo(x, t, &why);
    error(x.expr->pos, "cannot convert " + describe(x) + " to type " + tname + (why.empty() ? "" : ":\n\t" + why));
    x.mode = Mode::Invalid;
    return;
  }
  if (x.type->isUntyped()) {
    // Non-constant conversions of untyped values: nil to pointer types, or an
    // untyped constant to a non-constant type (interfaces).
    const Type *target = t;
    if (tu->kind == Kind::Interface || (constArg && !tu->isConstType())) target = defaultType(x.type);
    if (x.type->kind == Kind::UntypedNil) target = t;
    convertUntyped(x, target);
  }
  x.mode = Mode::Value;
  x.type = t;
  x.shown = sp;
  x.expr = e;
}

void Checker::builtin(Operand &x, CallExpr *e, BuiltinId id) {
  std::string name = builtinName(id);
  size_t n = e->args.size();
  x.expr = e;
  x.mode = Mode::Invalid;
  if (e->hasEllipsis && id != BuiltinId::Append) {
    error(e->pos, "invalid operation: invalid use of ... with built-in " + name);
    useExprs(e->args);
    return;
  }
  // Builtins other than make and new take the results of a multi-value
  // call as their arguments (copy(f()), complex(f()), println(f())), so a
  // lone argument is evaluated before its count is known.
  std::vector<Operand> pre;
  if (n == 1 && id != BuiltinId::Make && id != BuiltinId::New) {
    multiExpr(pre, e->args[0]);
    if (pre.size() > 1) {
      if (e->hasEllipsis) {
        error(e->pos, "cannot use ... with " + std::to_string(pre.size()) + "-valued " + exprString(e->args[0]));
        return;
      }
      static_cast<CallInfo *>(e->info)->spreadTuple = true;
      n = pre.size();
    }
  }
  auto arg = [&](Operand &a, size_t i, const Type *hint) {
    if (i < pre.size()) {
      a = pre[i];
    } else if (hint) {
      exprWithHint(a, e->args[i], hint);
    } else {
      expr(a, e->args[i]);
    }
  };
  auto useArgs = [&] {
    if (pre.empty()) useExprs(e->args);
  };
  auto argCount = [&](size_t min, size_t max) {
    if (n >= min && n <= max) return true;
    error(e->pos, std::string("invalid operation: ") + (n < min ? "not enough" : "too many") + " arguments for " +
                      exprString(e) + " (expected " + std::to_string(n < min ? min : max) + ", found " +
                      std::to_string(n) + ")");
    useArgs();
    return false;
  };
  switch (id) {
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    if (!argCount(1, 1)) return;
    Operand a;
    arg(a, 0, nullptr);
    if (a.invalid()) return;
    const Type *u = a.type->underlying();
    if (u->kind == Kind::Pointer && static_cast<const TPointer *>(u)->elem->underlying()->kind == Kind::Array)
      u = static_cast<const TPointer *>(u)->elem->underlying();
    bool ok = false, isConst = false;
    int64_t len = 0;
    switch (u->kind) {
    case Kind::String:
    case Kind::UntypedString:
      ok = id == BuiltinId::Len;
      if (a.mode == Mode::Constant) {
        isConst = true;
        len = int64_t(a.val.stringVal().size());
      }
      break;
    case Kind::Array:
      ok = true;
      if (!hasCallOrRecv(e->args[0])) {
        isConst = true;
        len = static_cast<const TArray *>(u)->len;
      }
      break;
    case Kind::Slice:
    case Kind::Chan: ok = true; break;
    case Kind::Map: ok = id == BuiltinId::Len; break;
    default: break;
    }
    if (!ok) {
      error(e->args[0]->pos, "invalid argument: " + describe(a) + " for " + name);
      return;
    }
    if (a.type->isUntyped()) convertUntyped(a, types::String);
    x.type = types::Int;
    x.mode = isConst ? Mode::Constant : Mode::Value;
    if (isConst) x.val = ConstVal::makeInt64(len);
    return;
  }
  case BuiltinId::Append: {
    if (n == 0) {
      error(e->pos, "invalid operation: not enough arguments for append() (expected 1, found 0)");
      return;
    }
    Operand s;
    arg(s, 0, nullptr);
    if (s.invalid()) {
      useArgs();
      return;
    }
    if (s.type->kind == Kind::UntypedNil) {
      error(e->args[0]->pos, "first argument to append must be a typed slice; found untyped nil");
      useArgs();
      return;
    }
    if (s.type->ukind() != Kind::Slice) {
      error(e->args[0]->pos, "first argument to append must be a slice; have " + describe(s));
      useArgs();
      return;
    }
    const Type *elem = static_cast<const TSlice *>(s.type->underlying())->elem;
    // types2 checks append as a call of func(S, ...E) S: the slice type and
    // its element as spelled (byte, rune) in its messages.
    const Type *shownS = s.shown && s.shown->ukind() == Kind::Slice ? s.shown : s.type;
    const Type *shownElem = static_cast<const TSlice *>(shownS->underlying())->elem;
    if (e->hasEllipsis) {
      if (n != 2) {
        std::vector<const Type *> have{shownS};
        for (size_t i = 1; i < n; i++) {
          Operand t;
          arg(t, i, nullptr);
          if (t.invalid()) return;
          have.push_back(t.shown ? t.shown : t.type);
        }
        error(n < 2 ? e->args[n - 1]->pos : e->args[2]->pos,
              std::string(n < 2 ? "not enough" : "too many") + " arguments in call to append\n\thave " +
                  typesSummary(have, false, pkg_) + "\n\twant " +
                  typesSummary({shownS, sliceOf(shownElem)}, true, pkg_));
        return;
      }
      Operand t;
      arg(t, 1, nullptr);
      if (t.invalid()) return;
      // append([]byte, string...)
      if (elem->ukind() == Kind::Uint8 && t.type->isString()) {
        if (t.type->isUntyped()) convertUntyped(t, types::String);
      } else {
        assignment(t, s.type->kind == Kind::Named ? sliceOf(elem) : s.type, "argument to append",
                   s.type->kind == Kind::Named ? sliceOf(shownElem) : shownS);
        if (t.invalid()) return;
      }
    } else {
      for (size_t i = 1; i < n; i++) {
        Operand t;
        arg(t, i, elem);
        assignment(t, elem, "argument to append", shownElem);
      }
    }
    x.mode = Mode::Value;
    x.type = s.type;
    return;
  }
  case BuiltinId::Copy: {
    if (!argCount(2, 2)) return;
    Operand d, s;
    arg(d, 0, nullptr);
    arg(s, 1, nullptr);
    if (d.invalid() || s.invalid()) return;
    const Type *du = d.type->underlying(), *su = s.type->underlying();
    bool ok =
        du->kind == Kind::Slice &&
        ((su->kind == Kind::Slice && static_cast<const TSlice *>(su)->elem == static_cast<const TSlice *>(du)->elem) ||
         (su->isString() && static_cast<const TSlice *>(du)->elem->ukind() == Kind::Uint8));
    if (!ok) {
      if (du->kind != Kind::Slice || (su->kind != Kind::Slice && !su->isString()))
        error(e->args[0]->pos,
              "invalid argument: copy expects slice arguments; found " + describe(d) + " and " + describe(s));
      else {
        // As types2: a string's elements are bytes; byte and rune as spelled.
        auto elemStr = [&](const Operand &o, const Type *u) {
          if (u->isString()) return str(byteAlias());
          const Type *sp = elemShown(o, u);
          return str(sp ? sp : static_cast<const TSlice *>(u)->elem);
        };
        error(e->args[0]->pos, "invalid argument: arguments to copy " + describe(d) + " and " + describe(s) +
                                   " have different element types " + elemStr(d, du) + " and " + elemStr(s, su));
      }
      return;
    }
    if (s.type->isUntyped()) convertUntyped(s, types::String);
    x.mode = Mode::Value;
    x.type = types::Int;
    return;
  }
  case BuiltinId::Delete: {
    if (!argCount(2, 2)) return;
    Operand m;
    arg(m, 0, nullptr);
    if (m.invalid()) {
      useArgs();
      return;
    }
    if (m.type->ukind() != Kind::Map) {
      error(e->args[0]->pos, "invalid argument: " + describe(m) + " is not a map");
      useArgs();
      return;
    }
    Operand k;
    arg(k, 1, static_cast<const TMap *>(m.type->underlying())->key);
    if (k.invalid()) return;
    assignment(k, static_cast<const TMap *>(m.type->underlying())->key, "argument to delete");
    x.mode = Mode::NoValue;
    x.type = tupleOf({});
    return;
  }
  case BuiltinId::Make: {
    if (n == 0) {
      error(e->pos, "invalid operation: not enough arguments for make() (expected 1, found 0)");
      return;
    }
    const Type *t = typExpr(e->args[0]);
    if (t == types::Invalid) {
      useArgs();
      return;
    }
    size_t min = 1, max = 1;
    switch (t->ukind()) {
    case Kind::Slice: min = 2, max = 3; break;
    case Kind::Map:
    case Kind::Chan: min = 1, max = 2; break;
    default:
      error(e->args[0]->pos,
            "invalid argument: cannot make " + exprString(e->args[0]) + "; type must be slice, map, or channel");
      useArgs();
      return;
    }
    if (n < min || n > max) {
      error(e->pos, "invalid operation: " + exprString(e) + " expects " + std::to_string(min) +
                        (max > min ? " or " + std::to_string(max) : "") + " arguments; found " + std::to_string(n));
      return;
    }
    int64_t sizes[2] = {-1, -1};
    for (size_t i = 1; i < n; i++) {
      Operand a;
      arg(a, i, nullptr);
      if (a.invalid()) continue;
      if (a.type->isUntyped() && a.mode == Mode::Constant) {
        if (!a.val.toInt().known()) {
          error(e->args[i]->pos, describe(a) + " truncated to int");
          continue;
        }
        convertUntyped(a, types::Int);
        if (a.invalid()) continue;
      }
      if (!a.type->isInteger()) {
        error(e->args[i]->pos, "cannot convert " + describe(a) + " to type int");
        continue;
      }
      if (a.mode == Mode::Constant) {
        int64_t v;
        if (!a.val.int64Val(v) || v < 0) {
          error(e->args[i]->pos, "invalid argument: index " + describe(a) + " must not be negative");
          continue;
        }
        sizes[i - 1] = v;
      }
    }
    if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1])
      error(e->args[1]->pos, "invalid argument: length and capacity swapped");
    x.mode = Mode::Value;
    x.type = t;
    return;
  }
  case BuiltinId::New: {
    if (!argCount(1, 1)) return;
    const Type *t = typExpr(e->args[0]);
    if (t == types::Invalid) return;
    x.mode = Mode::Value;
    x.type = pointerTo(t);
    return;
  }
  case BuiltinId::Panic: {
    if (!argCount(1, 1)) return;
    Operand a;
    arg(a, 0, nullptr);
    if (a.invalid()) return;
    assignment(a, types::EmptyIface, "argument to panic");
    x.mode = Mode::NoValue;
    x.type = tupleOf({});
    return;
  }
  case BuiltinId::Print:
  case BuiltinId::Println:
    for (size_t i = 0; i < n; i++) {
      Operand y;
      arg(y, i, nullptr);
      if (y.invalid()) continue;
      if (y.type->isUntyped()) {
        if (y.type->kind == Kind::UntypedNil) {
          error(y.expr->pos, "use of untyped nil in argument to built-in " + name);
          continue;
        }
        assignment(y, defaultType(y.type), "argument to " + name);
      }
    }
    x.mode = Mode::NoValue;
    x.type = tupleOf({});
    return;
  case BuiltinId::Recover:
    if (!argCount(0, 0)) return;
    if (func_) func_->callsRecover = true;
    x.mode = Mode::Value;
    x.type = types::EmptyIface;
    return;
  case BuiltinId::Close: {
    if (!argCount(1, 1)) return;
    Operand c;
    arg(c, 0, nullptr);
    if (c.invalid()) return;
    if (c.type->ukind() != Kind::Chan) {
      error(e->args[0]->pos, "invalid operation: cannot close non-channel " + describe(c));
      return;
    }
    if (static_cast<const TChan *>(c.type->underlying())->dir == ChanDir::Recv) {
      error(e->args[0]->pos, "invalid operation: cannot close receive-only channel " + describe(c));
      return;
    }
    x.mode = Mode::NoValue;
    x.type = tupleOf({});
    return;
  }
  case BuiltinId::Complex: {
    if (!argCount(2, 2)) return;
    Operand r, i;
    arg(r, 0, nullptr);
    arg(i, 1, nullptr);
    if (r.invalid() || i.invalid()) return;
    matchTypes(r, i);
    if (r.invalid() || i.invalid()) return;
    if (r.type->isUntyped() && i.type->isUntyped() && r.mode == Mode::Constant && i.mode == Mode::Constant) {
      if (!r.val.toFloat().known() || !i.val.toFloat().known()) {
        error(e->pos, "invalid operation: complex arguments must be real");
        return;
      }
      x.mode = Mode::Constant;
      x.type = types::UntypedComplex;
      x.val = ConstVal::makeComplex(r.val.ratVal(), i.val.ratVal());
      return;
    }
    if (r.type->isUntyped()) convertUntyped(r, types::Float64);
    if (i.type->isUntyped()) convertUntyped(i, r.type);
    if (r.invalid() || i.invalid()) return;
    if (r.type != i.type) {
      error(e->args[0]->pos,
            "invalid operation: " + exprString(e) + " (mismatched types " + str(r.type) + " and " + str(i.type) + ")");
      return;
    }
    Kind k = r.type->ukind();
    if (k != Kind::Float32 && k != Kind::Float64) {
      error(e->args[0]->pos, "invalid argument: arguments have type " + str(r.type) + ", expected floating-point");
      return;
    }
    x.type = k == Kind::Float32 ? types::Complex64 : types::Complex128;
    if (r.mode == Mode::Constant && i.mode == Mode::Constant) {
      x.mode = Mode::Constant;
      x.val = ConstVal::makeComplex(r.val.ratVal(), i.val.ratVal());
    } else {
      x.mode = Mode::Value;
    }
    return;
  }
  case BuiltinId::Real:
  case BuiltinId::Imag: {
    if (!argCount(1, 1)) return;
    Operand c;
    arg(c, 0, nullptr);
    if (c.invalid()) return;
    if (c.type->isUntyped() && c.mode == Mode::Constant) {
      ConstVal v = c.val.toComplex();
      x.mode = Mode::Constant;
      x.type = types::UntypedFloat;
      x.val = ConstVal::makeFloat(id == BuiltinId::Real ? v.real() : v.imag());
      return;
    }
    Kind k = c.type->ukind();
    if (k != Kind::Complex64 && k != Kind::Complex128) {
      error(e->args[0]->pos, "invalid argument: " + describe(c) + " must be of complex type");
      return;
    }
    x.type = k == Kind::Complex64 ? types::Float32 : types::Float64;
    if (c.mode == Mode::Constant) {
      x.mode = Mode::Constant;
      x.val = ConstVal::makeFloat(id == BuiltinId::Real ? c.val.real() : c.val.imag());
    } else {
      x.mode = Mode::Value;
    }
    return;
  }
  }
}

// ---- Selectors ------------------------------------------------------------------------

void Checker::selector(Operand &x, SelectorExpr *e, bool wantType) {
  auto *sel = new Selection();
  e->info = sel;
  Name name = e->sel->name;
  x.expr = e;
  // pkg.Name
  if (e->x->kind == NodeKind::Ident) {
    auto *id = e->x->as<Ident>();
    Object *o = nullptr;
    for (Scope *s = scope_; s; s = s->parent)
      if ((o = s->lookup(id->name))) break;
    if (o && o->kind == ObjKind::PkgName) {
      auto *pn = o->as<PkgName>();
      pn->used = true;
      id->obj = pn;
      sel->kind = Selection::PkgMember;
      Object *m = pn->imported->scope->lookup(name);
      if (!m || !m->exported()) {
        if (m && !m->exported())
          error(e->sel->pos, "name " + name.str() + " not exported by package " + pn->imported->name.str());
        else
          error(e->sel->pos, "undefined: " + id->name.str() + "." + name.str());
        x.mode = Mode::Invalid;
        return;
      }
      e->sel->obj = m;
      resolve(m);
      switch (m->kind) {
      case ObjKind::Const:
        x.mode = Mode::Constant;
        x.type = m->type;
        x.val = m->as<Const>()->val;
        break;
      case ObjKind::TypeName:
        x.mode = Mode::TypeExpr;
        x.type = m->type;
        break;
      case ObjKind::Var:
        x.mode = Mode::Variable;
        x.type = m->type;
        m->as<Var>()->used = true;
        break;
      case ObjKind::Func:
        x.mode = Mode::Value;
        x.type = m->type;
        x.shown = m->as<Func>()->shown;
        break;
      default: x.mode = Mode::Invalid;
      }
      if (!x.type) x.mode = Mode::Invalid;
      return;
    }
  }
  exprOrType(x, e->x);
  if (x.invalid()) return;
  if (x.mode == Mode::TypeExpr) {
    // A method expression T.M or (*T).M: a function taking the receiver first.
    const Type *t = x.type;
    Lookup l = lookupFieldOrMethod(t, name);
    if (l.kind != Lookup::Method) {
      error(e->sel->pos, exprString(e) + " undefined (type " + str(t) + " has no method " + name.str() + ")");
      x.mode = Mode::Invalid;
      return;
    }
    const TFunc *msig = l.method ? static_cast<const TFunc *>(l.method->type) : l.imethod->sig;
    if (l.method && l.ptrRecv && t->kind != Kind::Pointer && !l.indirect) {
      error(e->sel->pos, "cannot call pointer method " + name.str() + " on " + str(t));
      x.mode = Mode::Invalid;
      return;
    }
    std::vector<const Type *> params{t};
    params.insert(params.end(), msig->params.begin(), msig->params.end());
    sel->kind = Selection::MethodExpr;
    if (l.method) recordUse(l.method);
    sel->path = l.path;
    sel->derefs = l.derefs;
    sel->method = l.method;
    sel->iface = l.iface;
    sel->ptrRecv = l.ptrRecv;
    sel->recv = l.recv;
    x.mode = Mode::Value;
    x.type = funcOf(params, msig->results, msig->variadic);
    return;
  }
  if (x.mode == Mode::Builtin || x.mode == Mode::NoValue) {
    error(e->x->pos,
          exprString(e->x) + (x.mode == Mode::Builtin ? " (built-in) must be called" : " (no value) used as value"));
    x.mode = Mode::Invalid;
    return;
  }
  singleValue(x);
  if (x.invalid()) return;
  if (x.type->kind == Kind::UntypedNil) {
    error(e->pos, "invalid operation: " + exprString(e) + " (use of untyped nil)");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.type->isUntyped()) convertUntyped(x, defaultType(x.type));
  Lookup l = lookupFieldOrMethod(x.type, name);
  if (l.kind == Lookup::Ambiguous) {
    error(e->sel->pos, "ambiguous selector " + exprString(e));
    x.mode = Mode::Invalid;
    return;
  }
  if (l.kind == Lookup::NotFound) {
    std::string t = str(x.type);
    const Type *u = x.type->underlying();
    if (u->kind == Kind::Pointer && static_cast<const TPointer *>(u)->elem->isInterface()) {
      error(e->sel->pos, exprString(e) + " undefined (type " + t + " is pointer to interface, not interface)");
    } else {
      // gc hints at a field or method spelled with the other case.
      std::string alt = name.str();
      alt[0] = char(std::isupper(static_cast<unsigned char>(alt[0])) ? std::tolower(alt[0]) : std::toupper(alt[0]));
      Lookup l2 = lookupFieldOrMethod(x.type, intern(alt));
      std::string hint;
      if (l2.kind == Lookup::Field)
        hint = ", but does have " + alt;
      else if (l2.kind == Lookup::Method)
        hint = ", but does have " + alt;
      error(e->sel->pos,
            exprString(e) + " undefined (type " + t + " has no field or method " + name.str() + hint + ")");
    }
    x.mode = Mode::Invalid;
    return;
  }
  sel->path = l.path;
  sel->derefs = l.derefs;
  sel->recv = l.recv;
  bool isPtr = x.type->ukind() == Kind::Pointer;
  if (l.kind == Lookup::Field) {
    sel->kind = Selection::Field;
    // Through a pointer (x itself or an embedded one), the field is addressable.
    bool viaPtr = isPtr;
    for (bool d : l.derefs)
      if (d) viaPtr = true;
    if (x.mode != Mode::Variable && !viaPtr)
      x.mode = Mode::Value;
    else
      x.mode = Mode::Variable;
    x.type = l.fieldType;
    x.shown = l.fieldShown;
    return;
  }
  sel->kind = Selection::Method;
  if (l.method) recordUse(l.method);
  sel->method = l.method;
  sel->iface = l.iface;
  sel->ptrRecv = l.ptrRecv;
  const TFunc *msig;
  if (l.method) {
    msig = static_cast<const TFunc *>(l.method->type);
    if (l.ptrRecv && !isPtr && !l.indirect) {
      if (x.mode != Mode::Variable) {
        error(e->sel->pos, "cannot call pointer method " + name.str() + " on " + str(x.type));
        x.mode = Mode::Invalid;
        return;
      }
      markEscape(e->x); // x.M() takes &x
    }
  } else {
    msig = l.imethod->sig;
  }
  x.mode = Mode::Value;
  x.type = msig;
  x.shown = l.method ? l.method->shown : l.imethod->shown;
}

} // namespace goterp
