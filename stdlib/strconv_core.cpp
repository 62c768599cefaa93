// Go 1.19 strconv semantics in plain C++; see strconv_core.h.
//
// Floating-point formatting takes its decimal digits from std::to_chars
// (shortest round-trip digits, or a fixed number of exactly rounded digits,
// round-half-even on exact ties), which yields the same digits as Go's Ryu
// and multiprecision paths, and lays them out with Go's own rules. Parsing
// checks Go's syntax itself, then lets std::from_chars round the cleaned
// decimal digits (correctly, directly to the target width); hexadecimal
// mantissas are rounded here, bit by bit, as Go does. Inputs with more than
// 800 integer digits follow Go's own path, quirk included (see atofDecimal).
#include "stdlib/strconv_core.h"

#include "stdlib/unicode_tables.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace goterp::strconv {

namespace {

constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr char kLowerHex[] = "0123456789abcdef";
constexpr char kUpperHex[] = "0123456789ABCDEF";

// ---- UTF-8 with Go's unicode/utf8 semantics ------------------------------------------

constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kRuneSelf = 0x80;
constexpr int32_t kMaxRune = 0x10FFFF;

bool validRune(int32_t r) { return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= kMaxRune); }

// utf8.DecodeRuneInString: an invalid or truncated sequence decodes as
// (RuneError, 1); the empty string as (RuneError, 0).
int32_t decodeRune(std::string_view s, size_t &width) {
  if (s.empty()) {
    width = 0;
    return kRuneError;
  }
  auto b = [&](size_t i) { return static_cast<uint8_t>(s[i]); };
  uint8_t c0 = b(0);
  if (c0 < 0x80) {
    width = 1;
    return c0;
  }
  width = 1;
  int need;
  uint8_t lo = 0x80, hi = 0xBF; // accepted range of the second byte
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    need = 2;
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    need = 3;
    if (c0 == 0xE0) lo = 0xA0;
    if (c0 == 0xED) hi = 0x9F;
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    need = 4;
    if (c0 == 0xF0) lo = 0x90;
    if (c0 == 0xF4) hi = 0x8F;
  } else {
    return kRuneError;
  }
  if (s.size() < static_cast<size_t>(need)) return kRuneError;
  if (b(1) < lo || b(1) > hi) return kRuneError;
  for (int i = 2; i < need; i++)
    if (b(i) < 0x80 || b(i) > 0xBF) return kRuneError;
  int32_t r;
  switch (need) {
  case 2: r = (c0 & 0x1F) << 6 | (b(1) & 0x3F); break;
  case 3: r = (c0 & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F); break;
  default: r = (c0 & 0x07) << 18 | (b(1) & 0x3F) << 12 | (b(2) & 0x3F) << 6 | (b(3) & 0x3F); break;
  }
  width = need;
  return r;
}

bool validString(std::string_view s) {
  while (!s.empty()) {
    size_t w;
    int32_t r = decodeRune(s, w);
    if (r == kRuneError && w == 1) return false;
    s.remove_prefix(w);
  }
  return true;
}

// utf8.EncodeRune (invalid runes encode as U+FFFD).
void encodeRune(std::string &dst, int32_t r) {
  if (!validRune(r)) r = kRuneError;
  uint32_t u = static_cast<uint32_t>(r);
  if (u < 0x80) {
    dst += static_cast<char>(u);
  } else if (u < 0x800) {
    dst += static_cast<char>(0xC0 | (u >> 6));
    dst += static_cast<char>(0x80 | (u & 0x3F));
  } else if (u < 0x10000) {
    dst += static_cast<char>(0xE0 | (u >> 12));
    dst += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
    dst += static_cast<char>(0x80 | (u & 0x3F));
  } else {
    dst += static_cast<char>(0xF0 | (u >> 18));
    dst += static_cast<char>(0x80 | ((u >> 12) & 0x3F));
    dst += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
    dst += static_cast<char>(0x80 | (u & 0x3F));
  }
}

char lowerByte(char c) { return static_cast<char>(c | ('x' - 'X')); }

// ---- Float formatting -----------------------------------------------------------------

struct FloatInfo {
  int mantbits;
  int expbits;
  int bias;
};
constexpr FloatInfo kFloat32Info{23, 8, -127};
constexpr FloatInfo kFloat64Info{52, 11, -1023};

// A decimal digit string d (no leading or trailing zeros; empty for zero)
// with the decimal point dp digits from its start: the value 0.d * 10^dp.
// The digits live in a small inline buffer, or in big for long ones.
struct Digits {
  char small[40];
  std::string big;
  const char *d = small;
  int nd = 0;
  int dp = 0;

  // Room for the to_chars output of n significant digits.
  char *reserve(int n) {
    if (n + 16 <= static_cast<int>(sizeof small)) return small;
    big.assign(static_cast<size_t>(n) + 16, '\0');
    return big.data();
  }
};

// Reads the output of std::to_chars in scientific form for a non-negative
// value ("d[.ddd]e±xx"), which starts at buf, into digs, in place.
void readScientific(char *buf, const char *end, Digits &digs) {
  const char *p = buf;
  char *w = buf;
  for (; p < end && *p != 'e'; p++)
    if (*p != '.') *w++ = *p;
  int e = 0;
  bool eneg = false;
  if (p < end) {
    p++; // 'e'
    eneg = *p == '-';
    for (p++; p < end; p++) e = e * 10 + (*p - '0');
  }
  while (w > buf && w[-1] == '0') w--;
  digs.d = buf;
  digs.nd = static_cast<int>(w - buf);
  digs.dp = digs.nd == 0 ? 0 : (eneg ? -e : e) + 1;
}

