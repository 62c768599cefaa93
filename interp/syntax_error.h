// GcErrorStrategy: ANTLR's error recovery with gc's syntax error messages.
//
// ANTLR knows, at an error, the offending token, the rule being parsed (and
// its callers) and the set of tokens that would have been accepted. gc's
// recursive-descent parser words its errors by what it was parsing:
// "unexpected newline in composite literal; possibly missing comma or }",
// "unexpected x at end of statement", "non-declaration statement outside
// function body". This strategy maps the first to the second.
//
// Recovery itself stays ANTLR's (resynchronise on the follow sets). It does
// not always land where gc's advance() lands, so errors after the first are
// reported only once the parser has matched a keyword that begins a
// statement or declaration (gc's stopset) on a later line: anything before
// that is taken for a follow-up.
#pragma once

#include "DefaultErrorStrategy.h"
#include "interp/diag.h"
#include "interp/lexer.h"

namespace goterp {

class GcErrorStrategy : public antlr4::DefaultErrorStrategy {
public:
  GcErrorStrategy(const GoTokenSource &lexer, const std::string &filename, Diagnostics &diags)
      : lexer_(lexer), filename_(filename), diags_(diags) {}

  void reportError(antlr4::Parser *p, const antlr4::RecognitionException &e) override;

protected:
  void reportUnwantedToken(antlr4::Parser *p) override;
  void reportMissingToken(antlr4::Parser *p) override;

private:
  void reportMatch(antlr4::Parser *p) override;
  void report(antlr4::Parser *p, antlr4::Token *tok);
  // The message for an error at tok; may move *at to where gc reports it.
  std::string message(antlr4::Parser *p, antlr4::Token *tok, antlr4::Token **at);

  const GoTokenSource &lexer_;
  const std::string &filename_;
  Diagnostics &diags_;
  bool reported_ = false;
  // After an error, further errors are follow-ups until the parser matches
  // a keyword that starts a statement or declaration on a later line.
  bool suppress_ = false;
  size_t errorLine_ = 0;
};

// gc's name for a token in "unexpected X": "newline", "name"-less identifiers,
// "literal 42", "comma", operators and keywords as written.
std::string gcTokenString(antlr4::Token *t);

} // namespace goterp
