// The type checker: go/types' job, on our AST, with gc 1.19's messages.
//
// It resolves every identifier to an Object, computes the type (and constant
// value) of every expression, checks statements, and records on the AST what
// the compiler needs: Expr::type and ::cval, Ident::obj, the Selection of a
// selector, the CallInfo of a call, a FuncInfo for each function (its
// variables, closures' captures, defer and recover), and which local
// variables escape to the heap (their address is taken, or a closure
// captures them) — those get heap cells, the others stay in the frame.
//
// Package-level declarations are resolved lazily and in dependency order
// (objDecl, with colours to find cycles), as go/types does; function bodies
// are checked after all package-level declarations. Package-level variables
// are then sorted into initialisation order (the spec's dependency rule).
//
// A standard package (lazyBodies) is checked on demand: checkPackage
// resolves only its variables and init functions, and what they reach.
// Any other object (a function's signature, a type and its method list, a
// constant) is resolved by that package's checker when something first
// needs it: another package's checker (resolve), the compiler or the
// runtime (resolveObject). A function's body waits for its first call.
// Both can happen while the program runs: once goroutines run in
// parallel, they need the lock compileLazy (compile.cpp) will take.
// Imports are acyclic, so a checker called into this way is never in the
// middle of its own work. Resolving everything cost a hello world 1.8M of
// its 9.6M instructions, and a script importing strings, strconv, sort and
// bufio 3.5M of 19.4M.
//
// The checker is split by subject: check_decl.cpp (packages, declarations,
// init order, the universe), check_type.cpp (type expressions, method
// sets, lookup, assignability), check_expr.cpp (expressions), check_call.cpp
// (calls, conversions, builtins, selectors), check_stmt.cpp (statements).
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "interp/ast.h"
#include "interp/diag.h"
#include "interp/object.h"

namespace goterp {

// What the checker knows about a function body (a FuncDecl or a FuncLit).
struct FuncInfo {
  FuncInfo *outer = nullptr; // enclosing function of a closure
  Node *node = nullptr;      // FuncDecl or FuncLit
  Func *obj = nullptr;       // the declared function (null for literals)
  const TFunc *sig = nullptr;
  std::vector<Var *> params;  // receiver first, for methods
  std::vector<Var *> results; // named or not
  bool namedResults = false;
  std::vector<Var *> locals;   // every variable declared in the body
  std::vector<Var *> captures; // variables of enclosing functions used here
  bool hasDefer = false;
  bool callsRecover = false;
  bool checked = false; // the body (a standard package's may wait for its first call)
  std::string name;     // as in tracebacks: main.f, main.(*T).M, main.main.func1
  Package *pkg = nullptr;
  int closures = 0;         // literals numbered so far, for their names
  FuncCode *code = nullptr; // set by the compiler
};

// How an expression can be used (go/types' operand modes).
enum class Mode : uint8_t {
  Invalid,  // an error was reported
  NoValue,  // a call without results
  Builtin,  // a builtin function name
  TypeExpr, // a type
  Constant, // a constant value
  Variable, // addressable
  MapIndex, // m[k]: assignable but not addressable
  Value,    // any other value
  CommaOk,  // m[k], x.(T), <-ch: may be assigned to two variables
};

struct Operand {
  Mode mode = Mode::Invalid;
  Expr *expr = nullptr;
  const Type *type = nullptr;
  ConstVal val;
  BuiltinId builtin = BuiltinId::Len;
  // byte or rune where the type was spelled so (one object with uint8 and
  // int32 for the runtime, but gc's messages say which name was used).
  const Type *shown = nullptr;
  bool invalid() const { return mode == Mode::Invalid; }
};

// How a selector x.f was resolved, recorded on the SelectorExpr.
struct Selection {
  enum Kind : uint8_t { Field, Method, MethodExpr, PkgMember } kind = Field;
  // Embedded fields traversed to reach the field or method's receiver, and
  // for each step whether the value reached so far is a pointer that must
  // be dereferenced first.
  std::vector<int> path;
  std::vector<bool> derefs;
  Func *method = nullptr;            // a concrete method
  const TInterface *iface = nullptr; // a method of an interface value
  bool ptrRecv = false;              // the method is declared on *T
  const Type *recv = nullptr;        // the receiver expression's type after the path
};

// What a CallExpr is, recorded on it.
struct CallInfo {
  enum Kind : uint8_t { Call, Conversion, BuiltinCall } kind = Call;
  BuiltinId builtin = BuiltinId::Len;
  bool spreadTuple = false; // f(g()) with g returning several values
};

struct Operand;
bool isNil(const Operand &x);
Pos colonPos(const KeyValueExpr *kv);
// byte and rune as they are shown in messages (Operand::shown).
const Type *byteAlias();
const Type *runeAlias();

// The name of an embedded field of type typ: T for T, *T, pkg.T and *pkg.T.
Name embeddedName(Expr *typ);

// Where the checker finds imported packages (the stdlib's Go sources).
using PackageLoader = std::function<Package *(const std::string &path, Pos at, const std::string &file)>;

class Checker {
public:
  Checker(Diagnostics &diags, PackageLoader loader);

