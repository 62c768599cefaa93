// The executable node tree: what the compiler (compile_*.cpp) builds from
// the checked AST and what goroutines run.
//
// A tree-walker in the style of self-specialising AST interpreters: every
// node is specialised by static type when it is built (an AddInt node, a
// LocalInt32 node), and evaluates its children directly through typed entry
// points — evalInt, evalFloat, evalString, ... — so values are never boxed
// on the hot path. Statements return a Flow; Go panics travel as C++
// exceptions (PanicUnwind), caught only by functions that have deferred
// calls and by the goroutine's entry.
//
// Frames. Each call gets a frame on the goroutine's Go stack (Ctx::stack),
// addressed by the frame pointer Ctx::fp: a header, the parameters, the
// results, then the locals. Locals are at fixed offsets (Var::offset).
// Variables that escape (address taken, captured by a closure) live in heap
// cells whose pointers sit in their frame slots.
//
// The Go stack grows by copying (morestack, in runtime/stack.cpp), which
// moves frames: no node keeps a raw pointer into the stack across anything
// that may call a function. Frame pointers are saved across calls as
// offsets from Ctx::stack, and destination pointers into the stack
// (evalInto) are re-derived with StackRef after a call.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "interp/ast.h"
#include "runtime/value.h"

namespace goterp {

struct Type;
struct FuncCode;
struct Ctx;
class ExecNode;

// Value categories: how a value of a type is represented and moved.
enum class Cat : uint8_t {
  None,
  Bool,
  I8,
  I16,
  I32,
  I64,
  U8,
  U16,
  U32,
  U64,
  F32,
  F64,
  C64,
  C128,
  Str,
  Slice,
  Iface,
  Ptr,
  Mem,
};
Cat catOf(const Type *t);
inline bool isIntCat(Cat c) { return c >= Cat::I8 && c <= Cat::U64; }
inline bool isNumericCat(Cat c) { return c >= Cat::I8 && c <= Cat::C128; }

enum class Flow : uint8_t { Normal, Break, Continue, Return, Goto, Fallthrough };

// The frame header, at the start of every frame.
struct FrameHeader {
  Closure *closure;     // the function value called (captures), or null
  FuncCode *fn;         // for tracebacks
  uint64_t callerFp;    // the caller's frame, as an offset from Ctx::stack (UINT64_MAX at the bottom)
  const ExecNode *site; // the call in the caller, for its line in tracebacks
};
constexpr uint32_t kFrameHeader = sizeof(FrameHeader);

struct Defer;
struct PanicRecord;
struct G;
struct CallCore;

// A goroutine's execution state: its Go stack and frame pointers. Passed to
// every node by reference (it stays in a register).
struct Ctx {
  uint8_t *fp = nullptr;    // current frame
  uint8_t *sp = nullptr;    // end of the current frame: the next call's frame starts here
  uint8_t *stack = nullptr; // the Go stack
  uint8_t *stackEnd = nullptr;
  uintptr_t nativeLimit = 0;   // the native stack must stay above this
  const void *label = nullptr; // target of a labelled break/continue/goto in flight
  G *g = nullptr;
  PanicRecord *panicking = nullptr; // innermost panic being handled, if any
  Defer *defers = nullptr;          // deferred calls of the running functions, innermost first
  const ExecNode *site = nullptr;   // node being evaluated when a runtime error is raised

  uint64_t fpOffset() const { return uint64_t(fp - stack); }
  FrameHeader *header() const { return reinterpret_cast<FrameHeader *>(fp); }
};

// A pointer that may point into the Go stack, re-derived after calls.
struct StackRef {
  uint8_t *p;
  int64_t off; // offset from Ctx::stack if p is in the stack, else -1
  StackRef(Ctx &c, void *ptr) : p(static_cast<uint8_t *>(ptr)) {
    off = p >= c.stack && p < c.stackEnd ? p - c.stack : -1;
  }
  uint8_t *get(Ctx &c) const { return off >= 0 ? c.stack + off : p; }
};

class ExecNode {
public:
  Pos pos;
  Cat cat = Cat::None;
  const Type *type = nullptr;
  ExecNode() = default;
  ExecNode(const ExecNode &) = delete;
  virtual ~ExecNode() = default;

