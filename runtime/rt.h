// Run-time services used by the evaluator's nodes and by native packages:
// interface method lookup and calls from C++, equality and hashing by type,
// string helpers, and the program-wide state (the runtime package's error
// types, os.Args, output flushing).
#pragma once

#include <cstring>
#include <string>
#include <vector>

#include "interp/exec.h"
#include "interp/types.h"

namespace goterp {

struct Package;

// ---- Methods -----------------------------------------------------------------
// The method name of a dynamic type's method set: the function to call and
// how to derive its receiver from an interface's data word.
struct MethodTarget {
  FuncCode *code = nullptr;
  // Embedded fields to traverse from the value to the receiver.
  std::vector<uint32_t> offsets;
  std::vector<bool> derefs; // per step: the field is a pointer to follow
  bool ptrRecv = false;     // the method wants a pointer to its base type
  const Type *recvType = nullptr;
  const TFunc *sig = nullptr;
  // The method of an embedded interface field: dispatched again on the
  // field's dynamic value (resolveMethod).
  bool viaIface = false;
  Name name;
};
// Looks up a method of dynamic type t by name (cached). Null if absent.
const MethodTarget *findMethod(const Type *t, Name name);
// A declared function's or method's code, which the compiler makes when
// first asked (compile_call.cpp).
FuncCode *codeOf(Func *f);
// Follows methods promoted from embedded interface fields to the concrete
// method, updating t and data to the value that has it.
const MethodTarget *resolveMethod(Ctx &c, const MethodTarget *m, const Type *&t, uint64_t &data);
// Whether dynamic type t implements interface iface (cached).
bool implementsIface(const Type *t, const Type *iface, std::string *missing = nullptr);

// Writes the receiver of m, for a value held in iface data word `data` of
// dynamic type t, into dst (the callee's receiver slot).
// Panics (nil dereference) for a value method of a nil pointer.
void methodReceiver(Ctx &c, const MethodTarget &m, const Type *t, uint64_t data, void *dst);

// Calls a method of an interface value with no arguments returning one
// string (Error, String): the common case of fmt and panics.
GoString callStringMethod(Ctx &c, GoIface v, const MethodTarget *m);

// Calls a function value from C++: args are written by the caller into the
// frame returned by beginCall, results read from it after endCall.
struct CallFrame {
  FuncCode *fn;
  uint64_t off;
};
CallFrame beginCall(Ctx &c, FuncCode *fn);
void endCall(Ctx &c, CallFrame f, Closure *cl);
inline uint8_t *frameBase(Ctx &c, CallFrame f) { return c.stack + f.off; }

// ---- Values by type ---------------------------------------------------------------
// Go's == on two values of type t in memory (panics on uncomparable
// dynamic types inside interfaces).
bool valuesEqual(Ctx &c, const Type *t, const void *a, const void *b);
bool ifaceEqual(Ctx &c, GoIface a, GoIface b);
uint64_t hashValue(Ctx &c, const Type *t, const void *p, uint64_t seed);
// The address of an interface's value: the data word itself if stored
// directly, else the boxed copy.
const void *ifaceData(const GoIface &v);
// Boxes a value of type t (at p) into an interface.
GoIface makeIface(const Type *t, const void *p);

// ---- Strings ------------------------------------------------------------------------
GoString makeString(std::string_view s); // a heap copy
GoString concatStrings(GoString a, GoString b);
int compareStrings(GoString a, GoString b);
inline bool stringsEqual(GoString a, GoString b) {
  return a.n == b.n && (a.p == b.p || a.n == 0 || std::memcmp(a.p, b.p, size_t(a.n)) == 0);
}
GoString runeToString(int64_t r);
GoString bytesToString(GoSlice s);
GoSlice stringToBytes(GoString s);
GoSlice stringToRunes(GoString s);
GoString runesToString(GoSlice s);
// Decodes the rune at s[i]; sets *size (invalid UTF-8 gives U+FFFD, size 1).
int32_t decodeRune(const uint8_t *s, int64_t n, int64_t i, int *size);

// The text print and println write for a value.
std::string printValue(Ctx &c, ExecNode *n);

// ---- Program state ---------------------------------------------------------------
// The runtime package's types for runtime errors, loaded on first use.
const Type *runtimeErrorType(const char *name);
// Loads (parses, checks, compiles and initialises) a standard package.
Package *loadPackage(const std::string &path);
extern std::vector<std::string> programArgs;
// Standard output is buffered; it is flushed at exit and before anything is
// written to standard error, so interleaving matches Go's unbuffered output.
void writeStdout(const void *p, size_t n);
void writeStderr(const void *p, size_t n);
void flushStdout();

} // namespace goterp
