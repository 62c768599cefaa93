// Package fmt's printing engine: Print, Println, Printf, their S and F
// forms and the text of Errorf, following Go 1.19's print.go rule for rule
// (the formatting of one operand, format.go, is fmt_format.cpp).
//
// Values arrive as interfaces; the printer walks them by their dynamic Type
// as Go's walks reflect.Values: struct fields, slice and array elements,
// map entries sorted as internal/fmtsort sorts them. It calls Error,
// String, GoString and Format methods through the interpreter where Go's
// handleMethods does (never on values reached through unexported fields,
// which reflection cannot turn back into interfaces) and catches panics in
// them as Go's catchPanic does. The State passed to Format methods is a Go
// value (*fmt.pp) whose methods are natives reading this printer.
//
// The text is built in one std::string taken from a per-thread pool; only
// the final string is allocated on the Go heap.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <mutex>
#include <unistd.h>
#include <unordered_map>

#include "gc/alloc.h"
#include "interp/object.h"
#include "runtime/map.h"
#include "runtime/panic.h"
#include "stdlib/fmt.h"
#include "stdlib/native.h"
#include "stdlib/strconv_core.h"
#include "stdlib/unicode_tables.h"

namespace goterp {

namespace {

using namespace fmtpkg;

// Well-known types, looked up on first use.
struct Known {
  const Type *bytes, *stringer, *goStringer, *formatter, *ppPtr;
};

const Known &known() {
  static const Known k = [] {
    Known k{};
    k.bytes = sliceOf(types::Uint8);
    k.stringer = stdType("fmt", "Stringer");
    k.goStringer = stdType("fmt", "GoStringer");
    k.formatter = stdType("fmt", "Formatter");
    k.ppPtr = pointerTo(stdType("fmt", "pp"));
    return k;
  }();
  return k;
}

// reflect's Type.String, cached.
const std::string &typeName(const Type *t) {
  static std::mutex mu;
  static std::unordered_map<const Type *, std::string> cache;
  std::lock_guard<std::mutex> g(mu);
  auto it = cache.find(t);
  if (it != cache.end()) return it->second;
  return cache.emplace(t, rtypeString(t)).first->second;
}

// Whether a struct field is exported (token.IsExported).
bool fieldExported(const StructField &f) {
  std::string_view n = f.name.s;
  if (n.empty()) return false;
  int sz;
  int32_t r = decodeRune(reinterpret_cast<const uint8_t *>(n.data()), int64_t(n.size()), 0, &sz);
  return unicode::isUpper(char32_t(r));
}

// A value being printed, as a reflect.Value: its type, its address, and
// whether it was reached through an unexported field (!CanInterface).
struct Val {
  const Type *t = nullptr;
  const uint8_t *p = nullptr;
  bool ro = false;
};

// The interface holding v (reflect's Interface()): v's own words for an
// interface value, else v's type with its bits or its address (the value
// is only read, never kept).
GoIface toIface(const Val &v) {
  if (v.t->ukind() == Kind::Interface) return loadAs<GoIface>(v.p);
  if (directIface(v.t->size)) {
    uint64_t bits = 0;
    std::memcpy(&bits, v.p, v.t->size);
    return GoIface{v.t, bits};
  }
  return GoIface{v.t, reinterpret_cast<uint64_t>(v.p)};
}

// Whether values of type t may have methods (or, for interfaces, hold
// values that may): the others skip handleMethods.
bool mayHaveMethods(const Type *t) {
  switch (t->kind) {
  case Kind::Named:
  case Kind::Interface: return true;
  case Kind::Pointer: {
    Kind k = static_cast<const TPointer *>(t)->elem->kind;
    return k == Kind::Named || k == Kind::Struct;
  }
  case Kind::Struct:
    for (const StructField &f : static_cast<const TStruct *>(t)->fields)
      if (f.embedded) return true;
    return false;
  default: return false;
  }
}

Val elemOf(const GoIface *gi, bool ro) { return Val{gi->t, static_cast<const uint8_t *>(ifaceData(*gi)), ro}; }

// Per-thread pool of text buffers (printers nest when methods print).
struct BufPool {
  std::vector<std::string *> free;
  ~BufPool() {
    for (std::string *s : free) delete s;
  }
};
thread_local BufPool bufPool;

std::string *takeBuf() {
  if (bufPool.free.empty()) return new std::string();
  std::string *s = bufPool.free.back();
  bufPool.free.pop_back();
  return s;
}

void giveBuf(std::string *s) {
  if (s->capacity() > (64 << 10)) {
    delete s;
    return;
  }
  s->clear();
  bufPool.free.push_back(s);
}

struct Printer : Fmt {
  Ctx &c;

