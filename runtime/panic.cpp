#include "runtime/panic.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>
#include <vector>

#include "gc/alloc.h"
#include "interp/object.h"
#include "runtime/rt.h"
#include "runtime/stack.h"
#include "stdlib/strconv_core.h"

namespace goterp {

// ---- Tracebacks ---------------------------------------------------------------

// Go prints at most this many frames of a panicking goroutine, the
// runtime's own (gopanic, goPanicIndex, sigpanic) included.
constexpr size_t kTraceMax = 100;

size_t traceback(Ctx &c, const ExecNode *at, TraceFrame *out, size_t max) {
  size_t n = 0;
  if (!c.stack) return 0;
  uint8_t *fp = c.fp;
  const ExecNode *site = at;
  while (fp && n < max) {
    auto *h = reinterpret_cast<FrameHeader *>(fp);
    if (!h->fn) break;
    out[n++] = TraceFrame{h->fn, site ? site->pos.line : h->fn->declPos.line};
    // A deferred call run by a panic: in Go it runs on top of the frames
    // that panicked, which its traceback goes on with after two frames of
    // the runtime's (counted, though goterp does not print them).
    for (PanicRecord *p = c.panicking; p; p = p->link)
      if (p->deferFrame == uint64_t(fp - c.stack)) {
        size_t k = std::min<size_t>(p->ntrace, max - n > 2 ? max - n - 2 : 0);
        std::copy(p->trace, p->trace + k, out + n);
        return n + k;
      }
    if (h->callerFp == UINT64_MAX) break;
    site = h->site;
    fp = c.stack + h->callerFp;
  }
  return n;
}

void printTraceback(const TraceFrame *frames, size_t n) {
  std::string s = "goroutine 1 [running]:\n";
  for (size_t i = 0; i < n; i++) {
    const FuncCode *fn = frames[i].fn;
    s += fn->name + (fn->paramOffs.empty() ? "()\n" : "(...)\n");
    s += "\t" + fn->file + ":" + std::to_string(frames[i].line) + "\n";
  }
  writeStderr(s.data(), s.size());
}

// ---- Panics -------------------------------------------------------------------

// Starts a panic: the frames are recorded now, as the unwinding pops them;
// runtimeFrames of Go's own frames (gopanic and the like) count against
// the frames Go would print.
// top, if set, is a frame of a function goterp does not run as one (a
// method wrapper Go generates), on top of the traceback.
[[noreturn]] static void startPanic(Ctx &c, GoIface v, bool sigsegv, size_t runtimeFrames,
                                    const FuncCode *top = nullptr) {
  void *mem = gc::alloc(sizeof(PanicRecord), true);
  auto *p = new (mem) PanicRecord();
  p->value = v;
  p->sigsegv = sigsegv;
  p->link = c.panicking;
  TraceFrame frames[kTraceMax];
  size_t n = 0;
  if (top) frames[n++] = TraceFrame{top, top->declPos.line};
  n += traceback(c, c.site, frames + n, kTraceMax - runtimeFrames - n);
  // FuncCode outlives the program: the frames hold no pointer the
  // collector must follow.
  p->trace = static_cast<TraceFrame *>(gc::alloc(n * sizeof(TraceFrame), false));
  std::copy(frames, frames + n, p->trace);
  p->ntrace = uint32_t(n);
  c.panicking = p;
  throw PanicUnwind{};
}

[[noreturn]] void goPanic(Ctx &c, GoIface v, bool sigsegv) { startPanic(c, v, sigsegv, 1); }

// A runtime error: Go's traceback has gopanic and the runtime function
// that raised it (goPanicIndex, sigpanic, ...).
[[noreturn]] static void runtimePanic(Ctx &c, GoIface v, bool sigsegv = false) { startPanic(c, v, sigsegv, 2); }

GoIface goRecover(Ctx &c) {
  PanicRecord *p = c.panicking;
  if (!p || p->recovered || p->goexit) return GoIface{};
  // Only a deferred function called by the panic machinery may recover,
  // and only directly (not from a function it calls).
  if (p->deferFrame != c.fpOffset()) return GoIface{};
  p->recovered = true;
  return p->value;
}

// Calls one deferred call, in a frame at the top of the stack.
static void callDeferred(Ctx &c, Defer *d, const ExecNode *site, uint64_t *frameOut) {
  if (!d->code) { // defer of a nil func
    *frameOut = uint64_t(c.sp - c.stack);
    c.site = d->site;
    panicNilDeref(c);
  }
  uint8_t *base = reserveFrame(c, d->code);
  uint64_t off = uint64_t(base - c.stack);
  *frameOut = off;
  // The frame as prepared at defer time (arguments and receiver).
  std::memcpy(base + kFrameHeader, d->args + kFrameHeader, d->argsSize - kFrameHeader);
  invoke(c, d->code, d->fn, off, site);
}

void runDefers(Ctx &c, uint64_t frameOff, bool panicking, const ExecNode *returnSite) {
  FuncCode *fn = reinterpret_cast<FrameHeader *>(c.stack + frameOff)->fn;
  while (c.defers && c.defers->frame == frameOff) {
    Defer *d = c.defers;
    c.defers = d->next;
    PanicRecord *p = panicking ? c.panicking : nullptr;
    try {
      if (p) p->deferFrame = uint64_t(c.sp - c.stack);
      uint64_t off;
      callDeferred(c, d, p ? nullptr : returnSite ? returnSite : d->site, &off);
    } catch (PanicUnwind &) {
      // A new panic in the deferred call: it carries on from here, and the
      // one it interrupted is aborted unless it had been recovered.
      c.fp = c.stack + frameOff;
      c.sp = c.fp + fn->frameSize;
      if (p && !p->recovered) p->aborted = true;
      panicking = true;
      continue;
    }
    if (p) {
      p->deferFrame = UINT64_MAX;
      if (p->recovered) {
        // Recovered: the function returns normally once its other
        // deferred calls have run.
        c.panicking = p->link;
        panicking = false;
      }
    }
  }
  if (panicking) throw PanicUnwind{};
}

// ---- Printing panics ----------------------------------------------------------------

static std::string printFloat(double d) {
  // The runtime's print format: +1.500000e+000.
  if (d != d) return "NaN";
  if (d == HUGE_VAL) return "+Inf";
  if (d == -HUGE_VAL) return "-Inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%+.6e", d);
  // Three-digit exponent, as Go's runtime prints it.
  std::string s = buf;
  size_t e = s.find('e');
  std::string mant = s.substr(0, e), exp = s.substr(e + 1);
  char sign = exp[0];
  std::string digits = exp.substr(1);
  while (digits.size() < 3) digits = "0" + digits;
  return mant + "e" + sign + digits;
}

