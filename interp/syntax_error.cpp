#include "interp/syntax_error.h"

#include <cctype>

#include "GoParser.h"

namespace goterp {

using antlr4::ParserRuleContext;
using antlr4::Token;
using P = GoParser;

std::string gcTokenString(Token *t) {
  switch (t->getType()) {
  case Token::EOF: return "EOF";
  case P::SEMI: {
    std::string s = t->getText();
    return s == ";" ? "semicolon" : s; // "newline" or "EOF" when inserted
  }
  case P::COMMA: return "comma";
  case P::INT_LIT:
  case P::FLOAT_LIT:
  case P::IMAGINARY_LIT:
  case P::RUNE_LIT:
  case P::RAW_STRING_LIT:
  case P::INTERPRETED_STRING_LIT: return "literal " + t->getText();
  default: return t->getText();
  }
}

// gc's word for an expected token.
static std::string expectedName(antlr4::Parser *p, size_t type) {
  switch (type) {
  case P::SEMI: return "semicolon or newline";
  case P::COMMA: return "comma";
  case P::IDENTIFIER: return "name";
  case Token::EOF: return "EOF";
  default: {
    std::string s = p->getVocabulary().getLiteralName(type);
    if (s.size() >= 2 && s.front() == '\'') return s.substr(1, s.size() - 2);
    // A keyword: its symbolic name is the keyword in capitals.
    s = p->getVocabulary().getSymbolicName(type);
    for (char &c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
  }
}

void GcErrorStrategy::reportError(antlr4::Parser *p, const antlr4::RecognitionException &e) {
  if (inErrorRecoveryMode(p)) return;
  beginErrorCondition(p);
  report(p, e.getOffendingToken() ? e.getOffendingToken() : p->getCurrentToken());
}

void GcErrorStrategy::reportUnwantedToken(antlr4::Parser *p) {
  if (inErrorRecoveryMode(p)) return;
  beginErrorCondition(p);
  report(p, p->getCurrentToken());
}

void GcErrorStrategy::reportMissingToken(antlr4::Parser *p) {
  if (inErrorRecoveryMode(p)) return;
  beginErrorCondition(p);
  report(p, p->getCurrentToken());
}

void GcErrorStrategy::reportMatch(antlr4::Parser *p) {
  DefaultErrorStrategy::reportMatch(p);
  if (!suppress_) return;
  Token *t = p->getCurrentToken();
  if (t->getLine() <= errorLine_) return;
  switch (t->getType()) {
  case P::FUNC:
  case P::VAR:
  case P::CONST:
  case P::TYPE:
  case P::IMPORT:
  case P::IF:
  case P::FOR:
  case P::SWITCH:
  case P::SELECT:
  case P::RETURN:
  case P::GO:
  case P::DEFER:
  case P::BREAK:
  case P::CONTINUE:
  case P::GOTO:
  case P::FALLTHROUGH: suppress_ = false; break;
  default: break;
  }
}

void GcErrorStrategy::report(antlr4::Parser *p, Token *tok) {
  if (getenv("GOTERP_DEBUG_SYNTAX"))
    fprintf(stderr, "report at %zu:%zu suppress=%d ctx=%s expected=%s\n", tok->getLine(), tok->getCharPositionInLine(),
            suppress_, p->getRuleNames()[p->getContext()->getRuleIndex()].c_str(),
            p->getExpectedTokens().toString(p->getVocabulary()).c_str());
  if (suppress_) return;
  // As gc: once there has been an error, an error at the end of the file
  // is a follow-up.
  if (tok->getType() == Token::EOF && reported_) return;
  Token *at = tok;
  std::string msg = message(p, tok, &at);
  reported_ = true;
  suppress_ = true;
  errorLine_ = tok->getLine();
  diags_.error(filename_, lexer_.posOf(at), "syntax error: " + msg);
}

// Whether a token can begin a statement that gc's stmtOrNil would parse.
static bool startsStatement(size_t t) {
  switch (t) {
  case P::IDENTIFIER:
  case P::INT_LIT:
  case P::FLOAT_LIT:
  case P::IMAGINARY_LIT:
  case P::RUNE_LIT:
  case P::RAW_STRING_LIT:
  case P::INTERPRETED_STRING_LIT:
  case P::FUNC:
  case P::L_PAREN:
  case P::L_BRACKET:
  case P::STRUCT:
  case P::MAP:
  case P::CHAN:
  case P::INTERFACE:
  case P::STAR:
  case P::AMPERSAND:
  case P::PLUS:
  case P::MINUS:
  case P::EXCLAMATION:
  case P::CARET:
  case P::RECEIVE:
  case P::TILDE:
  case P::VAR:
  case P::CONST:
  case P::TYPE:
  case P::GO:
  case P::DEFER:
  case P::RETURN:
  case P::BREAK:
  case P::CONTINUE:
  case P::GOTO:
  case P::FALLTHROUGH:
  case P::L_CURLY:
  case P::IF:
  case P::SWITCH:
  case P::SELECT:
  case P::FOR: return true;
  default: return false;
  }
}

static size_t countTokens(ParserRuleContext *ctx, size_t type) {
  size_t n = 0;
  for (auto *c : ctx->children) {
    auto *t = dynamic_cast<antlr4::tree::TerminalNode *>(c);
    if (t && t->getSymbol()->getType() == type) n++;
  }
  return n;
}

static bool hasToken(ParserRuleContext *ctx, size_t type) { return countTokens(ctx, type) > 0; }

std::string GcErrorStrategy::message(antlr4::Parser *p, Token *tok, Token **at) {
  antlr4::misc::IntervalSet expected = p->getExpectedTokens();
  auto has = [&](size_t t) { return expected.contains(t); };
  std::string unexpected = "unexpected " + gcTokenString(tok);
  size_t type = tok->getType();
  Token *prev = nullptr;
  if (tok->getTokenIndex() > 0) prev = p->getTokenStream()->get(tok->getTokenIndex() - 1);
  size_t prevType = prev ? prev->getType() : Token::INVALID_TYPE;
  // gc consumes a misplaced `var` and complains at the token after it.
  if (type == P::VAR) *at = p->getTokenStream()->get(tok->getTokenIndex() + 1);

  bool expectsExpr = has(P::IDENTIFIER) && has(P::INT_LIT);
  bool expectsType = has(P::IDENTIFIER) && has(P::MAP) && !has(P::INT_LIT);
  ParserRuleContext *ctx = p->getContext();

  // What a single token or token class the parser was waiting for.
  if ((ctx->getRuleIndex() == P::RuleSuffix || ctx->getRuleIndex() == P::RuleHeaderSuffix) && prevType == P::DOT &&
      has(P::IDENTIFIER) && has(P::L_PAREN))
    return unexpected + ", expecting name or (";

  for (ParserRuleContext *c = ctx; c; c = dynamic_cast<ParserRuleContext *>(c->parent)) {
    switch (c->getRuleIndex()) {
    case P::RuleTopLevelItem:
      if (has(P::SEMI)) {
        if (dynamic_cast<P::TopLevelItemContext *>(c)->importDecl())
          return unexpected + ", expecting semicolon or newline";
        return unexpected + " after top level declaration";
      }
      break;
    case P::RuleSourceFile:
      if (!dynamic_cast<P::SourceFileContext *>(c)->packageClause()) return "package statement must be first";
      if (has(P::SEMI)) return unexpected + ", expecting semicolon or newline";
      break;
    case P::RuleBlock:
      if (!hasToken(c, P::L_CURLY)) continue; // not begun: what precedes it explains the error
      if (prevType == P::SEMI || prevType == P::L_CURLY) return unexpected + ", expecting }";
      return unexpected + " at end of statement";
    case P::RulePackageClause:
      if (has(P::PACKAGE)) return "package statement must be first";
      break;
    case P::RuleLiteralValue:
      if (has(P::COMMA) || has(P::R_CURLY)) return unexpected + " in composite literal; possibly missing comma or }";
      break;
    case P::RuleArguments:
      if (has(P::COMMA) || has(P::R_PAREN)) return unexpected + " in argument list; possibly missing comma or )";
      break;
    case P::RuleParameters:
      if (has(P::COMMA) || has(P::R_PAREN)) return unexpected + " in parameter list; possibly missing comma or )";
      break;
    case P::RuleIndex:
      if (has(P::R_BRACKET)) return unexpected + ", expecting comma, : or ]";
      break;
    case P::RuleStructType:
      if (has(P::SEMI) || has(P::R_CURLY))
        return unexpected + " in struct type; possibly missing semicolon or newline or }";
      break;
    case P::RuleInterfaceType:
      if (has(P::SEMI) || has(P::R_CURLY))
        return unexpected + " in interface type; possibly missing semicolon or newline or }";
      break;
    case P::RuleImportDecl:
    case P::RuleConstDecl:
    case P::RuleVarDecl:
    case P::RuleTypeDecl:
      if (hasToken(c, P::L_PAREN) && (has(P::SEMI) || has(P::R_PAREN)) && !expectsExpr && !expectsType)
        return unexpected + " in grouped declaration; possibly missing semicolon or newline or )";
      if (c->getRuleIndex() == P::RuleImportDecl) {
        if (type == P::SEMI || has(P::INTERPRETED_STRING_LIT)) return "missing import path";
      }
      break;
    case P::RuleTypeSpec: return unexpected + " in type declaration";
    case P::RuleChanType: return "missing channel element type";
    case P::RuleIfStmt:
      if (prevType == P::ELSE) return "else must be followed by if or statement block";
      if (type == P::VAR) return "var declaration not allowed in if initializer";
      if (has(P::L_CURLY)) return unexpected + ", expecting { after if clause";
      break;
    case P::RuleSwitchStmt:
      if (type == P::VAR) return "var declaration not allowed in switch initializer";
      if (hasToken(c, P::L_CURLY)) {
        if (prevType == P::SEMI || prevType == P::COLON || prevType == P::L_CURLY)
          return unexpected + ", expecting case or default or }";
        return unexpected + " at end of statement";
      }
      if (has(P::L_CURLY)) return "missing { after switch clause";
      break;
    case P::RuleSelectStmt:
      if (hasToken(c, P::L_CURLY)) return unexpected + ", expecting case or default or }";
      return "missing { after select clause";
    case P::RuleForClause:
      if (type == P::VAR) return "var declaration not allowed in for initializer";
      if (countTokens(c, P::SEMI) == 1 && expectsExpr) return unexpected + ", expecting for loop condition";
      break;
    case P::RuleForStmt:
      if (type == P::VAR) return "var declaration not allowed in for initializer";
      if (has(P::L_CURLY)) return unexpected + ", expecting { after for clause";
      break;
    case P::RuleCaseClause:
    case P::RuleCommClause:
      if (!hasToken(c, P::COLON)) {
        if (has(P::COLON) && !expectsExpr) return unexpected + ", expecting :";
        break;
      }
      if (prevType == P::SEMI || prevType == P::COLON) return unexpected + ", expecting case or default or }";
      return unexpected + " at end of statement";
    case P::RuleStatementList:
      if (has(P::SEMI) && (prevType == P::SEMI || prevType == P::L_CURLY || prevType == P::COLON) &&
          !startsStatement(type))
        return unexpected + ", expecting }";
      if (has(P::SEMI)) return unexpected + " at end of statement";
      break;
    default: break;
    }
    // The error is at the start of something this rule must parse.
    if (c == ctx) {
      if (expectsExpr && !has(P::SEMI) && !has(P::COMMA) && !has(P::R_PAREN) && !has(P::R_CURLY))
        return unexpected + ", expecting expression";
      if (expectsType && !has(P::SEMI) && !has(P::R_PAREN)) {
        bool inTypeSpec = false;
        for (auto *a = c; a; a = dynamic_cast<ParserRuleContext *>(a->parent))
          if (a->getRuleIndex() == P::RuleTypeSpec) inTypeSpec = true;
        if (!inTypeSpec) return unexpected + ", expecting type";
      }
      if (expected.size() == 1 && !has(P::SEMI) && !has(P::COMMA))
        return unexpected + ", expecting " + expectedName(p, expected.getSingleElement());
    }
  }
  if (expected.size() == 1) return unexpected + ", expecting " + expectedName(p, expected.getSingleElement());
  return unexpected;
}

} // namespace goterp
