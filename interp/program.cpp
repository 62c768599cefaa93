// Running a program: loading packages (the user's and the embedded
// standard ones), checking and compiling them, then running package
// initialisation and main.main on the main goroutine.
//
// The main goroutine runs on the main thread, switched (setcontext) onto a
// large native stack of its own: the tree-walker recurses on it, and deep
// Go recursion needs room. Its depth is bounded by Ctx::nativeLimit, past
// which the program dies with Go's stack overflow. The collector is told
// the stack's new bottom; the frames left below on the thread's own stack
// hold nothing it must see (the program's objects are reached from
// package variables and the goroutine's stack). The main goroutine never
// returns: the program ends in goExit.
//
// Rejected: a second thread with a 1 GiB stack, as goterp first did: its
// creation, the main thread's wake-up to join it, and the teardown of two
// threads at exit cost a hello world 0.5 to 1 ms.
#include <sys/mman.h>
#include <ucontext.h>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif
#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <stdexcept>

#define GC_THREADS
#include <gc/gc.h>

#include "cmd/commands.h"
#include "gc/alloc.h"
#include "interp/ast_serial.h"
#include "interp/check.h"
#include "interp/compile.h"
#include "interp/parse.h"
#include "runtime/panic.h"
#include "runtime/rt.h"
#include "runtime/stack.h"