// A panic value as Go's printpanicval prints it, after errors and Stringers
// have been turned into their text.
static std::string panicValueText(Ctx &c, GoIface v) {
  if (v.isNil()) return "nil";
  const Type *t = v.t;
  static const Name errorName = intern("Error"), stringName = intern("String");
  // As Go's printpanicval: an error's Error(), else a Stringer's String().
  for (Name name : {errorName, stringName}) {
    const MethodTarget *m = findMethod(t, name);
    if (m && m->sig && m->sig->params.empty() && m->sig->results.size() == 1 && m->sig->results[0] == types::String)
      return callStringMethod(c, v, m).str();
  }
  const void *p = ifaceData(v);
  std::string val;
  Kind k = t->ukind();
  switch (k) {
  case Kind::Bool: val = *static_cast<const bool *>(p) ? "true" : "false"; break;
  case Kind::Int:
  case Kind::Int64: val = std::to_string(*static_cast<const int64_t *>(p)); break;
  case Kind::Int32: val = std::to_string(*static_cast<const int32_t *>(p)); break;
  case Kind::Int16: val = std::to_string(*static_cast<const int16_t *>(p)); break;
  case Kind::Int8: val = std::to_string(*static_cast<const int8_t *>(p)); break;
  case Kind::Uint:
  case Kind::Uint64:
  case Kind::Uintptr: val = std::to_string(*static_cast<const uint64_t *>(p)); break;
  case Kind::Uint32: val = std::to_string(*static_cast<const uint32_t *>(p)); break;
  case Kind::Uint16: val = std::to_string(*static_cast<const uint16_t *>(p)); break;
  case Kind::Uint8: val = std::to_string(*static_cast<const uint8_t *>(p)); break;
  case Kind::Float64: val = printFloat(*static_cast<const double *>(p)); break;
  case Kind::Float32: val = printFloat(*static_cast<const float *>(p)); break;
  case Kind::Complex128: {
    auto z = *static_cast<const Complex128 *>(p);
    val = "(" + printFloat(z.real()) + printFloat(z.imag()) + "i)";
    break;
  }
  case Kind::String: val = static_cast<const GoString *>(p)->str(); break;
  default: {
    char buf[64];
    std::snprintf(buf, sizeof buf, "(%s) %p", rtypeString(t).c_str(), reinterpret_cast<void *>(v.data));
    return buf;
  }
  }
  if (t->kind == Kind::Named) {
    if (k == Kind::String) return rtypeString(t) + "(\"" + val + "\")";
    return rtypeString(t) + "(" + val + ")";
  }
  return val;
}