// The shortest digits that read back as v (at float32 precision if bitSize is 32).
void shortestDigits(double v, int bitSize, Digits &digs) {
  char *buf = digs.reserve(17);
  char *end = buf + 17 + 16;
  std::to_chars_result r = bitSize == 32 ? std::to_chars(buf, end, static_cast<float>(v), std::chars_format::scientific)
                                         : std::to_chars(buf, end, v, std::chars_format::scientific);
  readScientific(buf, r.ptr, digs);
}

// v correctly rounded (half to even) to n >= 1 significant digits.
void fixedDigits(double v, int n, Digits &digs) {
  char *buf = digs.reserve(n);
  std::to_chars_result r = std::to_chars(buf, buf + n + 16, v, std::chars_format::scientific, n - 1);
  readScientific(buf, r.ptr, digs);
}

// %e: -d.dddde±dd
void fmtE(std::string &dst, bool neg, const Digits &digs, int prec, char fmt) {
  if (neg) dst += '-';
  dst += digs.nd != 0 ? digs.d[0] : '0';
  if (prec > 0) {
    dst += '.';
    int m = std::min(digs.nd, prec + 1);
    if (m > 1) dst.append(digs.d + 1, static_cast<size_t>(m - 1));
    for (int i = std::max(m, 1); i <= prec; i++) dst += '0';
  }
  dst += fmt;
  int exp = digs.nd == 0 ? 0 : digs.dp - 1;
  dst += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp >= 100) dst += static_cast<char>('0' + exp / 100);
  dst += static_cast<char>('0' + exp / 10 % 10);
  dst += static_cast<char>('0' + exp % 10);
}

// %f: -ddddddd.ddddd
void fmtF(std::string &dst, bool neg, const Digits &digs, int prec) {
  if (neg) dst += '-';
  if (digs.dp > 0) {
    int m = std::min(digs.nd, digs.dp);
    dst.append(digs.d, static_cast<size_t>(m));
    dst.append(static_cast<size_t>(digs.dp - m), '0');
  } else {
    dst += '0';
  }
  if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; i++) {
      int j = digs.dp + i;
      dst += (0 <= j && j < digs.nd) ? digs.d[j] : '0';
    }
  }
}

// %b: -ddddddddp±ddd
void fmtB(std::string &dst, bool neg, uint64_t mant, int exp, const FloatInfo &flt) {
  if (neg) dst += '-';
  appendUint(dst, mant, 10);
  dst += 'p';
  exp -= flt.mantbits;
  if (exp >= 0) dst += '+';
  appendInt(dst, exp, 10);
}

// %x: -0x1.yyyyyyyyp±ddd or -0x0p+00
void fmtX(std::string &dst, int prec, char fmt, bool neg, uint64_t mant, int exp, const FloatInfo &flt) {
  if (mant == 0) exp = 0;
  // Put the leading 1 bit (if any) at bit 60.
  mant <<= 60 - flt.mantbits;
  while (mant != 0 && (mant & (uint64_t(1) << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  // Round to prec hex digits (half to even) when that drops bits.
  if (prec >= 0 && prec < 15) {
    unsigned shift = static_cast<unsigned>(prec) * 4;
    uint64_t rest = (mant << shift) & ((uint64_t(1) << 60) - 1);
    mant >>= 60 - shift;
    if ((rest | (mant & 1)) > (uint64_t(1) << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t(1) << 61)) { // carried into a new leading digit
      mant >>= 1;
      exp++;
    }
  }
  const char *hex = fmt == 'X' ? kUpperHex : kLowerHex;
  if (neg) dst += '-';
  dst += '0';
  dst += fmt;
  dst += static_cast<char>('0' + ((mant >> 60) & 1));
  mant <<= 4; // drop the leading digit
  if (prec < 0 && mant != 0) {
    dst += '.';
    for (; mant != 0; mant <<= 4) dst += hex[(mant >> 60) & 15];
  } else if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; i++, mant <<= 4) dst += hex[(mant >> 60) & 15];
  }
  dst += fmt == 'X' ? 'P' : 'p';
  dst += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp >= 1000) dst += static_cast<char>('0' + exp / 1000);
  if (exp >= 100) dst += static_cast<char>('0' + exp / 100 % 10);
  dst += static_cast<char>('0' + exp / 10 % 10);
  dst += static_cast<char>('0' + exp % 10);
}

