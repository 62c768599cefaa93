// Diagnostics: compile errors (syntax and type errors) collected while a
// program is parsed and checked, reported as gc reports them:
//
//   prog.go:12:5: syntax error: unexpected newline, expecting comma or }
//
// sorted by position, one per line, at most ten followed by "too many
// errors".
#pragma once

#include <string>
#include <vector>

#include "interp/ast.h"

namespace goterp {

struct Diag {
  std::string file;
  Pos pos;
  std::string msg;
  bool bare = false; // printed without a position (the linker's errors)
};

class Diagnostics {
public:
  void error(const std::string &file, Pos pos, std::string msg);
  // An error that is not about a place in the source.
  void bareError(std::string msg);
  bool empty() const { return list_.empty(); }
  size_t count() const { return list_.size(); }
  const std::vector<Diag> &list() const { return list_; }
  void clear() { list_.clear(); }

  // The errors in gc's order and number, one "file:line:col: msg" per line.
  std::vector<std::string> lines(size_t limit = 10) const;
  // Writes lines() to stderr.
  void print(size_t limit = 10) const;

private:
  std::vector<Diag> list_; // in the order they were reported
};

} // namespace goterp