  // Checks a package's files; the result is null if there were errors.
  // With lazyBodies (the standard packages, known to be correct), a
  // function's body is left unchecked unless package initialisation may
  // reach it: checkBody checks it before its first call.
  Package *checkPackage(const std::string &path, const std::vector<File *> &files, bool lazyBodies = false);
  void checkBody(FuncInfo *fi);
  // Resolves o, a package-level object or method, in the checker of the
  // package that declares it.
  void resolve(Object *o);
  Diagnostics &diagnostics() { return diags_; }

  // Every function body checked so far, in order.
  const std::vector<FuncInfo *> &funcs() const { return funcs_; }

  static Scope *universe();

private:
  // ---- errors (check_decl.cpp)
  void error(Pos p, const std::string &msg);
  void error(const Node *n, const std::string &msg) { error(n->pos, msg); }
  std::string str(const Type *t) const { return typeString(t, pkg_); }
  std::string str(const Operand &x) const; // x's type, as spelled
  const Type *spelled(Expr *typeExpr);     // byte or rune if typeExpr names them; a func type as declared
  // The element (or map key) type as spelled, of an operand whose type is
  // shown as `shown`: byte for b[i] and range b with b []byte.
  static const Type *shownElem(const Type *shown, const Type *u, bool key = false);
  // The same for operand x of underlying type u, x's type named or not.
  const Type *elemShown(const Operand &x, const Type *u, bool key = false) const;
  std::unordered_map<const TNamed *, const Type *> shownUnder_; // type T []byte: []byte as spelled
  const Type *shownOf(const Object *o) const {
    auto it = shown_.find(o);
    return it == shown_.end() ? nullptr : it->second;
  }
  std::unordered_map<const Object *, const Type *> shown_;        // objects declared with type byte or rune
  std::unordered_map<const FuncType *, const TFunc *> shownSigs_; // signatures as declared, where that differs
  std::unordered_map<const InterfaceType *, const TInterface *> shownIfaces_; // interface literals as declared
  const TInterface *shownIface(InterfaceType *it);
  // Struct fields whose type was spelled with byte, rune or parameter names.
  std::map<std::pair<const TStruct *, size_t>, const Type *> shownFields_;
  const Type *shownField(const TStruct *st, size_t i) const {
    auto it = shownFields_.find({st, i});
    return it == shownFields_.end() ? nullptr : it->second;
  }
  const TFunc *shownSig(FuncType *ft) const {
    auto it = shownSigs_.find(ft);
    return it == shownSigs_.end() ? nullptr : it->second;
  }
  std::string describe(const Operand &x) const; // "x (variable of type int)"
  std::string where(Pos p) const;               // "prog.go:3:5"
  std::string otherDecl(const Object *o) const;
  std::string objectString(const Object *o) const; // "\n\tprog.go:3:5: other declaration of x"

  // ---- declarations (check_decl.cpp)
  void collectObjects();
  void declare(Scope *s, Object *o);
  bool declarePkgObj(Ident *id, Object *o);
  void objDecl(Object *o);
  bool lazy_ = false; // checking a standard package on demand
  void constDecl(Const *c);
  void varDecl(Var *v);
  void typeDecl(TypeName *tn);
  void funcDecl(Func *f);
  void orphanMethod(FuncDecl *fd);
  void collectMethods(TypeName *tn);
  void funcBody(FuncInfo *fi, FuncType *ftype, BlockStmt *body, Field *recv);
  void declareParams(FuncInfo *fi, FuncType *ftype, Field *recv);
  const TFunc *signature(FuncType *ft, Field *recv, Func *method);
  void initOrder();
  std::vector<Object *> findPath(Object *from, Object *to, std::set<Object *> &seen);
  void reportCycle(const std::vector<Object *> &cycle);
  void unusedImports();
  void usage(Scope *s);
  void recordUse(Object *o);

