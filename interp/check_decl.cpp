// Packages and declarations: the universe, collecting a package's objects,
// resolving them lazily in dependency order, function signatures and
// bodies, unused variables and imports, and the order in which package-level
// variables are initialised.
#include <algorithm>
#include <queue>

#include "interp/ast_print.h"
#include "interp/ast_serial.h"
#include "interp/check.h"

namespace goterp {

// ---- The universe -----------------------------------------------------------

namespace {

Scope *makeUniverse() {
  auto *u = new Scope(nullptr);
  auto addType = [&](const char *name, const Type *t, bool alias = false) {
    auto *tn = new TypeName(intern(name), Pos{});
    tn->type = t;
    tn->alias = alias;
    tn->color = 2;
    u->insert(tn);
  };
  addType("bool", types::Bool);
  addType("int", types::Int);
  addType("int8", types::Int8);
  addType("int16", types::Int16);
  addType("int32", types::Int32);
  addType("int64", types::Int64);
  addType("uint", types::Uint);
  addType("uint8", types::Uint8);
  addType("uint16", types::Uint16);
  addType("uint32", types::Uint32);
  addType("uint64", types::Uint64);
  addType("uintptr", types::Uintptr);
  addType("float32", types::Float32);
  addType("float64", types::Float64);
  addType("complex64", types::Complex64);
  addType("complex128", types::Complex128);
  addType("string", types::String);
  addType("byte", types::Uint8, true);
  addType("rune", types::Int32, true);

  // type error interface { Error() string }
  auto *errName = new TypeName(intern("error"), Pos{});
  auto *err = new TNamed(errName);
  err->under = interfaceOf({IfaceMethod{intern("Error"), funcOf({}, {types::String}, false), nullptr}});
  completeNamed(err);
  errName->type = err;
  errName->color = 2;
  u->insert(errName);
  types::Error = err;
  types::EmptyIface = interfaceOf({});
  addType("any", types::EmptyIface, true);

  auto addConst = [&](const char *name, const Type *t, ConstVal v) {
    auto *c = new Const(intern(name), Pos{});
    c->type = t;
    c->val = v;
    c->color = 2;
    u->insert(c);
  };
  addConst("true", types::UntypedBool, ConstVal::makeBool(true));
  addConst("false", types::UntypedBool, ConstVal::makeBool(false));
  addConst("iota", types::UntypedInt, ConstVal::makeInt64(0));
  auto *nil = new Nil(intern("nil"));
  nil->type = types::UntypedNil;
  u->insert(nil);

  const std::pair<const char *, BuiltinId> builtins[] = {
      {"append", BuiltinId::Append},   {"cap", BuiltinId::Cap},     {"close", BuiltinId::Close},
      {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},   {"delete", BuiltinId::Delete},
      {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},     {"make", BuiltinId::Make},
      {"new", BuiltinId::New},         {"panic", BuiltinId::Panic}, {"print", BuiltinId::Print},
      {"println", BuiltinId::Println}, {"real", BuiltinId::Real},   {"recover", BuiltinId::Recover},
  };
  for (auto &[name, id] : builtins) {
    auto *b = new Builtin(intern(name), id);
    b->type = types::Invalid;
    u->insert(b);
  }
  return u;
}

} // namespace

Scope *Checker::universe() {
  static Scope *u = makeUniverse();
  return u;
}

bool Object::exported() const { return !name.empty() && name.s[0] >= 'A' && name.s[0] <= 'Z'; }

std::string Func::fullName() const {
  std::string pkgName = pkg ? std::string(pkg->name.s) : "";
  if (!recvType) return pkgName + "." + name.str();
  std::string t = recvType->obj->name.str();
  if (ptrRecv) return pkgName + ".(*" + t + ")." + name.str();
  return pkgName + "." + t + "." + name.str();
}

// ---- Errors -------------------------------------------------------------------

Checker::Checker(Diagnostics &diags, PackageLoader loader) : diags_(diags), loader_(std::move(loader)) { universe(); }

void Checker::error(Pos p, const std::string &msg) {
  if (errPos_.valid()) p = errPos_; // see constDecl
  diags_.error(file_ ? file_->filename : pkg_ ? pkg_->path : "", p, msg);
}

namespace {
const TBasic kByte(Kind::Uint8, "byte"), kRune(Kind::Int32, "rune");
} // namespace

// The empty interface as spelled any, for messages (see spelled).
static const TInterface *anyShown() {
  static TInterface *any = [] {
    auto *t = new TInterface();
    t->isAny = true;
    return t;
  }();
  return any;
}

const Type *byteAlias() { return &kByte; }
const Type *runeAlias() { return &kRune; }

const Type *Checker::spelled(Expr *e) {
  if (!e) return nullptr;
  switch (e->kind) {
  case NodeKind::FuncType: return shownSig(e->as<FuncType>());
  case NodeKind::InterfaceType: return shownIface(e->as<InterfaceType>());
  case NodeKind::ParenExpr: return spelled(e->as<ParenExpr>()->x);
  case NodeKind::StarExpr: {
    const Type *elem = spelled(e->as<StarExpr>()->x);
    return elem ? pointerTo(elem) : nullptr;
  }
  case NodeKind::ArrayType: {
    auto *at = e->as<ArrayType>();
    const Type *elem = spelled(at->elt);
    if (!elem) return nullptr;
    if (!at->len) return sliceOf(elem);
    if (!e->type || e->type->kind != Kind::Array) return nullptr;
    return arrayOf(elem, static_cast<const TArray *>(e->type)->len);
  }
  case NodeKind::MapType: {
    auto *mt = e->as<MapType>();
    const Type *k = spelled(mt->key), *v = spelled(mt->value);
    if (!k && !v) return nullptr;
    if (!mt->type || mt->type->kind != Kind::Map) return nullptr;
    auto *m = static_cast<const TMap *>(mt->type);
    return mapOf(k ? k : m->key, v ? v : m->elem);
  }
  default: break;
  }
  if (e->kind != NodeKind::Ident) return nullptr;
  Name n = e->as<Ident>()->name;
  if (n.s != "byte" && n.s != "rune" && n.s != "any") return nullptr;
  for (Scope *s = scope_; s; s = s->parent)
    if (s->lookup(n)) {
      if (s != universe()) return nullptr;
      return n.s == "byte" ? &kByte : n.s == "rune" ? &kRune : static_cast<const Type *>(anyShown());
    }
  return nullptr;
}

// The literal's own methods, sorted by name as types2 sorts them, then
// its embedded types; nullptr until the literal has been checked.
const TInterface *Checker::shownIface(InterfaceType *it) {
  if (!it->type || it->type->kind != Kind::Interface) return nullptr;
  auto found = shownIfaces_.find(it);
  if (found != shownIfaces_.end()) return found->second;
  auto *shown = new TInterface();
  shown->asDeclared = true;
  for (Field *f : it->methods) {
    if (f->names.empty()) {
      const Type *t = spelled(f->typ);
      shown->embedded.push_back(t ? t : f->typ->type ? f->typ->type : types::Invalid);
      continue;
    }
    auto *ft = f->typ->as<FuncType>();
    if (!ft->type) continue;
    shown->methods.push_back(IfaceMethod{f->names[0]->name, static_cast<const TFunc *>(ft->type), pkg_, shownSig(ft)});
  }
  std::stable_sort(shown->methods.begin(), shown->methods.end(),
                   [](const IfaceMethod &a, const IfaceMethod &b) { return a.name.s < b.name.s; });
  shownIfaces_[it] = shown;
  return shown;
}

const Type *Checker::shownElem(const Type *shown, const Type *u, bool key) {
  if (!shown || !u) return nullptr;
  // Through a pointer to an array, as indexing and ranging do.
  if (shown->kind == Kind::Pointer && u->kind == Kind::Pointer) {
    shown = static_cast<const TPointer *>(shown)->elem;
    u = static_cast<const TPointer *>(u)->elem->underlying();
  }
  if (shown->kind != u->kind) return nullptr;
  switch (shown->kind) {
  case Kind::Array: return static_cast<const TArray *>(shown)->elem;
  case Kind::Slice: return static_cast<const TSlice *>(shown)->elem;
  case Kind::Map: return key ? static_cast<const TMap *>(shown)->key : static_cast<const TMap *>(shown)->elem;
  default: return nullptr;
  }
}

const Type *Checker::elemShown(const Operand &x, const Type *u, bool key) const {
  if (x.type->kind != Kind::Named) return shownElem(x.shown, u, key);
  auto it = shownUnder_.find(static_cast<const TNamed *>(x.type));
  return it == shownUnder_.end() ? nullptr : shownElem(it->second, u, key);
}

std::string Checker::str(const Operand &x) const {
  if (x.shown && x.type && x.type->kind == x.shown->kind) return str(x.shown);
  return str(x.type);
}

// The operand as gc describes it in messages: "x (variable of type int)",
// "5 (untyped int constant)", "c (untyped int constant 300)", "f() (value of
// type string)".
std::string Checker::describe(const Operand &x) const {
  std::string e = x.expr ? exprString(x.expr) : "?";
  std::string what;
  switch (x.mode) {
  case Mode::Invalid: return e + " (invalid operand)";
  case Mode::NoValue: return e + " (no value)";
  case Mode::Builtin: return e + " (built-in)";
  case Mode::TypeExpr: return e + " (type)";
  case Mode::Constant: {
    what = "constant";
    std::string val = x.val.str();
    bool literal = val == e;
    std::string t = x.type->isUntyped() ? str(x.type) + " constant" : "constant of type " + str(x);
    if (!literal) t = x.type->isUntyped() ? str(x.type) + " constant " + val : "constant " + val + " of type " + str(x);
    return e + " (" + t + ")";
  }
  case Mode::Variable: what = "variable"; break;
  case Mode::MapIndex: what = "map index expression"; break;
  case Mode::CommaOk: what = "comma, ok expression"; break;
  default: what = "value"; break;
  }
  if (isNil(x)) return x.type->kind == Kind::UntypedNil ? "nil" : "nil (of type " + str(x.type) + ")";
  if (x.type && x.type->isUntyped()) return e + " (" + str(x.type) + " " + what + ")";
  return e + " (" + what + " of type " + (x.type ? str(x) : "?") + ")";
}

// ---- Packages -------------------------------------------------------------------

Package *Checker::checkPackage(const std::string &path, const std::vector<File *> &files, bool lazyBodies) {
  errorsAtStart_ = diags_.count();
  pkg_ = new Package();
  pkg_->path = path;
  pkg_->name = files.empty() ? intern(path) : files[0]->pkgName->name;
  pkg_->scope = new Scope(universe());
  pkg_->files = files;
  for (File *f : files) {
    file_ = f;
    if (f->pkgName->name != pkg_->name)
      error(f->pkgName->pos, "package " + f->pkgName->name.str() + "; expected package " + pkg_->name.str());
  }

  lazy_ = lazyBodies;
  collectObjects();
  // Resolve every package-level object, in source order; on demand, only
  // what initialisation runs.
  for (Object *o : pkgObjects_)
    if (!lazy_ || o->kind == ObjKind::Var || (o->kind == ObjKind::Func && o->name.s == "init")) objDecl(o);
  // Methods of types that were never resolved (no method sets needed them),
  // then receivers whose base type is not declared here: as in types2, the
  // method is still a function whose signature (its receiver reported
  // there) and body are checked, so the names it uses count as used. On
  // demand, methodDecls_ keeps the methods of the types not resolved yet
  // (a standard package has no orphans).
  if (!lazy_) {
    for (Object *o : pkgObjects_)
      if (o->kind == ObjKind::TypeName) collectMethods(o->as<TypeName>());
    for (auto &[name, decls] : methodDecls_)
      for (FuncDecl *fd : decls) orphanMethod(fd);
    methodDecls_.clear();
  }
  for (FuncDecl *fd : orphans_) orphanMethod(fd);
  orphans_.clear();

  // Function bodies, once every package-level declaration is known. The
  // list grows while bodies are checked (function literals, which are
  // checked where they appear, even in package-level initialisers).
  if (lazyBodies) {
    // Only what initialisers may call: init order needs their references.
    std::vector<Object *> work;
    for (Object *o : pkgObjects_)
      if (o->kind == ObjKind::Var) work.push_back(o);
    std::set<Object *> seen(work.begin(), work.end());
    while (!work.empty()) {
      Object *o = work.back();
      work.pop_back();
      if (o->kind == ObjKind::Func && o->as<Func>()->info) checkBody(o->as<Func>()->info);
      for (Object *d : deps_[o])
        if (seen.insert(d).second) work.push_back(d);
    }
  } else {
    for (size_t i = 0; i < funcs_.size(); i++) checkBody(funcs_[i]);
    unusedImports();
  }
  initOrder();
  // Without func main, gc compiles the package and the linker fails.
  if (path == "main" && diags_.count() == errorsAtStart_) {
    Object *m = pkg_->scope->lookup(intern("main"));
    if (!m || m->kind != ObjKind::Func)
      diags_.bareError("runtime.main_main·f: function main is undeclared in the main package");
  }
  pkg_->checked = true;
  if (diags_.count() > errorsAtStart_) return nullptr;
  return pkg_;
}

void Checker::declare(Scope *s, Object *o) {
  if (o->name.isBlank()) {
    o->parent = s;
    return;
  }
  if (Object *prev = s->insert(o)) error(o->pos, o->name.str() + " redeclared in this block" + otherDecl(prev));
}

// A position as gc prints it in the continuation lines of an error.
std::string Checker::where(Pos p) const {
  return (file_ ? file_->filename : std::string()) + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

// An object as gc describes it: "var x int", "const c untyped int".
std::string Checker::objectString(const Object *o) const {
  std::string t = o->type ? " " + str(o->type) : "";
  switch (o->kind) {
  case ObjKind::Var: return "var " + o->name.str() + t;
  case ObjKind::Const: return "const " + o->name.str() + t;
  case ObjKind::TypeName: return "type " + o->name.str() + (o->type ? " " + str(o->type->underlying()) : std::string());
  case ObjKind::Func: return "func " + o->name.str() + (o->type ? str(o->type).substr(4) : std::string());
  default: return o->name.str();
  }
}

std::string Checker::otherDecl(const Object *o) const {
  if (!o->pos.valid()) return "";
  return "\n\t" + where(o->pos) + ": other declaration of " + o->name.str();
}

// Package-level constants, variables and types may not be named init, or
// main in package main.
bool Checker::declarePkgObj(Ident *id, Object *o) {
  if (id->name.s == "init" || (id->name.s == "main" && pkg_->name.s == "main")) {
    error(id->pos, "cannot declare " + id->name.str() + " - must be func");
    return false;
  }
  declare(pkg_->scope, o);
  pkgObjects_.push_back(o);
  return true;
}

static Name baseTypeName(Expr *recv) {
  Expr *t = recv;
  while (t->kind == NodeKind::ParenExpr) t = t->as<ParenExpr>()->x;
  if (t->kind == NodeKind::StarExpr) t = t->as<StarExpr>()->x;
  while (t->kind == NodeKind::ParenExpr) t = t->as<ParenExpr>()->x;
  if (t->kind == NodeKind::Ident) return t->as<Ident>()->name;
  return Name{};
}

void Checker::collectObjects() {
  for (File *f : pkg_->files) {
    file_ = f;
    auto *fileScope = new Scope(pkg_->scope);
    fileScopes_[f] = fileScope;
    for (Node *d : f->decls) {
      declFile_[d] = f;
      if (d->kind == NodeKind::GenDecl)
        for (Spec *s : d->as<GenDecl>()->specs) declFile_[s] = f;
      if (d->kind == NodeKind::FuncDecl) {
        auto *fd = d->as<FuncDecl>();
        if (fd->recv || fd->nrecv) {
          if (fd->nrecv == 0) {
            error(fd->recvPos, "method has no receiver");
            continue;
          }
          if (fd->nrecv > 1) error(fd->recvPos, "method has multiple receivers");
          Name base = baseTypeName(fd->recv->typ);
          if (base.empty()) {
            orphans_.push_back(fd); // []int, pkg.T: reported with the signature
            continue;
          }
          methodDecls_[base].push_back(fd);
          continue;
        }
        auto *fn = new Func(fd->name->name, fd->name->pos);
        fn->fdecl = fd;
        fn->decl = fd;
        fn->pkg = pkg_;
        fd->name->obj = fn;
        if (fd->name->name.s == "init") {
          if (!fd->ftype->params.empty() || !fd->ftype->results.empty())
            error(fd->name->pos, "func init must have no arguments and no return values");
          if (!fd->hasBody()) error(fd->name->pos, "missing function body");
          fn->parent = pkg_->scope;
          pkg_->inits.push_back(fn);
          pkgObjects_.push_back(fn);
          continue;
        }
        if (fd->name->name.s == "main" && pkg_->path == "main" &&
            (!fd->ftype->params.empty() || !fd->ftype->results.empty()))
          error(fd->name->pos, "func main must have no arguments and no return values");
        declare(pkg_->scope, fn);
        pkgObjects_.push_back(fn);
        continue;
      }
      auto *gd = d->as<GenDecl>();
      switch (gd->tok) {
      case Tok::Import:
        for (Spec *s : gd->specs) {
          auto *is = s->as<ImportSpec>();
          std::string path(is->path->value);
          Package *imp = loader_(path, is->path->pos, f->filename);
          if (!imp) continue;
          Name name = is->name ? is->name->name : imp->name;
          if (name.isBlank()) continue;
          auto *pn = new PkgName(name, is->name ? is->name->pos : is->path->pos, imp);
          pn->pkg = pkg_;
          pn->decl = is;
          imports_.push_back(pn);
          if (name.s == ".") {
            for (Object *o : imp->scope->objs)
              if (o->exported()) {
                if (Object *alt = fileScope->insert(o))
                  error(pn->pos, alt->name.str() + " redeclared in this block" + otherDecl(alt));
                else
                  dotImports_[{fileScope, o}] = pn;
              }
            continue;
          }
          declare(fileScope, pn);
        }
        break;
      case Tok::Const: {
        // An omitted type and value list repeat the previous spec's.
        ValueSpec *last = nullptr;
        for (Spec *s : gd->specs) {
          auto *vs = s->as<ValueSpec>();
          ValueSpec *src = vs->values.empty() && !vs->typ ? last : vs;
          if (!vs->values.empty() || vs->typ) last = vs;
          if (!src || src->values.empty()) {
            if (vs->typ)
              error(vs->names.back()->pos, "missing init expr for const declaration");
            else if (!src)
              error(vs->names[0]->pos, "missing init expr for const declaration");
          } else if (src->values.size() < vs->names.size()) {
            error(vs->names[src->values.size()]->pos, "missing init expr for const declaration");
          } else if (src->values.size() > vs->names.size() && src == vs) {
            error(vs->values[vs->names.size()]->pos, "extra init expr");
          }
          for (uint32_t i = 0; i < vs->names.size(); i++) {
            Ident *id = vs->names[i];
            auto *c = new Const(id->name, id->pos);
            c->pkg = pkg_;
            c->iota = vs->iota;
            c->decl = vs;
            id->obj = c;
            if (declarePkgObj(id, c)) constSpecs_[c] = ConstSpecRef{vs, src, i};
          }
        }
        break;
      }
      case Tok::Var:
        for (Spec *s : gd->specs) {
          auto *vs = s->as<ValueSpec>();
          for (uint32_t i = 0; i < vs->names.size(); i++) {
            Ident *id = vs->names[i];
            auto *v = new Var(id->name, id->pos, nullptr);
            v->pkg = pkg_;
            v->isGlobal = true;
            v->decl = vs;
            id->obj = v;
            declarePkgObj(id, v);
          }
        }
        break;
      case Tok::Type:
        for (Spec *s : gd->specs) {
          auto *ts = s->as<TypeSpec>();
          auto *tn = new TypeName(ts->name->name, ts->name->pos);
          tn->pkg = pkg_;
          tn->decl = ts;
          tn->alias = ts->alias;
          ts->name->obj = tn;
          declarePkgObj(ts->name, tn);
        }
        break;
      default: break;
      }
    }
  }
  // Names of imports may not also be package-level names; checked, as
  // types2 does, once every package-level object is known.
  for (PkgName *pn : imports_) {
    if (pn->name.s == ".") continue;
    Object *alt = pkg_->scope->lookup(pn->name);
    if (!alt) continue;
    file_ = declFile_[pn->decl];
    error(alt->pos, alt->name.str() + " already declared through import of package " + pn->imported->name.str() +
                        " (\"" + pn->imported->path + "\")" + otherDecl(pn));
  }
  for (auto &[key, pn] : dotImports_) {
    Object *alt = pkg_->scope->lookup(key.second->name);
    if (!alt) continue;
    file_ = declFile_[pn->decl];
    // gc adds the position of the imported declaration in GOROOT, which
    // goterp's standard packages do not have.
    error(alt->pos, alt->name.str() + " already declared through dot-import of package " + pn->imported->name.str() +
                        " (\"" + pn->imported->path + "\")");
  }
  file_ = nullptr;
}

void Checker::recordUse(Object *o) {
  if (decl_ && o->pkg == pkg_ &&
      (o->kind == ObjKind::Func || o->kind == ObjKind::Const || (o->kind == ObjKind::Var && o->as<Var>()->isGlobal)))
    deps_[decl_].insert(o);
}

void Checker::resolve(Object *o) {
  if (o->color == 2) return;
  if (o->pkg && o->pkg != pkg_ && o->pkg->lazyChecker)
    o->pkg->lazyChecker->objDecl(o);
  else
    objDecl(o);
}

void resolveObject(Object *o) {
  if (o->color != 2 && o->pkg && o->pkg->lazyChecker) o->pkg->lazyChecker->resolve(o);
}

// A declaration reached again while it is being resolved, by way of a
// constant or variable and a type definition (type X [len(y)]int; var y X):
// reported as types2's validCycle and cycleError do. Cycles of values alone
// are left to the initialisation order, of types alone to typeDecl.
void Checker::valueCycle(Object *o) {
  auto it = std::find(objPath_.begin(), objPath_.end(), o);
  if (it == objPath_.end()) return;
  std::vector<Object *> cycle(it, objPath_.end());
  size_t nval = 0, ndef = 0;
  for (Object *c : cycle) {
    if (c->kind == ObjKind::Const || c->kind == ObjKind::Var) nval++;
    if (c->kind == ObjKind::TypeName && !c->as<TypeName>()->alias) ndef++;
  }
  if (nval == cycle.size() || nval == 0) return;
  size_t i = 0;
  for (size_t k = 1; k < cycle.size(); k++)
    if (cycle[k]->pos < cycle[i]->pos) i = k;
  Object *first = cycle[i];
  std::string msg =
      (first->kind == ObjKind::TypeName ? "invalid recursive type " : "illegal cycle in declaration of ") +
      first->name.str();
  for (size_t n = 0; n < cycle.size(); n++) {
    msg += "\n\t" + where(cycle[i]->pos) + ": " + cycle[i]->name.str() + " refers to";
    i = (i + 1) % cycle.size();
  }
  msg += "\n\t" + where(cycle[i]->pos) + ": " + cycle[i]->name.str();
  error(first->pos, msg);
  if (o->kind == ObjKind::TypeName) brokenTypes_.insert(o);
  if ((o->kind == ObjKind::Var || o->kind == ObjKind::Const)) o->type = types::Invalid;
}

void Checker::objDecl(Object *o) {
  if (o->color == 2) return;
  if (o->color == 1) {
    valueCycle(o);
    if (o->kind == ObjKind::TypeName) return; // a type referring to itself: through pointers it is fine
    if (o->kind == ObjKind::Func) return;     // recursion
    // Cycles of constants and variables are reported by initOrder.
    if (!o->type) o->type = types::Invalid;
    return;
  }
  // Resolve in the object's own file and package context.
  File *savedFile = file_;
  Scope *savedScope = scope_;
  FuncInfo *savedFunc = func_;
  Object *savedDecl = decl_;
  int savedIota = iota_;
  auto it = declFile_.find(o->decl);
  if (it != declFile_.end()) file_ = it->second;
  scope_ = file_ ? fileScopes_[file_] : pkg_->scope;
  func_ = nullptr;
  decl_ = o;
  o->color = 1;
  objPath_.push_back(o);
  switch (o->kind) {
  case ObjKind::Const: constDecl(o->as<Const>()); break;
  case ObjKind::Var: varDecl(o->as<Var>()); break;
  case ObjKind::TypeName:
    typeDepth_++;
    typePath_.push_back(o->as<TypeName>());
    typeDecl(o->as<TypeName>());
    typePath_.pop_back();
    typeDepth_--;
    break;
  case ObjKind::Func: funcDecl(o->as<Func>()); break;
  default: break;
  }
  o->color = 2;
  objPath_.pop_back();
  while (typeDepth_ == 0 && !pendingTypes_.empty()) {
    TypeName *tn = pendingTypes_.back();
    pendingTypes_.pop_back();
    objDecl(tn);
  }
  file_ = savedFile;
  scope_ = savedScope;
  func_ = savedFunc;
  decl_ = savedDecl;
  iota_ = savedIota;
}

void Checker::constDecl(Const *c) {
  auto it = constSpecs_.find(c);
  if (it == constSpecs_.end()) {
    c->type = types::Invalid;
    return;
  }
  ConstSpecRef ref = it->second;
  ValueSpec *own = ref.own, *src = ref.src;
  iota_ = own->iota;
  // As types2: the errors of an init expression inherited from an earlier
  // spec are reported at this constant's name, the only position it has.
  struct ErrPosScope {
    Pos &slot, saved;
    ErrPosScope(Pos &s) : slot(s), saved(s) { slot = Pos{}; }
    ~ErrPosScope() { slot = saved; }
  } errPosScope(errPos_);
  const Type *t = nullptr;
  Expr *typExprNode = own->typ ? own->typ : (src ? src->typ : nullptr);
  if (typExprNode) {
    t = typExpr(typExprNode);
    if (t != types::Invalid && !t->isConstType()) {
      error(typExprNode->pos, "invalid constant type " + str(t));
      t = types::Invalid;
    }
  }
  if (!src || ref.index >= src->values.size()) {
    c->type = t ? t : types::Invalid;
    iota_ = -1;
    return;
  }
  Operand x;
  Expr *e = src->values[ref.index];
  if (src != own) errPos_ = c->pos;
  expr(x, e);
  if (!x.invalid() && x.mode != Mode::Constant) {
    error(e->pos, exprString(e) + " (" + (x.type ? "value of type " + str(x.type) : "value") + ") is not constant");
    x.mode = Mode::Invalid;
  }
  const Type *sp = spelled(typExprNode);
  if (!x.invalid() && t && t != types::Invalid) assignment(x, t, "constant declaration", sp);
  if (x.invalid()) {
    c->type = types::Invalid;
    iota_ = -1;
    return;
  }
  if (const Type *shown = typExprNode ? sp : x.shown) shown_[c] = shown;
  c->type = x.type;
  c->val = x.val;
  iota_ = -1;
}

void Checker::varDecl(Var *v) {
  auto *vs = v->decl->as<ValueSpec>();
  const Type *t = vs->typ ? varType(vs->typ) : nullptr;
  const Type *sp = spelled(vs->typ);
  if (sp)
    for (Ident *id : vs->names) shown_[id->obj] = sp;
  if (vs->values.empty()) {
    if (!t) t = types::Invalid;
    for (Ident *id : vs->names) {
      auto *var = id->obj->as<Var>();
      var->type = t;
      var->color = 2;
    }
    return;
  }
  if (vs->values.size() == vs->names.size()) {
    uint32_t i = 0;
    while (vs->names[i]->obj != v) i++;
    Operand x;
    expr(x, vs->values[i]);
    v->type = varInit(x, t, sp);
    if (!t && x.shown) shown_[v] = x.shown;
    return;
  }
  // var a, b = f(): all names are declared together.
  std::vector<Operand> xs;
  rhsOperands(xs, vs->values, vs->names.size(), &vs->names);
  for (uint32_t i = 0; i < vs->names.size(); i++) {
    auto *var = vs->names[i]->obj->as<Var>();
    var->color = 2;
    var->type = i < xs.size() ? varInit(xs[i], t) : t ? t : types::Invalid;
  }
}

// Checks x as the initial value of a variable of declared type t (or of
// x's default type if t is null); returns the variable's type.
const Type *Checker::varInit(Operand &x, const Type *t, const Type *shownT) {
  if (x.invalid()) return t ? t : types::Invalid;
  if (t) {
    assignment(x, t, "variable declaration", shownT);
    return t;
  }
  if (x.type->kind == Kind::UntypedNil) {
    error(x.expr->pos, "use of untyped nil in variable declaration");
    return types::Invalid;
  }
  assignment(x, defaultType(x.type), "variable declaration");
  return x.invalid() ? types::Invalid : x.type;
}

void Checker::typeDecl(TypeName *tn) {
  auto *ts = tn->decl->as<TypeSpec>();
  if (ts->alias) {
    tn->type = types::Invalid;
    tn->type = typExpr(ts->typ);
    return;
  }
  // A type deferred behind an indirection already has its TNamed.
  auto *named = tn->type ? const_cast<TNamed *>(static_cast<const TNamed *>(tn->type)) : new TNamed(tn);
  named->pkg = pkg_;
  tn->type = named;
  named->under = typInternal(ts->typ, named);
  if (!ts->typ->type) ts->typ->type = named->under; // what spelled() reads
  if (const Type *sp = spelled(ts->typ)) shownUnder_[named] = sp;
  // type T U where U is a named type: T's underlying is U's underlying.
  if (named->under && named->under->kind == Kind::Named) named->under = named->under->underlying();
  if (!named->under) named->under = types::Invalid;
  completeNamed(named);
  collectMethods(tn);
}

// Where the struct type declared by tn declares its field name (the
// struct types themselves are shared, so positions are in the syntax).
static Pos fieldPos(TypeName *tn, Name name) {
  if (!tn->decl || tn->decl->kind != NodeKind::TypeSpec) return Pos{};
  Expr *t = tn->decl->as<TypeSpec>()->typ;
  while (t->kind == NodeKind::ParenExpr) t = t->as<ParenExpr>()->x;
  if (t->kind != NodeKind::StructType) return Pos{};
  for (Field *f : t->as<StructType>()->fields) {
    for (Ident *id : f->names)
      if (id->name == name) return id->pos;
    if (f->names.empty() && embeddedName(f->typ) == name) return f->typ->pos;
  }
  return Pos{};
}

void Checker::collectMethods(TypeName *tn) {
  auto it = methodDecls_.find(tn->name);
  if (it == methodDecls_.end() || tn->pkg != pkg_) return;
  std::vector<FuncDecl *> decls = std::move(it->second);
  methodDecls_.erase(it);
  if (tn->type->kind != Kind::Named) {
    for (FuncDecl *fd : decls) orphanMethod(fd);
    return;
  }
  auto *named = const_cast<TNamed *>(static_cast<const TNamed *>(tn->type));
  File *savedFile = file_;
  for (FuncDecl *fd : decls) {
    file_ = declFile_[fd];
    auto *fn = new Func(fd->name->name, fd->name->pos);
    fn->fdecl = fd;
    fn->decl = fd;
    fn->pkg = pkg_;
    fn->recvType = named;
    Expr *rt = fd->recv->typ;
    while (rt->kind == NodeKind::ParenExpr) rt = rt->as<ParenExpr>()->x;
    fn->ptrRecv = rt->kind == NodeKind::StarExpr;
    fd->name->obj = fn;
    methods_.push_back(fn);
    if (!fd->name->name.isBlank()) {
      if (const Method *prev = named->lookupMethod(fn->name)) {
        error(fn->pos,
              named->obj->name.str() + "." + fn->name.str() + " redeclared in this block" + otherDecl(prev->func));
        continue;
      }
      if (named->under && named->under->kind == Kind::Struct &&
          static_cast<const TStruct *>(named->under)->fieldIndex(fn->name) >= 0) {
        std::string msg = "field and method with the same name " + fn->name.str();
        Pos fp = fieldPos(tn, fn->name);
        if (fp.valid()) msg += "\n\t" + where(fp) + ": other declaration of " + fn->name.str();
        error(fn->pos, msg);
        // types2 still adds the method, which x.Name then selects (its
        // lookup tries methods first): a.Name is a func in later errors.
      }
      named->methods.push_back(Method{fn, fn->ptrRecv});
    }
    // On demand, the signature waits until the method is used.
    if (lazy_) continue;
    funcDecl(fn);
    fn->color = 2;
  }
  file_ = savedFile;
}

// A method without a base type of this package to belong to: declared as
// a function of its own, so that its signature reports the receiver (see
// signature) and its body is checked.
void Checker::orphanMethod(FuncDecl *fd) {
  File *savedFile = file_;
  file_ = declFile_[fd];
  auto *fn = new Func(fd->name->name, fd->name->pos);
  fn->fdecl = fd;
  fn->decl = fd;
  fn->pkg = pkg_;
  fd->name->obj = fn;
  funcDecl(fn);
  fn->color = 2;
  file_ = savedFile;
}

void Checker::funcDecl(Func *f) {
  if (f->info) return;
  FuncDecl *fd = f->fdecl;
  auto *fi = new FuncInfo();
  fi->node = fd;
  fi->obj = f;
  fi->pkg = pkg_;
  fi->name = f->fullName();
  f->info = fi;
  Scope *saved = scope_;
  scope_ = file_ ? fileScopes_[file_] : pkg_->scope;
  fi->sig = signature(fd->ftype, fd->recv, f);
  scope_ = saved;
  f->type = fi->sig;
  f->shown = shownSig(fd->ftype);
  if (!fd->hasBody() && !f->native && pkg_->path == "main") error(fd->name->pos, "missing function body");
  funcs_.push_back(fi);
}

const TFunc *Checker::signature(FuncType *ft, Field *recv, Func *method) {
  std::vector<const Type *> params, results;
  bool variadic = false;
  if (recv) {
    const Type *rt = typExpr(recv->typ);
    if (method && rt != types::Invalid) {
      // The receiver must be T or *T for a type T of this package that is
      // not a pointer or interface; reported as types2's validRecv does, at
      // the receiver's name (or its type when it has none).
      Pos at = recv->names.empty() ? recv->typ->pos : recv->names[0]->pos;
      const Type *base = rt->kind == Kind::Pointer ? static_cast<const TPointer *>(rt)->elem : rt;
      if (base->kind == Kind::Named) {
        auto *named = static_cast<const TNamed *>(base);
        if (named->obj->pkg != pkg_)
          error(at, "cannot define new methods on non-local type " + str(base));
        else if (base->ukind() == Kind::Pointer || base->ukind() == Kind::Interface)
          error(at, "invalid receiver type " + str(base) + " (pointer or interface type)");
      } else if (base->isBasic()) {
        error(at, "cannot define new methods on non-local type " + str(base));
      } else {
        error(at, "invalid receiver type " + str(rt));
      }
    }
  }
  // The signature as declared, for messages: names, and types as spelled.
  std::vector<const Type *> shownParams, shownResults;
  std::vector<Name> names;
  bool differs = false;
  auto shownAs = [&](Expr *te, const Type *t, bool dots) {
    const Type *sp = spelled(te);
    if (!sp || sp->kind != t->kind) return dots ? sliceOf(t) : t;
    differs = true;
    return dots ? sliceOf(sp) : sp;
  };
  auto nameOf = [&](Field *f, size_t k) {
    if (f->names.empty()) return intern("");
    differs = true;
    return f->names[k]->name;
  };
  for (uint32_t i = 0; i < ft->params.size(); i++) {
    Field *f = ft->params[i];
    Expr *te = f->typ;
    bool dots = te->kind == NodeKind::Ellipsis;
    if (dots) {
      if (i + 1 != ft->params.size() || f->names.size() > 1) {
        error(te->pos, "can only use ... with final parameter in list");
      } else {
        variadic = true;
      }
      te = te->as<Ellipsis>()->elt;
    }
    const Type *t = varType(te);
    const Type *shown = shownAs(te, t, dots);
    if (dots) t = sliceOf(t);
    size_t n = f->names.empty() ? 1 : f->names.size();
    for (size_t k = 0; k < n; k++) {
      params.push_back(t);
      shownParams.push_back(shown);
      names.push_back(nameOf(f, k));
    }
  }
  for (Field *f : ft->results) {
    if (f->typ->kind == NodeKind::Ellipsis) {
      error(f->typ->pos, "can only use ... with final parameter in list");
      continue;
    }
    const Type *t = varType(f->typ);
    const Type *shown = shownAs(f->typ, t, false);
    size_t n = f->names.empty() ? 1 : f->names.size();
    for (size_t k = 0; k < n; k++) {
      results.push_back(t);
      shownResults.push_back(shown);
      names.push_back(nameOf(f, k));
    }
  }
  const TFunc *sig = funcOf(params, results, variadic);
  ft->type = sig;
  if (differs) {
    auto *shown = new TFunc();
    shown->params = std::move(shownParams);
    shown->results = std::move(shownResults);
    shown->variadic = variadic;
    shown->names = std::move(names);
    shownSigs_[ft] = shown;
  }
  return sig;
}

// Declares parameters and results in the function's scope.
void Checker::declareParams(FuncInfo *fi, FuncType *ft, Field *recv) {
  auto add = [&](Ident *id, const Type *t, Pos p, bool result, Expr *te) {
    Name n = id ? id->name : intern("");
    auto *v = new Var(n, id ? id->pos : p, t);
    v->isParam = true;
    v->owner = fi;
    v->used = true; // parameters need not be used
    v->pkg = pkg_;
    if (id) {
      id->obj = v;
      declare(scope_, v);
    }
    if (const Type *sp = spelled(te)) shown_[v] = sp;
    (result ? fi->results : fi->params).push_back(v);
  };
  if (recv) {
    const Type *rt = recv->typ->type ? recv->typ->type : typExpr(recv->typ);
    add(recv->names.empty() ? nullptr : recv->names[0], rt, recv->pos, false, nullptr);
  }
  size_t pi = 0;
  for (Field *f : ft->params) {
    if (f->names.empty()) {
      add(nullptr, fi->sig->params[pi++], f->pos, false, nullptr);
    } else {
      for (Ident *id : f->names) add(id, fi->sig->params[pi++], f->pos, false, f->typ);
    }
  }
  size_t ri = 0;
  for (Field *f : ft->results) {
    if (f->names.empty()) {
      add(nullptr, fi->sig->results[ri++], f->pos, true, nullptr);
    } else {
      fi->namedResults = true;
      for (Ident *id : f->names) add(id, fi->sig->results[ri++], f->pos, true, f->typ);
    }
  }
}

void Checker::checkBody(FuncInfo *fi) {
  if (fi->checked || fi->outer || fi->pkg != pkg_ || fi->node->kind != NodeKind::FuncDecl) return;
  auto *fd = fi->node->as<FuncDecl>();
  if (!fd->hasBody()) return;
  file_ = declFile_[fd];
  decodeBody(fd, *file_);
  decl_ = fi->obj;
  funcBody(fi, fd->ftype, fd->body, fd->recv);
  decl_ = nullptr;
}

void Checker::funcBody(FuncInfo *fi, FuncType *ftype, BlockStmt *body, Field *recv) {
  fi->checked = true;
  Scope *savedScope = scope_;
  FuncInfo *savedFunc = func_;
  int savedIota = iota_;
  iota_ = -1;
  scope_ = new Scope(fi->outer ? scope_ : (file_ ? fileScopes_[file_] : pkg_->scope));
  scope_->isFunc = true;
  scope_->func = fi;
  func_ = fi;
  declareParams(fi, ftype, recv);
  labels(body);
  stmtList(body->list);
  if (!fi->sig->results.empty() && !isTerminating(body, Name{})) error(body->rbrace, "missing return");
  usage(scope_);
  scope_ = savedScope;
  func_ = savedFunc;
  iota_ = savedIota;
}

// Reports the function's unused variables ("x declared but not used"),
// scope by scope.
void Checker::usage(Scope *s) {
  for (Object *o : s->objs)
    if (o->kind == ObjKind::Var && !o->as<Var>()->used && !o->as<Var>()->isParam && !o->name.isBlank())
      error(o->pos, o->name.str() + " declared but not used");
}

void Checker::unusedImports() {
  for (PkgName *pn : imports_) {
    if (pn->used) continue;
    file_ = declFile_[pn->decl];
    auto *is = pn->decl->as<ImportSpec>();
    std::string path(is->path->value);
    std::string elem = path.substr(path.rfind('/') + 1);
    if (pn->name.s == "." || pn->name.s == elem)
      error(is->pos, "imported and not used: \"" + path + "\"");
    else
      error(is->pos, "imported and not used: \"" + path + "\" as " + pn->name.str());
  }
}

// Initialisation order, as go/types computes it: a graph of the package's
// variables, constants and functions with an edge to each object an
// initialiser (or function body) refers to; functions are then removed,
// their callers inheriting their edges. Repeatedly the object with the
// fewest remaining dependencies, the earliest declared among equals, is
// taken; if it still has dependencies, they form a cycle, which is
// reported.
void Checker::initOrder() {
  // Nodes by index, edges as index sets: a package like unicode has
  // hundreds of variables, most without dependencies.
  std::vector<Object *> nodes;
  std::unordered_map<Object *, size_t> index;
  index.reserve(pkgObjects_.size() + methods_.size());
  // A function whose body was left unchecked (lazyBodies) is one no
  // initialiser reaches: it has no edges.
  auto unreached = [](Object *o) {
    auto *f = o->as<Func>();
    return !f->info || (!f->info->checked && f->fdecl && f->fdecl->hasBody());
  };
  for (Object *o : pkgObjects_)
    if (o->kind == ObjKind::Var || o->kind == ObjKind::Const || (o->kind == ObjKind::Func && !unreached(o))) {
      index[o] = nodes.size();
      nodes.push_back(o);
    }
  // A method is a function whose body initialisers reach through x.m, T.m
  // or a call of x.m().
  for (Func *m : methods_) {
    if (unreached(m)) continue;
    index[m] = nodes.size();
    nodes.push_back(m);
  }
  size_t n = nodes.size();
  std::vector<std::set<size_t>> succ(n), pred(n);
  for (size_t i = 0; i < n; i++) {
    auto it = deps_.find(nodes[i]);
    if (it == deps_.end()) continue;
    for (Object *d : it->second) {
      auto j = index.find(d);
      if (j == index.end()) continue;
      succ[i].insert(j->second);
      pred[j->second].insert(i);
    }
  }
  for (size_t f = 0; f < n; f++) {
    if (nodes[f]->kind != ObjKind::Func) continue;
    for (size_t p : pred[f]) {
      if (p == f) continue;
      for (size_t d : succ[f])
        if (d != f) {
          succ[p].insert(d);
          pred[d].insert(p);
        }
      succ[p].erase(f);
    }
    for (size_t d : succ[f]) pred[d].erase(f);
  }
  // A min-heap of (dependencies left, declaration order); an entry whose
  // count has since dropped is stale and skipped.
  using Entry = std::pair<size_t, size_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> queue;
  std::vector<size_t> ndeps(n);
  std::vector<bool> queued(n); // a variable or constant not taken yet
  for (size_t i = 0; i < n; i++)
    if (nodes[i]->kind != ObjKind::Func) {
      ndeps[i] = succ[i].size();
      queue.push({ndeps[i], i});
      queued[i] = true;
    }
  std::vector<Var *> order;
  std::set<Var *> emitted;
  while (!queue.empty()) {
    auto [left, i] = queue.top();
    queue.pop();
    if (!queued[i] || left != ndeps[i]) continue;
    Object *o = nodes[i];
    queued[i] = false;
    if (ndeps[i] > 0) {
      std::set<Object *> seen;
      std::vector<Object *> cycle = findPath(o, o, seen);
      if (!cycle.empty()) reportCycle(cycle);
    }
    for (size_t p : pred[i]) {
      if (p == i || !queued[p]) continue;
      queue.push({--ndeps[p], p});
    }
    if (o->kind != ObjKind::Var) continue;
    auto *v = o->as<Var>();
    auto *vs = v->decl->as<ValueSpec>();
    if (vs->values.empty() || emitted.count(v)) continue;
    // Variables declared together (var a, b = f()) initialise together.
    if (vs->values.size() == 1 && vs->names.size() > 1) {
      for (Ident *id : vs->names) {
        auto *w = id->obj->as<Var>();
        if (emitted.insert(w).second) order.push_back(w);
      }
    } else {
      emitted.insert(v);
      order.push_back(v);
    }
  }
  // Variables without initialisers are zero before anything runs.
  for (Object *o : pkgObjects_)
    if (o->kind == ObjKind::Var && !emitted.count(o->as<Var>())) order.push_back(o->as<Var>());
  pkg_->varInitOrder = order;
}

// A path of dependencies from from to to, last step first.
std::vector<Object *> Checker::findPath(Object *from, Object *to, std::set<Object *> &seen) {
  if (!seen.insert(from).second) return {};
  for (Object *d : deps_[from]) {
    if (d == to) return {d};
    std::vector<Object *> p = findPath(d, to, seen);
    if (!p.empty()) {
      p.push_back(d);
      return p;
    }
  }
  return {};
}

void Checker::reportCycle(const std::vector<Object *> &cycle) {
  auto at = [&](Object *o) {
    auto it = declFile_.find(o->decl);
    file_ = it != declFile_.end() ? it->second : file_;
    return where(o->pos);
  };
  Object *o = cycle[0];
  std::string msg = "initialization loop for " + o->name.str();
  Pos p = o->pos;
  File *f = (at(o), file_);
  for (size_t i = cycle.size(); i-- > 0;) {
    msg += "\n\t" + at(o) + ": " + o->name.str() + " refers to";
    o = cycle[i];
  }
  msg += "\n\t" + at(o) + ": " + o->name.str();
  file_ = f;
  error(p, msg);
}

} // namespace goterp
