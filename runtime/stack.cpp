#include "runtime/stack.h"

#include <cstring>

#include "gc/alloc.h"
#include "runtime/panic.h"

namespace goterp {

void allocStack(Ctx &c, size_t size) {
  // Scanned and never collected: a stack holds pointers to heap objects and
  // is reachable only from its goroutine.
  c.stack = static_cast<uint8_t *>(gc::allocRoot(size));
  c.stackEnd = c.stack + size;
  c.fp = c.stack;
  c.sp = c.stack;
}

void freeStack(Ctx &c) {
  if (c.stack) gc::freeRoot(c.stack);
  c.stack = c.stackEnd = c.fp = c.sp = nullptr;
}

void morestack(Ctx &c, size_t need) {
  size_t used = size_t(c.sp - c.stack);
  size_t size = size_t(c.stackEnd - c.stack);
  size_t newSize = size * 2;
  while (newSize < used + need) newSize *= 2;
  if (newSize > kMaxStack) fatalStackOverflow(c, nullptr, nullptr);
  auto *ns = static_cast<uint8_t *>(gc::allocRoot(newSize));
  std::memcpy(ns, c.stack, used);
  uint64_t fpOff = uint64_t(c.fp - c.stack);
  gc::freeRoot(c.stack);
  c.stack = ns;
  c.stackEnd = ns + newSize;
  c.fp = ns + fpOff;
  c.sp = ns + used;
}

} // namespace goterp