  // pp's state.
  GoIface arg; // the operand being printed, if p.arg != nil
  Val value;   // else the reflect value being printed
  bool reordered = false, goodArgNum = false, panicking = false, erroring = false, wrapErrs = false;
  int64_t wrapIndex = -1; // the operand %w wrapped (p.wrappedErr)
  int64_t curArg = -1;    // the operand being printed by doPrintf

  Printer(Ctx &ctx, std::string &b) : Fmt(b), c(ctx) {}

  // ---- print.go ---------------------------------------------------------------------

  void writeRune(int32_t r) { appendRune(buf, r); }

  void badVerb(int32_t verb) {
    erroring = true;
    buf += "%!";
    writeRune(verb);
    buf += '(';
    if (arg.t) {
      buf += typeName(arg.t);
      buf += '=';
      printArg(arg, 'v');
    } else if (value.t) {
      buf += typeName(value.t);
      buf += '=';
      printValue(value, 'v', 0);
    } else {
      buf += "<nil>";
    }
    buf += ')';
    erroring = false;
  }

  void fmtBool(bool v, int32_t verb) {
    if (verb == 't' || verb == 'v')
      fmtBoolean(v);
    else
      badVerb(verb);
  }

  void fmt0x64(uint64_t v, bool leading0x) {
    bool s = sharp;
    sharp = leading0x;
    fmtInteger(v, 16, false, 'v', ldigits);
    sharp = s;
  }

  void printInteger(uint64_t v, bool isSigned, int32_t verb) {
    switch (verb) {
    case 'v':
      if (sharpV && !isSigned)
        fmt0x64(v, true);
      else
        fmtInteger(v, 10, isSigned, verb, ldigits);
      return;
    case 'd': fmtInteger(v, 10, isSigned, verb, ldigits); return;
    case 'b': fmtInteger(v, 2, isSigned, verb, ldigits); return;
    case 'o':
    case 'O': fmtInteger(v, 8, isSigned, verb, ldigits); return;
    case 'x': fmtInteger(v, 16, isSigned, verb, ldigits); return;
    case 'X': fmtInteger(v, 16, isSigned, verb, udigits); return;
    case 'c': fmtC(v); return;
    case 'q': fmtQc(v); return;
    case 'U': fmtUnicode(v); return;
    default: badVerb(verb);
    }
  }

  void printFloat(double v, int size, int32_t verb) {
    switch (verb) {
    case 'v': fmtFloat(v, size, 'g', -1); return;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmtFloat(v, size, verb, -1); return;
    case 'f':
    case 'e':
    case 'E': fmtFloat(v, size, verb, 6); return;
    case 'F': fmtFloat(v, size, 'f', 6); return;
    default: badVerb(verb);
    }
  }

  void printComplex(double re, double im, int size, int32_t verb) {
    switch (verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': {
      bool oldPlus = plus;
      buf += '(';
      printFloat(re, size / 2, verb);
      plus = true;
      printFloat(im, size / 2, verb);
      buf += "i)";
      plus = oldPlus;
      return;
    }
    default: badVerb(verb);
    }
  }

  void printString(std::string_view v, int32_t verb) {
    switch (verb) {
    case 'v':
      if (sharpV)
        fmtQ(v);
      else
        fmtS(v);
      return;
    case 's': fmtS(v); return;
    case 'x': fmtSbx(v, ldigits); return;
    case 'X': fmtSbx(v, udigits); return;
    case 'q': fmtQ(v); return;
    default: badVerb(verb);
    }
  }

  // Go's fmtBytes; self is the value as a whole, printed by printValue for
  // the other verbs.
  void fmtBytes(std::string_view v, bool isNil, int32_t verb, const std::string &typeString, const Val &self) {
    switch (verb) {
    case 'v':
    case 'd':
      if (sharpV) {
        buf += typeString;
        if (isNil) {
          buf += "(nil)";
          return;
        }
        buf += '{';
        for (size_t i = 0; i < v.size(); i++) {
          if (i > 0) buf += ", ";
          fmt0x64(static_cast<unsigned char>(v[i]), true);
        }
        buf += '}';
      } else {
        buf += '[';
        for (size_t i = 0; i < v.size(); i++) {
          if (i > 0) buf += ' ';
          fmtInteger(static_cast<unsigned char>(v[i]), 10, false, verb, ldigits);
        }
        buf += ']';
      }
      return;
    case 's': fmtS(v); return;
    case 'x': fmtSbx(v, ldigits); return;
    case 'X': fmtSbx(v, udigits); return;
    case 'q': fmtQ(v); return;
    default: printValue(self, verb, 0);
    }
  }

