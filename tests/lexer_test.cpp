// Lexer: automatic semicolon insertion, every literal form, and the scanner's
// error messages and positions (byte columns, as gc).
#include <gtest/gtest.h>

#include "interp/lexer.h"

using namespace goterp;

namespace {

// The tokens of src as "text" strings, inserted semicolons as "newline" or
// "EOF".
std::vector<std::string> lex(const std::string &src) {
  Diagnostics d;
  std::vector<std::string> out;
  for (const LexedToken &t : tokenize("x.go", src, d)) out.push_back(t.text);
  EXPECT_TRUE(d.empty()) << src << ": " << (d.empty() ? "" : d.list()[0].msg);
  return out;
}

// The types of the tokens of src.
std::vector<size_t> types(const std::string &src) {
  Diagnostics d;
  std::vector<size_t> out;
  for (const LexedToken &t : tokenize("x.go", src, d)) out.push_back(t.type);
  return out;
}

// The first error of src as "line:col: msg".
std::string firstError(const std::string &src) {
  Diagnostics d;
  tokenize("x.go", src, d);
  if (d.empty()) return "";
  const Diag &e = d.list()[0];
  return std::to_string(e.pos.line) + ":" + std::to_string(e.pos.col) + ": " + e.msg;
}

using V = std::vector<std::string>;

TEST(Semicolons, AfterEachTriggeringToken) {
  EXPECT_EQ(lex("x\n"), (V{"x", "newline"}));
  EXPECT_EQ(lex("42\n"), (V{"42", "newline"}));
  EXPECT_EQ(lex("1.5\n"), (V{"1.5", "newline"}));
  EXPECT_EQ(lex("2i\n"), (V{"2i", "newline"}));
  EXPECT_EQ(lex("'a'\n"), (V{"'a'", "newline"}));
  EXPECT_EQ(lex("\"s\"\n"), (V{"\"s\"", "newline"}));
  EXPECT_EQ(lex("`raw`\n"), (V{"`raw`", "newline"}));
  EXPECT_EQ(lex("break\n"), (V{"break", "newline"}));
  EXPECT_EQ(lex("continue\n"), (V{"continue", "newline"}));
  EXPECT_EQ(lex("fallthrough\n"), (V{"fallthrough", "newline"}));
  EXPECT_EQ(lex("return\n"), (V{"return", "newline"}));
  EXPECT_EQ(lex("i++\n"), (V{"i", "++", "newline"}));
  EXPECT_EQ(lex("i--\n"), (V{"i", "--", "newline"}));
  EXPECT_EQ(lex("f()\n"), (V{"f", "(", ")", "newline"}));
  EXPECT_EQ(lex("a[0]\n"), (V{"a", "[", "0", "]", "newline"}));
  EXPECT_EQ(lex("{}\n"), (V{"{", "}", "newline"}));
}

TEST(Semicolons, NotAfterOtherTokens) {
  EXPECT_EQ(lex("a +\nb\n"), (V{"a", "+", "b", "newline"}));
  EXPECT_EQ(lex("f(a,\nb)\n"), (V{"f", "(", "a", ",", "b", ")", "newline"}));
  EXPECT_EQ(lex("if x {\n}\n"), (V{"if", "x", "{", "}", "newline"}));
  EXPECT_EQ(lex("var\nx\n"), (V{"var", "x", "newline"}));
  EXPECT_EQ(lex("go\nf()\n"), (V{"go", "f", "(", ")", "newline"}));
  EXPECT_EQ(lex("x :=\n1\n"), (V{"x", ":=", "1", "newline"}));
}

TEST(Semicolons, BlankLinesGiveOneSemicolon) { EXPECT_EQ(lex("x\n\n\ny\n"), (V{"x", "newline", "y", "newline"})); }

TEST(Semicolons, ExplicitSemicolonsStay) {
  EXPECT_EQ(lex("a; b\n"), (V{"a", ";", "b", "newline"}));
  EXPECT_EQ(lex("a;\n"), (V{"a", ";"}));
}

TEST(Semicolons, AtEndOfFile) {
  EXPECT_EQ(lex("x"), (V{"x", "EOF"}));
  EXPECT_EQ(lex("x +"), (V{"x", "+"}));
  EXPECT_EQ(lex("}"), (V{"}", "EOF"}));
}

TEST(Semicolons, Comments) {
  EXPECT_EQ(lex("x // comment\ny\n"), (V{"x", "newline", "y", "newline"}));
  EXPECT_EQ(lex("x /* one line */ y\n"), (V{"x", "y", "newline"}));
  // A general comment that spans lines acts like a newline.
  EXPECT_EQ(lex("x /* two\nlines */ y\n"), (V{"x", "newline", "y", "newline"}));
  EXPECT_EQ(lex("x + /* two\nlines */ y\n"), (V{"x", "+", "y", "newline"}));
  EXPECT_EQ(lex("x // at EOF"), (V{"x", "EOF"}));
}

TEST(Literals, Integers) {
  for (const char *s : {"0", "42", "1_000_000", "0600", "0_600", "0o600", "0O600", "0xBadFace", "0XBAD_FACE",
                        "0x_67_7a_2f_cc_40_c6", "0b1011", "0B_1_0", "170141183460469231731687303715884105727"}) {
    EXPECT_EQ(types(s)[0], GoLexer::INT_LIT) << s;
    EXPECT_EQ(lex(s)[0], s);
  }
}

TEST(Literals, Floats) {
  for (const char *s : {"0.", "72.40", "072.40", "2.71828", "1.e+0", "6.67428e-11", "1E6", ".25", ".12345E+5", "1_5.",
                        "0.15e+0_2", "0x1p-2", "0x2.p10", "0x1.Fp+0", "0X.8p-0", "0X_1FFFP-16", "089.5"}) {
    EXPECT_EQ(types(s)[0], GoLexer::FLOAT_LIT) << s;
    EXPECT_EQ(lex(s)[0], s);
  }
}

TEST(Literals, Imaginary) {
  for (const char *s : {"0i", "0123i", "0o123i", "0xabci", "0.i", "2.71828i", "1.e+0i", "6.67428e-11i", "1E6i", ".25i",
                        ".12345E+5i", "0x1p-2i"}) {
    EXPECT_EQ(types(s)[0], GoLexer::IMAGINARY_LIT) << s;
    EXPECT_EQ(lex(s)[0], s);
  }
}

TEST(Literals, Runes) {
  for (const char *s : {"'a'", "'ä'", "'本'", "'\\t'", "'\\000'", "'\\007'", "'\\377'", "'\\x07'", "'\\xff'",
                        "'\\u12e4'", "'\\U00101234'", "'\\''"}) {
    EXPECT_EQ(types(s)[0], GoLexer::RUNE_LIT) << s;
    EXPECT_EQ(lex(s)[0], s);
  }
}

TEST(Literals, Strings) {
  for (const char *s : {"\"\"", "\"Hello, world!\\n\"", "\"日本語\"", "\"\\u65e5本\\U00008a9e\"", "\"\\xff\\u00FF\"",
                        "\"\\\"\"", "\"\\a\\b\\f\\n\\r\\t\\v\\\\\""}) {
    EXPECT_EQ(types(s)[0], GoLexer::INTERPRETED_STRING_LIT) << s;
    EXPECT_EQ(lex(s)[0], s);
  }
  EXPECT_EQ(types("`abc`")[0], GoLexer::RAW_STRING_LIT);
  EXPECT_EQ(lex("`\\n\n\\n`")[0], "`\\n\n\\n`");
  // A raw string spanning lines is one token and ends with a semicolon.
  EXPECT_EQ(lex("`a\nb`\n"), (V{"`a\nb`", "newline"}));
}

TEST(Literals, UnicodeIdentifiers) {
  EXPECT_EQ(lex("αβ := ThisVariableIsExported + _x9 + ŝ"),
            (V{"αβ", ":=", "ThisVariableIsExported", "+", "_x9", "+", "ŝ", "EOF"}));
  EXPECT_EQ(types("日本語")[0], GoLexer::IDENTIFIER);
  EXPECT_EQ(types("a٣")[0], GoLexer::IDENTIFIER); // a Unicode digit
}

TEST(Literals, Operators) {
  EXPECT_EQ(lex("a &^= b <<= c >>= d &^ e <- f ... g := h"),
            (V{"a", "&^=", "b", "<<=", "c", ">>=", "d", "&^", "e", "<-", "f", "...", "g", ":=", "h", "EOF"}));
  EXPECT_EQ(lex("x..3"), (V{"x", ".", ".3", "EOF"}));
}

TEST(Errors, Numbers) {
  EXPECT_EQ(firstError("08"), "1:2: invalid digit '8' in octal literal");
  EXPECT_EQ(firstError("0b102"), "1:5: invalid digit '2' in binary literal");
  EXPECT_EQ(firstError("0x"), "1:3: hexadecimal literal has no digits");
  EXPECT_EQ(firstError("1__0"), "1:3: '_' must separate successive digits");
  EXPECT_EQ(firstError("1_"), "1:2: '_' must separate successive digits");
  EXPECT_EQ(firstError("0x1.5"), "1:6: hexadecimal mantissa requires a 'p' exponent");
  EXPECT_EQ(firstError("1e+"), "1:4: exponent has no digits");
  EXPECT_EQ(firstError("0b1.0"), "1:4: invalid radix point in binary literal");
  EXPECT_EQ(firstError("0x1e5p1"), "");
  EXPECT_EQ(firstError("1p5"), "1:2: 'p' exponent requires hexadecimal mantissa");
  EXPECT_EQ(lex("0x1e+5"), (V{"0x1e", "+", "5", "EOF"}));
}

TEST(Errors, StringsAndRunes) {
  EXPECT_EQ(firstError("\"a\\qb\""), "1:4: unknown escape");
  EXPECT_EQ(firstError("\"abc\nx"), "1:5: newline in string");
  EXPECT_EQ(firstError("x = \"abc"), "1:5: string not terminated");
  EXPECT_EQ(firstError("`abc"), "1:1: string not terminated");
  EXPECT_EQ(firstError("'ab'"), "1:1: more than one character in rune literal");
  EXPECT_EQ(firstError("''"), "1:2: empty rune literal or unescaped '");
  EXPECT_EQ(firstError("'\\400'"), "1:6: octal escape value 256 > 255");
  EXPECT_EQ(firstError("'\\uD800'"), "1:8: escape is invalid Unicode code point U+D800");
  EXPECT_EQ(firstError("\"\\xg0\""), "1:4: invalid character 'g' in hexadecimal escape");
  EXPECT_EQ(firstError("/* open"), "1:1: comment not terminated");
}

TEST(Errors, Characters) {
  EXPECT_EQ(firstError("a @ b"), "1:3: invalid character U+0040 '@'");
  // Columns count bytes, as gc: é is two bytes.
  EXPECT_EQ(firstError("\"é\" @"), "1:6: invalid character U+0040 '@'");
  EXPECT_EQ(firstError("x\xff"), "1:2: invalid UTF-8 encoding");
  EXPECT_EQ(firstError(std::string("x\0y", 3)), "1:2: invalid NUL character");
  EXPECT_EQ(firstError("\xEF\xBB\xBFpackage p"), ""); // a leading BOM is ignored
}

TEST(Positions, ByteColumns) {
  Diagnostics d;
  auto toks = tokenize("x.go", "s := \"日本\" + y\n\tz", d);
  ASSERT_GE(toks.size(), 6u);
  EXPECT_EQ(toks[3].text, "+");
  EXPECT_EQ(toks[3].pos.line, 1u);
  EXPECT_EQ(toks[3].pos.col, 15u); // "日本" is 6 bytes
  EXPECT_EQ(toks[5].text, "newline");
  EXPECT_EQ(toks[5].pos.col, 18u);
  EXPECT_EQ(toks[6].text, "z");
  EXPECT_EQ(toks[6].pos.line, 2u);
  EXPECT_EQ(toks[6].pos.col, 2u);
}

} // namespace
