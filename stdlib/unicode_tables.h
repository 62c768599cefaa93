// Unicode character classes and case mappings with the exact semantics of
// Go 1.19's unicode package (Unicode 13.0.0), generated from Go's own tables
// by tools/gen_unicode.go into unicode_tables.cpp.
#pragma once

namespace goterp::unicode {

constexpr char32_t MaxRune = 0x10FFFF;
constexpr char32_t ReplacementChar = 0xFFFD;

bool isLetter(char32_t r);  // unicode.IsLetter (category L)
bool isDigit(char32_t r);   // unicode.IsDigit (Nd)
bool isNumber(char32_t r);  // unicode.IsNumber (N)
bool isUpper(char32_t r);   // unicode.IsUpper
bool isLower(char32_t r);   // unicode.IsLower
bool isTitle(char32_t r);   // unicode.IsTitle
bool isSpace(char32_t r);   // unicode.IsSpace
bool isPunct(char32_t r);   // unicode.IsPunct (P)
bool isSymbol(char32_t r);  // unicode.IsSymbol (S)
bool isMark(char32_t r);    // unicode.IsMark (M)
bool isControl(char32_t r); // unicode.IsControl
bool isGraphic(char32_t r); // unicode.IsGraphic
bool isPrint(char32_t r);   // unicode.IsPrint (also strconv.IsPrint)

char32_t toUpper(char32_t r);    // unicode.ToUpper
char32_t toLower(char32_t r);    // unicode.ToLower
char32_t toTitle(char32_t r);    // unicode.ToTitle
char32_t simpleFold(char32_t r); // unicode.SimpleFold

} // namespace goterp::unicode