  // The address of a chan, func, map, pointer or slice value, or false.
  static bool pointerOf(const Val &v, uint64_t *u) {
    switch (v.t->ukind()) {
    case Kind::Chan:
    case Kind::Func:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::UnsafePointer: *u = loadAs<uint64_t>(v.p); return true;
    case Kind::Slice: *u = reinterpret_cast<uint64_t>(loadAs<GoSlice>(v.p).p); return true;
    default: return false;
    }
  }

  void fmtPointer(const Val &v, int32_t verb) {
    uint64_t u;
    if (!pointerOf(v, &u)) {
      badVerb(verb);
      return;
    }
    switch (verb) {
    case 'v':
      if (sharpV) {
        buf += '(';
        buf += typeName(v.t);
        buf += ")(";
        if (u == 0)
          buf += "nil";
        else
          fmt0x64(u, true);
        buf += ')';
      } else {
        if (u == 0)
          pad("<nil>");
        else
          fmt0x64(u, !sharp);
      }
      return;
    case 'p': fmt0x64(u, !sharp); return;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': printInteger(u, false, verb); return;
    default: badVerb(verb);
    }
  }

  // Go's catchPanic, for a method of operand a that panicked with err.
  void catchPanic(GoIface a, int32_t verb, const char *method, GoIface err) {
    if (a.t && a.t->ukind() == Kind::Pointer && a.data == 0) {
      buf += "<nil>";
      return;
    }
    if (panicking) goPanic(c, err); // nested panics: the recursion cannot succeed
    Flags old = saveFlags();
    clearflags();
    buf += "%!";
    writeRune(verb);
    buf += "(PANIC=";
    buf += method;
    buf += " method: ";
    panicking = true;
    printArg(err, 'v');
    panicking = false;
    buf += ')';
    restoreFlags(old);
  }

  // Calls a method of a taking no arguments and returning a string.
  GoString callString(GoIface a, const MethodTarget *m) { return callStringMethod(c, a, m); }

  void callFormat(GoIface a, const MethodTarget *m, int32_t verb) {
    m = resolveMethod(c, m, a.t, a.data);
    auto *state = static_cast<uint64_t *>(gc::alloc(sizeof(uint64_t), false));
    *state = reinterpret_cast<uint64_t>(this);
    CallFrame f = beginCall(c, m->code);
    uint8_t *base = frameBase(c, f);
    storeAs(base + m->code->paramOffs[0], GoIface{known().ppPtr, reinterpret_cast<uint64_t>(state)});
    storeAs<int32_t>(base + m->code->paramOffs[1], verb);
    methodReceiver(c, *m, a.t, a.data, base + m->code->recvOff);
    try {
      endCall(c, f, nullptr);
    } catch (...) {
      *state = 0;
      throw;
    }
    *state = 0;
  }

  bool handleMethods(int32_t verb) {
    static const Name formatN = intern("Format"), goStringN = intern("GoString"), errorN = intern("Error"),
                      stringN = intern("String");
    if (erroring) return false;
    if (verb == 'w') {
      // %w is valid only in Errorf, once, with an error operand.
      bool isErr = arg.t && implementsIface(arg.t, types::Error);
      if (!isErr || !wrapErrs || wrapIndex >= 0) {
        wrapIndex = -1;
        wrapErrs = false;
        badVerb(verb);
        return true;
      }
      wrapIndex = curArg;
      verb = 'v';
    }
    if (!arg.t) return false;
    const Known &k = known();
    GoIface a = arg;
    GoIface perr;
    if (implementsIface(a.t, k.formatter)) {
      const MethodTarget *m = findMethod(a.t, formatN);
      if (!callRecovering(
              c, [&] { callFormat(a, m, verb); }, &perr, nullptr))
        catchPanic(a, verb, "Format", perr);
      return true;
    }
    if (sharpV) {
      if (implementsIface(a.t, k.goStringer)) {
        const MethodTarget *m = findMethod(a.t, goStringN);
        GoString s;
        if (callRecovering(
                c, [&] { s = callString(a, m); }, &perr, nullptr))
          fmtS(s.view());
        else
          catchPanic(a, verb, "GoString", perr);
        return true;
      }
      return false;
    }
    switch (verb) {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q': break;
    default: return false;
    }
    const char *method;
    const MethodTarget *m;
    if (implementsIface(a.t, types::Error)) {
      method = "Error";
      m = findMethod(a.t, errorN);
    } else if (implementsIface(a.t, k.stringer)) {
      method = "String";
      m = findMethod(a.t, stringN);
    } else {
      return false;
    }
    GoString s;
    if (callRecovering(
            c, [&] { s = callString(a, m); }, &perr, nullptr))
      printString(s.view(), verb);
    else
      catchPanic(a, verb, method, perr);
    return true;
  }

