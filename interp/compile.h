// The compiler: checked AST to executable nodes (interp/exec.h).
//
// For each function it lays out the frame — header, parameters, results,
// receiver, locals — and turns every expression into a node specialised by
// static type. Frame layout: parameters and results are laid out from the
// signature alone (results as a tuple), and a method's receiver comes after
// them, so that a call through an interface knows where every argument goes
// whatever the receiver's size.
//
// Files: compile.cpp (functions, variables, packages), compile_expr.cpp
// (expressions), compile_call.cpp (calls, builtins, conversions, closures),
// compile_stmt.cpp (statements), compile_assign.cpp (assignments),
// compile_fused.cpp (fused statement nodes), compile_order.cpp (gc's
// evaluation order).
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "interp/check.h"
#include "interp/exec.h"

namespace goterp {

// Where a variable lives.
struct Storage {
  enum Kind : uint8_t { Frame, Cell, Captured, Global } kind = Frame;
  uint32_t off = 0; // Frame, Cell: frame offset; Captured: cell index
  uint8_t *addr = nullptr;
};

class Compiler {
  friend void compileLazy(FuncCode *fn);
  friend FuncCode *codeOf(Func *f);

public:
  // The FuncCode of a declared function or literal, its frame laid out
  // (the body is compiled by compileBody).
  FuncCode *code(FuncInfo *fi);
  // Compiles every function of a checked package, allocates its globals,
  // and returns its initialisation: the function initialising its
  // variables, then its init functions.
  std::vector<FuncCode *> compilePackage(Package *pkg, const std::vector<FuncInfo *> &funcs);
  // Native functions by qualified name ("strings.Index").
  static void registerNative(const std::string &name, void (*fn)(Frame &));

  // The FuncCode of a native function of a stdlib package.
  FuncCode *nativeCode(Func *f);
  // A top-level function as a value.
  Closure *staticClosure(FuncCode *fn);

private:
  struct FnState {
    FuncInfo *fi = nullptr;
    FuncCode *code = nullptr;
    uint32_t top = 0; // next free frame byte
    std::unordered_map<Var *, Storage> vars;
  };

  void layout(FuncCode *fc, const TFunc *sig, const Type *recv);
  void compileBody(FuncInfo *fi);
  uint32_t allocSlot(uint32_t size, uint32_t align = 8);
  Storage storageOf(Var *v);
  Storage declareLocal(Var *v);

  // ---- expressions (compile_expr.cpp)
  ExecNode *expr(Expr *e);
  ExecNode *exprTo(Expr *e, const Type *target);
  ExecNode *convertTo(ExecNode *n, const Type *from, const Type *to);
  ExecNode *constant(const ConstVal &v, const Type *t);
  ExecNode *zeroValue(const Type *t);
  ExecNode *addrOf(Expr *e); // address of an addressable expression
  ExecNode *loadFrom(ExecNode *addr, const Type *t);
  ExecNode *varAddr(Var *v, uint32_t extra);
  ExecNode *varLoad(Var *v);
  ExecNode *binary(BinaryExpr *e);
  ExecNode *unary(UnaryExpr *e);
  ExecNode *selector(SelectorExpr *e);
  ExecNode *fieldAddr(SelectorExpr *e);
  ExecNode *index(IndexExpr *e);
  ExecNode *sliceExpr(SliceExpr *e);
  ExecNode *compositeLit(CompositeLit *e, const Type *t);
  ExecNode *typeAssert(TypeAssertExpr *e, bool commaOk);
  ExecNode *nilCheck(ExecNode *x, const Type *t, bool negate);
  bool addressable(Expr *e);

  // ---- calls (compile_call.cpp)
  ExecNode *call(CallExpr *e);
  ExecNode *callNode(CallExpr *e);
  ExecNode *builtin(CallExpr *e, BuiltinId id);
  ExecNode *spreadResults(Expr *call, std::vector<Expr *> &vals);
  CallExpr *withArgs(CallExpr *e, const std::vector<Expr *> &args);
  ExecNode *conversion(CallExpr *e);
  ExecNode *funcLit(FuncLit *e);
  ExecNode *methodRecv(SelectorExpr *s);
  ExecNode *methodValue(SelectorExpr *e);
  ExecNode *methodExpr(SelectorExpr *e);
  FuncCode *boundThunk(Func *m, Name name, const TFunc *sig);
  ExecNode *deferredBuiltin(CallExpr *e, BuiltinId id);
  FuncCode *funcCode(Func *f);
  FuncCode *thunk(const std::string &name, const TFunc *sig, Pos pos, FnState &st, std::vector<Expr *> &params);

  // ---- evaluation order (compile_order.cpp)
  ExecNode *hoistCalls(const std::vector<Expr *> &roots, size_t nlhs, bool opAssign);
  ExecNode *hoistStmt(Stmt *s);
  ExecNode *withHoisted(ExecNode *pre, ExecNode *x);
  ExecNode *condition(Expr *e);

