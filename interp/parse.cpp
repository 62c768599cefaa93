#include "interp/parse.h"

#include "BailErrorStrategy.h"
#include "CommonTokenStream.h"
#include "Exceptions.h"
#include "GoParser.h"
#include "atn/ParserATNSimulator.h"
#include "atn/PredictionMode.h"
#include "interp/ast_build.h"
#include "interp/lexer.h"
#include "interp/source.h"
#include "interp/syntax_error.h"

namespace goterp {

namespace {

ParseStats stats;

// The '[' opening a type parameter list, or the ~ or | of a constraint, if
// the file has one (it declares a generic function or type), else null. goterp is Go without generics: its grammar
// has no type parameters, and the syntax error they cause would send the
// reader looking for a typo.
antlr4::Token *typeParams(antlr4::CommonTokenStream &tokens) {
  const std::vector<antlr4::Token *> &ts = tokens.getTokens();
  auto type = [&](size_t i) { return i < ts.size() ? ts[i]->getType() : antlr4::Token::EOF; };
  int typeGroup = 0; // depth of parentheses inside type ( ... )
  int iface = 0;     // depth of braces inside interface { ... }
  for (size_t i = 0; i + 2 < ts.size(); i++) {
    size_t t = type(i);
    if (t == GoParser::L_PAREN && i > 0 && type(i - 1) == GoParser::TYPE) {
      typeGroup = 1;
    } else if (typeGroup > 0) {
      if (t == GoParser::L_PAREN) typeGroup++;
      if (t == GoParser::R_PAREN) typeGroup--;
    }
    if (t == GoParser::L_CURLY && i > 0 && type(i - 1) == GoParser::INTERFACE) {
      iface = 1;
    } else if (iface > 0) {
      if (t == GoParser::L_CURLY) iface++;
      if (t == GoParser::R_CURLY) iface--;
    }
    // A constraint's type set: ~T, or a union A | B in an interface.
    if (t == GoParser::TILDE || (iface > 0 && t == GoParser::OR)) return ts[i];
    // func F[...: nothing else puts a '[' there.
    if (t == GoParser::FUNC && type(i + 1) == GoParser::IDENTIFIER && type(i + 2) == GoParser::L_BRACKET)
      return ts[i + 2];
    // type T[P C]: a name and a constraint, where an array length is one
    // expression (type A [N]int).
    bool declStart = t == GoParser::TYPE || (typeGroup == 1 && (t == GoParser::SEMI || t == GoParser::L_PAREN));
    if (declStart && type(i + 1) == GoParser::IDENTIFIER && type(i + 2) == GoParser::L_BRACKET &&
        type(i + 3) == GoParser::IDENTIFIER) {
      switch (type(i + 4)) {
      case GoParser::IDENTIFIER:
      case GoParser::COMMA:
      case GoParser::INTERFACE:
      case GoParser::TILDE:
      case GoParser::L_BRACKET:
      case GoParser::MAP:
      case GoParser::FUNC:
      case GoParser::CHAN:
      case GoParser::STRUCT: return ts[i + 2];
      default: break;
      }
    }
  }
  return nullptr;
}

} // namespace

const ParseStats &parseStats() { return stats; }

std::unique_ptr<File> parseFile(const std::string &filename, std::string text, Diagnostics &diags) {
  stats.files++;
  Source src(filename, std::move(text), diags);
  CodePointStream input(src);
  GoTokenSource lexer(&input, src, diags);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  // Lexing reports its own errors; the token stream is complete from here on.
  size_t parseErrorsBefore = diags.count();
  GoParser parser(&tokens);
  parser.removeErrorListeners();
  parser.setBuildParseTree(true);

  // Stage 1: SLL, bail at the first error. Stage 2: full LL, in case SLL
  // was too weak for this file.
  GoParser::SourceFileContext *tree = nullptr;
  auto *sim = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();
  for (auto mode : {antlr4::atn::PredictionMode::SLL, antlr4::atn::PredictionMode::LL}) {
    if (mode == antlr4::atn::PredictionMode::LL) stats.llRetries++;
    tokens.seek(0);
    parser.reset();
    sim->setPredictionMode(mode);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    try {
      tree = parser.sourceFile();
      break;
    } catch (antlr4::ParseCancellationException &) {
      tree = nullptr;
    }
  }

  // Stage 3: there are syntax errors. SLL again, now with recovery and gc's
  // messages: SLL decides with the tokens at hand, so an error is reported
  // where it is, not at an outer decision whose long LL lookahead ran into it.
  if (!tree) {
    if (antlr4::Token *t = typeParams(tokens)) {
      diags.error(src.filename, lexer.posOf(t), "generics (type parameters) are not supported by goterp");
      return nullptr;
    }
    tokens.seek(0);
    parser.reset();
    sim->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<GcErrorStrategy>(lexer, src.filename, diags));
    tree = parser.sourceFile();
    // Still build what parsed, for the errors the builder reports.
    buildAST(tree, src, lexer, tokens, diags, true);
    return nullptr;
  }
  std::unique_ptr<File> file = buildAST(tree, src, lexer, tokens, diags, false);
  // gc type-checks a file unless its parser reported a "syntax error": the
  // scanner's errors (an invalid character, escape or digit) and the
  // parser's others ("expression in defer must be function call") leave a
  // complete tree.
  for (size_t i = parseErrorsBefore; i < diags.count(); i++)
    if (diags.list()[i].msg.compare(0, 12, "syntax error") == 0) return nullptr;
  return file;
}

} // namespace goterp