namespace goterp {

namespace {

struct Loaded {
  Package *pkg = nullptr;
  bool loading = false;
};

std::map<std::string, Loaded> packages;
std::vector<FuncCode *> initOrder; // package initialisation, dependencies first
Diagnostics *loadDiags = nullptr;  // where errors of the user's program go
// Imports goterp has no package for. As with go build, whose loading stage
// fails before the compiler runs, these are then the only errors shown,
// and the status is 1 (see withoutFollowOns).
Diagnostics importErrors;

const StdPackageAST *stdPackage(const std::string &path) {
  for (size_t i = 0; i < kNumStdPackageASTs; i++)
    if (path == kStdPackageASTs[i].path) return &kStdPackageASTs[i];
  return nullptr;
}

Package *importPackage(const std::string &path, Pos at, const std::string &file);

// Checks and compiles a package from its files. A standard package's
// function bodies wait for their first call (compileLazy), so its checker
// lives on.
Package *buildPackage(const std::string &path, const std::vector<File *> &files, Diagnostics &diags, bool std) {
  auto *checker = new Checker(diags, importPackage); // as long as the program: see above
  Package *pkg = checker->checkPackage(path, files, std);
  if (!pkg) return nullptr;
  if (std) pkg->lazyChecker = checker;
  std::vector<FuncCode *> inits;
  try {
    inits = compiler().compilePackage(pkg, checker->funcs());
  } catch (Unimplemented &u) {
    diags.error(files[0]->filename, u.pos, u.what + ": not implemented in goterp yet");
    return nullptr;
  } catch (std::logic_error &e) {
    // A broken invariant of the compiler: a goterp bug, said as one.
    std::fprintf(stderr, "goterp: internal error compiling %s: %s\n", path.c_str(), e.what());
    std::exit(2);
  }
  packages[path].pkg = pkg;
  initOrder.insert(initOrder.end(), inits.begin(), inits.end());
  return pkg;
}

Package *loadStd(const std::string &path) {
  Loaded &l = packages[path];
  if (l.pkg) return l.pkg;
  const StdPackageAST *std = stdPackage(path);
  if (!std) return nullptr;
  // Parsed at build time (tools/stdlib_ast.cpp); the AST lives as long as
  // the program.
  File *file = deserializeFile(std->data, std->size).release();
  auto *diags = new Diagnostics();
  Package *pkg = buildPackage(path, {file}, *diags, true);
  if (!pkg) {
    // The embedded packages are part of goterp: an error here is a goterp bug.
    std::fprintf(stderr, "goterp: internal error: standard package %s does not compile:\n", path.c_str());
    diags->print(100);
    std::exit(2);
  }
  return pkg;
}

Package *importPackage(const std::string &path, Pos at, const std::string &file) {
  Package *p = loadStd(path);
  if (!p && loadDiags) importErrors.error(file, at, "package " + path + " is not in std (goterp implements a subset)");
  return p;
}

struct RunArgs {
  FuncCode *main;
  uint8_t *stackLo; // the native stack's lowest address
};
RunArgs runArgs;

constexpr size_t kNativeStack = size_t(1) << 30;

[[noreturn]] void mainGoroutine() {
#if defined(__SANITIZE_ADDRESS__)
  __sanitizer_finish_switch_fiber(nullptr, nullptr, nullptr);
#endif
  RunArgs *ra = &runArgs;
  Ctx c;
  allocStack(c, kInitialStack);
  auto *root = reinterpret_cast<FrameHeader *>(c.stack);
  root->closure = nullptr;
  root->fn = nullptr;
  root->callerFp = UINT64_MAX;
  root->site = nullptr;
  c.fp = c.stack;
  c.sp = c.stack + kFrameHeader;
  // Headroom below the limit for signal frames and the collector.
  c.nativeLimit = reinterpret_cast<uintptr_t>(ra->stackLo) + (256 << 10);
  try {
    for (FuncCode *init : initOrder) {
      uint8_t *base = reserveFrame(c, init);
      invoke(c, init, nullptr, uint64_t(base - c.stack), nullptr);
    }
    uint8_t *base = reserveFrame(c, ra->main);
    invoke(c, ra->main, nullptr, uint64_t(base - c.stack), nullptr);
  } catch (PanicUnwind &) {
    dieWithPanic(c, c.panicking);
  }
  goExit(0);
}

// After a check: when an import failed, diags becomes just the failed
// imports (the type errors that follow from them are noise go build never
// gets to). Returns whether one failed.
bool withoutFollowOns(Diagnostics &diags) {
  if (importErrors.empty()) return false;
  diags.clear();
  for (const Diag &d : importErrors.list()) diags.error(d.file, d.pos, d.msg);
  importErrors.clear();
  return true;
}

} // namespace

Package *loadPackage(const std::string &path) { return loadStd(path); }

const Type *runtimeErrorType(const char *name) {
  Package *rt = loadStd("runtime");
  Object *o = rt->scope->lookup(intern(name));
  resolveObject(o);
  const Type *t = o->type;
  if (std::strcmp(name, "TypeAssertionError") == 0) t = pointerTo(t);
  return t;
}

void checkProgram(const std::vector<File *> &files, Diagnostics &diags) {
  gc::init(); // imported packages are compiled, their globals allocated
  loadDiags = &diags;
  Checker c(diags, importPackage);
  c.checkPackage("main", files);
  withoutFollowOns(diags);
  loadDiags = nullptr;
}

int runProgram(const std::string &path, std::string text, const std::vector<std::string> &args) {
  gc::init();
  Diagnostics diags;
  loadDiags = &diags;
  std::unique_ptr<File> file = parseFile(path, std::move(text), diags);
  Package *pkg = nullptr;
  if (file && !diags.empty()) {
    // Only the scanner's errors: gc reports the type errors too.
    Checker c(diags, importPackage);
    c.checkPackage("main", {file.get()});
  } else if (file) {
    pkg = buildPackage("main", {file.get()}, diags, false);
  }
  if (withoutFollowOns(diags)) {
    diags.print(SIZE_MAX);
    return 1;
  }
  if (!diags.empty() || !pkg) {
    diags.print();
    return 2;
  }
  loadDiags = nullptr;
  Object *m = pkg->scope->lookup(intern("main"));
  auto *mainFn = m->as<Func>();
  programArgs.clear();
  programArgs.push_back(path);
  for (const std::string &a : args) programArgs.push_back(a);
  file.release(); // the AST lives as long as the program

  // Reserved, not committed: pages are touched as the recursion deepens.
  void *lo = mmap(nullptr, kNativeStack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (lo == MAP_FAILED) {
    std::fprintf(stderr, "goterp: cannot start the main goroutine: no memory for its stack\n");
    return 2;
  }
  runArgs = RunArgs{mainFn->code, static_cast<uint8_t *>(lo)};
  ucontext_t uc;
  getcontext(&uc);
  uc.uc_stack.ss_sp = lo;
  uc.uc_stack.ss_size = kNativeStack;
  uc.uc_link = nullptr;
  makecontext(&uc, mainGoroutine, 0);
  static GC_stack_base bottom;
  bottom.mem_base = static_cast<uint8_t *>(lo) + kNativeStack;
  GC_call_with_alloc_lock(
      [](void *) -> void * {
        GC_set_stackbottom(nullptr, &bottom);
        return nullptr;
      },
      nullptr);
  // The sanitizers are told of the switch; the stack left is never resumed.
#if defined(__SANITIZE_ADDRESS__)
  __sanitizer_start_switch_fiber(nullptr, lo, kNativeStack);
#endif
#if defined(__SANITIZE_THREAD__)
  __tsan_switch_to_fiber(__tsan_create_fiber(0), 0);
#endif
  setcontext(&uc);
  std::fprintf(stderr, "goterp: cannot start the main goroutine\n");
  return 2;
}

} // namespace goterp
