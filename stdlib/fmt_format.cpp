// Package fmt's formatting of one operand, as Go's format.go: padding to
// a width (counted in runes), integers in any base with their prefixes and
// precision, floats through strconv with fmt's own rules for signs, zero
// padding and the # flag, strings truncated to a precision, hex dumps and
// quoted text. It knows nothing of types: the printer (fmt.cpp) picks the
// function for an operand's kind and verb.
#include <cstring>

#include "runtime/rt.h"
#include "stdlib/fmt.h"
#include "stdlib/strconv_core.h"

namespace goterp {

namespace fmtpkg {

namespace {

int64_t runeCount(std::string_view s) {
  int64_t n = 0;
  for (size_t i = 0; i < s.size(); n++) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      i++;
      continue;
    }
    int sz;
    decodeRune(reinterpret_cast<const uint8_t *>(s.data()), int64_t(s.size()), int64_t(i), &sz);
    i += size_t(sz);
  }
  return n;
}

} // namespace

void Fmt::writePadding(int64_t n) {
  if (n <= 0) return;
  buf.append(size_t(n), zero ? '0' : ' ');
}

void Fmt::pad(std::string_view s) {
  if (!widPresent || wid == 0) {
    buf += s;
    return;
  }
  int64_t width = wid - runeCount(s);
  if (!minus) {
    writePadding(width);
    buf += s;
  } else {
    buf += s;
    writePadding(width);
  }
}

void Fmt::fmtBoolean(bool v) { pad(v ? "true" : "false"); }

void Fmt::fmtUnicode(uint64_t u) {
  char small[68];
  std::string big;
  char *b = small;
  size_t len = sizeof small;
  int64_t pr = 4;
  if (precPresent && prec > 4) {
    pr = prec;
    size_t width = size_t(2 + pr + 2 + 4 + 1);
    if (width > len) {
      big.resize(width);
      b = big.data();
      len = width;
    }
  }
  size_t i = len;
  if (sharp && u <= 0x10FFFF && strconv::isPrint(int32_t(u))) {
    std::string r;
    appendRune(r, int32_t(u));
    b[--i] = '\'';
    i -= r.size();
    std::memcpy(b + i, r.data(), r.size());
    b[--i] = '\'';
    b[--i] = ' ';
  }
  while (u >= 16) {
    b[--i] = udigits[u & 0xF];
    pr--;
    u >>= 4;
  }
  b[--i] = udigits[u];
  pr--;
  while (pr > 0) {
    b[--i] = '0';
    pr--;
  }
  b[--i] = '+';
  b[--i] = 'U';
  bool oldZero = zero;
  zero = false;
  pad(std::string_view(b + i, len - i));
  zero = oldZero;
}

void Fmt::fmtInteger(uint64_t u, int base, bool isSigned, int32_t verb, const char *digits) {
  bool negative = isSigned && int64_t(u) < 0;
  if (negative) u = -u;
  char small[68];
  std::string big;
  char *b = small;
  size_t len = sizeof small;
  if (widPresent || precPresent) {
    size_t width = size_t(3 + wid + prec);
    if (width > len) {
      big.resize(width);
      b = big.data();
      len = width;
    }
  }
  int64_t pr = 0;
  if (precPresent) {
    pr = prec;
    if (pr == 0 && u == 0) {
      bool oldZero = zero;
      zero = false;
      writePadding(wid);
      zero = oldZero;
      return;
    }
  } else if (zero && widPresent) {
    pr = wid;
    if (negative || plus || space) pr--;
  }
  size_t i = len;
  switch (base) {
  case 10:
    while (u >= 10) {
      uint64_t next = u / 10;
      b[--i] = char('0' + (u - next * 10));
      u = next;
    }
    break;
  case 16:
    while (u >= 16) {
      b[--i] = digits[u & 0xF];
      u >>= 4;
    }
    break;
  case 8:
    while (u >= 8) {
      b[--i] = char('0' + (u & 7));
      u >>= 3;
    }
    break;
  case 2:
    while (u >= 2) {
      b[--i] = char('0' + (u & 1));
      u >>= 1;
    }
    break;
  }
  b[--i] = digits[u];
  while (i > 0 && pr > int64_t(len - i)) b[--i] = '0';
  if (sharp) {
    switch (base) {
    case 2:
      b[--i] = 'b';
      b[--i] = '0';
      break;
    case 8:
      if (b[i] != '0') b[--i] = '0';
      break;
    case 16:
      b[--i] = digits[16];
      b[--i] = '0';
      break;
    }
  }
  if (verb == 'O') {
    b[--i] = 'o';
    b[--i] = '0';
  }
  if (negative)
    b[--i] = '-';
  else if (plus)
    b[--i] = '+';
  else if (space)
    b[--i] = ' ';
  bool oldZero = zero;
  zero = false;
  pad(std::string_view(b + i, len - i));
  zero = oldZero;
}

