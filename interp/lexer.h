// GoTokenSource: the generated GoLexer plus what the grammar cannot say
// well — automatic semicolon insertion and the scanner's error messages.
//
// Semicolons (spec, "Semicolons"): a newline, or a block comment spanning
// lines, becomes a SEMI token when the previous token was an identifier, a
// literal, break/continue/fallthrough/return, ++, --, ), ] or }; so does the
// end of the file. The inserted token's text is "newline" or "EOF", an
// explicit one's ";", which is exactly what gc prints for each in "unexpected
// newline" and friends.
//
// Malformed tokens are reported here with gc's wording and then passed on as
// well-formed ones (an unterminated string as a string), as gc's scanner
// does, so that one typo gives one message.
#pragma once

#include <memory>
#include <unordered_set>
#include <vector>

#include "ANTLRInputStream.h"
#include "GoLexer.h"
#include "interp/diag.h"
#include "interp/source.h"

namespace goterp {

class GoTokenSource : public GoLexer {
public:
  GoTokenSource(antlr4::CharStream *input, const Source &src, Diagnostics &diags)
      : GoLexer(input), src_(src), diags_(diags) {}

  std::unique_ptr<antlr4::Token> nextToken() override;

  Pos posOf(const antlr4::Token *t) const {
    return src_.pos(t->getStartIndex(), t->getLine(), t->getCharPositionInLine());
  }
  // Whether the scanner reported an error in this literal.
  bool badLiteral(const antlr4::Token *t) const { return badLits_.count(t->getStartIndex()) != 0; }

private:
  std::unique_ptr<antlr4::Token> semicolon(const antlr4::Token *at, const char *text);
  void scanError(const antlr4::Token *t, const std::string &msg);
  void checkIdentifier(const antlr4::Token *t);

  const Source &src_;
  Diagnostics &diags_;
  bool needSemi_ = false;
  std::unique_ptr<antlr4::Token> pending_;
  std::unordered_set<size_t> badLits_; // start indices
};

// Whether a token of this type ends a line with an implicit semicolon.
bool triggersSemicolon(size_t type);

// An ANTLR input stream over the code points Source decoded (ANTLR 4.9's own
// UTF-8 decoding is slow and throws on invalid input).
class CodePointStream : public antlr4::ANTLRInputStream {
public:
  CodePointStream(const Source &src) {
    _data = src.cps;
    p = 0;
    name = src.filename;
  }
};

// A file's tokens with semicolons inserted, for tests and tools.
struct LexedToken {
  size_t type;
  std::string text;
  Pos pos;
};
std::vector<LexedToken> tokenize(const std::string &filename, const std::string &text, Diagnostics &diags);

} // namespace goterp
