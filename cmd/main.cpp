// The goterp command line: run, check, test, version, help.
//
// Exit statuses follow `go run`: 0 on success, 2 for compile errors, an
// unrecovered panic or a fatal error, and 2 for usage errors (a missing file,
// an unknown command) as `go` itself does.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cmd/commands.h"
#include "interp/diag.h"
#include "interp/parse.h"
#include "interp/source.h"

using namespace goterp;

namespace {

const char kUsage[] = R"(goterp runs Go programs.

Usage:

	goterp run FILE.go [arguments...]   run a program (also: goterp FILE.go)
	goterp check [-syntax] FILE.go...   report compile errors without running
	goterp test [DIR|FILE.go...]        run programs and compare their stdout
	                                    with their "// Output:" comment block
	goterp version                      print the version
	goterp help                         print this help
)";

int usageError(const std::string &msg) {
  std::fprintf(stderr, "goterp: %s\nRun 'goterp help' for usage.\n", msg.c_str());
  return 2;
}

bool hasSuffix(const std::string &s, const char *suf) {
  size_t n = std::strlen(suf);
  return s.size() >= n && s.compare(s.size() - n, n, suf) == 0;
}

int cmdCheck(const std::vector<std::string> &args) {
  bool syntaxOnly = false;
  std::vector<std::string> files;
  for (const std::string &a : args) {
    if (a == "-syntax")
      syntaxOnly = true;
    else if (!a.empty() && a[0] == '-')
      return usageError("check: unknown flag " + a);
    else
      files.push_back(a);
  }
  if (files.empty()) return usageError("check: no Go files listed");
  int status = 0;
  for (const std::string &f : files) {
    std::string text;
    if (!readFile(f, text)) {
      std::fprintf(stderr, "goterp: open %s: %s\n", f.c_str(), std::strerror(errno));
      status = 2;
      continue;
    }
    Diagnostics diags;
    std::unique_ptr<File> file = parseFile(f, std::move(text), diags);
    if (file && !syntaxOnly) checkProgram({file.get()}, diags);
    if (!diags.empty()) {
      diags.print();
      status = 2;
    }
  }
  return status;
}

int cmdRun(const std::vector<std::string> &args) {
  if (args.empty()) return usageError("run: no go files listed");
  const std::string &path = args[0];
  if (!hasSuffix(path, ".go")) return usageError("run: " + path + " is not a .go file");
  std::string text;
  if (!readFile(path, text)) {
    std::fprintf(stderr, "goterp: open %s: %s\n", path.c_str(), std::strerror(errno));
    return 2;
  }
  std::vector<std::string> progArgs(args.begin() + 1, args.end());
  return runProgram(path, std::move(text), progArgs);
}

} // namespace

int main(int argc, char **argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string cmd = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (cmd == "run") return cmdRun(rest);
  if (cmd == "check") return cmdCheck(rest);
  if (cmd == "test") return cmdTest(rest, argv[0]);
  if (cmd == "version") {
    std::printf("goterp version %s (Go 1.19 without generics, unsafe, reflect and cgo)\n", kVersion);
    return 0;
  }
  if (cmd == "help" || cmd == "-h" || cmd == "--help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (hasSuffix(cmd, ".go")) return cmdRun(args);
  return usageError("unknown command \"" + cmd + "\"");
}
