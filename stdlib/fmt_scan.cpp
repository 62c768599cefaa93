// Package fmt's scanning engine: Sscan, Sscanln, Sscanf and the Fscan
// forms (Scan, Scanln, Scanf are Fscan on os.Stdin), following Go 1.19's
// scan.go rule for rule.
//
// Input comes from a string, from an io.RuneScanner (ReadRune and
// UnreadRune called through the interpreter), or from any other io.Reader
// read one byte at a time as Go's readRune does (so that nothing past the
// scanned text is consumed); an *os.File is read with read(2) directly.
// Operands are pointers; the type they point to decides what is parsed.
// A value with a Scan method scans itself, given a ScanState (*fmt.ss)
// whose methods are natives reading this scanner.
//
// Errors unwind as a C++ exception (ScanFail) inside the engine, and as a
// Go panic of a fmt.scanError through Go code (Scan methods), as Go's
// scanner panics with scanError.
#include <cerrno>
#include <cmath>
#include <cstring>
#include <functional>
#include <unistd.h>

#include "gc/alloc.h"
#include "interp/object.h"
#include "runtime/panic.h"
#include "stdlib/fmt.h"
#include "stdlib/native.h"
#include "stdlib/strconv_core.h"

namespace goterp {

namespace {

using namespace fmtpkg;

constexpr int32_t eof = -1;
constexpr int64_t hugeWid = int64_t(1) << 30;

struct Known {
  const Type *ssPtr, *scanError, *scanner;
  GoIface ioEOF, ioUnexpectedEOF;
};

const Known &known() {
  static const Known k = [] {
    Known k{};
    k.ssPtr = pointerTo(stdType("fmt", "ss"));
    k.scanError = stdType("fmt", "scanError");
    k.scanner = stdType("fmt", "Scanner");
    k.ioEOF = stdIfaceVar("io", "EOF");
    k.ioUnexpectedEOF = stdIfaceVar("io", "ErrUnexpectedEOF");
    return k;
  }();
  return k;
}

bool sameIface(GoIface a, GoIface b) { return a.t == b.t && a.data == b.data; }

// A scanning error unwinding the engine (Go's scanError panic, or its
// panic(io.EOF)).
struct ScanFail {
  GoIface err;
};

// Whether a Go panic value is one the scanner raised: a fmt.scanError or
// io.EOF.
bool isScanPanic(GoIface v) { return v.t == known().scanError || sameIface(v, known().ioEOF); }

GoIface scanPanicErr(GoIface v) {
  if (v.t == known().scanError) return loadAs<GoIface>(ifaceData(v));
  return v;
}

// strconv's *NumError text.
std::string numErrorText(const char *fn, std::string_view num, strconv::Err e) {
  std::string s = "strconv.";
  s += fn;
  s += ": parsing ";
  s += strconv::quote(num);
  s += ": ";
  s += strconv::errText(e);
  return s;
}

bool isSpace(int32_t r) {
  static const uint16_t space[][2] = {{0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00a0, 0x00a0},
                                      {0x1680, 0x1680}, {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f},
                                      {0x205f, 0x205f}, {0x3000, 0x3000}};
  if (r >= 1 << 16) return false;
  auto rx = uint16_t(r);
  for (auto &rng : space) {
    if (rx < rng[0]) return false;
    if (rx <= rng[1]) return true;
  }
  return false;
}

bool indexRune(std::string_view s, int32_t r) {
  for (size_t i = 0; i < s.size();) {
    int sz;
    int32_t c = decodeRune(reinterpret_cast<const uint8_t *>(s.data()), int64_t(s.size()), int64_t(i), &sz);
    if (c == r) return true;
    i += size_t(sz);
  }
  return false;
}

// Calls method m of v: in writes the arguments into the callee's frame,
// out reads the results.
void callMethod(Ctx &c, GoIface v, const MethodTarget *m, const std::function<void(uint8_t *, FuncCode *)> &in,
                const std::function<void(uint8_t *, FuncCode *)> &out) {
  m = resolveMethod(c, m, v.t, v.data);
  CallFrame f = beginCall(c, m->code);
  uint8_t *base = frameBase(c, f);
  in(base, m->code);
  methodReceiver(c, *m, v.t, v.data, base + m->code->recvOff);
  endCall(c, f, nullptr);
  out(frameBase(c, f), m->code);
}

const MethodTarget *methodWith(const Type *t, const char *name, size_t nparams,
                               std::initializer_list<const Type *> results) {
  const MethodTarget *m = findMethod(t, intern(name));
  if (!m || !m->sig || m->sig->params.size() != nparams || m->sig->results.size() != results.size()) return nullptr;
  size_t i = 0;
  for (const Type *r : results)
    if (m->sig->results[i++] != r) return nullptr;
  return m;
}

struct Scanner {
  Ctx &c;

