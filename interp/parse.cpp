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