// The chain of panics, oldest first. The values' texts are made first,
// newest first, as Go's preprintpanics calls their Error and String
// methods (which may panic: see diePrintingPanic).
static void printPanics(Ctx &c, PanicRecord *p, std::string &out) {
  std::vector<std::pair<PanicRecord *, std::string>> texts;
  for (PanicRecord *q = p; q; q = q->link) texts.emplace_back(q, panicValueText(c, q->value));
  for (size_t i = texts.size(); i-- > 0;) {
    if (i + 1 < texts.size()) out += "\t";
    out += "panic: " + texts[i].second;
    if (texts[i].first->recovered) out += " [recovered]";
    out += "\n";
  }
}

// A panic in the Error or String method that printing a panic value calls:
// as Go's preprintpanics, a fatal error naming the new panic's value (its
// text if a string, else its type), then the frames of both panics.
[[noreturn]] static void diePrintingPanic(Ctx &c, PanicRecord *p) {
  PanicRecord *q = c.panicking;
  std::string out = "fatal error: panic while printing panic value";
  if (q && !q->value.isNil()) {
    if (q->value.t->kind == Kind::String)
      out += ": " + static_cast<const GoString *>(ifaceData(q->value))->str();
    else
      out += ": type " + rtypeString(q->value.t);
  }
  out += "\n";
  if (q && q->sigsegv) out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  out += "\n";
  writeStderr(out.data(), out.size());
  // Go runs the method on top of the frames of the panic being printed:
  // the method's own frames (all its panic has: see dieWithPanic), then
  // that panic's.
  std::vector<TraceFrame> frames;
  if (q && q != p) frames.assign(q->trace, q->trace + q->ntrace);
  frames.insert(frames.end(), p->trace, p->trace + p->ntrace);
  printTraceback(frames.data(), std::min(frames.size(), kTraceMax));
  goExit(2);
}

[[noreturn]] void dieWithPanic(Ctx &c, PanicRecord *p) {
  flushStdout();
  std::string out;
  // The Error and String methods run on a frame chain of their own (the
  // root's, where tracebacks stop) with no panic in progress, not on the
  // stale frames the unwinding left: their panic's traceback is just theirs.
  c.fp = c.stack;
  c.panicking = nullptr;
  try {
    printPanics(c, p, out);
  } catch (PanicUnwind &) {
    diePrintingPanic(c, p);
  }
  // As Go, once after the chain: the goroutine still carries the signal of
  // a nil dereference whose panic is in the chain, recovered or not.
  for (PanicRecord *q = p; q; q = q->link)
    if (q->sigsegv) {
      out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
      break;
    }
  out += "\n";
  writeStderr(out.data(), out.size());
  printTraceback(p->trace, p->ntrace);
  goExit(2);
}

[[noreturn]] void goExit(int code) {
  flushStdout();
  std::fflush(stderr);
  std::_Exit(code);
}

// ---- Runtime errors -------------------------------------------------------------------

static GoIface runtimeError(const char *typeName, const std::string &msg) {
  const Type *t = runtimeErrorType(typeName);
  if (std::strcmp(typeName, "boundsError") == 0 || t->ukind() == Kind::String) {
    GoString s = makeString(msg);
    return makeIface(t, &s);
  }
  // *TypeAssertionError: a pointer to a struct holding the message.
  auto *obj = static_cast<GoString *>(gc::alloc(sizeof(GoString), true));
  *obj = makeString(msg);
  return makeIface(t, &obj);
}

[[noreturn]] void panicIndex(Ctx &c, int64_t i, int64_t len) {
  std::string msg = "index out of range [" + std::to_string(i) + "]";
  if (i >= 0) msg += " with length " + std::to_string(len); // as Go, a negative index is shown alone
  runtimePanic(c, runtimeError("boundsError", msg));
}

