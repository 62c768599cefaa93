// Objects, scopes and packages: what names denote (go/types' Object,
// Scope and Package, in the same roles).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "interp/ast.h"
#include "interp/constant.h"
#include "interp/types.h"

namespace goterp {

struct Scope;
struct Package;
struct FuncInfo;
struct FuncCode;

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label };

struct Object {
  const ObjKind kind;
  Name name;
  Pos pos;
  const Type *type = nullptr;
  Package *pkg = nullptr;
  Scope *parent = nullptr;
  // Package-level objects: the declaration, resolved lazily by the checker.
  Node *decl = nullptr;
  uint8_t color = 0; // 0 white, 1 grey (being resolved), 2 black
  Object(ObjKind k, Name n, Pos p) : kind(k), name(n), pos(p) {}
  virtual ~Object() = default;
  bool exported() const;
  template <class T> T *as() { return static_cast<T *>(this); }
};

struct Var : Object {
  bool used = false;
  bool escapes = false; // lives in a heap cell: its address is taken or a closure captures it
  bool isGlobal = false;
  bool isParam = false; // parameters and results
  bool isField = false;
  FuncInfo *owner = nullptr; // the function that declares it (locals)
  int32_t offset = -1;       // frame offset (locals), assigned by the compiler
  void *addr = nullptr;      // storage of a package-level variable
  Var(Name n, Pos p, const Type *t) : Object(ObjKind::Var, n, p) { type = t; }
};

struct Const : Object {
  ConstVal val;
  int iota = 0;
  Const(Name n, Pos p) : Object(ObjKind::Const, n, p) {}
};

struct TypeName : Object {
  bool alias = false;
  TypeName(Name n, Pos p) : Object(ObjKind::TypeName, n, p) {}
};

// A native (C++) function: the frame holds its arguments and receives its
// results at the offsets given by its FuncCode.
struct Frame;
using NativeFn = void (*)(Frame &);

struct Func : Object {
  FuncDecl *fdecl = nullptr;  // null for native-only functions
  FuncInfo *info = nullptr;   // the checker's record of the body
  FuncCode *code = nullptr;   // what calls run, built by the compiler
  NativeFn native = nullptr;  // for bodiless stdlib declarations
  TNamed *recvType = nullptr; // methods: the receiver's base type
  bool ptrRecv = false;
  const TFunc *shown = nullptr; // the signature as declared, for messages
  Func(Name n, Pos p) : Object(ObjKind::Func, n, p) {}
  // "main.f", "main.(*T).M", "strings.Index": as Go names functions in
  // tracebacks.
  std::string fullName() const;
};

struct PkgName : Object {
  Package *imported;
  bool used = false;
  PkgName(Name n, Pos p, Package *imp) : Object(ObjKind::PkgName, n, p), imported(imp) {}
};

enum class BuiltinId : uint8_t {
  Append,
  Cap,
  Close,
  Complex,
  Copy,
  Delete,
  Imag,
  Len,
  Make,
  New,
  Panic,
  Print,
  Println,
  Real,
  Recover,
};

struct Builtin : Object {
  BuiltinId id;
  Builtin(Name n, BuiltinId i) : Object(ObjKind::Builtin, n, Pos{}), id(i) {}
};

struct Nil : Object {
  explicit Nil(Name n) : Object(ObjKind::Nil, n, Pos{}) {}
};

struct Label : Object {
  LabeledStmt *stmt;
  bool used = false;
  Label(Name n, Pos p, LabeledStmt *s) : Object(ObjKind::Label, n, p), stmt(s) {}
};

struct Scope {
  Scope *parent;
  bool isFunc = false; // the outermost scope of a function body
  FuncInfo *func = nullptr;
  explicit Scope(Scope *p) : parent(p) {}

  Object *lookup(Name n) const {
    for (Object *o : objs)
      if (o->name == n) return o;
    return nullptr;
  }
  // Inserts o; returns the object already declared with its name, if any.
  Object *insert(Object *o) {
    if (Object *prev = lookup(o->name)) return prev;
    objs.push_back(o);
    o->parent = this;
    return nullptr;
  }
  std::vector<Object *> objs; // declaration order
};

struct Package {
  std::string path; // "main", "fmt", "unicode/utf8"
  Name name;
  Scope *scope;
  std::vector<File *> files;
  bool checked = false;
  std::vector<Var *> varInitOrder; // package-level variables, in initialisation order
  std::vector<Func *> inits;       // init functions, in source order
  // A standard package's checker, kept for the bodies it checks at their
  // first call (Checker::checkPackage with lazyBodies).
  class Checker *lazyChecker = nullptr;
};

// Resolves o if its package is checked on demand (check.h): for the
// compiler, the runtime and native code, which reach objects the checkers
// may not have needed.
void resolveObject(Object *o);

} // namespace goterp