  // The input.
  enum class Src { String, RuneScanner, Reader, Fd } src = Src::String;
  std::string_view str; // Src::String
  size_t pos = 0;
  int lastSize = 0;
  GoIface reader; // Src::RuneScanner, Src::Reader
  const MethodTarget *readRuneM = nullptr, *unreadRuneM = nullptr, *readM = nullptr;
  int fd = -1;
  // Go's readRune, for Src::Reader and Src::Fd.
  int32_t peekRune = -1; // >= 0: the next rune; < 0: ^(the previous rune)
  uint8_t pendBuf[4] = {};
  int pending = 0;
  uint8_t *byteBuf = nullptr; // a Go []byte of length 1 for Read

  std::string buf; // the token accumulator
  int64_t count = 0;
  bool atEOF = false;
  bool nlIsEnd = false, nlIsSpace = false;
  int64_t argLimit = hugeWid, limit = hugeWid, maxWid = hugeWid;

  explicit Scanner(Ctx &ctx) : c(ctx) {}

  void setReader(GoIface r) {
    if (!r.t) {
      // Go calls methods of the nil interface: a nil dereference.
      panicNilDeref(c);
    }
    if (int64_t d = fileFd(r); d >= 0) {
      src = Src::Fd;
      fd = int(d);
      return;
    }
    reader = r;
    readRuneM = methodWith(r.t, "ReadRune", 0, {types::Int32, types::Int, types::Error});
    unreadRuneM = methodWith(r.t, "UnreadRune", 0, {types::Error});
    if (readRuneM && unreadRuneM) {
      src = Src::RuneScanner;
      return;
    }
    src = Src::Reader;
    readM = findMethod(r.t, intern("Read"));
  }

  [[noreturn]] void error(GoIface err) { throw ScanFail{err}; }
  [[noreturn]] void errorString(std::string_view s) { throw ScanFail{newError(s)}; }

  // ---- The underlying RuneScanner ------------------------------------------------

  // Go's readRune.readByte.
  bool readByte(uint8_t *b, GoIface *err) {
    if (pending > 0) {
      *b = pendBuf[0];
      std::memmove(pendBuf, pendBuf + 1, 3);
      pending--;
      return true;
    }
    if (src == Src::Fd) {
      if (fd == 0) flushStdout();
      for (;;) {
        ssize_t n = ::read(fd, b, 1);
        if (n == 1) return true;
        if (n == 0) {
          *err = known().ioEOF;
          return false;
        }
        if (errno == EINTR) continue;
        *err = newError(std::string("read: ") + std::strerror(errno));
        return false;
      }
    }
    // io.ReadFull(reader, buf[:1])
    if (!readM) panicNilDeref(c);
    if (!byteBuf) byteBuf = static_cast<uint8_t *>(gc::alloc(1, false));
    for (;;) {
      int64_t n = 0;
      GoIface e;
      uint8_t *bb = byteBuf;
      callMethod(
          c, reader, readM,
          [&](uint8_t *base, FuncCode *fn) {
            storeAs(base + fn->paramOffs[0], GoSlice{bb, 1, 1});
          },
          [&](uint8_t *base, FuncCode *fn) {
            n = loadAs<int64_t>(base + fn->resultOffs[0]);
            e = loadAs<GoIface>(base + fn->resultOffs[1]);
          });
      if (n >= 1) {
        *b = byteBuf[0];
        return true;
      }
      if (e.t) {
        *err = e;
        return false;
      }
    }
  }

  static bool fullRune(const uint8_t *p, int n) {
    // utf8.FullRune
    if (n == 0) return false;
    uint8_t x = p[0];
    if (x < 0x80) return true;
    int need;
    if (x < 0xC2 || x > 0xF4) return true; // invalid: one byte
    if (x < 0xE0)
      need = 2;
    else if (x < 0xF0)
      need = 3;
    else
      need = 4;
    if (n >= need) return true;
    // An invalid continuation decides early.
    uint8_t lo = 0x80, hi = 0xBF;
    if (x == 0xE0)
      lo = 0xA0;
    else if (x == 0xED)
      hi = 0x9F;
    else if (x == 0xF0)
      lo = 0x90;
    else if (x == 0xF4)
      hi = 0x8F;
    if (n > 1 && (p[1] < lo || p[1] > hi)) return true;
    if (n > 2 && (p[2] < 0x80 || p[2] > 0xBF)) return true;
    return false;
  }

  static int runeLen(int32_t r) {
    if (r < 0) return -1;
    if (r < 0x80) return 1;
    if (r < 0x800) return 2;
    if (r >= 0xD800 && r <= 0xDFFF) return -1;
    if (r < 0x10000) return 3;
    if (r <= 0x10FFFF) return 4;
    return -1;
  }