std::string_view Fmt::truncate(std::string_view s) const {
  if (precPresent) {
    int64_t n = prec;
    for (size_t i = 0; i < s.size();) {
      if (--n < 0) return s.substr(0, i);
      if (static_cast<unsigned char>(s[i]) < 0x80) {
        i++;
      } else {
        int sz;
        decodeRune(reinterpret_cast<const uint8_t *>(s.data()), int64_t(s.size()), int64_t(i), &sz);
        i += size_t(sz);
      }
    }
  }
  return s;
}

void Fmt::fmtS(std::string_view s) { pad(truncate(s)); }

void Fmt::fmtSbx(std::string_view s, const char *digits) {
  int64_t length = int64_t(s.size());
  if (precPresent && prec < length) length = prec;
  int64_t width = 2 * length;
  if (width > 0) {
    if (space) {
      if (sharp) width *= 2;
      width += length - 1;
    } else if (sharp) {
      width += 2;
    }
  } else {
    if (widPresent) writePadding(wid);
    return;
  }
  if (widPresent && wid > width && !minus) writePadding(wid - width);
  if (sharp) {
    buf += '0';
    buf += digits[16];
  }
  for (int64_t i = 0; i < length; i++) {
    if (space && i > 0) {
      buf += ' ';
      if (sharp) {
        buf += '0';
        buf += digits[16];
      }
    }
    auto ch = static_cast<unsigned char>(s[size_t(i)]);
    buf += digits[ch >> 4];
    buf += digits[ch & 0xF];
  }
  if (widPresent && wid > width && minus) writePadding(wid - width);
}

void Fmt::fmtQ(std::string_view s) {
  s = truncate(s);
  if (sharp && strconv::canBackquote(s)) {
    std::string q;
    q.reserve(s.size() + 2);
    q += '`';
    q += s;
    q += '`';
    pad(q);
    return;
  }
  std::string q;
  strconv::appendQuotedWith(q, s, '"', plus, false);
  pad(q);
}

void Fmt::fmtC(uint64_t ch) {
  int32_t r = ch > 0x10FFFF ? 0xFFFD : int32_t(ch);
  std::string s;
  appendRune(s, r);
  pad(s);
}

void Fmt::fmtQc(uint64_t ch) {
  int32_t r = ch > 0x10FFFF ? 0xFFFD : int32_t(ch);
  std::string s;
  strconv::appendQuotedRuneWith(s, r, '\'', plus, false);
  pad(s);
}

void Fmt::fmtFloat(double v, int size, int32_t verb, int64_t defPrec) {
  int64_t pr = precPresent ? prec : defPrec;
  std::string num = "_";
  strconv::appendFloat(num, v, char(verb), int(pr), size);
  if (num[1] == '-' || num[1] == '+')
    num.erase(0, 1);
  else
    num[0] = '+';
  if (space && num[0] == '+' && !plus) num[0] = ' ';
  if (num[1] == 'I' || num[1] == 'N') {
    bool oldZero = zero;
    zero = false;
    if (num[1] == 'N' && !space && !plus) num.erase(0, 1);
    pad(num);
    zero = oldZero;
    return;
  }
  if (sharp && verb != 'b') {
    int64_t digits = 0;
    switch (verb) {
    case 'v':
    case 'g':
    case 'G':
    case 'x':
      digits = pr;
      if (digits == -1) digits = 6;
      break;
    }
    std::string tail;
    bool hasDecimalPoint = false, sawNonzeroDigit = false;
    for (size_t i = 1; i < num.size(); i++) {
      char ch = num[i];
      if (ch == '.') {
        hasDecimalPoint = true;
        continue;
      }
      if (ch == 'p' || ch == 'P' || ((ch == 'e' || ch == 'E') && verb != 'x' && verb != 'X')) {
        tail.assign(num, i, std::string::npos);
        num.resize(i);
        break;
      }
      if (ch != '0') sawNonzeroDigit = true;
      if (sawNonzeroDigit) digits--;
    }
    if (!hasDecimalPoint) {
      if (num.size() == 2 && num[1] == '0') digits--;
      num += '.';
    }
    while (digits > 0) {
      num += '0';
      digits--;
    }
    num += tail;
  }
  if (plus || num[0] != '+') {
    if (zero && widPresent && wid > int64_t(num.size())) {
      buf += num[0];
      writePadding(wid - int64_t(num.size()));
      buf.append(num, 1, std::string::npos);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

} // namespace fmtpkg

} // namespace goterp