  void printArg(GoIface a, int32_t verb) {
    arg = a;
    value = Val{};
    if (!a.t) {
      if (verb == 'T' || verb == 'v')
        pad("<nil>");
      else
        badVerb(verb);
      return;
    }
    const Val v{a.t, static_cast<const uint8_t *>(ifaceData(a)), false};
    if (verb == 'T') {
      fmtS(typeName(a.t));
      return;
    }
    if (verb == 'p') {
      fmtPointer(v, 'p');
      return;
    }
    // The predeclared types, without methods.
    const Type *t = a.t;
    if (t->kind != Kind::Named) {
      switch (t->kind) {
      case Kind::Bool: fmtBool(loadAs<bool>(v.p), verb); return;
      case Kind::Float32: printFloat(loadAs<float>(v.p), 32, verb); return;
      case Kind::Float64: printFloat(loadAs<double>(v.p), 64, verb); return;
      case Kind::Complex64: {
        auto z = loadAs<Complex64>(v.p);
        printComplex(z.real(), z.imag(), 64, verb);
        return;
      }
      case Kind::Complex128: {
        auto z = loadAs<Complex128>(v.p);
        printComplex(z.real(), z.imag(), 128, verb);
        return;
      }
      case Kind::Int:
      case Kind::Int64: printInteger(loadAs<uint64_t>(v.p), true, verb); return;
      case Kind::Int8: printInteger(uint64_t(int64_t(loadAs<int8_t>(v.p))), true, verb); return;
      case Kind::Int16: printInteger(uint64_t(int64_t(loadAs<int16_t>(v.p))), true, verb); return;
      case Kind::Int32: printInteger(uint64_t(int64_t(loadAs<int32_t>(v.p))), true, verb); return;
      case Kind::Uint:
      case Kind::Uint64:
      case Kind::Uintptr: printInteger(loadAs<uint64_t>(v.p), false, verb); return;
      case Kind::Uint8: printInteger(loadAs<uint8_t>(v.p), false, verb); return;
      case Kind::Uint16: printInteger(loadAs<uint16_t>(v.p), false, verb); return;
      case Kind::Uint32: printInteger(loadAs<uint32_t>(v.p), false, verb); return;
      case Kind::String: printString(loadAs<GoString>(v.p).view(), verb); return;
      default:
        if (t == known().bytes) {
          GoSlice s = loadAs<GoSlice>(v.p);
          static const std::string bytesName = "[]byte";
          fmtBytes(std::string_view(reinterpret_cast<const char *>(s.p), size_t(s.len)), s.p == nullptr, verb,
                   bytesName, v);
          return;
        }
      }
    }
    if (!handleMethods(verb)) printValue(v, verb, 0);
  }

