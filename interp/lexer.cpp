#include "interp/lexer.h"

#include <cstdio>

#include "CommonToken.h"
#include "stdlib/unicode_tables.h"

namespace goterp {

using antlr4::Token;

bool triggersSemicolon(size_t type) {
  switch (type) {
  case GoLexer::IDENTIFIER:
  case GoLexer::INT_LIT:
  case GoLexer::FLOAT_LIT:
  case GoLexer::IMAGINARY_LIT:
  case GoLexer::RUNE_LIT:
  case GoLexer::RAW_STRING_LIT:
  case GoLexer::INTERPRETED_STRING_LIT:
  case GoLexer::BREAK:
  case GoLexer::CONTINUE:
  case GoLexer::FALLTHROUGH:
  case GoLexer::RETURN:
  case GoLexer::PLUS_PLUS:
  case GoLexer::MINUS_MINUS:
  case GoLexer::R_PAREN:
  case GoLexer::R_BRACKET:
  case GoLexer::R_CURLY: return true;
  default: return false;
  }
}

// "U+0040 '@'", as Go's %#U.
static std::string unicodeName(char32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", unsigned(r));
  std::string s = buf;
  if (r >= 0x20 && r != 0x7F && r != 0xFFFD && !(r >= 0x80 && r < 0xA0) && !(r >= 0xD800 && r < 0xE000) &&
      r <= 0x10FFFF) {
    std::string u;
    if (r < 0x80)
      u = char(r);
    else if (r < 0x800)
      u = {char(0xC0 | (r >> 6)), char(0x80 | (r & 0x3F))};
    else if (r < 0x10000)
      u = {char(0xE0 | (r >> 12)), char(0x80 | ((r >> 6) & 0x3F)), char(0x80 | (r & 0x3F))};
    else
      u = {char(0xF0 | (r >> 18)), char(0x80 | ((r >> 12) & 0x3F)), char(0x80 | ((r >> 6) & 0x3F)),
           char(0x80 | (r & 0x3F))};
    s += " '" + u + "'";
  }
  return s;
}

// Go's %q of a single byte character, for "invalid digit '8'".
static std::string quoteChar(char c) {
  if (c == '\'') return "'\\''";
  return std::string("'") + c + "'";
}

static const char *baseName(int base) {
  switch (base) {
  case 2: return "binary";
  case 8: return "octal";
  case 16: return "hexadecimal";
  default: return "decimal";
  }
}

static bool isDigitOf(char c, int base) {
  int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : 99;
  return d < base;
}

// Checks a number literal as gc's scanner does. Returns false and sets
// (msg, at = byte offset in the literal) for the first problem.
static bool checkNumber(const std::string &lit, bool imag, std::string &msg, size_t &at) {
  size_t i = 0, n = lit.size();
  int base = 10;
  char prefix = 0;
  bool digits = false;
  long invalid = -1;
  bool isFloat = false;
  auto lower = [](char c) { return char(c | 0x20); };
  auto scanDigits = [&](int b) {
    // Like gc: octal/decimal bodies accept all decimal digits and remember
    // the first one that is out of range.
    int max = b <= 10 ? 10 : b;
    for (; i < n; i++) {
      char c = lit[i];
      if (c == '_') continue;
      if (!isDigitOf(c, max)) break;
      if (!isDigitOf(c, b) && invalid < 0) invalid = long(i);
      digits = true;
    }
  };
  if (lit[0] != '.') {
    if (lit[0] == '0') {
      i = 1;
      char c = i < n ? lower(lit[i]) : 0;
      if (c == 'x' || c == 'o' || c == 'b') {
        i++;
        base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
        prefix = c;
      } else {
        base = 8;
        prefix = '0';
        digits = true;
      }
    }
    scanDigits(base);
    if (i < n && lit[i] == '.') {
      if (prefix == 'o' || prefix == 'b') {
        msg = std::string("invalid radix point in ") + baseName(base) + " literal";
        at = i;
        return false;
      }
      i++;
      isFloat = true;
      scanDigits(base);
    }
  } else {
    i = 1;
    isFloat = true;
    scanDigits(10);
  }
  if (!digits) {
    msg = std::string(baseName(base)) + " literal has no digits";
    at = i;
    return false;
  }
  if (i < n && (lower(lit[i]) == 'e' || lower(lit[i]) == 'p')) {
    char e = lower(lit[i]);
    if (e == 'e' && prefix != 0 && prefix != '0') {
      msg = std::string("'") + lit[i] + "' exponent requires decimal mantissa";
      at = i;
      return false;
    }
    if (e == 'p' && prefix != 'x') {
      msg = std::string("'") + lit[i] + "' exponent requires hexadecimal mantissa";
      at = i;
      return false;
    }
    i++;
    isFloat = true;
    if (i < n && (lit[i] == '+' || lit[i] == '-')) i++;
    bool expDigits = false;
    for (; i < n && (isDigitOf(lit[i], 10) || lit[i] == '_'); i++)
      if (lit[i] != '_') expDigits = true;
    if (!expDigits) {
      msg = "exponent has no digits";
      at = i;
      return false;
    }
  } else if (prefix == 'x' && isFloat) {
    msg = "hexadecimal mantissa requires a 'p' exponent";
    at = i;
    return false;
  }
  // 0089i is decimal, kept for compatibility from before 0o prefixes.
  if (!isFloat && !imag && invalid >= 0) {
    msg = std::string("invalid digit ") + quoteChar(lit[invalid]) + " in " + baseName(base) + " literal";
    at = size_t(invalid);
    return false;
  }
  // '_' must separate successive digits (a prefix counts as a digit).
  if (lit.find('_') != std::string::npos) {
    char d = '.';
    size_t k = 0;
    if (n >= 2 && lit[0] == '0' && (lower(lit[1]) == 'x' || lower(lit[1]) == 'o' || lower(lit[1]) == 'b')) {
      d = '0';
      k = 2;
    }
    for (; k < n; k++) {
      char p = d;
      char c = lit[k];
      if (c == '_') {
        if (p != '0') {
          msg = "'_' must separate successive digits";
          at = k;
          return false;
        }
        d = '_';
      } else if (isDigitOf(c, 10) || (prefix == 'x' && isDigitOf(c, 16))) {
        d = '0';
      } else {
        if (p == '_') {
          msg = "'_' must separate successive digits";
          at = k - 1;
          return false;
        }
        d = '.';
      }
    }
    if (d == '_') {
      msg = "'_' must separate successive digits";
      at = n - 1;
      return false;
    }
  }
  return true;
}

// Checks the escapes of a string or rune literal body (quotes included).
// Returns false with the message and the byte offset of the problem.
static bool checkEscapes(const std::string &lit, char quote, std::string &msg, size_t &at) {
  for (size_t i = 1; i + 1 < lit.size(); i++) {
    if (lit[i] != '\\') continue;
    i++;
    char c = lit[i];
    int n = 0, base = 0;
    uint32_t max = 0;
    if (c == quote || c == 'a' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't' || c == 'v' || c == '\\')
      continue;
    if (c >= '0' && c <= '7') {
      n = 3, base = 8, max = 255;
    } else if (c == 'x') {
      n = 2, base = 16, max = 255, i++;
    } else if (c == 'u') {
      n = 4, base = 16, max = 0x10FFFF, i++;
    } else if (c == 'U') {
      n = 8, base = 16, max = 0x10FFFF, i++;
    } else {
      msg = "unknown escape";
      at = i;
      return false;
    }
    uint32_t x = 0;
    for (int k = 0; k < n; k++, i++) {
      if (i + 1 >= lit.size()) return true; // the caller reports the missing quote
      char d = lit[i];
      if (!isDigitOf(d, base)) {
        msg = std::string("invalid character ") + quoteChar(d) + " in " + baseName(base) + " escape";
        at = i;
        return false;
      }
      x = x * base + uint32_t(isDigitOf(d, 10) ? d - '0' : (d | 0x20) - 'a' + 10);
    }
    i--;
    if (x > max && base == 8) {
      msg = "octal escape value " + std::to_string(x) + " > 255";
      at = i + 1;
      return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
      msg = "escape is invalid Unicode code point " + unicodeName(x);
      at = i + 1;
      return false;
    }
  }
  return true;
}

// The keyword an identifier spells, or IDENTIFIER.
static size_t keyword(std::string_view s) {
  static const std::pair<std::string_view, size_t> table[] = {
      {"break", GoLexer::BREAK},
      {"case", GoLexer::CASE},
      {"chan", GoLexer::CHAN},
      {"const", GoLexer::CONST},
      {"continue", GoLexer::CONTINUE},
      {"default", GoLexer::DEFAULT},
      {"defer", GoLexer::DEFER},
      {"else", GoLexer::ELSE},
      {"fallthrough", GoLexer::FALLTHROUGH},
      {"for", GoLexer::FOR},
      {"func", GoLexer::FUNC},
      {"go", GoLexer::GO},
      {"goto", GoLexer::GOTO},
      {"if", GoLexer::IF},
      {"import", GoLexer::IMPORT},
      {"interface", GoLexer::INTERFACE},
      {"map", GoLexer::MAP},
      {"package", GoLexer::PACKAGE},
      {"range", GoLexer::RANGE},
      {"return", GoLexer::RETURN},
      {"select", GoLexer::SELECT},
      {"struct", GoLexer::STRUCT},
      {"switch", GoLexer::SWITCH},
      {"type", GoLexer::TYPE},
      {"var", GoLexer::VAR},
  };
  if (s.size() < 2 || s.size() > 11 || s[0] < 'b' || s[0] > 'v') return GoLexer::IDENTIFIER;
  for (const auto &[word, type] : table)
    if (word == s) return type;
  return GoLexer::IDENTIFIER;
}

void GoTokenSource::scanError(const Token *t, const std::string &msg) { diags_.error(src_.filename, posOf(t), msg); }

// The grammar lets any non-ASCII character into an identifier; gc's scanner
// takes them too, but reports each one that is not a letter, and a digit
// that starts the identifier.
void GoTokenSource::checkIdentifier(const Token *t) {
  size_t start = t->getStartIndex(), stop = t->getStopIndex();
  for (size_t i = start; i <= stop; i++) {
    char32_t r = src_.cps[i];
    if (r < 0x80 || unicode::isLetter(r) || r == 0xFFFD || r == 0xFEFF) continue; // Source reported those two
    Pos p = posOf(t);
    p.col += uint32_t(src_.offset(i) - src_.offset(start));
    if (!unicode::isDigit(r))
      diags_.error(src_.filename, p, "invalid character " + unicodeName(r) + " in identifier");
    else if (i == start)
      diags_.error(src_.filename, p, "identifier cannot begin with digit " + unicodeName(r));
  }
}

std::unique_ptr<Token> GoTokenSource::semicolon(const Token *at, const char *text) {
  // With a token source, so that ANTLR's error recovery can make tokens
  // modelled on this one.
  auto t =
      std::make_unique<antlr4::CommonToken>(std::make_pair(static_cast<antlr4::TokenSource *>(this), _input), SEMI,
                                            antlr4::Token::DEFAULT_CHANNEL, at->getStartIndex(), at->getStartIndex());
  auto *ct = t.get();
  ct->setText(text);
  ct->setLine(at->getLine());
  ct->setCharPositionInLine(at->getCharPositionInLine());
  return t;
}

std::unique_ptr<Token> GoTokenSource::nextToken() {
  if (pending_) return std::move(pending_);
  for (;;) {
    std::unique_ptr<Token> t = GoLexer::nextToken();
    size_t type = t->getType();
    size_t errorsBefore = SIZE_MAX; // set by the literals, which an error makes bad
    auto text = [&] {
      return src_.text.substr(src_.offset(t->getStartIndex()),
                              src_.offset(t->getStopIndex() + 1) - src_.offset(t->getStartIndex()));
    };
    auto posAt = [&](size_t byteOffset) {
      Pos p = posOf(t.get());
      p.col += uint32_t(byteOffset);
      return p;
    };
    switch (type) {
    case IDENTIFIER: {
      checkIdentifier(t.get());
      size_t b = src_.offset(t->getStartIndex()), e = src_.offset(t->getStopIndex() + 1);
      size_t kw = keyword(std::string_view(src_.text).substr(b, e - b));
      if (kw != IDENTIFIER) {
        static_cast<antlr4::CommonToken *>(t.get())->setType(kw);
        type = kw;
      }
      break;
    }
    case NEWLINE:
      if (!needSemi_) continue;
      needSemi_ = false;
      return semicolon(t.get(), "newline");
    case BLOCK_COMMENT:
    case UNTERMINATED_COMMENT: {
      if (type == UNTERMINATED_COMMENT) scanError(t.get(), "comment not terminated");
      std::string s = text();
      if (needSemi_ && s.find('\n') != std::string::npos) {
        needSemi_ = false;
        return semicolon(t.get(), "newline");
      }
      continue;
    }
    case ERROR_CHAR: {
      char32_t r = src_.cps[t->getStartIndex()];
      if (r != 0xFFFD && r != 0 && r != 0xFEFF) // those were reported by Source
        scanError(t.get(), "invalid character " + unicodeName(r));
      continue;
    }
    case Token::EOF:
      if (needSemi_) {
        needSemi_ = false;
        auto semi = semicolon(t.get(), "EOF");
        pending_ = std::move(t);
        return semi;
      }
      return t;
    case INT_LIT:
    case FLOAT_LIT:
    case IMAGINARY_LIT: {
      errorsBefore = diags_.count();
      std::string s = text();
      if (type == IMAGINARY_LIT) s.pop_back();
      std::string msg;
      size_t at = 0;
      if (!checkNumber(s, type == IMAGINARY_LIT, msg, at)) diags_.error(src_.filename, posAt(at), msg);
      break;
    }
    case INTERPRETED_STRING_LIT:
    case RUNE_LIT: {
      errorsBefore = diags_.count();
      std::string s = text();
      std::string msg;
      size_t at = 0;
      char quote = type == RUNE_LIT ? '\'' : '"';
      if (!checkEscapes(s, quote, msg, at)) {
        diags_.error(src_.filename, posAt(at), msg);
      } else if (type == RUNE_LIT) {
        // One character between the quotes, counting an escape as one.
        size_t chars = 0;
        for (size_t i = 1; i + 1 < s.size(); chars++) {
          if (s[i] == '\\') {
            char c = s[i + 1];
            i += c == 'x' ? 4 : c == 'u' ? 6 : c == 'U' ? 10 : (c >= '0' && c <= '7') ? 4 : 2;
          } else {
            i++;
            while (i + 1 < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) i++;
          }
        }
        if (chars == 0)
          diags_.error(src_.filename, posAt(1), "empty rune literal or unescaped '");
        else if (chars > 1)
          scanError(t.get(), "more than one character in rune literal");
      }
      break;
    }
    case UNTERMINATED_STRING: {
      // It stopped at a newline or at the end of the file.
      errorsBefore = diags_.count();
      std::string s = text();
      size_t end = src_.offset(t->getStopIndex() + 1);
      if (end < src_.text.size())
        diags_.error(src_.filename, posAt(s.size()), "newline in string");
      else
        scanError(t.get(), "string not terminated");
      static_cast<antlr4::CommonToken *>(t.get())->setType(INTERPRETED_STRING_LIT);
      static_cast<antlr4::CommonToken *>(t.get())->setText(s + "\"");
      type = INTERPRETED_STRING_LIT;
      break;
    }
    case UNTERMINATED_RAW:
      errorsBefore = diags_.count();
      scanError(t.get(), "string not terminated");
      static_cast<antlr4::CommonToken *>(t.get())->setType(RAW_STRING_LIT);
      static_cast<antlr4::CommonToken *>(t.get())->setText(text() + "`");
      type = RAW_STRING_LIT;
      break;
    case UNTERMINATED_RUNE: {
      errorsBefore = diags_.count();
      std::string s = text();
      size_t end = src_.offset(t->getStopIndex() + 1);
      if (end < src_.text.size())
        diags_.error(src_.filename, posAt(s.size()), "newline in rune literal");
      else
        scanError(t.get(), "rune literal not terminated");
      static_cast<antlr4::CommonToken *>(t.get())->setType(RUNE_LIT);
      static_cast<antlr4::CommonToken *>(t.get())->setText(s.size() > 1 ? s + "'" : "' '");
      type = RUNE_LIT;
      break;
    }
    default: break;
    }
    if (diags_.count() > errorsBefore) badLits_.insert(t->getStartIndex());
    needSemi_ = triggersSemicolon(type);
    return t;
  }
}

std::vector<LexedToken> tokenize(const std::string &filename, const std::string &text, Diagnostics &diags) {
  Source src(filename, text, diags);
  CodePointStream input(src);
  GoTokenSource lexer(&input, src, diags);
  std::vector<LexedToken> out;
  for (;;) {
    std::unique_ptr<Token> t = lexer.nextToken();
    if (t->getType() == Token::EOF) break;
    // An inserted semicolon has no text of its own: at the end of the file
    // its indices are past the last code point.
    std::string s = t->getText();
    if (t->getType() != GoLexer::SEMI) {
      size_t b = src.offset(t->getStartIndex()), e = src.offset(t->getStopIndex() + 1);
      s = src.text.substr(b, e - b);
    }
    out.push_back(LexedToken{t->getType(), s, lexer.posOf(t.get())});
  }
  return out;
}

} // namespace goterp
