#include "interp/diag.h"

#include <algorithm>
#include <cstdio>

namespace goterp {

static bool isSyntax(const Diag &d) { return d.msg.compare(0, 12, "syntax error") == 0; }

void Diagnostics::error(const std::string &file, Pos pos, std::string msg) {
  list_.push_back(Diag{file, pos, std::move(msg)});
}

std::vector<std::string> Diagnostics::lines(size_t limit) const {
  std::vector<Diag> sorted = list_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diag &a, const Diag &b) {
    if (a.file != b.file) return a.file < b.file;
    return a.pos < b.pos;
  });
  std::vector<std::string> out;
  const Diag *prev = nullptr;
  for (const Diag &d : sorted) {
    // As gc: one syntax error per line (later ones are follow-ups), and
    // one of several equal errors on a line.
    if (prev && prev->file == d.file && prev->pos.line == d.pos.line && (isSyntax(*prev) || prev->msg == d.msg))
      continue;
    std::string where = d.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": ";
    if (out.size() == limit) {
      out.push_back(where + "too many errors");
      break;
    }
    prev = &d;
    out.push_back(where + d.msg);
  }
  return out;
}

void Diagnostics::print(size_t limit) const {
  for (const std::string &l : lines(limit)) std::fprintf(stderr, "%s\n", l.c_str());
}

} // namespace goterp
