// Type expressions, field and method lookup, interface satisfaction,
// assignability, convertibility and representability.
#include "interp/ast_print.h"
#include "interp/check.h"

namespace goterp {

Name embeddedName(Expr *typ) {
  if (typ->kind == NodeKind::StarExpr) typ = typ->as<StarExpr>()->x;
  if (typ->kind == NodeKind::SelectorExpr) return typ->as<SelectorExpr>()->sel->name;
  if (typ->kind == NodeKind::Ident) return typ->as<Ident>()->name;
  return intern("?");
}

const Type *Checker::typExpr(Expr *e) {
  const Type *t = typInternal(e, nullptr);
  e->type = t;
  return t;
}

const Type *Checker::varType(Expr *e) { return typExpr(e); }

// A type expression behind a pointer, slice or channel.
const Type *Checker::typIndirect(Expr *e) {
  indirect_ = true;
  const Type *t = typExpr(e);
  indirect_ = false;
  return t;
}

// A by-value use of a named type whose underlying type is still being
// resolved: the type contains itself. Returns that named type.
static const TNamed *incomplete(const Type *t) {
  if (t->kind == Kind::Named) return static_cast<const TNamed *>(t)->under ? nullptr : static_cast<const TNamed *>(t);
  if (t->kind == Kind::Array) return incomplete(static_cast<const TArray *>(t)->elem);
  return nullptr;
}

// Reports the cycle of type declarations that leads back to t, once, as
// gc does: from the one declared first, each referring to the next.
void Checker::cycleError(const TNamed *t) {
  auto it = std::find(typePath_.begin(), typePath_.end(), t->obj);
  if (it == typePath_.end() || !cycleReported_.insert(t->obj).second) return;
  std::vector<TypeName *> cycle(it, typePath_.end());
  size_t i = 0;
  for (size_t k = 1; k < cycle.size(); k++)
    if (cycle[k]->pos < cycle[i]->pos) i = k;
  TypeName *first = cycle[i];
  std::string msg = "invalid recursive type " + first->name.str();
  for (size_t n = 0; n < cycle.size(); n++) {
    msg += "\n\t" + where(cycle[i]->pos) + ": " + cycle[i]->name.str() + " refers to";
    i = (i + 1) % cycle.size();
  }
  msg += "\n\t" + where(cycle[i]->pos) + ": " + cycle[i]->name.str();
  error(first->pos, msg);
}

const Type *Checker::typInternal(Expr *e, TNamed *def) {
  bool indirect = indirect_;
  indirect_ = false;
  switch (e->kind) {
  case NodeKind::Ident: {
    auto *id = e->as<Ident>();
    if (id->name.isBlank()) {
      error(e->pos, "cannot use _ as value or type");
      return types::Invalid;
    }
    Operand x;
    deferType_ = indirect;
    ident(x, id, true);
    deferType_ = false;
    if (x.mode == Mode::TypeExpr) return x.type;
    if (x.invalid()) return types::Invalid;
    error(e->pos, describe(x) + " is not a type");
    return types::Invalid;
  }
  case NodeKind::SelectorExpr: {
    Operand x;
    selector(x, e->as<SelectorExpr>(), true);
    if (x.mode == Mode::TypeExpr) return x.type;
    if (!x.invalid()) error(e->pos, describe(x) + " is not a type");
    return types::Invalid;
  }
  case NodeKind::ParenExpr: indirect_ = indirect; return typInternal(e->as<ParenExpr>()->x, def);
  case NodeKind::StarExpr: {
    const Type *elem = typIndirect(e->as<StarExpr>()->x);
    if (elem == types::Invalid) return types::Invalid;
    return pointerTo(elem);
  }
  case NodeKind::ArrayType: {
    auto *at = e->as<ArrayType>();
    if (!at->len) {
      const Type *elem = typIndirect(at->elt);
      return elem == types::Invalid ? types::Invalid : sliceOf(elem);
    }
    if (at->len->kind == NodeKind::Ellipsis) {
      error(at->len->pos, "invalid use of [...] array (outside a composite literal)");
      typExpr(at->elt);
      return types::Invalid;
    }
    int64_t n = arrayLength(at->len);
    const Type *elem = typExpr(at->elt);
    if (elem == types::Invalid || n < 0) return types::Invalid;
    if (const TNamed *cyc = incomplete(elem)) cycleError(cyc);
    return arrayOf(elem, n);
  }
  case NodeKind::MapType: {
    auto *mt = e->as<MapType>();
    const Type *k = typExpr(mt->key);
    const Type *v = typExpr(mt->value);
    if (k == types::Invalid || v == types::Invalid) return types::Invalid;
    if (!incomplete(k) && !comparable(k)) {
      error(mt->key->pos, "invalid map key type " + str(k));
      return types::Invalid;
    }
    return mapOf(k, v);
  }
  case NodeKind::ChanType: {
    auto *ct = e->as<ChanType>();
    const Type *elem = typIndirect(ct->value);
    return elem == types::Invalid ? types::Invalid : chanOf(elem, ct->dir);
  }
  case NodeKind::FuncType: return signature(e->as<FuncType>(), nullptr, nullptr);
  case NodeKind::StructType: {
    auto *st = e->as<StructType>();
    std::vector<StructField> fields;
    Scope names(nullptr);
    bool bad = false;
    for (Field *f : st->fields) {
      const Type *t = typExpr(f->typ);
      if (t == types::Invalid) bad = true;
      if (const TNamed *cyc = incomplete(t)) cycleError(cyc);
      std::string tag = f->tag ? std::string(f->tag->value) : "";
      auto addField = [&](Name n, Pos p, bool embedded) {
        StructField sf;
        sf.name = n;
        sf.type = t;
        sf.embedded = embedded;
        sf.tag = tag;
        sf.pkg = pkg_;
        if (!n.isBlank()) {
          auto *dummy = new Var(n, p, t);
          if (Object *prev = names.insert(dummy)) error(p, n.str() + " redeclared" + otherDecl(prev));
        }
        fields.push_back(sf);
      };
      if (f->names.empty()) {
        // Embedded: T, *T, pkg.T or *pkg.T; the field is named after T.
        Name n = embeddedName(f->typ);
        const Type *base = t->kind == Kind::Pointer ? static_cast<const TPointer *>(t)->elem : t;
        if (t->kind == Kind::Pointer && base->isInterface())
          error(f->typ->pos, "embedded field type cannot be a pointer to an interface");
        else if (t->kind == Kind::Pointer && base->isPointer())
          error(f->typ->pos, "embedded field type cannot be a pointer");
        addField(n, f->typ->pos, true);
      } else {
        for (Ident *id : f->names) addField(id->name, id->pos, false);
      }
    }
    if (bad) return types::Invalid;
    std::vector<const Type *> shown;
    for (Field *f : st->fields) shown.insert(shown.end(), f->names.empty() ? 1 : f->names.size(), spelled(f->typ));
    const Type *res = structOf(std::move(fields));
    for (size_t i = 0; i < shown.size(); i++)
      if (shown[i]) shownFields_[{static_cast<const TStruct *>(res), i}] = shown[i];
    return res;
  }
  case NodeKind::InterfaceType: {
    auto *it = e->as<InterfaceType>();
    // As types2's computeInterfaceTypeSet: the explicit methods first, a
    // second one of a name an error; then the embedded interfaces' (at the
    // embedding), where a same name is an error only with another
    // signature. Each error points at the first declaration too.
    std::vector<IfaceMethod> methods;
    std::vector<Pos> mpos;
    auto dupError = [&](Pos p, Name n, size_t other) {
      error(p, "duplicate method " + n.str() + "\n\t" + where(mpos[other]) + ": other declaration of " + n.str());
    };
    auto find = [&](Name n) -> size_t {
      for (size_t i = 0; i < methods.size(); i++)
        if (methods[i].name == n) return i;
      return SIZE_MAX;
    };
    for (Field *f : it->methods) {
      if (f->names.empty()) continue;
      const TFunc *sig = signature(f->typ->as<FuncType>(), nullptr, nullptr);
      Ident *id = f->names[0];
      if (id->name.isBlank()) {
        error(id->pos, "methods must have a unique non-blank name");
        continue;
      }
      if (size_t o = find(id->name); o != SIZE_MAX) {
        dupError(id->pos, id->name, o);
        continue;
      }
      methods.push_back(IfaceMethod{id->name, sig, pkg_, shownSig(f->typ->as<FuncType>())});
      mpos.push_back(id->pos);
    }
    for (Field *f : it->methods) {
      if (!f->names.empty()) continue;
      const Type *t = typExpr(f->typ);
      if (t == types::Invalid) continue;
      if (const TNamed *cyc = incomplete(t)) {
        cycleError(cyc);
        continue;
      }
      if (!t->isInterface()) {
        error(f->typ->pos, "cannot use " + str(t) + " as interface: it is not an interface");
        continue;
      }
      for (const IfaceMethod &m : static_cast<const TInterface *>(t->underlying())->methods) {
        size_t o = find(m.name);
        if (o == SIZE_MAX) {
          methods.push_back(m);
          mpos.push_back(f->typ->pos);
        } else if (methods[o].sig != m.sig) {
          dupError(f->typ->pos, m.name, o);
        }
      }
    }
    return interfaceOf(std::move(methods));
  }
  case NodeKind::Ellipsis: error(e->pos, "invalid use of ..."); return types::Invalid;
  default: error(e->pos, exprString(e) + " is not a type"); return types::Invalid;
  }
}

// An array type's length, -1 after an error: types2's arrayLength, which
// looks at a lone name first (it may be a type parameter's constraint
// written by mistake) without using it, then wants an integer constant
// representable as an int.
int64_t Checker::arrayLength(Expr *e) {
  if (e->kind == NodeKind::Ident) {
    Name name = e->as<Ident>()->name;
    Object *obj = nullptr;
    for (Scope *s = scope_; s && !obj; s = s->parent) obj = s->lookup(name);
    if (!obj) {
      error(e->pos, "undeclared name " + name.str() + " for array length");
      return -1;
    }
    if (obj->kind != ObjKind::Const) {
      error(e->pos, "invalid array length " + name.str());
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.invalid()) return -1;
  if (x.mode != Mode::Constant) {
    error(e->pos, "array length " + describe(x) + " must be constant");
    return -1;
  }
  if (x.type->isUntyped() || x.type->isInteger()) {
    ConstVal v = x.val.toInt();
    int64_t n;
    if (v.known() && v.int64Val(n)) {
      if (n >= 0) return n;
      error(e->pos, "invalid array length " + describe(x));
      return -1;
    }
  }
  error(e->pos, "array length " + describe(x) + " must be integer");
  return -1;
}

// ---- Lookup ------------------------------------------------------------------

// Fields and methods by name, breadth-first through embedded fields (the
// spec's depth rule): the shallowest match wins, two at the same depth are
// ambiguous.
Checker::Lookup Checker::lookupFieldOrMethod(const Type *t, Name name) {
  Lookup r;
  if (name.isBlank()) return r;
  struct Entry {
    const Type *type;
    std::vector<int> path;
    std::vector<bool> derefs;
    bool indirect;
  };
  bool startPtr = false;
  bool fieldsOnly = false;
  const Type *start = t;
  if (t->ukind() == Kind::Pointer && static_cast<const TPointer *>(t->underlying())->elem->isInterface())
    return r; // a pointer to an interface has no methods (nor fields)
  if (t->kind == Kind::Pointer) {
    const Type *e = static_cast<const TPointer *>(t)->elem;
    if (e->kind == Kind::Named || e->ukind() == Kind::Struct) {
      start = e;
      startPtr = true;
    }
  } else if (t->kind == Kind::Named && t->ukind() == Kind::Pointer) {
    // A defined pointer type: x.f is (*x).f for fields, but it has no methods.
    start = static_cast<const TPointer *>(t->underlying())->elem;
    startPtr = true;
    fieldsOnly = true;
  }
  // Unexported names of other packages are not visible here.
  bool exported = name.s[0] >= 'A' && name.s[0] <= 'Z';
  auto visible = [&](const Package *p) { return exported || !p || p == pkg_; };
  std::vector<Entry> current{{start, {}, {}, startPtr}};
  std::set<const Type *> seen;
  while (!current.empty()) {
    std::vector<Entry> next;
    int found = 0;
    Lookup hit;
    for (Entry &en : current) {
      const Type *typ = en.type;
      if (typ->kind == Kind::Named) {
        if (!seen.insert(typ).second) continue;
        auto *named = static_cast<const TNamed *>(typ);
        if (named->obj->pkg) resolve(named->obj);
        const Method *m = fieldsOnly ? nullptr : named->lookupMethod(name);
        if (m && visible(m->func->pkg)) {
          found++;
          hit = Lookup();
          hit.kind = Lookup::Method;
          hit.path = en.path;
          hit.derefs = en.derefs;
          hit.method = m->func;
          resolve(m->func); // every caller reads the method's signature
          hit.ptrRecv = m->ptrRecv;
          hit.indirect = en.indirect;
          hit.recv = typ;
          continue;
        }
      }
      const Type *u = typ->underlying();
      if (u->kind == Kind::Struct) {
        auto *st = static_cast<const TStruct *>(u);
        for (size_t i = 0; i < st->fields.size(); i++) {
          const StructField &f = st->fields[i];
          if (f.name == name && visible(f.pkg)) {
            found++;
            hit = Lookup();
            hit.kind = Lookup::Field;
            hit.path = en.path;
            hit.path.push_back(int(i));
            hit.derefs = en.derefs;
            hit.derefs.push_back(false);
            hit.field = &f;
            hit.fieldType = f.type;
            hit.fieldShown = shownField(st, i);
            hit.indirect = en.indirect;
            hit.recv = typ;
            continue;
          }
          if (f.embedded) {
            const Type *ft = f.type;
            bool ptr = false;
            if (ft->kind == Kind::Pointer) {
              ft = static_cast<const TPointer *>(ft)->elem;
              ptr = true;
            }
            Entry e2{ft, en.path, en.derefs, en.indirect || ptr};
            e2.path.push_back(int(i));
            e2.derefs.push_back(false);
            if (ptr) e2.derefs.back() = true;
            next.push_back(e2);
          }
        }
      } else if (u->kind == Kind::Interface) {
        auto *it = static_cast<const TInterface *>(u);
        const IfaceMethod *m = it->lookup(name);
        if (m && visible(m->pkg)) {
          found++;
          hit = Lookup();
          hit.kind = Lookup::Method;
          hit.path = en.path;
          hit.derefs = en.derefs;
          hit.iface = it;
          hit.imethod = m;
          hit.indirect = en.indirect;
          hit.recv = typ;
        }
      }
    }
    if (found == 1) return hit;
    if (found > 1) {
      r.kind = Lookup::Ambiguous;
      return r;
    }
    current = std::move(next);
  }
  return r;
}

// A method of t (or *t) whose name equals name but for case.
static Func *methodFold(const Type *t, Name name) {
  if (t->kind == Kind::Pointer) t = static_cast<const TPointer *>(t)->elem;
  if (t->kind != Kind::Named) return nullptr;
  std::string want = name.str();
  for (const Method &m : static_cast<const TNamed *>(t)->methods) {
    std::string n = m.func->name.str();
    if (n.size() == want.size() && std::equal(n.begin(), n.end(), want.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        }))
      return m.func;
  }
  return nullptr;
}

// A method's signature as gc prints it after the name, with parameter names.
std::string Checker::funcSig(Func *f) { return typeString(f->shown ? f->shown : f->type, pkg_).substr(4); }

static const TFunc *shownOrSig(const IfaceMethod &m) { return m.shown ? m.shown : m.sig; }

// m's signature as the declaration of the interface type ifaceT spells it.
// Identical interface types are one object, whose methods keep the spelling
// of the first declaration seen (io.Reader's (n int, err error) for a
// local Reader's (int, error)), so a local named one is read from its
// syntax.
const TFunc *Checker::ifaceMethodShown(const Type *ifaceT, const IfaceMethod &m) {
  if (!ifaceT || ifaceT->kind != Kind::Named) return shownOrSig(m);
  TypeName *tn = static_cast<const TNamed *>(ifaceT)->obj;
  if (tn->pkg != pkg_ || !tn->decl || tn->decl->kind != NodeKind::TypeSpec) return shownOrSig(m);
  Expr *t = tn->decl->as<TypeSpec>()->typ;
  while (t->kind == NodeKind::ParenExpr) t = t->as<ParenExpr>()->x;
  if (t->kind != NodeKind::InterfaceType) return shownOrSig(m);
  for (Field *f : t->as<InterfaceType>()->methods)
    if (!f->names.empty() && f->names[0]->name == m.name) {
      const TFunc *sp = shownSig(f->typ->as<FuncType>());
      return sp ? sp : m.sig;
    }
  return shownOrSig(m); // from an embedded interface
}

// Whether t's method set has every method of iface. why gets gc's reason:
// "(missing M method)", "(M method has pointer receiver)", "(wrong type
// for M method)\n\t\thave ...\n\t\twant ...".
bool Checker::implements(const Type *t, const TInterface *iface, std::string *why, const Type *ifaceT) {
  if (t->isInterface()) {
    auto *ti = static_cast<const TInterface *>(t->underlying());
    for (const IfaceMethod &m : iface->methods) {
      const IfaceMethod *tm = ti->lookup(m.name);
      if (!tm) {
        if (why) *why = "(missing " + m.name.str() + " method)";
        return false;
      }
      if (tm->sig != m.sig) {
        if (why)
          *why = "(wrong type for " + m.name.str() + " method)\n\t\thave " + m.name.str() +
                 typeString(ifaceMethodShown(t, *tm), pkg_).substr(4) + "\n\t\twant " + m.name.str() +
                 typeString(ifaceMethodShown(ifaceT, m), pkg_).substr(4);
        return false;
      }
    }
    return true;
  }
  // A pointer to an interface has no methods at all; gc says why.
  if (!iface->methods.empty() && t->ukind() == Kind::Pointer &&
      static_cast<const TPointer *>(t->underlying())->elem->isInterface()) {
    if (why) *why = "(type " + str(t) + " is pointer to interface, not interface)";
    return false;
  }
  for (const IfaceMethod &m : iface->methods) {
    Lookup l = lookupFieldOrMethod(t, m.name);
    if (l.kind != Lookup::Method) {
      if (why) {
        *why = "(missing " + m.name.str() + " method)";
        // gc shows a method whose name differs only in case.
        if (Func *alt = methodFold(t, m.name)) {
          resolve(alt);
          *why += "\n\t\thave " + alt->name.str() + funcSig(alt) + "\n\t\twant " + m.name.str() +
                  typeString(ifaceMethodShown(ifaceT, m), pkg_).substr(4);
        }
      }
      return false;
    }
    const TFunc *sig = l.method ? static_cast<const TFunc *>(l.method->type) : l.imethod->sig;
    if (sig != m.sig) {
      if (why) {
        std::string have = l.method ? funcSig(l.method) : typeString(shownOrSig(*l.imethod), pkg_).substr(4);
        *why = "(wrong type for " + m.name.str() + " method)\n\t\thave " + m.name.str() + have + "\n\t\twant " +
               m.name.str() + typeString(ifaceMethodShown(ifaceT, m), pkg_).substr(4);
      }
      return false;
    }
    // A method with a pointer receiver is in the method set of *T only,
    // unless it was reached through an embedded pointer.
    bool isPtr = t->kind == Kind::Pointer;
    if (l.method && l.ptrRecv && !isPtr && !l.indirect) {
      if (why) *why = "(" + m.name.str() + " method has pointer receiver)";
      return false;
    }
  }
  return true;
}

bool Checker::assignableTo(Operand &x, const Type *t, std::string *why, const Type *shownT) {
  const Type *v = x.type;
  if (!v || t == types::Invalid || v == types::Invalid) return true; // errors already reported
  if (v == t) return true;
  const Type *vu = v->underlying(), *tu = t->underlying();
  if (v->isUntyped()) {
    if (v->kind == Kind::UntypedNil) {
      switch (tu->kind) {
      case Kind::Pointer:
      case Kind::Func:
      case Kind::Slice:
      case Kind::Map:
      case Kind::Chan:
      case Kind::Interface:
      case Kind::UnsafePointer: return true;
      default: return false;
      }
    }
    if (tu->kind == Kind::Interface) {
      // An untyped value goes into an interface as its default type.
      Operand d = x;
      d.type = defaultType(v);
      return assignableTo(d, t, why, shownT);
    }
    if (!tu->isBasic()) return false;
    if (x.mode == Mode::Constant) return representable(x, t, nullptr, nullptr);
    // Untyped non-constant booleans (comparisons) and shifted constants.
    if (v->kind == Kind::UntypedBool) return tu->isBoolean();
    return tu->isNumeric() && v->isNumeric();
  }
  // Identical underlying types and one of them not named (predeclared
  // types have names).
  auto named = [](const Type *x) { return x->kind == Kind::Named || x->isBasic(); };
  if (vu == tu && (!named(v) || !named(t))) return true;
  if (tu->kind == Kind::Interface) {
    std::string reason;
    if (implements(v, static_cast<const TInterface *>(tu), &reason, t)) return true;
    if (why)
      *why = str(v) + " does not implement " + str(shownT && shownT->kind == t->kind ? shownT : t) + " " + reason;
    return false;
  }
  // An interface value where a type that implements it is wanted: types2
  // hints at the missing assertion.
  if (vu->kind == Kind::Interface && implements(t, static_cast<const TInterface *>(vu), nullptr, v)) {
    if (why) *why = "need type assertion";
    return false;
  }
  // A bidirectional channel to a channel type of the same element.
  if (vu->kind == Kind::Chan && tu->kind == Kind::Chan) {
    auto *vc = static_cast<const TChan *>(vu), *tc = static_cast<const TChan *>(tu);
    if (vc->dir == ChanDir::Both && vc->elem == tc->elem && (!named(v) || !named(t))) return true;
  }
  return false;
}

// Whether constant x fits type t; for floats and complex, *rounded gets the
// value rounded to t's precision. why gets "(overflows)" or "(truncated)".
bool Checker::representable(Operand &x, const Type *t, std::string *why, ConstVal *rounded) {
  const Type *u = t->underlying();
  const ConstVal &v = x.val;
  if (rounded) *rounded = v;
  if (!v.known()) return true;
  switch (u->kind) {
  case Kind::Bool:
  case Kind::UntypedBool: return v.kind() == ConstVal::Bool;
  case Kind::String:
  case Kind::UntypedString: return v.kind() == ConstVal::String;
  default: break;
  }
  if (!u->isNumeric() || !v.isNumeric()) return false;
  if (u->isInteger()) {
    ConstVal i = v.toInt();
    if (!i.known()) {
      if (why) *why = "(truncated)";
      return false;
    }
    if (rounded) *rounded = i;
    if (u->kind == Kind::UntypedInt || u->kind == Kind::UntypedRune) return true;
    const BigInt &n = i.intVal();
    unsigned bits = u->size * 8;
    bool ok;
    if (u->isUnsigned())
      ok = n >= 0 && n < (BigInt(1) << bits);
    else
      ok = n >= -(BigInt(1) << (bits - 1)) && n < (BigInt(1) << (bits - 1));
    // types2 calls any float that does not become the integer truncated.
    if (!ok && why) *why = x.type->isInteger() ? "(overflows)" : "(truncated)";
    return ok;
  }
  if (u->isFloat()) {
    ConstVal f = v.toFloat();
    if (!f.known()) {
      if (why) *why = "(truncated)";
      return false;
    }
    if (u->kind == Kind::UntypedFloat) {
      if (rounded) *rounded = f;
      return true;
    }
    bool ok;
    if (u->kind == Kind::Float32) {
      float out;
      ok = f.float32Val(out);
      if (ok && rounded) *rounded = ConstVal::makeFloat64(double(out));
    } else {
      double out;
      ok = f.float64Val(out);
      if (ok && rounded) *rounded = ConstVal::makeFloat64(out);
    }
    if (!ok && why) *why = "(overflows)";
    return ok;
  }
  ConstVal c = v.toComplex();
  if (u->kind == Kind::UntypedComplex) {
    if (rounded) *rounded = c;
    return true;
  }
  bool of1, of2;
  if (u->kind == Kind::Complex64) {
    float re = ratToFloat(c.real(), of1), im = ratToFloat(c.imag(), of2);
    if (rounded && !of1 && !of2)
      *rounded = ConstVal::makeComplex(ConstVal::makeFloat64(re).ratVal(), ConstVal::makeFloat64(im).ratVal());
  } else {
    double re = ratToDouble(c.real(), of1), im = ratToDouble(c.imag(), of2);
    if (rounded && !of1 && !of2)
      *rounded = ConstVal::makeComplex(ConstVal::makeFloat64(re).ratVal(), ConstVal::makeFloat64(im).ratVal());
  }
  if ((of1 || of2) && why) *why = "(overflows)";
  return !of1 && !of2;
}

// Type identity with struct tags ignored, at any depth, as conversions want
// it (types are interned with their tags, so == would see them).
static bool identicalIgnoreTags(const Type *a, const Type *b) {
  if (a == b) return true;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
  case Kind::Struct: {
    auto *x = static_cast<const TStruct *>(a), *y = static_cast<const TStruct *>(b);
    if (x->fields.size() != y->fields.size()) return false;
    for (size_t i = 0; i < x->fields.size(); i++) {
      const StructField &f = x->fields[i], &g = y->fields[i];
      if (f.name != g.name || f.embedded != g.embedded || (!f.exported() && f.pkg != g.pkg) ||
          !identicalIgnoreTags(f.type, g.type))
        return false;
    }
    return true;
  }
  case Kind::Pointer:
    return identicalIgnoreTags(static_cast<const TPointer *>(a)->elem, static_cast<const TPointer *>(b)->elem);
  case Kind::Slice:
    return identicalIgnoreTags(static_cast<const TSlice *>(a)->elem, static_cast<const TSlice *>(b)->elem);
  case Kind::Array:
    return static_cast<const TArray *>(a)->len == static_cast<const TArray *>(b)->len &&
           identicalIgnoreTags(static_cast<const TArray *>(a)->elem, static_cast<const TArray *>(b)->elem);
  case Kind::Map:
    return identicalIgnoreTags(static_cast<const TMap *>(a)->key, static_cast<const TMap *>(b)->key) &&
           identicalIgnoreTags(static_cast<const TMap *>(a)->elem, static_cast<const TMap *>(b)->elem);
  case Kind::Chan:
    return static_cast<const TChan *>(a)->dir == static_cast<const TChan *>(b)->dir &&
           identicalIgnoreTags(static_cast<const TChan *>(a)->elem, static_cast<const TChan *>(b)->elem);
  case Kind::Func: {
    auto *x = static_cast<const TFunc *>(a), *y = static_cast<const TFunc *>(b);
    if (x->variadic != y->variadic || x->params.size() != y->params.size() || x->results.size() != y->results.size())
      return false;
    for (size_t i = 0; i < x->params.size(); i++)
      if (!identicalIgnoreTags(x->params[i], y->params[i])) return false;
    for (size_t i = 0; i < x->results.size(); i++)
      if (!identicalIgnoreTags(x->results[i], y->results[i])) return false;
    return true;
  }
  default: return false; // named types are identical only to themselves; interfaces: as interned
  }
}