  // v by value: printing changes the member value it may come from.
  void printValue(Val v, int32_t verb, int depth) {
    if (depth > 0 && v.t && !v.ro && (verb == 'w' || mayHaveMethods(v.t))) {
      arg = toIface(v);
      if (handleMethods(verb)) return;
    }
    arg = GoIface{};
    value = v;
    if (!v.t) {
      if (depth == 0)
        buf += "<invalid reflect.Value>";
      else if (verb == 'v')
        buf += "<nil>";
      else
        badVerb(verb);
      return;
    }
    const Type *u = v.t->underlying();
    switch (u->kind) {
    case Kind::Bool: fmtBool(loadAs<bool>(v.p), verb); return;
    case Kind::Int:
    case Kind::Int64: printInteger(loadAs<uint64_t>(v.p), true, verb); return;
    case Kind::Int8: printInteger(uint64_t(int64_t(loadAs<int8_t>(v.p))), true, verb); return;
    case Kind::Int16: printInteger(uint64_t(int64_t(loadAs<int16_t>(v.p))), true, verb); return;
    case Kind::Int32: printInteger(uint64_t(int64_t(loadAs<int32_t>(v.p))), true, verb); return;
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr: printInteger(loadAs<uint64_t>(v.p), false, verb); return;
    case Kind::Uint8: printInteger(loadAs<uint8_t>(v.p), false, verb); return;
    case Kind::Uint16: printInteger(loadAs<uint16_t>(v.p), false, verb); return;
    case Kind::Uint32: printInteger(loadAs<uint32_t>(v.p), false, verb); return;
    case Kind::Float32: printFloat(loadAs<float>(v.p), 32, verb); return;
    case Kind::Float64: printFloat(loadAs<double>(v.p), 64, verb); return;
    case Kind::Complex64: {
      auto z = loadAs<Complex64>(v.p);
      printComplex(z.real(), z.imag(), 64, verb);
      return;
    }
    case Kind::Complex128: {
      auto z = loadAs<Complex128>(v.p);
      printComplex(z.real(), z.imag(), 128, verb);
      return;
    }
    case Kind::String: printString(loadAs<GoString>(v.p).view(), verb); return;
    case Kind::Map: printMap(v, static_cast<const TMap *>(u), verb, depth); return;
    case Kind::Struct: {
      auto *st = static_cast<const TStruct *>(u);
      if (sharpV) buf += typeName(v.t);
      buf += '{';
      for (size_t i = 0; i < st->fields.size(); i++) {
        const StructField &f = st->fields[i];
        if (i > 0) {
          if (sharpV)
            buf += ", ";
          else
            buf += ' ';
        }
        if ((plusV || sharpV) && !f.name.empty()) {
          buf += f.name.s;
          buf += ':';
        }
        Val fv{f.type, v.p + f.offset, v.ro || !fieldExported(f)};
        // getField: an interface field prints as what it holds.
        if (f.type->ukind() == Kind::Interface) {
          auto *gi = reinterpret_cast<const GoIface *>(fv.p);
          if (gi->t) fv = elemOf(gi, fv.ro);
        }
        printValue(fv, verb, depth + 1);
      }
      buf += '}';
      return;
    }
    case Kind::Interface: {
      auto *gi = reinterpret_cast<const GoIface *>(v.p);
      if (!gi->t) {
        if (sharpV) {
          buf += typeName(v.t);
          buf += "(nil)";
        } else {
          buf += "<nil>";
        }
        return;
      }
      printValue(elemOf(gi, v.ro), verb, depth + 1);
      return;
    }
    case Kind::Array:
    case Kind::Slice: {
      const Type *elem;
      const uint8_t *data;
      int64_t n;
      bool isNil = false;
      if (u->kind == Kind::Slice) {
        GoSlice s = loadAs<GoSlice>(v.p);
        elem = static_cast<const TSlice *>(u)->elem;
        data = s.p;
        n = s.len;
        isNil = s.p == nullptr;
      } else {
        elem = static_cast<const TArray *>(u)->elem;
        data = v.p;
        n = static_cast<const TArray *>(u)->len;
      }
      switch (verb) {
      case 's':
      case 'q':
      case 'x':
      case 'X':
        if (elem->ukind() == Kind::Uint8) {
          fmtBytes(std::string_view(reinterpret_cast<const char *>(data), size_t(n)), isNil, verb, typeName(v.t), v);
          return;
        }
      }
      if (sharpV) {
        buf += typeName(v.t);
        if (u->kind == Kind::Slice && isNil) {
          buf += "(nil)";
          return;
        }
        buf += '{';
        for (int64_t i = 0; i < n; i++) {
          if (i > 0) buf += ", ";
          printValue(Val{elem, data + i * elem->size, v.ro}, verb, depth + 1);
        }
        buf += '}';
      } else {
        buf += '[';
        for (int64_t i = 0; i < n; i++) {
          if (i > 0) buf += ' ';
          printValue(Val{elem, data + i * elem->size, v.ro}, verb, depth + 1);
        }
        buf += ']';
      }
      return;
    }
    case Kind::Pointer: {
      // A pointer to an array, slice, struct or map prints as &{...} at
      // the top level only (avoiding loops).
      auto *q = loadAs<const uint8_t *>(v.p);
      if (depth == 0 && q) {
        const Type *e = static_cast<const TPointer *>(u)->elem;
        switch (e->ukind()) {
        case Kind::Array:
        case Kind::Slice:
        case Kind::Struct:
        case Kind::Map:
          buf += '&';
          printValue(Val{e, q, v.ro}, verb, depth + 1);
          return;
        default: break;
        }
      }
      fmtPointer(v, verb);
      return;
    }
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer: fmtPointer(v, verb); return;
    default:
      buf += '?';
      buf += typeName(v.t);
      buf += '?';
    }
  }

