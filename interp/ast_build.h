// AST building: the ANTLR parse tree of a file, turned into our AST.
//
// Besides the translation, this is where the checks that gc's parser makes
// but the grammar does not live: a missing if condition, `x := 1` used as a
// condition, `go` with a non-call, a range clause outside a for header,
// parameter lists that mix named and unnamed parameters, and so on. Each is
// reported with gc's message and position; the builder carries on so that a
// file's errors are reported together.
#pragma once

#include <memory>

#include "GoParser.h"
#include "interp/ast.h"
#include "interp/diag.h"
#include "interp/lexer.h"
#include "interp/source.h"

namespace goterp {

// With partial (the parse had errors), only the declarations that parsed
// without error are built, for the errors the builder finds in them.
std::unique_ptr<File> buildAST(GoParser::SourceFileContext *tree, const Source &src, const GoTokenSource &lexer,
                               antlr4::TokenStream &tokens, Diagnostics &diags, bool partial);

} // namespace goterp