  // Go's readRune.ReadRune; false with *err at the end or on errors.
  bool rrReadRune(int32_t *r, int *size, GoIface *err) {
    if (peekRune >= 0) {
      *r = peekRune;
      peekRune = ~peekRune;
      *size = runeLen(*r);
      return true;
    }
    uint8_t b[4];
    if (!readByte(&b[0], err)) return false;
    if (b[0] < 0x80) {
      *r = b[0];
      *size = 1;
      peekRune = ~*r;
      return true;
    }
    int n = 1;
    for (; !fullRune(b, n); n++) {
      GoIface e;
      if (!readByte(&b[n], &e)) {
        if (sameIface(e, known().ioEOF)) break;
        *err = e;
        return false;
      }
    }
    int sz;
    *r = decodeRune(b, n, 0, &sz);
    *size = sz;
    if (sz < n) {
      std::memcpy(pendBuf + pending, b + sz, size_t(n - sz));
      pending += n - sz;
    }
    peekRune = ~*r;
    return true;
  }

  // The RuneScanner's ReadRune.
  bool rsReadRune(int32_t *r, int *size, GoIface *err) {
    switch (src) {
    case Src::String: {
      if (pos >= str.size()) {
        *err = known().ioEOF; // an UnreadRune after this replays the previous rune, as Go's readRune does
        return false;
      }
      int sz;
      *r = decodeRune(reinterpret_cast<const uint8_t *>(str.data()), int64_t(str.size()), int64_t(pos), &sz);
      *size = sz;
      pos += size_t(sz);
      lastSize = sz;
      return true;
    }
    case Src::RuneScanner: {
      GoIface e;
      callMethod(
          c, reader, readRuneM, [](uint8_t *, FuncCode *) {},
          [&](uint8_t *base, FuncCode *fn) {
            *r = loadAs<int32_t>(base + fn->resultOffs[0]);
            *size = int(loadAs<int64_t>(base + fn->resultOffs[1]));
            e = loadAs<GoIface>(base + fn->resultOffs[2]);
          });
      if (e.t) {
        *err = e;
        return false;
      }
      return true;
    }
    default: return rrReadRune(r, size, err);
    }
  }

  void rsUnreadRune() {
    switch (src) {
    case Src::String:
      pos -= size_t(lastSize);
      lastSize = 0;
      return;
    case Src::RuneScanner:
      callMethod(
          c, reader, unreadRuneM, [](uint8_t *, FuncCode *) {}, [](uint8_t *, FuncCode *) {});
      return;
    default:
      if (peekRune < 0) peekRune = ~peekRune;
      return;
    }
  }

  // ---- ss ---------------------------------------------------------------------------

  // ss.ReadRune: false with *err at the end (io.EOF) or on errors.
  bool readRune(int32_t *r, int *size, GoIface *err) {
    if (atEOF || count >= argLimit) {
      *err = known().ioEOF;
      return false;
    }
    if (rsReadRune(r, size, err)) {
      count++;
      if (nlIsEnd && *r == '\n') atEOF = true;
      return true;
    }
    if (sameIface(*err, known().ioEOF)) atEOF = true;
    return false;
  }

  int32_t getRune() {
    int32_t r;
    int size;
    GoIface err;
    if (!readRune(&r, &size, &err)) {
      if (sameIface(err, known().ioEOF)) return eof;
      error(err);
    }
    return r;
  }

  int32_t mustReadRune() {
    int32_t r = getRune();
    if (r == eof) error(known().ioUnexpectedEOF);
    return r;
  }

  void unreadRune() {
    rsUnreadRune();
    atEOF = false;
    count--;
  }

  void skipSpace() {
    for (;;) {
      int32_t r = getRune();
      if (r == eof) return;
      if (r == '\r' && peek("\n")) continue;
      if (r == '\n') {
        if (nlIsSpace) continue;
        errorString("unexpected newline");
      }
      if (!isSpace(r)) {
        unreadRune();
        break;
      }
    }
  }

  // token with f == nil meaning notSpace.
  template <class F> const std::string &token(bool skip, F f) {
    if (skip) skipSpace();
    for (;;) {
      int32_t r = getRune();
      if (r == eof) break;
      if (!f(r)) {
        unreadRune();
        break;
      }
      appendRune(buf, r);
    }
    return buf;
  }

  bool consume(std::string_view ok, bool accept) {
    int32_t r = getRune();
    if (r == eof) return false;
    if (indexRune(ok, r)) {
      if (accept) appendRune(buf, r);
      return true;
    }
    if (accept) unreadRune();
    return false;
  }