  // ---- types (check_type.cpp)
  const Type *typExpr(Expr *e); // a type expression, reported if not one
  const Type *typIndirect(Expr *e);
  const Type *varType(Expr *e); // the same, for variable declarations
  const Type *typInternal(Expr *e, TNamed *def);
  void cycleError(const TNamed *t);
  struct Lookup {
    enum Kind : uint8_t { NotFound, Field, Method, Ambiguous } kind = NotFound;
    std::vector<int> path;
    std::vector<bool> derefs;
    const StructField *field = nullptr;
    const Type *fieldType = nullptr;
    const Type *fieldShown = nullptr; // the field's type as spelled (byte, rune)
    Func *method = nullptr;
    bool ptrRecv = false;
    const TInterface *iface = nullptr;
    const IfaceMethod *imethod = nullptr;
    bool indirect = false; // the path went through a pointer
    const Type *recv = nullptr;
  };
  Lookup lookupFieldOrMethod(const Type *t, Name name);
  int64_t arrayLength(Expr *e);
  // Whether t implements iface; if not, why (gc's parenthesised reason).
  // ifaceT, if given, is the (named) type whose underlying iface is: its
  // declaration spells the methods shown in why.
  bool implements(const Type *t, const TInterface *iface, std::string *why, const Type *ifaceT = nullptr);
  const TFunc *ifaceMethodShown(const Type *ifaceT, const IfaceMethod &m);
  std::string funcSig(Func *f);
  bool assignableTo(Operand &x, const Type *t, std::string *why, const Type *shownT = nullptr); // shownT: t as spelled
  bool convertibleTo(Operand &x, const Type *t);
  bool representable(Operand &x, const Type *t, std::string *why, ConstVal *rounded);
  const Type *methodSetLookupType(const Type *t);

  // ---- expressions (check_expr.cpp)
  void expr(Operand &x, Expr *e);                           // a single value
  void exprOrType(Operand &x, Expr *e);                     // a value or a type
  void exprWithHint(Operand &x, Expr *e, const Type *hint); // composite literals with elided type
  void multiExpr(std::vector<Operand> &xs, Expr *e);        // f() may give several values
  void rawExpr(Operand &x, Expr *e, const Type *hint);
  void exprInternal(Operand &x, Expr *e, const Type *hint);
  void ident(Operand &x, Ident *id, bool wantType);
  void basicLit(Operand &x, BasicLit *lit);
  void compositeLit(Operand &x, CompositeLit *e, const Type *hint);
  void funcLit(Operand &x, FuncLit *e);
  void unary(Operand &x, UnaryExpr *e);
  // e is null for an assignment operation lhs op= rhs.
  void binary(Operand &x, BinaryExpr *e, Expr *lhs, Expr *rhs, Tok op);
  void shift(Operand &x, Operand &y, BinaryExpr *e, Tok op);
  void comparison(Operand &x, Operand &y, Tok op, BinaryExpr *e, bool switchCase);
  // Why an untyped operand cannot take a type (go/types' error codes).
  enum class ConvErr : uint8_t { None, Invalid, Truncated, Overflow };
  ConvErr implicitType(const Operand &x, const Type *target, const Type **nt, ConstVal *v);
  ConvErr representation(const Operand &x, const Type *t, ConstVal *v);
  void invalidConversion(ConvErr code, const Operand &x, const Type *target, Pos at);
  void overflow(Operand &x, Pos opPos);
  void index(Operand &x, IndexExpr *e);
  void sliceExpr(Operand &x, SliceExpr *e);
  void typeAssert(Operand &x, TypeAssertExpr *e);
  void star(Operand &x, StarExpr *e);
  bool indexValue(Expr *e, int64_t max, int64_t *val, const char *what, bool *nonConst = nullptr);
  void matchTypes(Operand &x, Operand &y);
  void convertUntyped(Operand &x, const Type *target);
  void updateExprType(Expr *e, const Type *t, bool final);
  // shownT: t as spelled (byte, rune), for the messages.
  void assignment(Operand &x, const Type *t, const std::string &context, const Type *shownT = nullptr);
  void singleValue(Operand &x);
  void record(Operand &x);
  void markEscape(Expr *e); // &x, x.m() on addressable x: x moves to the heap
  void useExprs(const Span<Expr *> &list);

