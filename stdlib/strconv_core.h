// The numeric and quoting core of Go 1.19's strconv package as plain C++
// functions, independent of the interpreter. Every function produces
// byte-for-byte what its Go counterpart produces; the interpreter's strconv
// and fmt packages are thin wrappers over these.
//
// Strings are byte strings (std::string / std::string_view) that may hold
// arbitrary bytes; text is UTF-8 as in Go. Runes are int32_t as in Go, so
// negative and out-of-range values behave as they do there.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace goterp::strconv {

// ---- Errors of the parse functions ----------------------------------------------

// Why a parse failed: the Err field of Go's *NumError.
enum class Err : uint8_t {
  None,
  Syntax,     // ErrSyntax: "invalid syntax"
  Range,      // ErrRange: "value out of range"
  BadBase,    // "invalid base N" (ParseInt/ParseUint)
  BadBitSize, // "invalid bit size N" (ParseInt/ParseUint)
};

// The text of Go's error value: "invalid syntax", "value out of range",
// "invalid base", "invalid bit size" (for the last two Go appends " N", the
// base or bit size passed in), "" for Err::None.
const char *errText(Err e);

// The result of a parse: the value Go returns alongside its error (e.g. the
// clamped value on a range error, 0 on a syntax error).
template <typename T> struct NumResult {
  T value{};
  Err err = Err::None;
  bool ok() const { return err == Err::None; }
};

// ---- Numbers -> strings ------------------------------------------------------------

// strconv.FormatFloat / AppendFloat. fmt is one of 'b','e','E','f','g','G','x','X'
// (any other byte gives "%" followed by it, as Go does); prec -1 means the
// shortest representation that round-trips at bitSize. bitSize must be 32 (f
// is then first rounded to float32) or 64; anything else throws
// std::invalid_argument carrying Go's panic message.
std::string formatFloat(double f, char fmt, int prec, int bitSize);
void appendFloat(std::string &dst, double f, char fmt, int prec, int bitSize);

// strconv.FormatInt / FormatUint / AppendInt / AppendUint. base must be in
// 2..36 (lower-case letters for digits >= 10); otherwise these throw
// std::invalid_argument carrying Go's panic message.
std::string formatInt(int64_t i, int base);
std::string formatUint(uint64_t u, int base);
void appendInt(std::string &dst, int64_t i, int base);
void appendUint(std::string &dst, uint64_t u, int base);

// strconv.FormatBool: "true" or "false".
inline const char *formatBool(bool b) { return b ? "true" : "false"; }

// ---- Strings -> numbers ------------------------------------------------------------

// strconv.ParseBool: "1","t","T","TRUE","true","True" / "0","f","F","FALSE","false","False".
NumResult<bool> parseBool(std::string_view s);

// strconv.ParseInt / ParseUint. base 0 takes the base from the prefix (0x, 0o,
// 0b, 0 for octal) and then allows underscores as in Go literals; bitSize 0
// means 64 (Go's int). Out-of-range values give the clamped value with
// Err::Range; a bad base or bit size gives 0 with Err::BadBase / BadBitSize.
NumResult<int64_t> parseInt(std::string_view s, int base, int bitSize);
NumResult<uint64_t> parseUint(std::string_view s, int base, int bitSize);

// strconv.ParseFloat: decimal and hexadecimal floating-point syntax (with
// underscores where Go allows them), "inf"/"infinity" with optional sign and
// "nan", case-insensitively. Correctly rounded to float32 when bitSize is 32
// (the result is then exactly a float32) and to float64 otherwise. Overflow
// gives ±Inf with Err::Range; underflow gives ±0 without error. (Go 1.19
// misplaces the decimal point of some inputs with more than 800 digits before
// it; that is reproduced too.)
NumResult<double> parseFloat(std::string_view s, int bitSize);

// Go's internal parseFloatPrefix (used by ParseComplex): parses the longest
// float at the start of s and stores in n how many bytes it read.
NumResult<double> parseFloatPrefix(std::string_view s, int bitSize, size_t &n);

// ---- Quoting ---------------------------------------------------------------------

// strconv.Quote, QuoteToASCII, QuoteToGraphic.
std::string quote(std::string_view s);
std::string quoteToASCII(std::string_view s);
std::string quoteToGraphic(std::string_view s);

// strconv.QuoteRune, QuoteRuneToASCII, QuoteRuneToGraphic.
std::string quoteRune(int32_t r);
std::string quoteRuneToASCII(int32_t r);
std::string quoteRuneToGraphic(int32_t r);

// The general forms behind the above (Go's appendQuotedWith and
// appendQuotedRuneWith): quote is the delimiter byte, e.g. '"' or '\''.
void appendQuotedWith(std::string &dst, std::string_view s, char quote, bool asciiOnly, bool graphicOnly);
void appendQuotedRuneWith(std::string &dst, int32_t r, char quote, bool asciiOnly, bool graphicOnly);

// strconv.CanBackquote.
bool canBackquote(std::string_view s);

// strconv.Unquote: the unquoted string, or nullopt for Go's ErrSyntax.
std::optional<std::string> unquote(std::string_view s);

// strconv.QuotedPrefix: the quoted string (quotes included) at the start of
// s, or nullopt for Go's ErrSyntax.
std::optional<std::string_view> quotedPrefix(std::string_view s);

// strconv.UnquoteChar: decodes the first character or escape of s, a
// string literal body delimited by quote; nullopt for Go's ErrSyntax.
struct UnquotedChar {
  int32_t value;
  bool multibyte;
  std::string_view tail;
};
std::optional<UnquotedChar> unquoteChar(std::string_view s, char quote);

// strconv.IsPrint / IsGraphic (the same as unicode.IsPrint / IsGraphic).
bool isPrint(int32_t r);
bool isGraphic(int32_t r);

} // namespace goterp::strconv