  bool peek(std::string_view ok) {
    int32_t r = getRune();
    if (r != eof) unreadRune();
    return indexRune(ok, r);
  }

  void notEOF() {
    if (getRune() == eof) error(known().ioEOF);
    unreadRune();
  }

  bool accept(std::string_view ok) { return consume(ok, true); }

  bool okVerb(int32_t verb, std::string_view okVerbs, const char *typ) {
    if (indexRune(okVerbs, verb)) return true;
    std::string s = "bad verb '%";
    appendRune(s, verb);
    s += "' for ";
    s += typ;
    errorString(s);
  }

  bool scanBool(int32_t verb) {
    skipSpace();
    notEOF();
    if (!okVerb(verb, "tv", "boolean")) return false;
    switch (getRune()) {
    case '0': return false;
    case '1': return true;
    case 't':
    case 'T':
      if (accept("rR") && (!accept("uU") || !accept("eE"))) errorString("syntax error scanning boolean");
      return true;
    case 'f':
    case 'F':
      if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE")))
        errorString("syntax error scanning boolean");
      return false;
    }
    return false;
  }

  int getBase(int32_t verb, std::string_view *digits) {
    okVerb(verb, "bdoUxXv", "integer");
    *digits = "0123456789";
    switch (verb) {
    case 'b': *digits = "01"; return 2;
    case 'o': *digits = "01234567"; return 8;
    case 'x':
    case 'X':
    case 'U': *digits = "0123456789aAbBcCdDeEfF"; return 16;
    }
    return 10;
  }

  std::string scanNumber(std::string_view digits, bool haveDigits) {
    if (!haveDigits) {
      notEOF();
      if (!accept(digits)) errorString("expected integer");
    }
    while (accept(digits)) {
    }
    return buf;
  }

  int64_t scanRune(int bitSize) {
    notEOF();
    int64_t r = getRune();
    unsigned n = unsigned(bitSize);
    int64_t x = int64_t(uint64_t(r) << (64 - n)) >> (64 - n);
    if (x != r) {
      std::string s = "overflow on character value ";
      appendRune(s, int32_t(r));
      errorString(s);
    }
    return r;
  }

  int scanBasePrefix(std::string_view *digits, bool *zeroFound) {
    if (!peek("0")) {
      *digits = "0123456789_";
      *zeroFound = false;
      return 0;
    }
    accept("0");
    *zeroFound = true;
    if (peek("bB")) {
      consume("bB", true);
      *digits = "01_";
    } else if (peek("oO")) {
      consume("oO", true);
      *digits = "01234567_";
    } else if (peek("xX")) {
      consume("xX", true);
      *digits = "0123456789aAbBcCdDeEfF_";
    } else {
      *digits = "01234567_";
    }
    return 0;
  }

