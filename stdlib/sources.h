// The standard packages written in Go (stdlib/go/*.go), embedded in the
// binary at build time by cmake/embed_stdlib.cmake.
#pragma once

#include <cstddef>

namespace goterp {

struct StdSource {
  const char *path; // "fmt", "unicode/utf8"
  const char *text;
};
extern const StdSource kStdSources[];
extern const size_t kNumStdSources;

} // namespace goterp
