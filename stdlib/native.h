// Writing native functions of the standard packages.
//
// A package written in Go (stdlib/go/PKG.go) declares functions without
// bodies; each is bound to the C++ function registered under its qualified
// name ("strings.Index", "os.(*File).Write"). A native function reads its
// arguments from and writes its results to its frame:
//
//   static void stringsIndex(Frame &f) {
//     GoString s = f.arg<GoString>(0), sub = f.arg<GoString>(1);
//     f.result<int64_t>(0) = ...;
//   }
//   static Natives reg{{"strings.Index", stringsIndex}};
//
// A native that calls back into Go (sort.Slice calling less) must re-read
// its arguments through Frame after the call: the stack may have moved.
#pragma once

#include <initializer_list>
#include <utility>

#include "interp/compile.h"
#include "interp/exec.h"
#include "interp/nodes.h"
#include "runtime/rt.h"

namespace goterp {

struct Natives {
  Natives(std::initializer_list<std::pair<const char *, void (*)(Frame &)>> list) {
    for (auto &[name, fn] : list) Compiler::registerNative(name, fn);
  }
};

// The receiver of a native method.
template <class T> T &recv(Frame &f) { return *reinterpret_cast<T *>(f.base() + f.fn->recvOff); }

} // namespace goterp