  int64_t scanInt(int32_t verb, int bitSize) {
    if (verb == 'c') return scanRune(bitSize);
    skipSpace();
    notEOF();
    std::string_view digits;
    int base = getBase(verb, &digits);
    bool haveDigits = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false)) errorString("bad unicode format ");
    } else {
      accept("+-");
      if (verb == 'v') base = scanBasePrefix(&digits, &haveDigits);
    }
    std::string tok = scanNumber(digits, haveDigits);
    auto res = strconv::parseInt(tok, base, 64);
    if (!res.ok()) errorString(numErrorText("ParseInt", tok, res.err));
    int64_t i = res.value;
    unsigned n = unsigned(bitSize);
    int64_t x = int64_t(uint64_t(i) << (64 - n)) >> (64 - n);
    if (x != i) errorString("integer overflow on token " + tok);
    return i;
  }

  uint64_t scanUint(int32_t verb, int bitSize) {
    if (verb == 'c') return uint64_t(scanRune(bitSize));
    skipSpace();
    notEOF();
    std::string_view digits;
    int base = getBase(verb, &digits);
    bool haveDigits = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false)) errorString("bad unicode format ");
    } else if (verb == 'v') {
      base = scanBasePrefix(&digits, &haveDigits);
    }
    std::string tok = scanNumber(digits, haveDigits);
    auto res = strconv::parseUint(tok, base, 64);
    if (!res.ok()) errorString(numErrorText("ParseUint", tok, res.err));
    uint64_t i = res.value;
    unsigned n = unsigned(bitSize);
    uint64_t x = (i << (64 - n)) >> (64 - n);
    if (x != i) errorString("unsigned integer overflow on token " + tok);
    return i;
  }

  std::string floatToken() {
    buf.clear();
    if (accept("nN") && accept("aA") && accept("nN")) return buf;
    accept("+-");
    if (accept("iI") && accept("nN") && accept("fF")) return buf;
    std::string_view digits = "0123456789_", exp = "eEpP";
    if (accept("0") && accept("xX")) {
      digits = "0123456789aAbBcCdDeEfF_";
      exp = "pP";
    }
    while (accept(digits)) {
    }
    if (accept(".")) {
      while (accept(digits)) {
      }
    }
    if (accept(exp)) {
      accept("+-");
      while (accept("0123456789_")) {
      }
    }
    return buf;
  }

  void complexTokens(std::string *re, std::string *im) {
    bool parens = accept("(");
    *re = floatToken();
    buf.clear();
    if (!accept("+-")) errorString("syntax error scanning complex number");
    std::string imagSign = buf;
    *im = imagSign + floatToken();
    if (!accept("i")) errorString("syntax error scanning complex number");
    if (parens && !accept(")")) errorString("syntax error scanning complex number");
  }

  double convertFloat(const std::string &str, int n) {
    size_t p = str.find('p');
    if (p != std::string::npos && str.find_first_of("xX") == std::string::npos) {
      auto f = strconv::parseFloat(std::string_view(str).substr(0, p), n);
      if (!f.ok()) errorString(numErrorText("ParseFloat", str, f.err));
      auto m = strconv::parseInt(std::string_view(str).substr(p + 1), 10, 0);
      if (!m.ok()) errorString(numErrorText("Atoi", str, m.err));
      int64_t e = m.value;
      if (e > 100000) e = 100000;
      if (e < -100000) e = -100000;
      return std::ldexp(f.value, int(e));
    }
    auto f = strconv::parseFloat(str, n);
    if (!f.ok()) errorString(numErrorText("ParseFloat", str, f.err));
    return f.value;
  }

  void scanComplex(int32_t verb, int n, double *re, double *im) {
    okVerb(verb, "beEfFgGv", "complex");
    skipSpace();
    notEOF();
    std::string sre, sim;
    complexTokens(&sre, &sim);
    *re = convertFloat(sre, n / 2);
    *im = convertFloat(sim, n / 2);
  }

  std::string convertString(int32_t verb) {
    okVerb(verb, "svqxX", "string");
    skipSpace();
    notEOF();
    switch (verb) {
    case 'q': return quotedString();
    case 'x':
    case 'X': return hexString();
    default: return token(true, [](int32_t r) { return !isSpace(r); });
    }
  }

  std::string quotedString() {
    notEOF();
    int32_t quote = getRune();
    switch (quote) {
    case '`':
      for (;;) {
        int32_t r = mustReadRune();
        if (r == quote) break;
        appendRune(buf, r);
      }
      return buf;
    case '"': {
      buf += '"';
      for (;;) {
        int32_t r = mustReadRune();
        appendRune(buf, r);
        if (r == '\\') {
          appendRune(buf, mustReadRune());
        } else if (r == '"') {
          break;
        }
      }
      auto res = strconv::unquote(buf);
      if (!res) errorString("invalid syntax");
      return *res;
    }
    default: errorString("expected quoted string");
    }
  }

  static int hexDigit(int32_t d) {
    if (d >= '0' && d <= '9') return d - '0';
    if (d >= 'a' && d <= 'f') return 10 + d - 'a';
    if (d >= 'A' && d <= 'F') return 10 + d - 'A';
    return -1;
  }

  bool hexByte(uint8_t *b) {
    int32_t rune1 = getRune();
    if (rune1 == eof) return false;
    int v1 = hexDigit(rune1);
    if (v1 < 0) {
      unreadRune();
      return false;
    }
    int v2 = hexDigit(mustReadRune());
    if (v2 < 0) errorString("illegal hex digit");
    *b = uint8_t(v1 << 4 | v2);
    return true;
  }

  std::string hexString() {
    notEOF();
    uint8_t b;
    while (hexByte(&b)) buf += char(b);
    if (buf.empty()) errorString("no hex data for %x string");
    return buf;
  }

  void scanPercent() {
    skipSpace();
    notEOF();
    if (!accept("%")) errorString("missing literal %");
  }

  // Stores a Go string into *p (a heap slot).
  static void storeString(uint8_t *p, const std::string &s) {
    GoString g = makeString(s);
    gc::writeBarrier(p);
    storeAs(p, g);
  }

  void scanOne(int32_t verb, GoIface arg) {
    buf.clear();
    const Known &k = known();
    if (arg.t && implementsIface(arg.t, k.scanner)) {
      callScanMethod(arg, verb);
      return;
    }
    if (!arg.t || arg.t->ukind() != Kind::Pointer) {
      errorString("type not a pointer: " + (arg.t ? rtypeString(arg.t) : std::string("<nil>")));
    }
    auto *p = reinterpret_cast<uint8_t *>(arg.data);
    const Type *elem = static_cast<const TPointer *>(arg.t->underlying())->elem;
    // The predeclared types (Go's type switch) and named ones (its reflect
    // path) differ only in that floats of named types take any verb.
    bool named = elem->kind == Kind::Named || arg.t->kind == Kind::Named;
    Kind ek = elem->ukind();
    auto need = [&] {
      if (!p) panicNilDeref(c);
    };
    switch (ek) {
    case Kind::Bool: {
      need();
      bool v = scanBool(verb);
      storeAs(p, v);
      return;
    }
    case Kind::Int:
    case Kind::Int64: {
      need();
      storeAs<int64_t>(p, scanInt(verb, 64));
      return;
    }
    case Kind::Int8:
      need();
      storeAs<int8_t>(p, int8_t(scanInt(verb, 8)));
      return;
    case Kind::Int16:
      need();
      storeAs<int16_t>(p, int16_t(scanInt(verb, 16)));
      return;
    case Kind::Int32:
      need();
      storeAs<int32_t>(p, int32_t(scanInt(verb, 32)));
      return;
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr:
      need();
      storeAs<uint64_t>(p, scanUint(verb, 64));
      return;
    case Kind::Uint8:
      need();
      storeAs<uint8_t>(p, uint8_t(scanUint(verb, 8)));
      return;
    case Kind::Uint16:
      need();
      storeAs<uint16_t>(p, uint16_t(scanUint(verb, 16)));
      return;
    case Kind::Uint32:
      need();
      storeAs<uint32_t>(p, uint32_t(scanUint(verb, 32)));
      return;
    case Kind::Float32:
    case Kind::Float64: {
      need();
      int bits = ek == Kind::Float32 ? 32 : 64;
      if (!named) okVerb(verb, "beEfFgGv", bits == 32 ? "float32" : "float64");
      skipSpace();
      notEOF();
      double v = convertFloat(floatToken(), bits);
      if (bits == 32)
        storeAs<float>(p, float(v));
      else
        storeAs<double>(p, v);
      return;
    }
    case Kind::Complex64:
    case Kind::Complex128: {
      need();
      double re, im;
      scanComplex(verb, ek == Kind::Complex64 ? 64 : 128, &re, &im);
      if (ek == Kind::Complex64)
        storeAs(p, Complex64(float(re), float(im)));
      else
        storeAs(p, Complex128(re, im));
      return;
    }
    case Kind::String: {
      need();
      storeString(p, convertString(verb));
      return;
    }
    case Kind::Slice: {
      if (static_cast<const TSlice *>(elem->underlying())->elem->ukind() != Kind::Uint8)
        errorString("can't scan type: " + rtypeString(arg.t));
      need();
      std::string s = convertString(verb);
      auto *d = static_cast<uint8_t *>(gc::alloc(s.size() ? s.size() : 1, false));
      std::memcpy(d, s.data(), s.size());
      gc::writeBarrier(p);
      storeAs(p, GoSlice{d, int64_t(s.size()), int64_t(s.size())});
      return;
    }
    default: errorString("can't scan type: " + rtypeString(arg.t));
    }
  }

  void callScanMethod(GoIface arg, int32_t verb);

  void doScan(const GoIface *a, int64_t n, int64_t *numProcessed) {
    for (int64_t i = 0; i < n; i++) {
      scanOne('v', a[i]);
      ++*numProcessed;
    }
    if (nlIsEnd) {
      for (;;) {
        int32_t r = getRune();
        if (r == '\n' || r == eof) break;
        if (!isSpace(r)) {
          errorString("expected newline");
        }
      }
    }
  }

  // Go's advance: how many bytes of format matched the input (0: a verb
  // or the end of input; -1: a mismatch).
  int64_t advance(std::string_view format) {
    size_t i = 0;
    auto decode = [&](size_t at, int *w) -> int32_t {
      if (at >= format.size()) {
        *w = 0;
        return 0xFFFD;
      }
      return decodeRune(reinterpret_cast<const uint8_t *>(format.data()), int64_t(format.size()), int64_t(at), w);
    };
    while (i < format.size()) {
      int w;
      int32_t fmtc = decode(i, &w);
      if (isSpace(fmtc)) {
        int newlines = 0;
        bool trailingSpace = false;
        while (isSpace(fmtc) && i < format.size()) {
          if (fmtc == '\n') {
            newlines++;
            trailingSpace = false;
          } else {
            trailingSpace = true;
          }
          i += size_t(w);
          fmtc = decode(i, &w);
        }
        for (int j = 0; j < newlines; j++) {
          int32_t inputc = getRune();
          while (isSpace(inputc) && inputc != '\n') inputc = getRune();
          if (inputc != '\n' && inputc != eof) errorString("newline in format does not match input");
        }
        if (trailingSpace) {
          int32_t inputc = getRune();
          if (newlines == 0) {
            if (!isSpace(inputc) && inputc != eof) errorString("expected space in input to match format");
            if (inputc == '\n') errorString("newline in input does not match format");
          }
          while (isSpace(inputc) && inputc != '\n') inputc = getRune();
          if (inputc != eof) unreadRune();
        }
        continue;
      }
      if (fmtc == '%') {
        if (i + size_t(w) == format.size()) errorString("missing verb: % at end of format string");
        int w2;
        int32_t nextc = decode(i + size_t(w), &w2);
        if (nextc != '%') return int64_t(i);
        i += size_t(w);
      }
      int32_t inputc = mustReadRune();
      if (fmtc != inputc) {
        unreadRune();
        return -1;
      }
      i += size_t(w);
    }
    return int64_t(i);
  }

  void doScanf(std::string_view format, const GoIface *a, int64_t n, int64_t *numProcessed) {
    if (format.empty()) {
      if (*numProcessed < n) errorString("too many operands");
      return;
    }
    size_t end = format.size() - 1;
    for (size_t i = 0; i <= end;) {
      int64_t w = advance(format.substr(i));
      if (w > 0) {
        i += size_t(w);
        continue;
      }
      if (format[i] != '%') {
        if (w < 0) errorString("input does not match format");
        break;
      }
      i++;
      bool widPresent;
      parsenum(format, i, end, &maxWid, &widPresent, &i);
      if (!widPresent) maxWid = hugeWid;
      int cw = 0;
      int32_t ch = 0xFFFD;
      if (i < format.size())
        ch = decodeRune(reinterpret_cast<const uint8_t *>(format.data()), int64_t(format.size()), int64_t(i), &cw);
      i += size_t(cw);
      if (ch != 'c') skipSpace();
      if (ch == '%') {
        scanPercent();
        continue;
      }
      argLimit = limit;
      if (int64_t f = count + maxWid; f < argLimit) argLimit = f;
      if (*numProcessed >= n) {
        errorString("too few operands for format '%" + std::string(format.substr(i - size_t(cw))) + "'");
      }
      scanOne(ch, a[*numProcessed]);
      ++*numProcessed;
      argLimit = limit;
    }
    if (*numProcessed < n) errorString("too many operands");
  }
};