  void printMap(const Val &v, const TMap *mt, int32_t verb, int depth) {
    auto *m = loadAs<GoMap *>(v.p);
    if (sharpV) {
      buf += typeName(v.t);
      if (!m) {
        buf += "(nil)";
        return;
      }
      buf += '{';
    } else {
      buf += "map[";
    }
    std::vector<std::pair<const uint8_t *, const uint8_t *>> entries;
    entries.reserve(size_t(mapLen(m)));
    MapIter it;
    mapIterInit(it, m);
    const void *k;
    void *e;
    while (mapIterNext(c, it, &k, &e))
      entries.emplace_back(static_cast<const uint8_t *>(k), static_cast<const uint8_t *>(e));
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const auto &a, const auto &b) { return compareKeys(mt->key, a.first, b.first) < 0; });
    for (size_t i = 0; i < entries.size(); i++) {
      if (i > 0) {
        if (sharpV)
          buf += ", ";
        else
          buf += ' ';
      }
      printValue(Val{mt->key, entries[i].first, v.ro}, verb, depth + 1);
      buf += ':';
      printValue(Val{mt->elem, entries[i].second, v.ro}, verb, depth + 1);
    }
    buf += sharpV ? '}' : ']';
    // The entries stay alive (the iterator's array is what holds them) even
    // if a method printed above made the map grow.
    asm volatile("" : : "g"(it.entries) : "memory");
  }

  // ---- Printf -----------------------------------------------------------------------------

  // Go's intFromArg.
  static void intFromArg(const GoIface *a, int64_t n, int64_t *argNum, int64_t *num, bool *isInt) {
    *num = 0;
    *isInt = false;
    if (*argNum >= n) return;
    GoIface v = a[(*argNum)++];
    if (v.t && v.t->isInteger()) {
      const uint8_t *p = static_cast<const uint8_t *>(ifaceData(v));
      uint64_t u = 0;
      std::memcpy(&u, p, v.t->size);
      if (!v.t->isUnsigned() && v.t->size < 8) { // sign-extend
        unsigned shift = 64 - 8 * v.t->size;
        u = uint64_t(int64_t(u << shift) >> shift);
      }
      // Unsigned values must fit in an int.
      if (!v.t->isUnsigned() || int64_t(u) >= 0) {
        *num = int64_t(u);
        *isInt = true;
      }
    }
    if (tooLarge(*num)) {
      *num = 0;
      *isInt = false;
    }
  }

  // Go's parseArgNumber, on format[i:].
  static void parseArgNumber(std::string_view format, int64_t *index, size_t *w, bool *ok) {
    if (format.size() < 3) {
      *index = 0;
      *w = 1;
      *ok = false;
      return;
    }
    for (size_t i = 1; i < format.size(); i++) {
      if (format[i] == ']') {
        int64_t width;
        bool isnum;
        size_t newi;
        parsenum(format, 1, i, &width, &isnum, &newi);
        if (!isnum || newi != i) {
          *index = 0;
          *w = i + 1;
          *ok = false;
          return;
        }
        *index = width - 1;
        *w = i + 1;
        *ok = true;
        return;
      }
    }
    *index = 0;
    *w = 1;
    *ok = false;
  }

  // Go's argNumber: updates argNum and i; returns whether an index was found.
  bool argNumber(int64_t *argNum, std::string_view format, size_t *i, int64_t numArgs) {
    if (format.size() <= *i || format[*i] != '[') return false;
    reordered = true;
    int64_t index;
    size_t w;
    bool ok;
    parseArgNumber(format.substr(*i), &index, &w, &ok);
    if (ok && 0 <= index && index < numArgs) {
      *argNum = index;
      *i += w;
      return true;
    }
    goodArgNum = false;
    *i += w;
    return ok;
  }

  void doPrintf(std::string_view format, GoSlice args) {
    auto *a = reinterpret_cast<const GoIface *>(args.p);
    const int64_t n = args.len;
    const size_t end = format.size();
    int64_t argNum = 0;
    bool afterIndex = false;
    reordered = false;
    for (size_t i = 0; i < end;) {
      goodArgNum = true;
      size_t lasti = i;
      while (i < end && format[i] != '%') i++;
      if (i > lasti) buf.append(format.data() + lasti, i - lasti);
      if (i >= end) break;
      i++; // the %
      clearflags();
      bool simple = false;
      for (; i < end; i++) {
        char ch = format[i];
        if (ch == '#') {
          sharp = true;
        } else if (ch == '0') {
          zero = !minus;
        } else if (ch == '+') {
          plus = true;
        } else if (ch == '-') {
          minus = true;
          zero = false;
        } else if (ch == ' ') {
          space = true;
        } else {
          // The common case: an ASCII lower-case verb and no width,
          // precision or index.
          if ('a' <= ch && ch <= 'z' && argNum < n) {
            if (ch == 'v') {
              sharpV = sharp;
              sharp = false;
              plusV = plus;
              plus = false;
            }
            curArg = argNum;
            printArg(a[argNum], ch);
            argNum++;
            i++;
            simple = true;
          }
          break;
        }
      }
      if (simple) continue;

      afterIndex = argNumber(&argNum, format, &i, n);

      if (i < end && format[i] == '*') {
        i++;
        intFromArg(a, n, &argNum, &wid, &widPresent);
        if (!widPresent) buf += "%!(BADWIDTH)";
        if (wid < 0) {
          wid = -wid;
          minus = true;
          zero = false;
        }
        afterIndex = false;
      } else {
        parsenum(format, i, end, &wid, &widPresent, &i);
        if (afterIndex && widPresent) goodArgNum = false; // "%[3]2d"
      }

      if (i + 1 < end && format[i] == '.') {
        i++;
        if (afterIndex) goodArgNum = false; // "%[3].2d"
        afterIndex = argNumber(&argNum, format, &i, n);
        if (i < end && format[i] == '*') {
          i++;
          intFromArg(a, n, &argNum, &prec, &precPresent);
          if (prec < 0) {
            prec = 0;
            precPresent = false;
          }
          if (!precPresent) buf += "%!(BADPREC)";
          afterIndex = false;
        } else {
          parsenum(format, i, end, &prec, &precPresent, &i);
          if (!precPresent) {
            prec = 0;
            precPresent = true;
          }
        }
      }

      if (!afterIndex) afterIndex = argNumber(&argNum, format, &i, n);

      if (i >= end) {
        buf += "%!(NOVERB)";
        break;
      }

      int32_t verb = static_cast<unsigned char>(format[i]);
      int size = 1;
      if (verb >= 0x80)
        verb = decodeRune(reinterpret_cast<const uint8_t *>(format.data()), int64_t(end), int64_t(i), &size);
      i += size_t(size);

      if (verb == '%') {
        buf += '%'; // absorbs no operand, ignores width and precision
      } else if (!goodArgNum) {
        buf += "%!";
        writeRune(verb);
        buf += "(BADINDEX)";
      } else if (argNum >= n) {
        buf += "%!";
        writeRune(verb);
        buf += "(MISSING)";
      } else {
        if (verb == 'v') {
          sharpV = sharp;
          sharp = false;
          plusV = plus;
          plus = false;
        }
        curArg = argNum;
        printArg(a[argNum], verb);
        argNum++;
      }
    }
    // Extra operands, unless the format reordered them.
    if (!reordered && argNum < n) {
      clearflags();
      buf += "%!(EXTRA ";
      for (int64_t k = argNum; k < n; k++) {
        if (k > argNum) buf += ", ";
        if (!a[k].t) {
          buf += "<nil>";
        } else {
          buf += typeName(a[k].t);
          buf += '=';
          printArg(a[k], 'v');
        }
      }
      buf += ')';
    }
  }

  void doPrint(GoSlice args) {
    auto *a = reinterpret_cast<const GoIface *>(args.p);
    bool prevString = false;
    for (int64_t i = 0; i < args.len; i++) {
      bool isString = a[i].t && a[i].t->ukind() == Kind::String;
      if (i > 0 && !isString && !prevString) buf += ' ';
      printArg(a[i], 'v');
      prevString = isString;
    }
  }

  void doPrintln(GoSlice args) {
    auto *a = reinterpret_cast<const GoIface *>(args.p);
    for (int64_t i = 0; i < args.len; i++) {
      if (i > 0) buf += ' ';
      printArg(a[i], 'v');
    }
    buf += '\n';
  }
};