bool Checker::convertibleTo(Operand &x, const Type *t) {
  if (assignableTo(x, t, nullptr)) return true;
  const Type *v = x.type;
  const Type *vu = v->underlying(), *tu = t->underlying();
  // Identical underlying types, struct tags ignored.
  if (identicalIgnoreTags(vu, tu)) return true;
  // Unnamed pointer types with identical base underlying types.
  if (v->kind == Kind::Pointer && t->kind == Kind::Pointer &&
      identicalIgnoreTags(static_cast<const TPointer *>(v)->elem->underlying(),
                          static_cast<const TPointer *>(t)->elem->underlying()))
    return true;
  if ((vu->isInteger() || vu->isFloat()) && (tu->isInteger() || tu->isFloat())) return true;
  if (vu->isComplex() && tu->isComplex()) return true;
  // Integers, byte and rune slices to strings; strings to byte and rune slices.
  if (tu->isString() && (vu->isInteger() || vu->isString())) return true;
  auto byteOrRuneSlice = [](const Type *s) {
    if (s->kind != Kind::Slice) return false;
    Kind k = static_cast<const TSlice *>(s)->elem->ukind();
    return k == Kind::Uint8 || k == Kind::Int32;
  };
  if (tu->isString() && byteOrRuneSlice(vu)) return true;
  if (vu->isString() && byteOrRuneSlice(tu)) return true;
  // Slice to array pointer (Go 1.17).
  if (vu->kind == Kind::Slice && tu->kind == Kind::Pointer) {
    const Type *ae = static_cast<const TPointer *>(tu)->elem->underlying();
    if (ae->kind == Kind::Array && static_cast<const TArray *>(ae)->elem == static_cast<const TSlice *>(vu)->elem)
      return true;
  }
  return false;
}

} // namespace goterp