// Lays out digs for fmt as Go's formatDigits does.
void formatDigits(std::string &dst, bool shortest, bool neg, const Digits &digs, int prec, char fmt) {
  switch (fmt) {
  case 'e':
  case 'E': fmtE(dst, neg, digs, prec, fmt); return;
  case 'f': fmtF(dst, neg, digs, prec); return;
  case 'g':
  case 'G': {
    // Exponent form when the exponent is < -4 or >= the precision (6 for
    // the shortest form); trailing zeros are never printed.
    int eprec = prec;
    if (eprec > digs.nd && digs.nd >= digs.dp) eprec = digs.nd;
    if (shortest) eprec = 6;
    int exp = digs.dp - 1;
    if (exp < -4 || exp >= eprec) {
      if (prec > digs.nd) prec = digs.nd;
      fmtE(dst, neg, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
      return;
    }
    if (prec > digs.dp) prec = digs.nd;
    fmtF(dst, neg, digs, std::max(prec - digs.dp, 0));
    return;
  }
  default: dst += '%'; dst += fmt;
  }
}

// ---- Float parsing ----------------------------------------------------------------------

// The case-insensitive length of the common prefix of s and the lower-case prefix.
size_t commonPrefixLenIgnoreCase(std::string_view s, std::string_view prefix) {
  size_t n = std::min(s.size(), prefix.size());
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if ('A' <= c && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (c != prefix[i]) return i;
  }
  return n;
}

// Go's NaN (math.NaN()).
double goNaN() {
  uint64_t bits = 0x7FF8000000000001;
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

// Infinity (optionally signed, "inf" or "infinity") or "nan" at the start of s.
bool special(std::string_view s, double &f, size_t &n) {
  if (s.empty()) return false;
  double sign = 1;
  size_t nsign = 0;
  switch (s[0]) {
  case '+':
  case '-':
    if (s[0] == '-') sign = -1;
    nsign = 1;
    s.remove_prefix(1);
    [[fallthrough]];
  case 'i':
  case 'I': {
    size_t k = commonPrefixLenIgnoreCase(s, "infinity");
    if (3 < k && k < 8) k = 3;
    if (k == 3 || k == 8) {
      f = sign * std::numeric_limits<double>::infinity();
      n = nsign + k;
      return true;
    }
    break;
  }
  case 'n':
  case 'N':
    if (commonPrefixLenIgnoreCase(s, "nan") == 3) {
      f = goNaN();
      n = 3;
      return true;
    }
    break;
  }
  return false;
}

// Whether the underscores in the number s sit only between digits, or
// between a base prefix and a digit (Go's underscoreOK).
bool underscoreOK(std::string_view s) {
  char saw = '^'; // '^' start, '0' digit or prefix, '_' underscore, '!' other
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' && (lowerByte(s[1]) == 'b' || lowerByte(s[1]) == 'o' || lowerByte(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lowerByte(s[1]) == 'x';
  }
  for (; i < s.size(); i++) {
    char c = s[i];
    if (('0' <= c && c <= '9') || (hex && 'a' <= lowerByte(c) && lowerByte(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

// What Go's readFloat finds at the start of a string.
struct ReadFloat {
  bool ok = false;
  size_t n = 0; // bytes read
  bool neg = false;
  bool hex = false;
  // Hexadecimal: the value is mantissa * 2^exp, with trunc set when nonzero
  // digits beyond the 16th were dropped.
  uint64_t mantissa = 0;
  int64_t exp = 0;
  bool trunc = false;
  // Decimal: the value is 0.digits * 10^dp (digits without leading zeros),
  // with ndInt of the digits before the decimal point.
  std::string digits;
  int64_t dp = 0;
  int64_t ndInt = 0;
};

ReadFloat readFloat(std::string_view s) {
  ReadFloat rf;
  size_t i = 0;
  bool underscores = false;
  if (s.empty()) return rf;
  if (s[0] == '+') {
    i++;
  } else if (s[0] == '-') {
    rf.neg = true;
    i++;
  }
  int base = 10;
  int maxMantDigits = 19;
  char expChar = 'e';
  if (i + 2 < s.size() && s[i] == '0' && lowerByte(s[i + 1]) == 'x') {
    base = 16;
    maxMantDigits = 16;
    i += 2;
    expChar = 'p';
    rf.hex = true;
  }
  bool sawdot = false, sawdigits = false;
  int64_t nd = 0, ndMant = 0, dp = 0, ndInt = 0;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawdot) break;
      sawdot = true;
      dp = nd;
      ndInt = nd;
      continue;
    }
    int d;
    if ('0' <= c && c <= '9') {
      d = c - '0';
    } else if (base == 16 && 'a' <= lowerByte(c) && lowerByte(c) <= 'f') {
      d = lowerByte(c) - 'a' + 10;
    } else {
      break;
    }
    sawdigits = true;
    if (d == 0 && nd == 0) { // leading zeros
      dp--;
      continue;
    }
    nd++;
    if (base == 16) {
      if (ndMant < maxMantDigits) {
        rf.mantissa = rf.mantissa * 16 + static_cast<uint64_t>(d);
        ndMant++;
      } else if (d != 0) {
        rf.trunc = true;
      }
    } else {
      rf.digits += c;
    }
  }
  if (!sawdigits) {
    rf.n = i;
    return rf;
  }
  if (!sawdot) dp = nd;
  if (base == 16) {
    dp *= 4;
    ndMant *= 4;
  }
  if (i < s.size() && lowerByte(s[i]) == expChar) {
    i++;
    if (i >= s.size()) {
      rf.n = i;
      return rf;
    }
    int64_t esign = 1;
    if (s[i] == '+') {
      i++;
    } else if (s[i] == '-') {
      i++;
      esign = -1;
    }
    if (i >= s.size() || s[i] < '0' || s[i] > '9') {
      rf.n = i;
      return rf;
    }
    int64_t e = 0;
    for (; i < s.size() && (('0' <= s[i] && s[i] <= '9') || s[i] == '_'); i++) {
      if (s[i] == '_') {
        underscores = true;
        continue;
      }
      if (e < 10000) e = e * 10 + (s[i] - '0'); // Go stops accumulating here
    }
    dp += e * esign;
  } else if (base == 16) {
    rf.n = i; // a hexadecimal float needs its p exponent
    return rf;
  }
  rf.n = i;
  if (base == 16) {
    if (rf.mantissa != 0) rf.exp = dp - ndMant;
  } else {
    rf.dp = dp;
    rf.ndInt = sawdot ? ndInt : nd;
  }
  if (underscores && !underscoreOK(s.substr(0, i))) return rf;
  rf.ok = true;
  return rf;
}

double bitsToFloat(uint64_t bits, const FloatInfo &flt) {
  if (&flt == &kFloat32Info) {
    uint32_t b = static_cast<uint32_t>(bits);
    float f;
    std::memcpy(&f, &b, sizeof f);
    return f;
  }
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

// Rounds mantissa * 2^exp (sticky bit trunc) to the format flt, half to even.
NumResult<double> atofHex(const FloatInfo &flt, uint64_t mantissa, int64_t exp, bool neg, bool trunc) {
  const int64_t maxExp = (int64_t(1) << flt.expbits) + flt.bias - 2;
  const int64_t minExp = flt.bias + 1;
  const unsigned mb = static_cast<unsigned>(flt.mantbits);
  exp += flt.mantbits; // the mantissa now has its binary point after the top bit

  // Normalise to mb+3 bits: the leading 1, mb fraction bits, and two rounding
  // bits, the lower one sticky.
  while (mantissa != 0 && (mantissa >> (mb + 2)) == 0) {
    mantissa <<= 1;
    exp--;
  }
  if (trunc) mantissa |= 1;
  while ((mantissa >> (1 + mb + 2)) != 0) {
    mantissa = mantissa >> 1 | (mantissa & 1);
    exp++;
  }
  // Denormals: shift further right, keeping the sticky bit.
  while (mantissa > 1 && exp < minExp - 2) {
    mantissa = mantissa >> 1 | (mantissa & 1);
    exp++;
  }
  uint64_t round = mantissa & 3;
  mantissa >>= 2;
  round |= mantissa & 1; // ties go to even
  exp += 2;
  if (round == 3) {
    mantissa++;
    if (mantissa == uint64_t(1) << (1 + mb)) {
      mantissa >>= 1;
      exp++;
    }
  }
  if ((mantissa >> mb) == 0) exp = flt.bias; // denormal or zero
  Err err = Err::None;
  if (exp > maxExp) {
    mantissa = uint64_t(1) << mb;
    exp = maxExp + 1;
    err = Err::Range;
  }
  uint64_t bits = mantissa & ((uint64_t(1) << mb) - 1);
  bits |= static_cast<uint64_t>((exp - flt.bias) & ((int64_t(1) << flt.expbits) - 1)) << mb;
  if (neg) bits |= uint64_t(1) << mb << flt.expbits;
  return {bitsToFloat(bits, flt), err};
}

// Rounds 0.digits * 10^dp (digits nonempty, no leading zero), followed by a
// nonzero sticky digit if sticky is set, correctly to float32 or float64.
// Overflow gives Inf and Err::Range; underflow gives 0.
NumResult<double> roundDecimal(std::string_view digits, int64_t dp, bool sticky, bool neg, bool is32) {
  std::string buf(digits);
  if (sticky) buf += '1';
  while (buf.back() == '0') buf.pop_back();
  int64_t e10 = dp - static_cast<int64_t>(buf.size());
  buf += 'e';
  buf += std::to_string(e10);
  const char *first = buf.data();
  const char *last = first + buf.size();
  double v;
  std::from_chars_result r;
  if (is32) {
    float f = 0;
    r = std::from_chars(first, last, f);
    v = f;
  } else {
    v = 0;
    r = std::from_chars(first, last, v);
  }
  Err err = Err::None;
  if (r.ec == std::errc::result_out_of_range) {
    // Overflow needs at least 39 integer digits, underflow at least 44 zeros
    // after the point.
    if (dp > 0) {
      v = std::numeric_limits<double>::infinity();
      err = Err::Range;
    } else {
      v = 0;
    }
  }
  return {neg ? -v : v, err};
}

// ---- Go 1.19's fallback for mantissas with more than 800 integer digits --------------
//
// Go first tries the Eisel-Lemire algorithm on the leading 19 digits, which is
// exact when it succeeds. When it gives up, Go falls back to a decimal that
// keeps 800 digits but then also caps the position of the decimal point at
// 800, so the value is divided by 10^(integer digits - 800). Reproducing that
// needs Go's Eisel-Lemire verdict, and so the algorithm and its table of
// 128-bit powers of ten, built here on first use.

constexpr int kPow10Min = -348;
constexpr int kPow10Max = 347;

struct Pow10Table {
  uint64_t hi[kPow10Max - kPow10Min + 1];
  uint64_t lo[kPow10Max - kPow10Min + 1];
};

// The top 128 bits (truncated) of the little-endian big number v.
void top128(const std::vector<uint32_t> &v, uint64_t &hi, uint64_t &lo) {
  size_t n = v.size();
  while (n > 0 && v[n - 1] == 0) n--;
  int bitlen = static_cast<int>(n) * 32 - __builtin_clz(v[n - 1]);
  unsigned __int128 acc = 0;
  for (int b = bitlen - 1; b >= bitlen - 128; b--) {
    int bit = b < 0 ? 0 : (v[static_cast<size_t>(b) / 32] >> (b % 32)) & 1;
    acc = acc << 1 | static_cast<unsigned>(bit);
  }
  hi = static_cast<uint64_t>(acc >> 64);
  lo = static_cast<uint64_t>(acc);
}

Pow10Table makePow10Table() {
  Pow10Table t{};
  // 10^n for n >= 0, by repeated multiplication.
  std::vector<uint32_t> v{1};
  for (int n = 0; n <= kPow10Max; n++) {
    top128(v, t.hi[n - kPow10Min], t.lo[n - kPow10Min]);
    uint64_t carry = 0;
    for (uint32_t &w : v) {
      uint64_t x = uint64_t(w) * 10 + carry;
      w = static_cast<uint32_t>(x);
      carry = x >> 32;
    }
    if (carry) v.push_back(static_cast<uint32_t>(carry));
  }
  // floor(2^1400 / 10^n) for n > 0 keeps far more than 128 significant bits,
  // and its top 128 bits are those of 10^-n.
  std::vector<uint32_t> q(1400 / 32 + 1, 0);
  q.back() = uint32_t(1) << (1400 % 32);
  for (int n = 1; n <= -kPow10Min; n++) {
    uint64_t rem = 0;
    for (size_t i = q.size(); i-- > 0;) {
      uint64_t x = rem << 32 | q[i];
      q[i] = static_cast<uint32_t>(x / 10);
      rem = x % 10;
    }
    top128(q, t.hi[-n - kPow10Min], t.lo[-n - kPow10Min]);
  }
  return t;
}

const Pow10Table &pow10Table() {
  static const Pow10Table table = makePow10Table();
  return table;
}

// Eisel-Lemire: man * 10^exp10 rounded to float32 or float64, or false where
// the algorithm cannot decide (or the result is subnormal or infinite).
bool eiselLemire(uint64_t man, int exp10, bool is32, double &out) {
  if (man == 0) {
    out = 0;
    return true;
  }
  if (exp10 < kPow10Min || exp10 > kPow10Max) return false;
  const Pow10Table &t = pow10Table();
  const int idx = exp10 - kPow10Min;
  const int mantbits = is32 ? 23 : 52;
  const uint64_t lowMask = is32 ? 0x3FFFFFFFFF : 0x1FF; // bits below mantissa + 2
  const int lowBits = is32 ? 38 : 9;
  const uint64_t bias = is32 ? 127 : 1023;
  const uint64_t maxExpField = is32 ? 0xFF : 0x7FF;

  int clz = __builtin_clzll(man);
  man <<= clz;
  // floor(exp10 * log2(10)) + 64 + bias - clz; the shift floors like Go's.
  uint64_t retExp2 = static_cast<uint64_t>((int64_t(217706) * exp10 >> 16) + 64 + static_cast<int64_t>(bias)) -
                     static_cast<uint64_t>(clz);
  unsigned __int128 x = static_cast<unsigned __int128>(man) * t.hi[idx];
  uint64_t xHi = static_cast<uint64_t>(x >> 64), xLo = static_cast<uint64_t>(x);
  if ((xHi & lowMask) == lowMask && xLo + man < man) {
    // Widen the approximation with the low 64 bits of the power.
    unsigned __int128 y = static_cast<unsigned __int128>(man) * t.lo[idx];
    uint64_t yHi = static_cast<uint64_t>(y >> 64), yLo = static_cast<uint64_t>(y);
    uint64_t mergedHi = xHi, mergedLo = xLo + yHi;
    if (mergedLo < xLo) mergedHi++;
    if ((mergedHi & lowMask) == lowMask && mergedLo + 1 == 0 && yLo + man < man) return false;
    xHi = mergedHi;
    xLo = mergedLo;
  }
  uint64_t msb = xHi >> 63;
  uint64_t retMantissa = xHi >> (msb + static_cast<uint64_t>(lowBits));
  retExp2 -= 1 ^ msb;
  if (xLo == 0 && (xHi & lowMask) == 0 && (retMantissa & 3) == 1) return false; // halfway: undecided
  retMantissa += retMantissa & 1;
  retMantissa >>= 1;
  if (retMantissa >> (mantbits + 1) > 0) {
    retMantissa >>= 1;
    retExp2++;
  }
  if (retExp2 - 1 >= maxExpField - 1) return false; // subnormal or infinite
  uint64_t bits = retExp2 << mantbits | (retMantissa & ((uint64_t(1) << mantbits) - 1));
  out = bitsToFloat(bits, is32 ? kFloat32Info : kFloat64Info);
  return true;
}

// ParseFloat for the decimal 0.digits * 10^dp with ndInt integer digits.
NumResult<double> atofDecimal(const ReadFloat &rf, bool is32) {
  constexpr int64_t kMaxDigits = 800; // Go's decimal buffer
  if (rf.ndInt <= kMaxDigits) return roundDecimal(rf.digits, rf.dp, false, rf.neg, is32);
  // More than 800 integer digits: Go's fast path sees 19 of them.
  uint64_t mantissa = 0;
  for (size_t i = 0; i < 19; i++) mantissa = mantissa * 10 + static_cast<uint64_t>(rf.digits[i] - '0');
  bool trunc = rf.digits.find_first_not_of('0', 19) != std::string::npos;
  int64_t exp10 = rf.dp - 19;
  double f, fUp;
  if (exp10 >= kPow10Min && exp10 <= kPow10Max && eiselLemire(mantissa, static_cast<int>(exp10), is32, f) &&
      (!trunc || (eiselLemire(mantissa + 1, static_cast<int>(exp10), is32, fUp) && f == fUp)))
    return {rf.neg ? -f : f, Err::None};
  std::string_view kept = std::string_view(rf.digits).substr(0, kMaxDigits);
  bool sticky = rf.digits.find_first_not_of('0', kMaxDigits) != std::string::npos;
  return roundDecimal(kept, rf.dp - (rf.ndInt - kMaxDigits), sticky, rf.neg, is32);
}

NumResult<double> atof(std::string_view s, int bitSize, size_t &n) {
  const bool is32 = bitSize == 32;
  double sp;
  if (special(s, sp, n)) return {is32 ? static_cast<double>(static_cast<float>(sp)) : sp, Err::None};
  ReadFloat rf = readFloat(s);
  n = rf.n;
  if (!rf.ok) return {0, Err::Syntax};
  if (rf.hex) return atofHex(is32 ? kFloat32Info : kFloat64Info, rf.mantissa, rf.exp, rf.neg, rf.trunc);
  if (rf.digits.empty()) return {rf.neg ? -0.0 : 0.0, Err::None};
  return atofDecimal(rf, is32);
}

// ---- Quoting --------------------------------------------------------------------------

void appendEscapedRune(std::string &dst, int32_t r, char quote, bool asciiOnly, bool graphicOnly) {
  if (r == static_cast<uint8_t>(quote) || r == '\\') { // always backslashed
    dst += '\\';
    dst += static_cast<char>(r);
    return;
  }
  if (asciiOnly) {
    if (r < kRuneSelf && isPrint(r)) {
      dst += static_cast<char>(r);
      return;
    }
  } else if (isPrint(r) || (graphicOnly && isGraphic(r))) {
    encodeRune(dst, r);
    return;
  }
  switch (r) {
  case '\a': dst += "\\a"; return;
  case '\b': dst += "\\b"; return;
  case '\f': dst += "\\f"; return;
  case '\n': dst += "\\n"; return;
  case '\r': dst += "\\r"; return;
  case '\t': dst += "\\t"; return;
  case '\v': dst += "\\v"; return;
  }
  if (r < ' ' || r == 0x7F) {
    dst += "\\x";
    dst += kLowerHex[(r >> 4) & 0xF];
    dst += kLowerHex[r & 0xF];
    return;
  }
  if (!validRune(r)) r = kRuneError;
  if (r < 0x10000) {
    dst += "\\u";
    for (int sh = 12; sh >= 0; sh -= 4) dst += kLowerHex[(r >> sh) & 0xF];
  } else {
    dst += "\\U";
    for (int sh = 28; sh >= 0; sh -= 4) dst += kLowerHex[(r >> sh) & 0xF];
  }
}

int unhex(char c) {
  if ('0' <= c && c <= '9') return c - '0';
  if ('a' <= c && c <= 'f') return c - 'a' + 10;
  if ('A' <= c && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Go's unquote(in, unescape): on success stores the remainder after the
// closing quote in rem and, if out is not null, the unescaped contents in *out.
bool unquoteImpl(std::string_view in, std::string *out, std::string_view &rem) {
  if (in.size() < 2) return false;
  const char q = in[0];
  size_t end = in.find(q, 1);
  if (end == std::string_view::npos) return false;
  end++; // just past the closing quote, unless escapes intervene
  std::string_view lit = in.substr(0, end);
  switch (q) {
  case '`':
    if (out) {
      out->clear();
      for (size_t i = 1; i + 1 < end; i++)
        if (in[i] != '\r') *out += in[i];
    }
    rem = in.substr(end);
    return true;
  case '"':
  case '\'': {
    if (lit.find('\\') == std::string_view::npos && lit.find('\n') == std::string_view::npos) {
      std::string_view body = lit.substr(1, end - 2);
      bool valid;
      if (q == '"') {
        valid = validString(body);
      } else {
        size_t w;
        int32_t r = decodeRune(body, w);
        valid = 1 + w + 1 == end && (r != kRuneError || w != 1);
      }
      if (valid) {
        if (out) out->assign(body);
        rem = in.substr(end);
        return true;
      }
    }
    std::string_view s = in.substr(1);
    if (out) out->clear();
    while (!s.empty() && s[0] != q) {
      std::optional<UnquotedChar> c = unquoteChar(s, q);
      if (s[0] == '\n' || !c) return false;
      s = c->tail;
      if (out) {
        if (c->value < kRuneSelf || !c->multibyte)
          *out += static_cast<char>(c->value);
        else
          encodeRune(*out, c->value);
      }
      if (q == '\'') break;
    }
    if (s.empty() || s[0] != q) return false;
    rem = s.substr(1);
    return true;
  }
  default: return false;
  }
}

} // namespace

// ---- Public API ----------------------------------------------------------------------------

const char *errText(Err e) {
  switch (e) {
  case Err::None: return "";
  case Err::Syntax: return "invalid syntax";
  case Err::Range: return "value out of range";
  case Err::BadBase: return "invalid base";
  case Err::BadBitSize: return "invalid bit size";
  }
  return "";
}

void appendFloat(std::string &dst, double val, char fmt, int prec, int bitSize) {
  uint64_t bits;
  double absval;
  const FloatInfo *flt;
  if (bitSize == 32) {
    float f = static_cast<float>(val);
    uint32_t b;
    std::memcpy(&b, &f, sizeof b);
    bits = b;
    absval = std::fabs(static_cast<double>(f));
    flt = &kFloat32Info;
  } else if (bitSize == 64) {
    std::memcpy(&bits, &val, sizeof bits);
    absval = std::fabs(val);
    flt = &kFloat64Info;
  } else {
    throw std::invalid_argument("strconv: illegal AppendFloat/FormatFloat bitSize");
  }
  const bool neg = (bits >> (flt->expbits + flt->mantbits)) != 0;
  int exp = static_cast<int>(bits >> flt->mantbits) & ((1 << flt->expbits) - 1);
  uint64_t mant = bits & ((uint64_t(1) << flt->mantbits) - 1);
  if (exp == (1 << flt->expbits) - 1) {
    dst += mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
    return;
  }
  if (exp == 0)
    exp++; // denormal
  else
    mant |= uint64_t(1) << flt->mantbits;
  exp += flt->bias;

  if (fmt == 'b') return fmtB(dst, neg, mant, exp, *flt);
  if (fmt == 'x' || fmt == 'X') return fmtX(dst, prec, fmt, neg, mant, exp, *flt);
  if (fmt == 'f' && prec >= 0) {
    // Exactly rounded to prec places: to_chars lays it out just as Go does.
    if (neg) dst += '-';
    size_t at = dst.size();
    dst.resize(at + static_cast<size_t>(prec) + 330);
    std::to_chars_result r =
        std::to_chars(dst.data() + at, dst.data() + dst.size(), absval, std::chars_format::fixed, prec);
    dst.resize(static_cast<size_t>(r.ptr - dst.data()));
    return;
  }

  Digits digs;
  const bool shortest = prec < 0;
  if (shortest) {
    shortestDigits(absval, bitSize, digs);
    switch (fmt) {
    case 'e':
    case 'E': prec = std::max(digs.nd - 1, 0); break;
    case 'f': prec = std::max(digs.nd - digs.dp, 0); break;
    case 'g':
    case 'G': prec = digs.nd; break;
    }
  } else {
    int n = 1; // invalid formats: "%c" regardless of digits
    switch (fmt) {
    case 'e':
    case 'E': n = prec + 1; break;
    case 'g':
    case 'G':
      if (prec == 0) prec = 1;
      n = prec;
      break;
    }
    fixedDigits(absval, n, digs);
  }
  formatDigits(dst, shortest, neg, digs, prec, fmt);
}

std::string formatFloat(double f, char fmt, int prec, int bitSize) {
  std::string s;
  appendFloat(s, f, fmt, prec, bitSize);
  return s;
}

void appendUint(std::string &dst, uint64_t u, int base) {
  if (base < 2 || base > 36) throw std::invalid_argument("strconv: illegal AppendInt/FormatInt base");
  char buf[64];
  size_t i = sizeof buf;
  const auto b = static_cast<uint64_t>(base);
  do {
    buf[--i] = kDigits[u % b];
    u /= b;
  } while (u != 0);
  dst.append(buf + i, sizeof buf - i);
}

void appendInt(std::string &dst, int64_t i, int base) {
  if (base < 2 || base > 36) throw std::invalid_argument("strconv: illegal AppendInt/FormatInt base");
  if (i < 0) {
    dst += '-';
    appendUint(dst, uint64_t(0) - static_cast<uint64_t>(i), base);
  } else {
    appendUint(dst, static_cast<uint64_t>(i), base);
  }
}

std::string formatInt(int64_t i, int base) {
  std::string s;
  appendInt(s, i, base);
  return s;
}

std::string formatUint(uint64_t u, int base) {
  std::string s;
  appendUint(s, u, base);
  return s;
}

NumResult<bool> parseBool(std::string_view s) {
  if (s == "1" || s == "t" || s == "T" || s == "true" || s == "TRUE" || s == "True") return {true, Err::None};
  if (s == "0" || s == "f" || s == "F" || s == "false" || s == "FALSE" || s == "False") return {false, Err::None};
  return {false, Err::Syntax};
}

NumResult<uint64_t> parseUint(std::string_view s, int base, int bitSize) {
  if (s.empty()) return {0, Err::Syntax};
  const std::string_view s0 = s;
  const bool base0 = base == 0;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && lowerByte(s[1]) == 'b') {
        base = 2;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lowerByte(s[1]) == 'o') {
        base = 8;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lowerByte(s[1]) == 'x') {
        base = 16;
        s.remove_prefix(2);
      } else {
        base = 8;
        s.remove_prefix(1);
      }
    }
  } else if (base < 2 || base > 36) {
    return {0, Err::BadBase};
  }
  if (bitSize == 0) {
    bitSize = 64;
  } else if (bitSize < 0 || bitSize > 64) {
    return {0, Err::BadBitSize};
  }
  const uint64_t ubase = static_cast<uint64_t>(base);
  const uint64_t cutoff = std::numeric_limits<uint64_t>::max() / ubase + 1;
  const uint64_t maxVal = bitSize == 64 ? std::numeric_limits<uint64_t>::max() : (uint64_t(1) << bitSize) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    int d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if ('0' <= c && c <= '9') {
      d = c - '0';
    } else if ('a' <= lowerByte(c) && lowerByte(c) <= 'z') {
      d = lowerByte(c) - 'a' + 10;
    } else {
      return {0, Err::Syntax};
    }
    if (d >= base) return {0, Err::Syntax};
    if (n >= cutoff) return {maxVal, Err::Range}; // n*base overflows
    n *= ubase;
    uint64_t n1 = n + static_cast<uint64_t>(d);
    if (n1 < n || n1 > maxVal) return {maxVal, Err::Range};
    n = n1;
  }
  if (underscores && !underscoreOK(s0)) return {0, Err::Syntax};
  return {n, Err::None};
}

NumResult<int64_t> parseInt(std::string_view s, int base, int bitSize) {
  if (s.empty()) return {0, Err::Syntax};
  bool neg = false;
  if (s[0] == '+') {
    s.remove_prefix(1);
  } else if (s[0] == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  NumResult<uint64_t> u = parseUint(s, base, bitSize);
  if (u.err != Err::None && u.err != Err::Range) return {0, u.err};
  if (bitSize == 0) bitSize = 64;
  const uint64_t cutoff = uint64_t(1) << (bitSize - 1);
  if (!neg && u.value >= cutoff) return {static_cast<int64_t>(cutoff - 1), Err::Range};
  if (neg && u.value > cutoff) return {static_cast<int64_t>(uint64_t(0) - cutoff), Err::Range};
  int64_t v = static_cast<int64_t>(neg ? uint64_t(0) - u.value : u.value);
  return {v, Err::None};
}

NumResult<double> parseFloatPrefix(std::string_view s, int bitSize, size_t &n) {
  n = 0;
  return atof(s, bitSize, n);
}

NumResult<double> parseFloat(std::string_view s, int bitSize) {
  size_t n = 0;
  NumResult<double> r = atof(s, bitSize, n);
  if (n != s.size()) return {0, Err::Syntax};
  return r;
}

void appendQuotedWith(std::string &dst, std::string_view s, char quote, bool asciiOnly, bool graphicOnly) {
  dst.reserve(dst.size() + s.size() + 2);
  dst += quote;
  while (!s.empty()) {
    size_t width = 1;
    int32_t r = static_cast<uint8_t>(s[0]);
    if (r >= kRuneSelf) r = decodeRune(s, width);
    if (width == 1 && r == kRuneError) {
      dst += "\\x";
      dst += kLowerHex[static_cast<uint8_t>(s[0]) >> 4];
      dst += kLowerHex[static_cast<uint8_t>(s[0]) & 0xF];
    } else {
      appendEscapedRune(dst, r, quote, asciiOnly, graphicOnly);
    }
    s.remove_prefix(width);
  }
  dst += quote;
}

void appendQuotedRuneWith(std::string &dst, int32_t r, char quote, bool asciiOnly, bool graphicOnly) {
  dst += quote;
  if (!validRune(r)) r = kRuneError;
  appendEscapedRune(dst, r, quote, asciiOnly, graphicOnly);
  dst += quote;
}

std::string quote(std::string_view s) {
  std::string out;
  appendQuotedWith(out, s, '"', false, false);
  return out;
}

std::string quoteToASCII(std::string_view s) {
  std::string out;
  appendQuotedWith(out, s, '"', true, false);
  return out;
}

std::string quoteToGraphic(std::string_view s) {
  std::string out;
  appendQuotedWith(out, s, '"', false, true);
  return out;
}

std::string quoteRune(int32_t r) {
  std::string out;
  appendQuotedRuneWith(out, r, '\'', false, false);
  return out;
}

std::string quoteRuneToASCII(int32_t r) {
  std::string out;
  appendQuotedRuneWith(out, r, '\'', true, false);
  return out;
}

std::string quoteRuneToGraphic(int32_t r) {
  std::string out;
  appendQuotedRuneWith(out, r, '\'', false, true);
  return out;
}

bool canBackquote(std::string_view s) {
  while (!s.empty()) {
    size_t w;
    int32_t r = decodeRune(s, w);
    s.remove_prefix(w);
    if (w > 1) {
      if (r == 0xFEFF) return false; // a BOM is invisible
      continue;                      // other valid multibyte runes pass
    }
    if (r == kRuneError) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

std::optional<UnquotedChar> unquoteChar(std::string_view s, char quote) {
  if (s.empty()) return std::nullopt;
  const char c0 = s[0];
  if (c0 == quote && (quote == '\'' || quote == '"')) return std::nullopt;
  if (static_cast<uint8_t>(c0) >= kRuneSelf) {
    size_t w;
    int32_t r = decodeRune(s, w);
    return UnquotedChar{r, true, s.substr(w)};
  }
  if (c0 != '\\') return UnquotedChar{static_cast<uint8_t>(c0), false, s.substr(1)};
  if (s.size() <= 1) return std::nullopt;
  const char c = s[1];
  s.remove_prefix(2);
  UnquotedChar res{0, false, {}};
  switch (c) {
  case 'a': res.value = '\a'; break;
  case 'b': res.value = '\b'; break;
  case 'f': res.value = '\f'; break;
  case 'n': res.value = '\n'; break;
  case 'r': res.value = '\r'; break;
  case 't': res.value = '\t'; break;
  case 'v': res.value = '\v'; break;
  case 'x':
  case 'u':
  case 'U': {
    size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    if (s.size() < n) return std::nullopt;
    uint32_t v = 0;
    for (size_t j = 0; j < n; j++) {
      int x = unhex(s[j]);
      if (x < 0) return std::nullopt;
      v = v << 4 | static_cast<uint32_t>(x);
    }
    s.remove_prefix(n);
    res.value = static_cast<int32_t>(v);
    if (c == 'x') break;
    if (!validRune(res.value)) return std::nullopt;
    res.multibyte = true;
    break;
  }
  case '0':
  case '1':
  case '2':
  case '3':
  case '4':
  case '5':
  case '6':
  case '7': {
    int32_t v = c - '0';
    if (s.size() < 2) return std::nullopt;
    for (size_t j = 0; j < 2; j++) {
      int32_t x = s[j] - '0';
      if (x < 0 || x > 7) return std::nullopt;
      v = v << 3 | x;
    }
    s.remove_prefix(2);
    if (v > 255) return std::nullopt;
    res.value = v;
    break;
  }
  case '\\': res.value = '\\'; break;
  case '\'':
  case '"':
    if (c != quote) return std::nullopt;
    res.value = c;
    break;
  default: return std::nullopt;
  }
  res.tail = s;
  return res;
}

std::optional<std::string> unquote(std::string_view s) {
  std::string out;
  std::string_view rem;
  if (!unquoteImpl(s, &out, rem) || !rem.empty()) return std::nullopt;
  return out;
}

std::optional<std::string_view> quotedPrefix(std::string_view s) {
  std::string_view rem;
  if (!unquoteImpl(s, nullptr, rem)) return std::nullopt;
  return s.substr(0, s.size() - rem.size());
}

bool isPrint(int32_t r) {
  if (r <= 0xFF) {
    if (0x20 <= r && r <= 0x7E) return true;
    if (0xA1 <= r && r <= 0xFF) return r != 0xAD; // except the soft hyphen
    return false;
  }
  if (r > kMaxRune) return false;
  return unicode::isPrint(static_cast<char32_t>(r));
}

bool isGraphic(int32_t r) {
  if (r < 0 || r > kMaxRune) return false;
  return isPrint(r) || unicode::isGraphic(static_cast<char32_t>(r));
}

} // namespace goterp::strconv
