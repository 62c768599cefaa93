// The subcommands of cmd/main.cpp that live in their own files.
#pragma once

#include <string>
#include <vector>

#include "interp/ast.h"
#include "interp/diag.h"

namespace goterp {

inline constexpr const char *kVersion = "0.1.0";

// goterp test: see test.cpp. self is argv[0], used to run each program.
int cmdTest(const std::vector<std::string> &args, const char *self);

// Parses, checks and runs the program in text; returns the exit status.
int runProgram(const std::string &path, std::string text, const std::vector<std::string> &args);

// Type-checks a parsed program, adding its errors to diags.
void checkProgram(const std::vector<File *> &files, Diagnostics &diags);

} // namespace goterp
