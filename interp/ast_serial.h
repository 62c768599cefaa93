// AST serialization: a parsed File as compact bytes and back, so that the
// standard packages written in Go are parsed once, at build time
// (tools/stdlib_ast.cpp), and only decoded at run time.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "interp/ast.h"

namespace goterp {

// Appends file, as the parser built it (no checker annotations), to out.
void serializeFile(const File &file, std::string &out);

// The File that serializeFile wrote into data. Its literals' text points
// into data, which must outlive the File.
// Function bodies are left as bytes (FuncDecl::lazyBody) until decodeBody.
std::unique_ptr<File> deserializeFile(const char *data, size_t size);

// fd's body, decoded into file's arena if it was still bytes.
BlockStmt *decodeBody(FuncDecl *fd, File &file);

// The standard packages written in Go (stdlib/go/*.go), serialized at build
// time into a generated file: a package path ("fmt", "unicode/utf8") and
// its one file's bytes.
struct StdPackageAST {
  const char *path;
  const char *data;
  size_t size;
};
extern const StdPackageAST kStdPackageASTs[];
extern const size_t kNumStdPackageASTs;

} // namespace goterp