// The State handle passed to Scan methods.
Scanner *stateScanner(Frame &f) {
  auto *obj = recv<uint64_t *>(f);
  if (!obj) panicNilDeref(f.c);
  auto *s = reinterpret_cast<Scanner *>(*obj);
  if (!s) panicPlain(f.c, "fmt: ScanState used after its Scan method returned");
  return s;
}

// Raises a ScanFail as the Go panic scanError{err}.
[[noreturn]] void panicScanFail(Ctx &c, GoIface err) {
  GoIface v = makeIface(known().scanError, &err);
  goPanic(c, v);
}

void Scanner::callScanMethod(GoIface arg, int32_t verb) {
  static const Name scanN = intern("Scan");
  const MethodTarget *m = findMethod(arg.t, scanN);
  auto *state = static_cast<uint64_t *>(gc::alloc(sizeof(uint64_t), false));
  *state = reinterpret_cast<uint64_t>(this);
  GoIface err, pv;
  bool ok = callRecovering(
      c,
      [&] {
        callMethod(
            c, arg, m,
            [&](uint8_t *base, FuncCode *fn) {
              storeAs(base + fn->paramOffs[0], GoIface{known().ssPtr, reinterpret_cast<uint64_t>(state)});
              storeAs<int32_t>(base + fn->paramOffs[1], verb);
            },
            [&](uint8_t *base, FuncCode *fn) { err = loadAs<GoIface>(base + fn->resultOffs[0]); });
      },
      &pv, isScanPanic);
  *state = 0;
  if (!ok) error(scanPanicErr(pv));
  if (err.t) {
    if (sameIface(err, known().ioEOF)) err = known().ioUnexpectedEOF;
    error(err);
  }
}