  // ---- calls, selectors, conversions, builtins (check_call.cpp)
  void call(Operand &x, CallExpr *e);
  // shown: sig as declared, for the messages.
  void arguments(CallExpr *e, const TFunc *sig, std::vector<Operand> &args, const std::string &fname,
                 const TFunc *shown = nullptr);
  void conversion(Operand &x, const Type *t, CallExpr *e);
  void builtin(Operand &x, CallExpr *e, BuiltinId id);
  void selector(Operand &x, SelectorExpr *e, bool wantType);

  // ---- statements (check_stmt.cpp)
  void stmtList(const Span<Stmt *> &list);
  void stmt(Stmt *s);
  void simpleStmt(Stmt *s);
  void assignStmt(AssignStmt *s);
  void shortVarDecl(AssignStmt *s);
  void assignVars(const Span<Expr *> &lhs, const Span<Expr *> &rhs);
  const Type *varInit(Operand &x, const Type *t, const Type *shownT = nullptr);
  void rhsOperands(std::vector<Operand> &xs, const Span<Expr *> &rhs, size_t nl, const Span<Ident *> *names);
  bool assignVar(Expr *lhs, Operand &x, const char *context); // false if it failed
  void declStmt(GenDecl *d);
  void returnStmt(ReturnStmt *s);
  void ifStmt(IfStmt *s);
  void switchStmt(SwitchStmt *s);
  void typeSwitchStmt(TypeSwitchStmt *s);
  void selectStmt(SelectStmt *s);
  void forStmt(ForStmt *s);
  void rangeStmt(RangeStmt *s);
  void labels(BlockStmt *body);
  void openScope();
  void closeScope();
  Var *declareVar(Ident *id, const Type *t);
  bool isTerminating(Stmt *s, Name label);
  bool hasBreak(Stmt *s, Name label, bool implicit);

  // ---- state
  Diagnostics &diags_;
  PackageLoader loader_;
  Package *pkg_ = nullptr;
  File *file_ = nullptr;     // the file being checked
  Scope *scope_ = nullptr;   // current scope
  FuncInfo *func_ = nullptr; // current function body
  Object *decl_ = nullptr;   // package-level object being checked (for init order)
  int iota_ = -1;            // current iota, or -1 outside constant declarations
  // Named types met behind a pointer, slice or channel while another type
  // declaration is being resolved are only created then (their underlying
  // type left unset) and resolved once the outermost one is done: so
  // type A struct{ b *B }; type B struct{ a A } is not a cycle.
  bool indirect_ = false;  // the type expression being resolved is behind an indirection
  bool deferType_ = false; // ident() may defer the type it names
  int typeDepth_ = 0;      // type declarations being resolved
  std::vector<TypeName *> pendingTypes_;
  std::vector<TypeName *> typePath_; // type declarations being resolved, outermost first
  std::set<TypeName *> cycleReported_;
  std::vector<Object *> objPath_;  // package-level declarations being resolved, outermost first
  std::set<Object *> brokenTypes_; // types in a cycle through a value: invalid from then on
  void valueCycle(Object *o);
  std::vector<FuncInfo *> funcs_;
  std::map<File *, Scope *> fileScopes_;
  std::vector<PkgName *> imports_;
  std::map<std::pair<Scope *, Object *>, PkgName *> dotImports_;            // objects a dot-import put in a file scope
  std::unordered_map<Name, std::vector<FuncDecl *>, NameHash> methodDecls_; // by receiver base type name
  std::vector<FuncDecl *> orphans_;
  Pos errPos_; // when valid, where every error goes (an inherited constant's name)                   // methods whose
               // receiver names no type (*[]int, pkg.T)
  std::map<Object *, std::set<Object *>> deps_;       // package-level dependencies, for init order
  std::vector<Object *> pkgObjects_;                  // in source order
  std::vector<Func *> methods_;                       // of the package's types, for init order
  std::unordered_map<const Node *, File *> declFile_; // file of each package-level declaration
  struct ConstSpecRef {
    ValueSpec *own; // the spec that declares the constant
    ValueSpec *src; // the spec whose expressions define it (own, or an earlier one)
    uint32_t index;
  };
  std::unordered_map<Const *, ConstSpecRef> constSpecs_;
  size_t errorsAtStart_ = 0;
};

} // namespace goterp