  virtual bool evalBool(Ctx &c);
  virtual int64_t evalInt(Ctx &c);
  virtual double evalFloat(Ctx &c);
  virtual Complex128 evalComplex(Ctx &c);
  virtual GoString evalString(Ctx &c);
  virtual GoSlice evalSlice(Ctx &c);
  virtual GoIface evalIface(Ctx &c);
  virtual void *evalPtr(Ctx &c);
  // Any value: writes type->size bytes at dst.
  virtual void evalInto(Ctx &c, void *dst);
  // Statements.
  virtual Flow exec(Ctx &c);
  // Whether evaluating it may call a Go function (and so move the stack).
  virtual bool mayCall() const { return true; }
  // For call nodes: the call they make (defer prepares it without running it).
  virtual CallCore *callCore() { return nullptr; }
};

// What a call needs to know about the function it runs.
struct FuncCode {
  std::string name; // main.f, main.(*T).M, main.main.func1
  std::string file;
  Pos declPos;
  uint32_t frameSize = kFrameHeader;
  std::vector<uint32_t> paramOffs; // not the receiver
  std::vector<uint32_t> resultOffs;
  uint32_t recvOff = 0; // methods: after the results
  const Type *recvType = nullptr;
  std::vector<const Type *> paramTypes;
  std::vector<const Type *> resultTypes;
  uint32_t resultsStart = 0, resultsEnd = 0; // zeroed at entry
  ExecNode *body = nullptr;
  const ExecNode *exitSite = nullptr; // the closing brace, where deferred calls run from at the end
  void (*native)(struct Frame &) = nullptr;
  bool hasDefer = false;
  bool variadic = false;
  // The results must start zeroed: they are named, or a recovered panic
  // may return them unset (and natives may set only some).
  bool zeroResults = true;
  // A Go function with no defer and no escaping parameter or result: its
  // body is all a call runs.
  bool plain = false;
  // Prologue: parameters that escape are copied into heap cells.
  struct Escape {
    uint32_t from, cell;
    const Type *type;
  };
  std::vector<Escape> escapingParams;
  std::vector<Escape> escapingResults; // copied back from their cells at return
  Closure *staticClosure = nullptr;    // for a top-level function used as a value
  // A standard-package function whose body is checked and compiled at its
  // first call (compileLazy); body is null until then.
  struct FuncInfo *lazy = nullptr;
};

// Checks and compiles a lazy function's body (compile.cpp).
void compileLazy(FuncCode *fn);

// The arguments and results of a native function, by index.
struct Frame {
  Ctx &c;
  FuncCode *fn;
  uint64_t off; // frame offset from c.stack (the stack may move during callbacks)
  uint8_t *base() const { return c.stack + off; }
  template <class T> T &arg(size_t i) { return *reinterpret_cast<T *>(base() + fn->paramOffs[i]); }
  void *argPtr(size_t i) { return base() + fn->paramOffs[i]; }
  template <class T> T &result(size_t i) { return *reinterpret_cast<T *>(base() + fn->resultOffs[i]); }
  void *resultPtr(size_t i) { return base() + fn->resultOffs[i]; }
};

// Calls fn with arguments already written into the frame at c.sp
// (reserved with reserveFrame); the results are then read from that frame.
void morestack(Ctx &c, size_t need);
inline uint8_t *reserveFrame(Ctx &c, FuncCode *fn) {
  if (__builtin_expect(c.sp + fn->frameSize > c.stackEnd, false)) morestack(c, fn->frameSize);
  uint8_t *base = c.sp;
  c.sp += fn->frameSize;
  return base;
}
void invoke(Ctx &c, FuncCode *fn, Closure *cl, uint64_t frameOff, const ExecNode *site);

} // namespace goterp