// A printer with a pooled buffer.
struct PrintJob {
  std::string *text;
  Printer p;
  explicit PrintJob(Ctx &c) : text(takeBuf()), p(c, *text) {}
  ~PrintJob() { giveBuf(text); }
  PrintJob(const PrintJob &) = delete;
  PrintJob &operator=(const PrintJob &) = delete;
};

// mode 0: Print, 1: Println, 2: Printf.
void format(Printer &p, int mode, GoString fmtStr, GoSlice args) {
  switch (mode) {
  case 0: p.doPrint(args); break;
  case 1: p.doPrintln(args); break;
  default: p.doPrintf(fmtStr.view(), args); break;
  }
}

// Writes s to w if w is a non-nil *os.File writing to standard output or
// standard error (what os.(*File).Write would do); false otherwise.
bool writeFile(GoIface w, const std::string &s) {
  int64_t fd = fileFd(w);
  if (fd == 1)
    writeStdout(s.data(), s.size());
  else if (fd == 2)
    writeStderr(s.data(), s.size());
  else
    return false;
  return true;
}

void sprint(Frame &f) {
  PrintJob j(f.c);
  j.p.doPrint(f.arg<GoSlice>(0));
  f.result<GoString>(0) = makeString(*j.text);
}

void sprintln(Frame &f) {
  PrintJob j(f.c);
  j.p.doPrintln(f.arg<GoSlice>(0));
  f.result<GoString>(0) = makeString(*j.text);
}

void sprintf(Frame &f) {
  PrintJob j(f.c);
  GoString format = f.arg<GoString>(0);
  j.p.doPrintf(format.view(), f.arg<GoSlice>(1));
  f.result<GoString>(0) = makeString(*j.text);
}

