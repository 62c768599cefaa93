// Parsing: Go source text to AST.
//
// The ANTLR parser runs first in SLL mode with an error strategy that bails
// at the first error: SLL predicts from a cached DFA and is fast, and for
// almost every valid file it is also right. Only when it fails is the file
// parsed again in full LL mode; if that fails too, the file has syntax
// errors, and a last parse reports them with gc's wording
// (syntax_error.cpp).
// The parse tree is then turned into the AST (ast_build.cpp) and dropped.
#pragma once

#include <memory>
#include <string>

#include "interp/ast.h"
#include "interp/diag.h"

namespace goterp {

// Parses one file. Errors go to diags; the result is null if there were any.
std::unique_ptr<File> parseFile(const std::string &filename, std::string text, Diagnostics &diags);

// Statistics for tests and benchmarks: how many parses needed the LL stage.
struct ParseStats {
  size_t files = 0;
  size_t llRetries = 0;
};
const ParseStats &parseStats();

} // namespace goterp