[[noreturn]] void panicSlice(Ctx &c, const char *form, int64_t a, int64_t b, bool capacity) {
  // form is "[:%x]", "[%x:%y]" ...; a and b fill it. As Go, a negative
  // bound is shown alone: "[%x:%y]" becomes "[-1:]", with no length.
  std::string f = form, s;
  for (size_t i = 0; i < f.size(); i++) {
    if (f[i] == '%' && i + 1 < f.size()) {
      if (f[i + 1] == 'x')
        s += std::to_string(a);
      else if (a >= 0)
        s += std::to_string(b);
      i++;
    } else {
      s += f[i];
    }
  }
  if (f.find('y') == std::string::npos && a >= 0)
    s += capacity ? " with capacity " + std::to_string(b) : " with length " + std::to_string(b);
  runtimePanic(c, runtimeError("boundsError", "slice bounds out of range " + s));
}

[[noreturn]] void panicNilDeref(Ctx &c) {
  runtimePanic(c, runtimeError("errorString", "invalid memory address or nil pointer dereference"), true);
}

[[noreturn]] void panicDivide(Ctx &c) { runtimePanic(c, runtimeError("errorString", "integer divide by zero")); }
[[noreturn]] void panicNilMap(Ctx &c) { runtimePanic(c, runtimeError("plainError", "assignment to entry in nil map")); }
[[noreturn]] void panicShift(Ctx &c) { runtimePanic(c, runtimeError("errorString", "negative shift amount")); }
[[noreturn]] void panicMakeSlice(Ctx &c, bool cap) {
  runtimePanic(c, runtimeError("errorString", cap ? "makeslice: cap out of range" : "makeslice: len out of range"));
}
[[noreturn]] void panicPlain(Ctx &c, const std::string &msg) { runtimePanic(c, runtimeError("plainError", msg)); }

[[noreturn]] void panicWrap(Ctx &c, const FuncCode *wrapper, const std::string &msg) {
  startPanic(c, runtimeError("plainError", msg), false, 2, wrapper);
}
[[noreturn]] void panicErrorString(Ctx &c, const std::string &msg) {
  runtimePanic(c, runtimeError("errorString", msg));
}
[[noreturn]] void panicUnhashable(Ctx &c, const Type *t) {
  runtimePanic(c, runtimeError("errorString", "hash of unhashable type " + rtypeString(t)));
}
[[noreturn]] void panicUncomparable(Ctx &c, const Type *t) {
  runtimePanic(c, runtimeError("errorString", "comparing uncomparable type " + rtypeString(t)));
}

[[noreturn]] void panicTypeAssert(Ctx &c, const Type *iface, const Type *have, const Type *want,
                                  const std::string &missing) {
  std::string msg = "interface conversion: ";
  if (!have) {
    // A null iface: an assertion to an interface type, where Go says just "interface".
    msg += (iface ? rtypeString(iface) : std::string("interface")) + " is nil, not " + rtypeString(want);
  } else if (!missing.empty()) {
    msg += rtypeString(have) + " is not " + rtypeString(want) + ": missing method " + missing;
  } else {
    std::string h = rtypeString(have), w = rtypeString(want);
    msg += rtypeString(iface) + " is " + h + ", not " + w;
    if (h == w) msg += " (types from different scopes)";
  }
  runtimePanic(c, runtimeError("TypeAssertionError", msg));
}

// ---- Fatal errors ---------------------------------------------------------------------

[[noreturn]] void fatal(Ctx &c, const std::string &msg) {
  flushStdout();
  std::string out = "fatal error: " + msg + "\n\n";
  writeStderr(out.data(), out.size());
  TraceFrame frames[kTraceMax];
  printTraceback(frames, traceback(c, c.site, frames, kTraceMax));
  goExit(2);
}

[[noreturn]] void fatalStackOverflow(Ctx &c, const FuncCode *callee, const ExecNode *site) {
  flushStdout();
  std::string out = "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n";
  writeStderr(out.data(), out.size());
  // As in Go, the callee's frame is on top, at its declaration: its
  // prologue found the stack full. Go prints the first 100 frames of the
  // deep stack.
  TraceFrame frames[kTraceMax];
  size_t n = 0;
  if (callee) frames[n++] = TraceFrame{callee, callee->declPos.line};
  n += traceback(c, site ? site : c.site, frames + n, kTraceMax - n);
  printTraceback(frames, n);
  std::string more = "...additional frames elided...\n";
  writeStderr(more.data(), more.size());
  goExit(2);
}

} // namespace goterp
