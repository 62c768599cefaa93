#include "interp/diag.h"

#include <algorithm>
#include <cstdio>

namespace goterp {

static bool isSyntax(const Diag &d) { return d.msg.compare(0, 12, "syntax error") == 0; }

static bool sameLine(const Diag *a, const Diag &b) { return a && a->file == b.file && a->pos.line == b.pos.line; }

static bool before(const Diag &a, const Diag &b) {
  if (a.file != b.file) return a.file < b.file;
  return a.pos < b.pos;
}

void Diagnostics::error(const std::string &file, Pos pos, std::string msg) {
  list_.push_back(Diag{file, pos, std::move(msg)});
}

void Diagnostics::bareError(std::string msg) { list_.push_back(Diag{"", Pos{}, std::move(msg), true}); }

static std::string where(const Diag &d) {
  if (d.bare) return "";
  return d.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": ";
}

// gc counts errors as they are reported and stops at the tenth, printing
// those seen so far sorted, then "too many errors" at the tenth's position.
// Our parser's errors may come out of order; gc's parser reports in source
// order and before the type checker, so they are put first, sorted.
std::vector<std::string> Diagnostics::lines(size_t limit) const {
  std::vector<Diag> reported;
  for (const Diag &d : list_)
    if (isSyntax(d)) reported.push_back(d);
  std::stable_sort(reported.begin(), reported.end(), before);
  for (const Diag &d : list_)
    if (!isSyntax(d)) reported.push_back(d);

  std::vector<Diag> kept;
  const Diag *lastSyntax = nullptr, *lastOther = nullptr, *tooMany = nullptr;
  for (const Diag &d : reported) {
    // As gc: one syntax error per line, and not the same error twice in a
    // row on a line.
    if (isSyntax(d)) {
      if (sameLine(lastSyntax, d)) continue;
      lastSyntax = &d;
    } else {
      if (sameLine(lastOther, d) && lastOther->msg == d.msg) continue;
      lastOther = &d;
    }
    kept.push_back(d);
    if (kept.size() >= limit) {
      tooMany = &d;
      break;
    }
  }
  std::stable_sort(kept.begin(), kept.end(), before);
  std::vector<std::string> out;
  for (size_t i = 0; i < kept.size(); i++) {
    std::string line = where(kept[i]) + kept[i].msg;
    if (!out.empty() && out.back() == line) continue;
    out.push_back(line);
  }
  if (tooMany) out.push_back(where(*tooMany) + "too many errors");
  return out;
}

void Diagnostics::print(size_t limit) const {
  for (const std::string &l : lines(limit)) std::fprintf(stderr, "%s\n", l.c_str());
}

} // namespace goterp