// mode: 0 Scan (newlines are spaces), 1 Scanln, 2 Scanf.
void runScan(Frame &f, Scanner &s, int mode, std::string_view format, GoSlice args) {
  s.nlIsSpace = mode == 0;
  s.nlIsEnd = mode == 1;
  auto *a = reinterpret_cast<const GoIface *>(args.p);
  int64_t n = 0;
  GoIface err;
  try {
    if (mode == 2)
      s.doScanf(format, a, args.len, &n);
    else
      s.doScan(a, args.len, &n);
  } catch (ScanFail &e) {
    err = e.err;
  }
  f.result<int64_t>(0) = n;
  f.result<GoIface>(1) = err;
}

void sscan(Frame &f) {
  Scanner s(f.c);
  s.str = f.arg<GoString>(0).view();
  runScan(f, s, 0, {}, f.arg<GoSlice>(1));
}

void sscanln(Frame &f) {
  Scanner s(f.c);
  s.str = f.arg<GoString>(0).view();
  runScan(f, s, 1, {}, f.arg<GoSlice>(1));
}

void sscanf(Frame &f) {
  Scanner s(f.c);
  s.str = f.arg<GoString>(0).view();
  GoString format = f.arg<GoString>(1);
  runScan(f, s, 2, format.view(), f.arg<GoSlice>(2));
}

