// Package fmt's internal interface, shared by its parts:
//
//   fmt_format.cpp  Go's format.go: one operand's text under its flags,
//                   width and precision (struct Fmt below)
//   fmt.cpp         Go's print.go: walking values by their dynamic type,
//                   calling their methods, and the Printf format parser
//   fmt_scan.cpp    Go's scan.go
//   fmt_util.cpp    the helpers below, and internal/fmtsort's key order
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "runtime/value.h"

namespace goterp {

struct Ctx;
struct Type;

namespace fmtpkg {

inline constexpr const char ldigits[] = "0123456789abcdefx";
inline constexpr const char udigits[] = "0123456789ABCDEFX";

// A type declared in a standard package, by name.
const Type *stdType(const char *pkg, const char *name);

// The value of a package-level variable of interface type (io.EOF).
GoIface stdIfaceVar(const char *pkg, const char *name);

// errors.New(s), built directly.
GoIface newError(std::string_view s);

// The type *os.File.
const Type *osFilePtr();

// The descriptor of the *os.File w holds, or -1 if w holds none (or nil,
// or os.File has no int field fd to read it from).
int64_t fileFd(GoIface w);

// Runs fn, which calls Go code; if that panics with a value accept takes
// (any value if accept is null), recovers the panic as a deferred
// recover() in the native would and returns false with the panic's value
// in *panicVal. runtime.Goexit is never stopped.
bool callRecovering(Ctx &c, const std::function<void()> &fn, GoIface *panicVal, bool (*accept)(GoIface));

// Appends rune r to s as UTF-8 (invalid runes as U+FFFD), as utf8.EncodeRune.
void appendRune(std::string &s, int32_t r);

// Go's tooLarge and parsenum: a decimal number at s[start:end].
bool tooLarge(int64_t x);
void parsenum(std::string_view s, size_t start, size_t end, int64_t *num, bool *isnum, size_t *newi);

// fmtsort's compare: the order fmt prints map keys in.
int compareKeys(const Type *t, const uint8_t *a, const uint8_t *b);

// Go's fmt: formats one operand into buf. The printer derives from it as
// Go's pp holds a fmt; Format methods read its flags through fmt.State.
struct Fmt {
  std::string &buf;

  bool widPresent = false, precPresent = false, minus = false, plus = false, sharp = false, space = false, zero = false,
       plusV = false, sharpV = false;
  int64_t wid = 0, prec = 0;

  explicit Fmt(std::string &b) : buf(b) {}

  struct Flags {
    bool widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV;
  };
  Flags saveFlags() const { return {widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV}; }
  void restoreFlags(const Flags &f) {
    widPresent = f.widPresent;
    precPresent = f.precPresent;
    minus = f.minus;
    plus = f.plus;
    sharp = f.sharp;
    space = f.space;
    zero = f.zero;
    plusV = f.plusV;
    sharpV = f.sharpV;
  }
  // Clears the flags but, as Go's, not the width and precision.
  void clearflags() { restoreFlags(Flags{}); }

  void writePadding(int64_t n);
  void pad(std::string_view s);
  void fmtBoolean(bool v);
  void fmtUnicode(uint64_t u);
  void fmtInteger(uint64_t u, int base, bool isSigned, int32_t verb, const char *digits);
  std::string_view truncate(std::string_view s) const;
  void fmtS(std::string_view s);
  void fmtSbx(std::string_view s, const char *digits);
  void fmtQ(std::string_view s);
  void fmtC(uint64_t ch);
  void fmtQc(uint64_t ch);
  void fmtFloat(double v, int size, int32_t verb, int64_t defPrec);
};

} // namespace fmtpkg

} // namespace goterp
