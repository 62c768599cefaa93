// goterp run: parse, check and execute one program.
#include <cstdio>

#include "cmd/commands.h"
#include "interp/parse.h"

namespace goterp {

void checkProgram(const std::vector<File *> &, Diagnostics &) {
  // The type checker arrives with the evaluator; until then only syntax is
  // checked.
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
