// goterp run: parse, check and execute one program.
#include <cstdio>

#include "cmd/commands.h"
#include "interp/check.h"
#include "interp/parse.h"

namespace goterp {

void checkProgram(const std::vector<File *> &files, Diagnostics &diags) {
  Checker c(diags, [&](const std::string &path, Pos at, const std::string &file) -> Package * {
    diags.error(file, at, "package " + path + " is not in std");
    return nullptr;
  });
  c.checkPackage("main", files);
}

int runProgram(const std::string &path, std::string text, const std::vector<std::string> &) {
  Diagnostics diags;
  std::unique_ptr<File> file = parseFile(path, std::move(text), diags);
  if (file) checkProgram({file.get()}, diags);
  if (!diags.empty()) {
    diags.print();
    return 2;
  }
  std::fprintf(stderr, "goterp: %s: executing programs is not implemented yet\n", path.c_str());
  return 2;
}

} // namespace goterp
