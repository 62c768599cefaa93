// Printing AST nodes as gc prints them in error messages: the "short form"
// of cmd/compile/internal/syntax, with the bodies of function and composite
// literals abbreviated to {…}.
#pragma once

#include <string>

#include "interp/ast.h"

namespace goterp {

std::string exprString(const Expr *e);
std::string exprListString(const Span<Expr *> &list);
std::string stmtString(const Stmt *s);

} // namespace goterp
