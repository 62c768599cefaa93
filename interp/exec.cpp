// ExecNode defaults, value categories, and the call protocol.
#include "interp/exec.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "gc/alloc.h"
#include "interp/types.h"
#include "runtime/panic.h"
#include "runtime/stack.h"

namespace goterp {

Cat catOf(const Type *t) {
  switch (t->ukind()) {
  case Kind::Bool: return Cat::Bool;
  case Kind::Int8: return Cat::I8;
  case Kind::Int16: return Cat::I16;
  case Kind::Int32: return Cat::I32;
  case Kind::Int:
  case Kind::Int64: return Cat::I64;
  case Kind::Uint8: return Cat::U8;
  case Kind::Uint16: return Cat::U16;
  case Kind::Uint32: return Cat::U32;
  case Kind::Uint:
  case Kind::Uint64:
  case Kind::Uintptr: return Cat::U64;
  case Kind::Float32: return Cat::F32;
  case Kind::Float64: return Cat::F64;
  case Kind::Complex64: return Cat::C64;
  case Kind::Complex128: return Cat::C128;
  case Kind::String: return Cat::Str;
  case Kind::Slice: return Cat::Slice;
  case Kind::Interface: return Cat::Iface;
  case Kind::Pointer:
  case Kind::Map:
  case Kind::Chan:
  case Kind::Func:
  case Kind::UnsafePointer: return Cat::Ptr;
  case Kind::Array:
  case Kind::Struct: return Cat::Mem;
  // Untyped values reach the evaluator only as their default types.
  case Kind::UntypedBool: return Cat::Bool;
  case Kind::UntypedInt:
  case Kind::UntypedRune: return Cat::I64;
  case Kind::UntypedFloat: return Cat::F64;
  case Kind::UntypedComplex: return Cat::C128;
  case Kind::UntypedString: return Cat::Str;
  case Kind::UntypedNil: return Cat::Ptr;
  default: return Cat::None;
  }
}

[[noreturn]] static void badEval(const ExecNode *n, const char *what) {
  std::fprintf(stderr, "goterp: internal error: %s on a node of category %d (line %u)\n", what, int(n->cat),
               n->pos.line);
  std::abort();
}

// The typed entry points of a node that only implements evalInto, and the
// evalInto of one that only implements a typed entry point.
bool ExecNode::evalBool(Ctx &c) {
  if (cat != Cat::Mem && cat != Cat::None && cat != Cat::Bool) badEval(this, "evalBool");
  bool b;
  evalInto(c, &b);
  return b;
}

int64_t ExecNode::evalInt(Ctx &c) {
  switch (cat) {
  case Cat::I8: {
    int8_t v;
    evalInto(c, &v);
    return v;
  }
  case Cat::I16: {
    int16_t v;
    evalInto(c, &v);
    return v;
  }
  case Cat::I32: {
    int32_t v;
    evalInto(c, &v);
    return v;
  }
  case Cat::I64: {
    int64_t v;
    evalInto(c, &v);
    return v;
  }
  case Cat::U8: {
    uint8_t v;
    evalInto(c, &v);
    return v;
  }
  case Cat::U16: {
    uint16_t v;
    evalInto(c, &v);
    return v;
  }
  case Cat::U32: {
    uint32_t v;
    evalInto(c, &v);
    return v;
  }
  case Cat::U64: {
    uint64_t v;
    evalInto(c, &v);
    return int64_t(v);
  }
  default: badEval(this, "evalInt");
  }
}

double ExecNode::evalFloat(Ctx &c) {
  if (cat == Cat::F32) {
    float f;
    evalInto(c, &f);
    return f;
  }
  if (cat != Cat::F64) badEval(this, "evalFloat");
  double d;
  evalInto(c, &d);
  return d;
}

Complex128 ExecNode::evalComplex(Ctx &c) {
  if (cat == Cat::C64) {
    Complex64 v;
    evalInto(c, &v);
    return Complex128(v.real(), v.imag());
  }
  if (cat != Cat::C128) badEval(this, "evalComplex");
  Complex128 v;
  evalInto(c, &v);
  return v;
}

GoString ExecNode::evalString(Ctx &c) {
  if (cat != Cat::Str) badEval(this, "evalString");
  GoString s;
  evalInto(c, &s);
  return s;
}

GoSlice ExecNode::evalSlice(Ctx &c) {
  if (cat != Cat::Slice) badEval(this, "evalSlice");
  GoSlice s;
  evalInto(c, &s);
  return s;
}

GoIface ExecNode::evalIface(Ctx &c) {
  if (cat != Cat::Iface) badEval(this, "evalIface");
  GoIface v;
  evalInto(c, &v);
  return v;
}

void *ExecNode::evalPtr(Ctx &c) {
  if (cat != Cat::Ptr) badEval(this, "evalPtr");
  void *p;
  evalInto(c, &p);
  return p;
}

void ExecNode::evalInto(Ctx &c, void *dst) {
  // Through the typed entry point. The destination may be in the stack and
  // the evaluation may move it: write through a re-derived pointer.
  StackRef d(c, dst);
  switch (cat) {
  case Cat::Bool: {
    bool v = evalBool(c);
    *d.get(c) = v;
    return;
  }
  case Cat::I8:
  case Cat::U8: {
    uint8_t v = uint8_t(evalInt(c));
    *d.get(c) = v;
    return;
  }
  case Cat::I16:
  case Cat::U16: {
    uint16_t v = uint16_t(evalInt(c));
    std::memcpy(d.get(c), &v, 2);
    return;
  }
  case Cat::I32:
  case Cat::U32: {
    uint32_t v = uint32_t(evalInt(c));
    std::memcpy(d.get(c), &v, 4);
    return;
  }
  case Cat::I64:
  case Cat::U64: {
    int64_t v = evalInt(c);
    std::memcpy(d.get(c), &v, 8);
    return;
  }
  case Cat::F32: {
    float v = float(evalFloat(c));
    std::memcpy(d.get(c), &v, 4);
    return;
  }
  case Cat::F64: {
    double v = evalFloat(c);
    std::memcpy(d.get(c), &v, 8);
    return;
  }
  case Cat::C64: {
    Complex128 v = evalComplex(c);
    Complex64 w(float(v.real()), float(v.imag()));
    std::memcpy(d.get(c), &w, 8);
    return;
  }
  case Cat::C128: {
    Complex128 v = evalComplex(c);
    std::memcpy(d.get(c), &v, 16);
    return;
  }
  case Cat::Str: {
    GoString v = evalString(c);
    std::memcpy(d.get(c), &v, 16);
    return;
  }
  case Cat::Slice: {
    GoSlice v = evalSlice(c);
    std::memcpy(d.get(c), &v, 24);
    return;
  }
  case Cat::Iface: {
    GoIface v = evalIface(c);
    std::memcpy(d.get(c), &v, 16);
    return;
  }
  case Cat::Ptr: {
    void *v = evalPtr(c);
    std::memcpy(d.get(c), &v, 8);
    return;
  }
  default: badEval(this, "evalInto");
  }
}

Flow ExecNode::exec(Ctx &c) {
  // An expression used as a statement: evaluate and discard.
  switch (cat) {
  case Cat::None: badEval(this, "exec");
  case Cat::Bool: evalBool(c); break;
  case Cat::F32:
  case Cat::F64: evalFloat(c); break;
  case Cat::C64:
  case Cat::C128: evalComplex(c); break;
  case Cat::Str: evalString(c); break;
  case Cat::Slice: evalSlice(c); break;
  case Cat::Iface: evalIface(c); break;
  case Cat::Ptr: evalPtr(c); break;
  case Cat::Mem: {
    void *tmp = alloca(type->size);
    evalInto(c, tmp);
    break;
  }
  default: evalInt(c); break;
  }
  return Flow::Normal;
}

// ---- Calls --------------------------------------------------------------------

// Runs a function body whose frame has defers: deferred calls run on
// return and on a panic, which they may recover.
static void execWithDefers(Ctx &c, FuncCode *fn, uint64_t frameOff) {
  Flow flow;
  try {
    flow = fn->body->exec(c);
  } catch (PanicUnwind &) {
    c.fp = c.stack + frameOff;
    c.sp = c.fp + fn->frameSize;
    runDefers(c, frameOff, true, nullptr); // rethrows unless recovered
    return;
  }
  // Tracebacks show the deferred calls made from the return statement, or
  // from the closing brace.
  runDefers(c, frameOff, false, flow == Flow::Return ? c.site : fn->exitSite);
}

// Results that are named, or that a recovered panic may return unset,
// start zero; the frame's results are 8-aligned.
static inline void zeroResults(const FuncCode *fn, uint8_t *base) {
  if (fn->zeroResults)
    for (uint32_t o = fn->resultsStart; o < fn->resultsEnd; o += 8) std::memset(base + o, 0, 8);
}

// The calls a plain body does not cover: natives, escaping parameters or
// results, defers, and the first call of a lazy function.
[[gnu::noinline]] static void invokeSlow(Ctx &c, FuncCode *fn, uint64_t frameOff) {
  if (__builtin_expect(fn->lazy != nullptr, false)) {
    uint32_t reserved = fn->frameSize;
    compileLazy(fn);
    // The body's locals made the frame larger than the caller reserved.
    c.sp = c.stack + frameOff + reserved;
    if (c.sp + (fn->frameSize - reserved) > c.stackEnd) morestack(c, fn->frameSize - reserved);
    c.sp = c.stack + frameOff + fn->frameSize;
    c.fp = c.stack + frameOff;
  }
  zeroResults(fn, c.fp);
  if (fn->native) {
    Frame f{c, fn, frameOff};
    fn->native(f);
    return;
  }
  for (const FuncCode::Escape &e : fn->escapingParams) {
    void *cell = gc::alloc(e.type->size, e.type->hasPointers);
    std::memcpy(cell, c.fp + e.from, e.type->size);
    *reinterpret_cast<void **>(c.fp + e.cell) = cell;
  }
  for (const FuncCode::Escape &e : fn->escapingResults) {
    void *cell = gc::alloc(e.type->size, e.type->hasPointers);
    *reinterpret_cast<void **>(c.fp + e.cell) = cell;
  }
  if (fn->hasDefer)
    execWithDefers(c, fn, frameOff);
  else
    fn->body->exec(c);
  // Named results in cells are the results.
  for (const FuncCode::Escape &e : fn->escapingResults) {
    uint8_t *fp = c.stack + frameOff;
    std::memcpy(fp + e.from, *reinterpret_cast<void **>(fp + e.cell), e.type->size);
  }
}

void invoke(Ctx &c, FuncCode *fn, Closure *cl, uint64_t frameOff, const ExecNode *site) {
  // The native stack is bounded: deep recursion is Go's stack overflow.
  char probe;
  if (__builtin_expect(reinterpret_cast<uintptr_t>(&probe) < c.nativeLimit, false)) fatalStackOverflow(c, fn, site);
  uint8_t *base = c.stack + frameOff;
  auto *h = reinterpret_cast<FrameHeader *>(base);
  uint64_t callerFp = uint64_t(c.fp - c.stack);
  h->closure = cl;
  h->fn = fn;
  h->callerFp = callerFp;
  h->site = site;
  c.fp = base;
  if (__builtin_expect(fn->plain, true)) {
    zeroResults(fn, base);
    fn->body->exec(c);
  } else {
    invokeSlow(c, fn, frameOff);
  }
  c.fp = c.stack + callerFp;
  c.sp = c.stack + frameOff;
}

} // namespace goterp
