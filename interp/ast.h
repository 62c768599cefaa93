// The abstract syntax tree: what the parser produces and the checker and
// compiler consume.
//
// The node set follows go/ast so that a reader who knows it finds their way:
// Ident, BasicLit, CompositeLit, SelectorExpr, CallExpr, AssignStmt,
// RangeStmt, GenDecl, FuncDecl, ... Every node carries its position (line and
// byte column, 1-based, as gc reports them). Nodes live in the Arena of their
// File and hold no owning pointers, so a File is dropped in one go.
//
// The checker annotates expressions in place (Expr::type, Expr::cval,
// Ident::obj) instead of filling side tables as go/types does: the compiler
// reads those annotations for every node, and a field read beats a hash
// lookup.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "interp/arena.h"

namespace goterp {

struct Type;
struct Object;
class ConstVal;
struct Scope;

struct Pos {
  uint32_t line = 0;
  uint32_t col = 0;
  bool valid() const { return line != 0; }
  bool operator<(const Pos &o) const { return line != o.line ? line < o.line : col < o.col; }
  bool operator==(const Pos &o) const { return line == o.line && col == o.col; }
};

// Interned identifier text: equal names have equal data pointers.
struct Name {
  std::string_view s;
  bool operator==(const Name &o) const { return s.data() == o.s.data(); }
  bool operator!=(const Name &o) const { return s.data() != o.s.data(); }
  bool empty() const { return s.empty(); }
  bool isBlank() const { return s.size() == 1 && s[0] == '_'; }
  std::string str() const { return std::string(s); }
};
Name intern(std::string_view s);
struct NameHash {
  size_t operator()(Name n) const { return std::hash<const void *>()(n.s.data()); }
};

// Operators and keywords that the AST records, as go/token.
enum class Tok : uint8_t {
  None,
  // operators
  Add,
  Sub,
  Mul,
  Quo,
  Rem,
  And,
  Or,
  Xor,
  Shl,
  Shr,
  AndNot,
  LAnd,
  LOr,
  Arrow,
  Inc,
  Dec,
  Eql,
  Lss,
  Gtr,
  Not,
  Neq,
  Leq,
  Geq,
  Tilde,
  Assign,
  Define,
  AddAssign,
  SubAssign,
  MulAssign,
  QuoAssign,
  RemAssign,
  AndAssign,
  OrAssign,
  XorAssign,
  ShlAssign,
  ShrAssign,
  AndNotAssign,
  // keywords used by nodes
  Break,
  Continue,
  Goto,
  Fallthrough,
  Import,
  Const,
  Type,
  Var,
};
const char *tokString(Tok t);
// x op= y: the binary operator (Add for AddAssign, ...).
Tok assignOpBase(Tok t);

enum class NodeKind : uint8_t {
  // expressions
  Ident,
  BasicLit,
  CompositeLit,
  KeyValueExpr,
  FuncLit,
  ParenExpr,
  SelectorExpr,
  IndexExpr,
  SliceExpr,
  TypeAssertExpr,
  CallExpr,
  StarExpr,
  UnaryExpr,
  BinaryExpr,
  // type expressions
  ArrayType,
  StructType,
  FuncType,
  InterfaceType,
  MapType,
  ChanType,
  Ellipsis,
  // statements
  BadStmt,
  DeclStmt,
  EmptyStmt,
  LabeledStmt,
  ExprStmt,
  SendStmt,
  IncDecStmt,
  AssignStmt,
  GoStmt,
  DeferStmt,
  ReturnStmt,
  BranchStmt,
  BlockStmt,
  IfStmt,
  CaseClause,
  SwitchStmt,
  TypeSwitchStmt,
  CommClause,
  SelectStmt,
  ForStmt,
  RangeStmt,
  // declarations
  ImportSpec,
  ValueSpec,
  TypeSpec,
  GenDecl,
  FuncDecl,
  Field,
};

struct Node {
  NodeKind kind;
  Pos pos;
  explicit Node(NodeKind k, Pos p) : kind(k), pos(p) {}
  template <class T> T *as() { return static_cast<T *>(this); }
  template <class T> const T *as() const { return static_cast<const T *>(this); }
};

// ---- Expressions ------------------------------------------------------------

struct Expr : Node {
  using Node::Node;
  // Set by the checker.
  const Type *type = nullptr;
  const ConstVal *cval = nullptr; // constant value, if the expression is constant
};

struct Ident : Expr {
  Name name;
  Object *obj = nullptr; // set by the checker
  Ident(Pos p, Name n) : Expr(NodeKind::Ident, p), name(n) {}
};

enum class LitKind : uint8_t { Int, Float, Imag, Rune, String };

struct BasicLit : Expr {
  LitKind lit;
  bool bad = false;       // the scanner reported it: no value, and no further error
  std::string_view raw;   // the literal as written
  std::string_view value; // String: the decoded bytes; Rune: UTF-8 of the rune
  uint32_t rune = 0;      // Rune: its value
  BasicLit(Pos p, LitKind k, std::string_view r) : Expr(NodeKind::BasicLit, p), lit(k), raw(r) {}
};

struct CompositeLit : Expr {
  Expr *typ; // null when elided inside another literal
  Span<Expr *> elts;
  Pos lbrace, rbrace;
  CompositeLit(Pos p, Expr *t) : Expr(NodeKind::CompositeLit, p), typ(t) {}
};

struct KeyValueExpr : Expr {
  Expr *key, *value;
  KeyValueExpr(Pos p, Expr *k, Expr *v) : Expr(NodeKind::KeyValueExpr, p), key(k), value(v) {}
};

struct Field;
struct BlockStmt;

struct FuncType : Expr {
  Span<Field *> params;
  Span<Field *> results;
  FuncType(Pos p) : Expr(NodeKind::FuncType, p) {}
};

struct FuncLit : Expr {
  FuncType *ftype;
  BlockStmt *body;
  void *info = nullptr; // the checker's per-function record
  FuncLit(Pos p, FuncType *t, BlockStmt *b) : Expr(NodeKind::FuncLit, p), ftype(t), body(b) {}
};

struct ParenExpr : Expr {
  Expr *x;
  ParenExpr(Pos p, Expr *e) : Expr(NodeKind::ParenExpr, p), x(e) {}
};

struct SelectorExpr : Expr {
  Expr *x;
  Ident *sel;
  void *info = nullptr; // the checker's resolution of the selector
  SelectorExpr(Pos p, Expr *e, Ident *s) : Expr(NodeKind::SelectorExpr, p), x(e), sel(s) {}
};

struct IndexExpr : Expr {
  Expr *x, *index;
  Pos lbrack;
  IndexExpr(Pos p, Expr *e, Expr *i) : Expr(NodeKind::IndexExpr, p), x(e), index(i) {}
};

struct SliceExpr : Expr {
  Expr *x, *lo, *hi, *max;
  bool slice3;
  Pos lbrack;
  SliceExpr(Pos p, Expr *e)
      : Expr(NodeKind::SliceExpr, p), x(e), lo(nullptr), hi(nullptr), max(nullptr), slice3(false) {}
};

// x.(T); typ is null for x.(type) in a type switch.
struct TypeAssertExpr : Expr {
  Expr *x, *typ;
  TypeAssertExpr(Pos p, Expr *e, Expr *t) : Expr(NodeKind::TypeAssertExpr, p), x(e), typ(t) {}
};

struct CallExpr : Expr {
  Expr *fun;
  Span<Expr *> args;
  bool hasEllipsis = false;
  Pos lparen, rparen;
  void *info = nullptr; // the checker's classification (conversion, builtin, call)
  CallExpr(Pos p, Expr *f) : Expr(NodeKind::CallExpr, p), fun(f) {}
};

// *x: a dereference, or a pointer type.
struct StarExpr : Expr {
  Expr *x;
  StarExpr(Pos p, Expr *e) : Expr(NodeKind::StarExpr, p), x(e) {}
};

struct UnaryExpr : Expr {
  Tok op;
  Expr *x;
  UnaryExpr(Pos p, Tok o, Expr *e) : Expr(NodeKind::UnaryExpr, p), op(o), x(e) {}
};

struct BinaryExpr : Expr {
  Tok op;
  Expr *x, *y;
  Pos opPos;
  BinaryExpr(Pos p, Tok o, Expr *a, Expr *b, Pos op_) : Expr(NodeKind::BinaryExpr, p), op(o), x(a), y(b), opPos(op_) {}
};

// [len]elt; len is null for a slice type and an Ellipsis for [...]T.
struct ArrayType : Expr {
  Expr *len, *elt;
  ArrayType(Pos p, Expr *l, Expr *e) : Expr(NodeKind::ArrayType, p), len(l), elt(e) {}
};

struct StructType : Expr {
  Span<Field *> fields;
  StructType(Pos p) : Expr(NodeKind::StructType, p) {}
};

// methods: Fields with one name and a FuncType; embedded: Fields without names.
struct InterfaceType : Expr {
  Span<Field *> methods;
  InterfaceType(Pos p) : Expr(NodeKind::InterfaceType, p) {}
};

struct MapType : Expr {
  Expr *key, *value;
  MapType(Pos p, Expr *k, Expr *v) : Expr(NodeKind::MapType, p), key(k), value(v) {}
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct ChanType : Expr {
  ChanDir dir;
  Expr *value;
  ChanType(Pos p, ChanDir d, Expr *v) : Expr(NodeKind::ChanType, p), dir(d), value(v) {}
};

// ...T as the type of a final parameter, or [...] as an array length.
struct Ellipsis : Expr {
  Expr *elt;
  Ellipsis(Pos p, Expr *e) : Expr(NodeKind::Ellipsis, p), elt(e) {}
};

// A parameter, result, struct field, or interface element.
struct Field : Node {
  Span<Ident *> names; // empty: anonymous parameter or embedded field/interface
  Expr *typ;
  BasicLit *tag = nullptr;
  Field(Pos p, Expr *t) : Node(NodeKind::Field, p), typ(t) {}
};

// ---- Statements -------------------------------------------------------------

struct Stmt : Node {
  using Node::Node;
};

struct GenDecl;

struct BadStmt : Stmt {
  BadStmt(Pos p) : Stmt(NodeKind::BadStmt, p) {}
};

struct DeclStmt : Stmt {
  GenDecl *decl;
  DeclStmt(Pos p, GenDecl *d) : Stmt(NodeKind::DeclStmt, p), decl(d) {}
};

struct EmptyStmt : Stmt {
  EmptyStmt(Pos p) : Stmt(NodeKind::EmptyStmt, p) {}
};

struct LabeledStmt : Stmt {
  Ident *label;
  Stmt *stmt;
  LabeledStmt(Pos p, Ident *l, Stmt *s) : Stmt(NodeKind::LabeledStmt, p), label(l), stmt(s) {}
};

struct ExprStmt : Stmt {
  Expr *x;
  ExprStmt(Pos p, Expr *e) : Stmt(NodeKind::ExprStmt, p), x(e) {}
};

struct SendStmt : Stmt {
  Expr *chan, *value;
  Pos arrow;
  SendStmt(Pos p, Expr *c, Expr *v, Pos a) : Stmt(NodeKind::SendStmt, p), chan(c), value(v), arrow(a) {}
};

struct IncDecStmt : Stmt {
  Expr *x;
  Tok tok; // Inc or Dec
  IncDecStmt(Pos p, Expr *e, Tok t) : Stmt(NodeKind::IncDecStmt, p), x(e), tok(t) {}
};

struct AssignStmt : Stmt {
  Span<Expr *> lhs;
  Tok tok; // Assign, Define, or an op-assignment
  Pos tokPos;
  Span<Expr *> rhs;
  AssignStmt(Pos p, Tok t) : Stmt(NodeKind::AssignStmt, p), tok(t) {}
};

struct GoStmt : Stmt {
  CallExpr *call;
  GoStmt(Pos p, CallExpr *c) : Stmt(NodeKind::GoStmt, p), call(c) {}
};

struct DeferStmt : Stmt {
  CallExpr *call;
  DeferStmt(Pos p, CallExpr *c) : Stmt(NodeKind::DeferStmt, p), call(c) {}
};

struct ReturnStmt : Stmt {
  Span<Expr *> results;
  ReturnStmt(Pos p) : Stmt(NodeKind::ReturnStmt, p) {}
};

struct BranchStmt : Stmt {
  Tok tok; // Break, Continue, Goto, Fallthrough
  Ident *label;
  void *target = nullptr; // set by the checker
  BranchStmt(Pos p, Tok t, Ident *l) : Stmt(NodeKind::BranchStmt, p), tok(t), label(l) {}
};

struct BlockStmt : Stmt {
  Span<Stmt *> list;
  Pos rbrace;
  BlockStmt(Pos p) : Stmt(NodeKind::BlockStmt, p) {}
};

struct IfStmt : Stmt {
  Stmt *init;
  Expr *cond;
  BlockStmt *body;
  Stmt *els; // null, an IfStmt or a BlockStmt
  IfStmt(Pos p) : Stmt(NodeKind::IfStmt, p), init(nullptr), cond(nullptr), body(nullptr), els(nullptr) {}
};

// A case of a switch, type switch (list holds types) or, as CommClause, select.
struct CaseClause : Stmt {
  Span<Expr *> list; // empty and isDefault for default
  bool isDefault = false;
  Span<Stmt *> body;
  Object *implicit = nullptr; // type switch: the clause's symbol, set by the checker
  CaseClause(Pos p) : Stmt(NodeKind::CaseClause, p) {}
};

struct SwitchStmt : Stmt {
  Stmt *init = nullptr;
  Expr *tag = nullptr;
  Span<CaseClause *> clauses;
  Pos rbrace;
  SwitchStmt(Pos p) : Stmt(NodeKind::SwitchStmt, p) {}
};

// switch [init;] [x :=] y.(type) { ... }
struct TypeSwitchStmt : Stmt {
  Stmt *init = nullptr;
  Ident *bind = nullptr; // x, if present
  Expr *x = nullptr;     // y
  Span<CaseClause *> clauses;
  Pos rbrace;
  TypeSwitchStmt(Pos p) : Stmt(NodeKind::TypeSwitchStmt, p) {}
};

struct CommClause : Stmt {
  Stmt *comm; // a SendStmt, an ExprStmt/AssignStmt with a receive, or null for default
  Span<Stmt *> body;
  CommClause(Pos p, Stmt *c) : Stmt(NodeKind::CommClause, p), comm(c) {}
};

struct SelectStmt : Stmt {
  Span<CommClause *> clauses;
  SelectStmt(Pos p) : Stmt(NodeKind::SelectStmt, p) {}
};

struct ForStmt : Stmt {
  Stmt *init = nullptr;
  Expr *cond = nullptr;
  Stmt *post = nullptr;
  BlockStmt *body = nullptr;
  ForStmt(Pos p) : Stmt(NodeKind::ForStmt, p) {}
};

struct RangeStmt : Stmt {
  Expr *key = nullptr, *value = nullptr;
  Tok tok = Tok::None; // Define, Assign, or None without variables
  Expr *x = nullptr;
  BlockStmt *body = nullptr;
  RangeStmt(Pos p) : Stmt(NodeKind::RangeStmt, p) {}
};

// ---- Declarations -----------------------------------------------------------

struct Spec : Node {
  using Node::Node;
};

struct ImportSpec : Spec {
  Ident *name; // null, or the local name ("." and "_" included)
  BasicLit *path;
  ImportSpec(Pos p, Ident *n, BasicLit *path_) : Spec(NodeKind::ImportSpec, p), name(n), path(path_) {}
};

// One line of a var or const declaration. For consts, an omitted type and
// value list repeat the previous spec's (the checker does that, using iota).
struct ValueSpec : Spec {
  Span<Ident *> names;
  Expr *typ = nullptr;
  Span<Expr *> values;
  int iota = 0;
  ValueSpec(Pos p) : Spec(NodeKind::ValueSpec, p) {}
};

struct TypeSpec : Spec {
  Ident *name;
  bool alias;
  Expr *typ;
  TypeSpec(Pos p, Ident *n, bool a, Expr *t) : Spec(NodeKind::TypeSpec, p), name(n), alias(a), typ(t) {}
};

struct GenDecl : Node {
  Tok tok; // Import, Const, Type, Var
  Span<Spec *> specs;
  GenDecl(Pos p, Tok t) : Node(NodeKind::GenDecl, p), tok(t) {}
};

struct FuncDecl : Node {
  Field *recv = nullptr; // methods only: the first receiver
  int nrecv = 0;         // receivers written (the checker wants exactly one)
  Pos recvPos;
  Ident *name;
  FuncType *ftype;
  BlockStmt *body; // null for a declaration without body, or one not decoded yet
  // A standard package's body as serialized bytes, decoded when the
  // checker first needs it (decodeBody).
  const char *lazyBody = nullptr;
  void *info = nullptr;
  FuncDecl(Pos p, Ident *n, FuncType *t, BlockStmt *b) : Node(NodeKind::FuncDecl, p), name(n), ftype(t), body(b) {}
  bool hasBody() const { return body || lazyBody; }
};

struct File {
  std::string filename;
  Ident *pkgName = nullptr;
  Span<GenDecl *> imports;
  Span<Node *> decls; // GenDecl and FuncDecl, in source order (imports included)
  Arena arena;
};

} // namespace goterp
