// Natives of package strconv: thin wrappers over the conversion core
// (stdlib/strconv_core.h). Itoa and Atoi have fast paths of their own; Atoi
// calls back into Go (strconv.mkErr) to build its *NumError.
#include <stdexcept>

#include "gc/alloc.h"
#include "interp/object.h"
#include "runtime/panic.h"
#include "stdlib/native.h"
#include "stdlib/strconv_core.h"

namespace goterp {

namespace {

namespace sc = goterp::strconv;

// The error kinds of stdlib/go/strconv.go.
int64_t errKind(sc::Err e) {
  switch (e) {
  case sc::Err::None: return 0;
  case sc::Err::Syntax: return 1;
  case sc::Err::Range: return 2;
  case sc::Err::BadBase: return 3;
  case sc::Err::BadBitSize: return 4;
  }
  return 1;
}

[[noreturn]] void panicString(Ctx &c, const std::string &msg) {
  GoString s = makeString(msg);
  goPanic(c, makeIface(types::String, &s));
}

GoString toGo(const std::string &s) { return makeString(s); }

// ---- Integers ----

// Decimal digits of v at the end of buf (24 bytes); returns the start.
char *formatDecimal(char *end, int64_t v) {
  char *p = end;
  uint64_t u = v < 0 ? 0 - uint64_t(v) : uint64_t(v);
  do {
    *--p = char('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) *--p = '-';
  return p;
}

void itoa(Frame &f) {
  char buf[24];
  char *end = buf + sizeof buf;
  char *p = formatDecimal(end, f.arg<int64_t>(0));
  size_t n = size_t(end - p);
  auto *mem = static_cast<uint8_t *>(gc::alloc(n, false));
  std::memcpy(mem, p, n);
  f.result<GoString>(0) = GoString{mem, int64_t(n)};
}

FuncCode *mkErrCode() {
  static FuncCode *code = nullptr;
  if (!code) code = codeOf(loadPackage("strconv")->scope->lookup(intern("mkErr"))->as<Func>());
  return code;
}

// Calls strconv.mkErr(fn, s, kind, 0).
GoIface mkErr(Ctx &c, const char *fn, GoString s, int64_t kind) {
  FuncCode *code = mkErrCode();
  CallFrame cf = beginCall(c, code);
  uint8_t *b = frameBase(c, cf);
  storeAs(b + code->paramOffs[0], GoString{reinterpret_cast<const uint8_t *>(fn), int64_t(std::strlen(fn))});
  storeAs(b + code->paramOffs[1], s);
  storeAs(b + code->paramOffs[2], kind);
  storeAs(b + code->paramOffs[3], int64_t(0));
  endCall(c, cf, nullptr);
  return loadAs<GoIface>(frameBase(c, cf) + code->resultOffs[0]);
}

void atoi(Frame &f) {
  GoString s = f.arg<GoString>(0);
  int64_t kind = 0, v = 0;
  if (s.n > 0 && s.n < 19) {
    // Fewer than 19 bytes cannot overflow an int64.
    const uint8_t *p = s.p, *e = s.p + s.n;
    bool neg = false;
    if (*p == '+' || *p == '-') {
      neg = *p == '-';
      p++;
      if (p == e) kind = 1;
    }
    for (; p < e; p++) {
      unsigned d = unsigned(*p) - '0';
      if (d > 9) {
        kind = 1;
        break;
      }
      v = v * 10 + int64_t(d);
    }
    if (kind) v = 0;
    if (neg) v = -v;
  } else {
    sc::NumResult<int64_t> r = sc::parseInt(s.view(), 10, 64);
    v = r.value;
    kind = errKind(r.err);
  }
  if (kind == 0) {
    f.result<int64_t>(0) = v;
    f.result<GoIface>(1) = GoIface{};
    return;
  }
  GoIface err = mkErr(f.c, "Atoi", s, kind);
  f.result<int64_t>(0) = v;
  f.result<GoIface>(1) = err;
}

void formatInt(Frame &f) {
  try {
    f.result<GoString>(0) = toGo(sc::formatInt(f.arg<int64_t>(0), int(f.arg<int64_t>(1))));
  } catch (std::invalid_argument &e) {
    panicString(f.c, e.what());
  }
}

void formatUint(Frame &f) {
  try {
    f.result<GoString>(0) = toGo(sc::formatUint(f.arg<uint64_t>(0), int(f.arg<int64_t>(1))));
  } catch (std::invalid_argument &e) {
    panicString(f.c, e.what());
  }
}

// Bases and bit sizes far outside int's range would wrap in a C++ int.
int clampInt(int64_t v) { return v < -1000 ? -1000 : v > 1000 ? 1000 : int(v); }

void parseInt(Frame &f) {
  sc::NumResult<int64_t> r =
      sc::parseInt(f.arg<GoString>(0).view(), clampInt(f.arg<int64_t>(1)), clampInt(f.arg<int64_t>(2)));
  f.result<int64_t>(0) = r.value;
  f.result<int64_t>(1) = errKind(r.err);
}

void parseUint(Frame &f) {
  sc::NumResult<uint64_t> r =
      sc::parseUint(f.arg<GoString>(0).view(), clampInt(f.arg<int64_t>(1)), clampInt(f.arg<int64_t>(2)));
  f.result<uint64_t>(0) = r.value;
  f.result<int64_t>(1) = errKind(r.err);
}

// ---- Floating point ----

void formatFloat(Frame &f) {
  int64_t prec = f.arg<int64_t>(2), bitSize = f.arg<int64_t>(3);
  if (bitSize != 32 && bitSize != 64) panicString(f.c, "strconv: illegal AppendFloat/FormatFloat bitSize");
  if (prec > 100000000) prec = 100000000; // Go would run out of memory
  if (prec < -1) prec = -1;               // Go treats every negative precision as -1
  f.result<GoString>(0) = toGo(sc::formatFloat(f.arg<double>(0), char(f.arg<uint8_t>(1)), int(prec), int(bitSize)));
}

void parseFloat(Frame &f) {
  int bitSize = f.arg<int64_t>(1) == 32 ? 32 : 64;
  sc::NumResult<double> r = sc::parseFloat(f.arg<GoString>(0).view(), bitSize);
  f.result<double>(0) = r.value;
  f.result<int64_t>(1) = errKind(r.err);
}

void parseFloatPrefix(Frame &f) {
  int bitSize = f.arg<int64_t>(1) == 32 ? 32 : 64;
  size_t n = 0;
  sc::NumResult<double> r = sc::parseFloatPrefix(f.arg<GoString>(0).view(), bitSize, n);
  f.result<double>(0) = r.value;
  f.result<int64_t>(1) = int64_t(n);
  f.result<int64_t>(2) = errKind(r.err);
}

// ---- Quoting ----

void quote(Frame &f) { f.result<GoString>(0) = toGo(sc::quote(f.arg<GoString>(0).view())); }
void quoteToASCII(Frame &f) { f.result<GoString>(0) = toGo(sc::quoteToASCII(f.arg<GoString>(0).view())); }
void quoteToGraphic(Frame &f) { f.result<GoString>(0) = toGo(sc::quoteToGraphic(f.arg<GoString>(0).view())); }
void quoteRune(Frame &f) { f.result<GoString>(0) = toGo(sc::quoteRune(f.arg<int32_t>(0))); }
void quoteRuneToASCII(Frame &f) { f.result<GoString>(0) = toGo(sc::quoteRuneToASCII(f.arg<int32_t>(0))); }
void quoteRuneToGraphic(Frame &f) { f.result<GoString>(0) = toGo(sc::quoteRuneToGraphic(f.arg<int32_t>(0))); }
void canBackquote(Frame &f) { f.result<bool>(0) = sc::canBackquote(f.arg<GoString>(0).view()); }

void unquote(Frame &f) {
  std::optional<std::string> u = sc::unquote(f.arg<GoString>(0).view());
  f.result<GoString>(0) = u ? toGo(*u) : GoString{};
  f.result<bool>(1) = u.has_value();
}

// A substring of s, sharing its bytes.
GoString sub(GoString s, std::string_view v) {
  return GoString{s.p + (reinterpret_cast<const uint8_t *>(v.data()) - s.p), int64_t(v.size())};
}

void quotedPrefix(Frame &f) {
  GoString s = f.arg<GoString>(0);
  std::optional<std::string_view> q = sc::quotedPrefix(s.view());
  f.result<GoString>(0) = q ? sub(s, *q) : GoString{};
  f.result<bool>(1) = q.has_value();
}

void unquoteChar(Frame &f) {
  GoString s = f.arg<GoString>(0);
  std::optional<sc::UnquotedChar> u = sc::unquoteChar(s.view(), char(f.arg<uint8_t>(1)));
  if (!u) {
    f.result<int32_t>(0) = 0;
    f.result<bool>(1) = false;
    f.result<GoString>(2) = GoString{};
    f.result<bool>(3) = false;
    return;
  }
  f.result<int32_t>(0) = u->value;
  f.result<bool>(1) = u->multibyte;
  f.result<GoString>(2) = u->tail.empty() ? GoString{} : sub(s, u->tail);
  f.result<bool>(3) = true;
}

void isPrint(Frame &f) { f.result<bool>(0) = sc::isPrint(f.arg<int32_t>(0)); }
void isGraphic(Frame &f) { f.result<bool>(0) = sc::isGraphic(f.arg<int32_t>(0)); }

Natives reg{
    {"strconv.Itoa", itoa},
    {"strconv.Atoi", atoi},
    {"strconv.FormatInt", formatInt},
    {"strconv.FormatUint", formatUint},
    {"strconv.parseInt", parseInt},
    {"strconv.parseUint", parseUint},
    {"strconv.FormatFloat", formatFloat},
    {"strconv.parseFloat", parseFloat},
    {"strconv.parseFloatPrefix", parseFloatPrefix},
    {"strconv.Quote", quote},
    {"strconv.QuoteToASCII", quoteToASCII},
    {"strconv.QuoteToGraphic", quoteToGraphic},
    {"strconv.QuoteRune", quoteRune},
    {"strconv.QuoteRuneToASCII", quoteRuneToASCII},
    {"strconv.QuoteRuneToGraphic", quoteRuneToGraphic},
    {"strconv.CanBackquote", canBackquote},
    {"strconv.unquote", unquote},
    {"strconv.quotedPrefix", quotedPrefix},
    {"strconv.unquoteChar", unquoteChar},
    {"strconv.IsPrint", isPrint},
    {"strconv.IsGraphic", isGraphic},
};

} // namespace

} // namespace goterp