// Print, Println, Printf: to os.Stdout.
void printTo(Frame &f, int mode) {
  PrintJob j(f.c);
  GoString fmtStr;
  GoSlice args;
  if (mode == 2) {
    fmtStr = f.arg<GoString>(0);
    args = f.arg<GoSlice>(1);
  } else {
    args = f.arg<GoSlice>(0);
  }
  format(j.p, mode, fmtStr, args);
  static void *stdoutAddr = [] {
    Package *os = loadPackage("os");
    return os->scope->lookup(intern("Stdout"))->as<Var>()->addr;
  }();
  GoIface w{osFilePtr(), loadAs<uint64_t>(stdoutAddr)};
  if (!writeFile(w, *j.text)) {
    // os.Stdout was redirected to another file: write to its descriptor.
    if (int64_t fd = fileFd(w); fd >= 0) {
      flushStdout();
      size_t done = 0;
      while (done < j.text->size()) {
        ssize_t r = ::write(int(fd), j.text->data() + done, j.text->size() - done);
        if (r <= 0) break;
        done += size_t(r);
      }
    }
  }
  f.result<int64_t>(0) = int64_t(j.text->size());
  f.result<GoIface>(1) = GoIface{};
}

void print_(Frame &f) { printTo(f, 0); }
void println_(Frame &f) { printTo(f, 1); }
void printf_(Frame &f) { printTo(f, 2); }

// fprint(w, mode, format, a) (b []byte, n int, done bool)
void fprint(Frame &f) {
  PrintJob j(f.c);
  GoIface w = f.arg<GoIface>(0);
  int mode = int(f.arg<int64_t>(1));
  format(j.p, mode, f.arg<GoString>(2), f.arg<GoSlice>(3));
  const std::string &s = *j.text;
  if (writeFile(w, s)) {
    f.result<GoSlice>(0) = GoSlice{};
    f.result<int64_t>(1) = int64_t(s.size());
    f.result<bool>(2) = true;
    return;
  }
  auto *p = static_cast<uint8_t *>(gc::alloc(s.size() ? s.size() : 1, false));
  std::memcpy(p, s.data(), s.size());
  f.result<GoSlice>(0) = GoSlice{p, int64_t(s.size()), int64_t(s.size())};
  f.result<int64_t>(1) = 0;
  f.result<bool>(2) = false;
}

void errorf(Frame &f) {
  PrintJob j(f.c);
  j.p.wrapErrs = true;
  GoString format = f.arg<GoString>(0);
  j.p.doPrintf(format.view(), f.arg<GoSlice>(1));
  f.result<GoString>(0) = makeString(*j.text);
  f.result<int64_t>(1) = j.p.wrapIndex;
}

// ---- The State of Format methods (*fmt.pp) ------------------------------------------

Printer *statePrinter(Frame &f) {
  auto *obj = recv<uint64_t *>(f);
  if (!obj) panicNilDeref(f.c);
  return reinterpret_cast<Printer *>(*obj);
}

void ppWrite(Frame &f) {
  GoSlice b = f.arg<GoSlice>(0);
  if (Printer *p = statePrinter(f)) p->buf.append(reinterpret_cast<const char *>(b.p), size_t(b.len));
  f.result<int64_t>(0) = b.len;
  f.result<GoIface>(1) = GoIface{};
}

void ppWriteString(Frame &f) {
  GoString s = f.arg<GoString>(0);
  if (Printer *p = statePrinter(f)) p->buf += s.view();
  f.result<int64_t>(0) = s.n;
  f.result<GoIface>(1) = GoIface{};
}

void ppWidth(Frame &f) {
  Printer *p = statePrinter(f);
  f.result<int64_t>(0) = p ? p->wid : 0;
  f.result<bool>(1) = p && p->widPresent;
}

void ppPrecision(Frame &f) {
  Printer *p = statePrinter(f);
  f.result<int64_t>(0) = p ? p->prec : 0;
  f.result<bool>(1) = p && p->precPresent;
}

void ppFlag(Frame &f) {
  Printer *p = statePrinter(f);
  bool r = false;
  if (p) {
    switch (f.arg<int64_t>(0)) {
    case '-': r = p->minus; break;
    case '+': r = p->plus || p->plusV; break;
    case '#': r = p->sharp || p->sharpV; break;
    case ' ': r = p->space; break;
    case '0': r = p->zero; break;
    default: break;
    }
  }
  f.result<bool>(0) = r;
}

Natives reg{
    {"fmt.Sprint", sprint},       {"fmt.Sprintln", sprintln},
    {"fmt.Sprintf", sprintf},     {"fmt.Print", print_},
    {"fmt.Println", println_},    {"fmt.Printf", printf_},
    {"fmt.fprint", fprint},       {"fmt.errorf", errorf},
    {"fmt.(*pp).Write", ppWrite}, {"fmt.(*pp).WriteString", ppWriteString},
    {"fmt.(*pp).Width", ppWidth}, {"fmt.(*pp).Precision", ppPrecision},
    {"fmt.(*pp).Flag", ppFlag},
};

} // namespace

} // namespace goterp
