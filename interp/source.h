// Source: a Go file's text, decoded for the lexer.
//
// ANTLR's lexer reads code points (UTF-32) and reports columns in code
// points; gc reports byte columns. Source decodes the UTF-8 itself (ANTLR
// 4.9's own decoding throws on invalid input and is slow), reports what gc
// reports about the encoding (invalid UTF-8, NUL, a BOM past the start), and
// converts positions back to bytes. Pure ASCII files, the common case, need
// no table for that.
#pragma once

#include <string>
#include <vector>

#include "interp/ast.h"
#include "interp/diag.h"

namespace goterp {

struct Source {
  std::string filename;
  std::string text;              // as read (UTF-8)
  std::u32string cps;            // code points handed to the lexer
  std::vector<uint32_t> byteOff; // byte offset of each code point; empty if ASCII

  Source(std::string name, std::string text, Diagnostics &diags);

  // The gc position of the code point at index cp, on ANTLR's line `line`
  // with charPositionInLine `cpcol` (0-based, in code points).
  Pos pos(size_t cp, size_t line, size_t cpcol) const {
    if (byteOff.empty()) return Pos{uint32_t(line), uint32_t(cpcol + 1)};
    return Pos{uint32_t(line), uint32_t(byteOff[cp] - byteOff[cp - cpcol] + 1)};
  }
  // Byte offset of code point index cp.
  size_t offset(size_t cp) const { return byteOff.empty() ? cp : byteOff[cp]; }
};

// Reads a file; false (and errno set) if it cannot be read.
bool readFile(const std::string &path, std::string &out);

} // namespace goterp
