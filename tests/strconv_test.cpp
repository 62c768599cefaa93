// Tests for stdlib/strconv_core: Go 1.19 strconv semantics. The expected
// values in strconv_cases.inc were produced by Go itself
// (tools/gen_strconv_cases.go).
#include "stdlib/strconv_core.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <iomanip>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace {

using goterp::strconv::Err;
namespace sc = goterp::strconv;

#define SV(lit) std::string_view(lit, sizeof(lit) - 1)
#include "tests/strconv_cases.inc"
#undef SV

// A printable form of a byte string for failure messages.
std::string show(std::string_view s) {
  std::ostringstream os;
  os << '"';
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
      os << c;
    else
      os << "\\x" << std::hex << std::setw(2) << std::setfill('0') << int(c) << std::dec;
  }
  os << '"';
  return os.str();
}

double fromBits(uint64_t bits) {
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

uint64_t toBits(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return bits;
}

const char *errName(Err e) {
  switch (e) {
  case Err::None: return "None";
  case Err::Syntax: return "Syntax";
  case Err::Range: return "Range";
  case Err::BadBase: return "BadBase";
  case Err::BadBitSize: return "BadBitSize";
  }
  return "?";
}

TEST(StrconvGo, FormatFloat) {
  for (const FormatFloatCase &c : kFormatFloatCases) {
    EXPECT_EQ(sc::formatFloat(fromBits(c.bits), c.fmt, c.prec, c.bitSize), c.want)
        << "FormatFloat(bits 0x" << std::hex << c.bits << std::dec << ", '" << c.fmt << "', " << c.prec << ", "
        << c.bitSize << ")";
  }
}

TEST(StrconvGo, ParseFloat) {
  for (const ParseFloatCase &c : kParseFloatCases) {
    sc::NumResult<double> r = sc::parseFloat(c.in, c.bitSize);
    EXPECT_EQ(toBits(r.value), c.bits) << "ParseFloat(" << show(c.in) << ", " << c.bitSize << ")";
    EXPECT_EQ(errName(r.err), errName(c.err)) << "ParseFloat(" << show(c.in) << ", " << c.bitSize << ")";
  }
}

TEST(StrconvGo, ParseInt) {
  for (const ParseIntCase &c : kParseIntCases) {
    sc::NumResult<int64_t> r = sc::parseInt(c.in, c.base, c.bitSize);
    EXPECT_EQ(r.value, c.value) << "ParseInt(" << show(c.in) << ", " << c.base << ", " << c.bitSize << ")";
    EXPECT_EQ(errName(r.err), errName(c.err))
        << "ParseInt(" << show(c.in) << ", " << c.base << ", " << c.bitSize << ")";
  }
}

TEST(StrconvGo, ParseUint) {
  for (const ParseUintCase &c : kParseUintCases) {
    sc::NumResult<uint64_t> r = sc::parseUint(c.in, c.base, c.bitSize);
    EXPECT_EQ(r.value, c.value) << "ParseUint(" << show(c.in) << ", " << c.base << ", " << c.bitSize << ")";
    EXPECT_EQ(errName(r.err), errName(c.err))
        << "ParseUint(" << show(c.in) << ", " << c.base << ", " << c.bitSize << ")";
  }
}

TEST(StrconvGo, FormatInt) {
  for (const FormatIntCase &c : kFormatIntCases) {
    if (c.isUnsigned) {
      EXPECT_EQ(sc::formatUint(static_cast<uint64_t>(c.value), c.base), c.want) << c.value << " base " << c.base;
    } else {
      EXPECT_EQ(sc::formatInt(c.value, c.base), c.want) << c.value << " base " << c.base;
    }
  }
}

TEST(StrconvGo, ParseBool) {
  for (const ParseBoolCase &c : kParseBoolCases) {
    sc::NumResult<bool> r = sc::parseBool(c.in);
    EXPECT_EQ(r.value, c.value) << show(c.in);
    EXPECT_EQ(errName(r.err), errName(c.err)) << show(c.in);
  }
}

TEST(StrconvGo, Quote) {
  for (const QuoteCase &c : kQuoteCases) {
    EXPECT_EQ(sc::quote(c.in), c.quote) << show(c.in);
    EXPECT_EQ(sc::quoteToASCII(c.in), c.toASCII) << show(c.in);
    EXPECT_EQ(sc::quoteToGraphic(c.in), c.toGraphic) << show(c.in);
    EXPECT_EQ(sc::canBackquote(c.in), c.canBackquote) << show(c.in);
  }
}

TEST(StrconvGo, QuoteRune) {
  for (const QuoteRuneCase &c : kQuoteRuneCases) {
    EXPECT_EQ(sc::quoteRune(c.r), c.quote) << c.r;
    EXPECT_EQ(sc::quoteRuneToASCII(c.r), c.toASCII) << c.r;
    EXPECT_EQ(sc::quoteRuneToGraphic(c.r), c.toGraphic) << c.r;
    EXPECT_EQ(sc::isPrint(c.r), c.isPrint) << c.r;
    EXPECT_EQ(sc::isGraphic(c.r), c.isGraphic) << c.r;
  }
}

TEST(StrconvGo, Unquote) {
  for (const UnquoteCase &c : kUnquoteCases) {
    std::optional<std::string> u = sc::unquote(c.in);
    EXPECT_EQ(u.has_value(), c.ok) << show(c.in);
    if (u && c.ok) {
      EXPECT_EQ(*u, c.out) << show(c.in);
    }
    std::optional<std::string_view> pre = sc::quotedPrefix(c.in);
    EXPECT_EQ(pre.has_value(), c.prefixOK) << show(c.in);
    if (pre && c.prefixOK) {
      EXPECT_EQ(*pre, c.prefix) << show(c.in);
    }
  }
}

TEST(StrconvGo, UnquoteChar) {
  for (const UnquoteCharCase &c : kUnquoteCharCases) {
    std::optional<sc::UnquotedChar> u = sc::unquoteChar(c.in, c.quote);
    EXPECT_EQ(u.has_value(), c.ok) << show(c.in) << " quote " << int(c.quote);
    if (u && c.ok) {
      EXPECT_EQ(u->value, c.value) << show(c.in);
      EXPECT_EQ(u->multibyte, c.multibyte) << show(c.in);
      EXPECT_EQ(u->tail, c.tail) << show(c.in);
    }
  }
}

// ---- Behaviour outside the generated tables ----------------------------------------------

TEST(StrconvApi, ErrText) {
  EXPECT_STREQ(sc::errText(Err::None), "");
  EXPECT_STREQ(sc::errText(Err::Syntax), "invalid syntax");
  EXPECT_STREQ(sc::errText(Err::Range), "value out of range");
  EXPECT_STREQ(sc::errText(Err::BadBase), "invalid base");
  EXPECT_STREQ(sc::errText(Err::BadBitSize), "invalid bit size");
}

TEST(StrconvApi, PanicsBecomeExceptions) {
  try {
    sc::formatFloat(1, 'g', -1, 16);
    FAIL() << "no exception";
  } catch (const std::invalid_argument &e) {
    EXPECT_STREQ(e.what(), "strconv: illegal AppendFloat/FormatFloat bitSize");
  }
  EXPECT_THROW(sc::formatInt(1, 1), std::invalid_argument);
  EXPECT_THROW(sc::formatUint(1, 37), std::invalid_argument);
}

TEST(StrconvApi, AppendVariantsAppend) {
  std::string s = "x=";
  sc::appendFloat(s, 0.25, 'f', -1, 64);
  s += ' ';
  sc::appendInt(s, -42, 10);
  s += ' ';
  sc::appendUint(s, 255, 16);
  s += ' ';
  sc::appendQuotedWith(s, "a\"b", '"', false, false);
  s += ' ';
  sc::appendQuotedRuneWith(s, 0x263A, '\'', true, false);
  EXPECT_EQ(s, "x=0.25 -42 ff \"a\\\"b\" '\\u263a'");
  EXPECT_STREQ(sc::formatBool(true), "true");
  EXPECT_STREQ(sc::formatBool(false), "false");
}

TEST(StrconvApi, ParseFloatPrefix) {
  size_t n = 0;
  sc::NumResult<double> r = sc::parseFloatPrefix("1.5e3+2i", 64, n);
  EXPECT_EQ(r.value, 1500);
  EXPECT_EQ(n, 5u);
  r = sc::parseFloatPrefix("-Infinity!", 64, n);
  EXPECT_EQ(n, 9u);
  EXPECT_TRUE(r.ok());
  // ParseFloat itself wants the whole string.
  EXPECT_EQ(sc::parseFloat("1.5e3+2i", 64).err, Err::Syntax);
}

TEST(StrconvApi, QuotedPrefixIsAView) {
  std::string_view in = "\"ab\\\"c\" rest";
  std::optional<std::string_view> p = sc::quotedPrefix(in);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->data(), in.data());
  EXPECT_EQ(*p, "\"ab\\\"c\"");
}

} // namespace