void fscan(Frame &f) {
  Scanner s(f.c);
  s.setReader(f.arg<GoIface>(0));
  runScan(f, s, 0, {}, f.arg<GoSlice>(1));
}

void fscanln(Frame &f) {
  Scanner s(f.c);
  s.setReader(f.arg<GoIface>(0));
  runScan(f, s, 1, {}, f.arg<GoSlice>(1));
}

void fscanf(Frame &f) {
  Scanner s(f.c);
  s.setReader(f.arg<GoIface>(0));
  GoString format = f.arg<GoString>(1);
  runScan(f, s, 2, format.view(), f.arg<GoSlice>(2));
}

// ---- The ScanState of Scan methods (*fmt.ss) ------------------------------------------

void ssReadRune(Frame &f) {
  Scanner *s = stateScanner(f);
  int32_t r = 0;
  int size = 0;
  GoIface err;
  try {
    if (!s->readRune(&r, &size, &err)) {
      r = 0;
      size = 0;
    }
  } catch (ScanFail &e) {
    panicScanFail(f.c, e.err);
  }
  f.result<int32_t>(0) = r;
  f.result<int64_t>(1) = size;
  f.result<GoIface>(2) = err;
}

void ssUnreadRune(Frame &f) {
  Scanner *s = stateScanner(f);
  s->unreadRune();
  f.result<GoIface>(0) = GoIface{};
}

void ssSkipSpace(Frame &f) {
  Scanner *s = stateScanner(f);
  try {
    s->skipSpace();
  } catch (ScanFail &e) {
    panicScanFail(f.c, e.err);
  }
}

void ssToken(Frame &f) {
  Scanner *s = stateScanner(f);
  bool skip = f.arg<bool>(0);
  auto *cl = f.arg<Closure *>(1);
  Ctx &c = f.c;
  GoIface err;
  std::string tok;
  try {
    s->buf.clear();
    if (!cl) {
      tok = s->token(skip, [](int32_t r) { return !isSpace(r); });
    } else {
      tok = s->token(skip, [&](int32_t r) {
        CallFrame fr = beginCall(c, cl->fn);
        storeAs<int32_t>(frameBase(c, fr) + cl->fn->paramOffs[0], r);
        endCall(c, fr, cl);
        return loadAs<bool>(frameBase(c, fr) + cl->fn->resultOffs[0]);
      });
    }
  } catch (ScanFail &e) {
    err = e.err;
    tok.clear();
  }
  GoSlice b;
  if (!err.t || !tok.empty()) {
    auto *d = static_cast<uint8_t *>(gc::alloc(tok.size() ? tok.size() : 1, false));
    std::memcpy(d, tok.data(), tok.size());
    b = GoSlice{d, int64_t(tok.size()), int64_t(tok.size())};
  }
  f.result<GoSlice>(0) = b;
  f.result<GoIface>(1) = err;
}

void ssWidth(Frame &f) {
  Scanner *s = stateScanner(f);
  bool ok = s->maxWid != hugeWid;
  f.result<int64_t>(0) = ok ? s->maxWid : 0;
  f.result<bool>(1) = ok;
}

void ssRead(Frame &f) {
  stateScanner(f);
  f.result<int64_t>(0) = 0;
  f.result<GoIface>(1) = newError("ScanState's Read should not be called. Use ReadRune");
}

Natives reg{
    {"fmt.Sscan", sscan},
    {"fmt.Sscanln", sscanln},
    {"fmt.Sscanf", sscanf},
    {"fmt.Fscan", fscan},
    {"fmt.Fscanln", fscanln},
    {"fmt.Fscanf", fscanf},
    {"fmt.(*ss).ReadRune", ssReadRune},
    {"fmt.(*ss).UnreadRune", ssUnreadRune},
    {"fmt.(*ss).SkipSpace", ssSkipSpace},
    {"fmt.(*ss).Token", ssToken},
    {"fmt.(*ss).Width", ssWidth},
    {"fmt.(*ss).Read", ssRead},
};

} // namespace

} // namespace goterp