  // ---- statements (compile_stmt.cpp)
  ExecNode *stmt(Stmt *s);
  ExecNode *block(const Span<Stmt *> &list);
  ExecNode *varDecl(GenDecl *d);
  ExecNode *returnStmt(ReturnStmt *s);
  ExecNode *ifStmt(IfStmt *s);
  ExecNode *forStmt(ForStmt *s);
  ExecNode *rangeStmt(RangeStmt *s);
  ExecNode *switchStmt(SwitchStmt *s);
  ExecNode *typeSwitch(TypeSwitchStmt *s);
  ExecNode *deferStmt(DeferStmt *s);
  ExecNode *labeled(LabeledStmt *s);

  // ---- assignments (compile_assign.cpp; binaryAssign in compile_fused.cpp)
  ExecNode *assign(AssignStmt *s);
  ExecNode *defineVars(AssignStmt *s);
  ExecNode *assignTo(Expr *lhs, ExecNode *val, const Type *valType);
  ExecNode *storeTo(Expr *lhs, ExecNode *val);
  ExecNode *binaryAssign(Expr *l, Expr *r, bool define);
  ExecNode *unpackToLocals(const std::vector<Expr *> &lhs, ExecNode *call, bool define);
  ExecNode *assign2(Expr *l0, Expr *l1, Expr *r0, Expr *r1);
  ExecNode *multiAssign(const std::vector<Expr *> &lhs, const std::vector<Expr *> &rhs, bool define);
  ExecNode *preparedStore(Expr *lhs, ExecNode *val, std::vector<ExecNode *> &prep);
  ExecNode *preparedAddr(Expr *lhs, std::vector<ExecNode *> &prep);
  ExecNode *phaseOne(ExecNode *n, const Type *t, std::vector<ExecNode *> &prep);
  ExecNode *incDec(IncDecStmt *s);
  ExecNode *opAssign(AssignStmt *s);
  ExecNode *initVar(Var *v, ExecNode *val, const Type *valType);
  ExecNode *initVarFor(Expr *l, ExecNode *val, const Type *t);
  ExecNode *opAssignNode(Expr *l, Tok op, ExecNode *v, Expr *rhs);

  FnState *fs_ = nullptr;
  Package *pkg_ = nullptr;
  std::string file_;
  std::unordered_map<FuncInfo *, FuncCode *> codes_;
  Arena arena_;                                  // synthesized syntax of thunks
  std::unordered_map<Expr *, uint32_t> hoisted_; // calls evaluated ahead of their statement, by frame slot
};

Compiler &compiler();

// Node constructors shared between the compiler's files.
ExecNode *mapIndexNode(ExecNode *m, ExecNode *key);
ExecNode *mapIndexOkNode(ExecNode *m, ExecNode *key, const Type *elem, uint32_t okOff);
ExecNode *compareNode(Cat cat, Tok op, ExecNode *x, ExecNode *y);
// x op y stored into the local at frame offset dst, as one node, for the
// types of hot loops (int, uint64, float64); null for others
// (compile_fused.cpp).
ExecNode *binaryToLocal(Cat cat, Tok op, ExecNode *x, ExecNode *y, uint32_t dst);
// x << y or x >> y; count is y's expression, for a constant count.
ExecNode *shiftNode(Cat cat, bool left, ExecNode *x, ExecNode *y, Expr *count);
// A construct the evaluator cannot run yet (channels and goroutines come
// with the scheduler): the program is rejected before it starts, with the
// position, as a compile error, never run halfway.
struct Unimplemented {
  Pos pos;
  std::string what;
};
[[noreturn]] inline void unimplemented(Pos pos, std::string what) { throw Unimplemented{pos, std::move(what)}; }
// A call's results (a tuple) copied into frame slots.
struct Unpack {
  uint32_t dst, src, size; // frame offset, offset in the tuple, bytes
};
ExecNode *unpackCall(ExecNode *call, std::vector<Unpack> outs);
// Whether e is the predeclared nil (in parentheses or not).
bool isNilExpr(Expr *e);
// Whether evaluating e calls a function (compile_order.cpp).
bool hasCall(Expr *e);
ExecNode *sliceElemGet(Cat cat, class SliceIndexAddr *sa);
ExecNode *sliceElemSet(Cat cat, class SliceIndexAddr *sa, ExecNode *val);
ExecNode *arithNode(Cat cat, Tok op, ExecNode *x, ExecNode *y);
struct Defer;
// Evaluates a call's function value, receiver and arguments into a saved
// frame for a deferred call.
void prepareDeferred(Ctx &c, ExecNode *call, Defer *d);
// Marks call as a defer's: a nil function value panics when it is run.
void markDeferred(ExecNode *call);

} // namespace goterp
