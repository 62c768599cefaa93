// Panics, deferred calls, recover, runtime errors and fatal errors.
//
// A Go panic is a C++ exception (PanicUnwind) carrying nothing: the panic
// itself is a PanicRecord on the goroutine (Ctx::panicking). Functions with
// deferred calls catch it, run their deferred calls (which may recover it),
// and either return normally or rethrow; functions without defers let it
// pass at no cost. C++ exceptions cost microseconds when thrown and nothing
// when not, which suits panics, rare by design. Rejected: checking a flag
// after every call (a branch on the hottest path for the rarest event).
//
// Deferred calls are records on a per-goroutine list (Ctx::defers), each
// tagged with the frame that deferred it; a returning or unwinding function
// runs the records of its own frame, innermost first.
//
// The panic chain: a panic raised while running deferred calls for an
// earlier one links to it, and an unrecovered panic prints the chain as Go
// does ("panic: first [recovered]" / "\tpanic: second").
#pragma once

#include <string>
#include <vector>

#include "interp/exec.h"

namespace goterp {

struct PanicUnwind {};

// One frame of a traceback: printed only if the program dies, so recorded
// as cheaply as possible (a program may recover from millions of panics).
struct TraceFrame {
  const FuncCode *fn;
  uint32_t line;
};

struct PanicRecord {
  GoIface value;
  PanicRecord *link = nullptr; // the panic this one interrupted
  bool recovered = false;
  bool aborted = false;        // superseded by a later panic
  bool sigsegv = false;        // a nil dereference: Go prints the signal line
  bool goexit = false;         // runtime.Goexit
  TraceFrame *trace = nullptr; // the frames that panicked, innermost first
  uint32_t ntrace = 0;
  uint64_t deferFrame = UINT64_MAX; // frame (offset) of the deferred call that may recover it
};

struct Defer {
  Defer *next;
  uint64_t frame; // offset of the frame that deferred it
  Closure *fn;    // function value (null for builtins and natives handled by thunk)
  FuncCode *code;
  uint8_t *args; // the argument area, evaluated at defer time (a copy of the callee's params)
  uint32_t argsSize;
  const ExecNode *site;
};

// Raises a panic with value v (panic(v)). sigsegv marks nil dereferences.
[[noreturn]] void goPanic(Ctx &c, GoIface v, bool sigsegv = false);
// The value recover() returns, or a nil interface.
GoIface goRecover(Ctx &c);
// Runs the deferred calls of the frame at frameOff; called by functions with
// defers, on return (from returnSite) and on unwinding, when it rethrows
// unless the panic was recovered.
void runDefers(Ctx &c, uint64_t frameOff, bool panicking, const ExecNode *returnSite);

// Runtime errors, with gc's texts.
[[noreturn]] void panicIndex(Ctx &c, int64_t i, int64_t len);
[[noreturn]] void panicSlice(Ctx &c, const char *form, int64_t a, int64_t b, bool capacity);
[[noreturn]] void panicNilDeref(Ctx &c);
[[noreturn]] void panicDivide(Ctx &c);
[[noreturn]] void panicNilMap(Ctx &c);
[[noreturn]] void panicShift(Ctx &c);
[[noreturn]] void panicMakeSlice(Ctx &c, bool cap);
[[noreturn]] void panicTypeAssert(Ctx &c, const Type *iface, const Type *have, const Type *want,
                                  const std::string &missing);
[[noreturn]] void panicPlain(Ctx &c, const std::string &msg); // runtime.plainError
// runtime.panicwrap: a value method called through a nil pointer, from the
// wrapper Go generates for the pointer type's method set.
[[noreturn]] void panicWrap(Ctx &c, const FuncCode *wrapper, const std::string &msg);
[[noreturn]] void panicErrorString(Ctx &c, const std::string &msg); // runtime.errorString
[[noreturn]] void panicUnhashable(Ctx &c, const Type *t);
[[noreturn]] void panicUncomparable(Ctx &c, const Type *t);

// Fatal errors: printed with the goroutine's traceback, exit status 2.
// fatalStackOverflow: the goroutine's stack is full, raised when calling
// callee (null if unknown) from the current frame at site.
[[noreturn]] void fatalStackOverflow(Ctx &c, const FuncCode *callee, const ExecNode *site);
[[noreturn]] void fatal(Ctx &c, const std::string &msg);

// The current goroutine's stack as Go prints it, innermost frame first.
// Fills out with up to max frames of c's stack, the innermost at site at;
// returns how many.
size_t traceback(Ctx &c, const ExecNode *at, TraceFrame *out, size_t max);
void printTraceback(const TraceFrame *frames, size_t n);

// Prints an unrecovered panic (and its chain) and exits with status 2.
[[noreturn]] void dieWithPanic(Ctx &c, PanicRecord *p);

// os.Exit: flushes and exits at once, deferred calls not run.
[[noreturn]] void goExit(int code);

} // namespace goterp
