// The one allocation API of the interpreter (DESIGN.md, "Garbage
// collector"): every heap object of a Go program comes from here, with its
// pointer-freeness known, so that byte and number arrays are never scanned.
//
// Boehm GC is the allocator and marker. Memory from alloc() is zeroed (Go's
// zero values); atomic memory is cleared explicitly since Boehm does not
// clear it.
//
// The write barrier: every store of a pointer into a heap object goes
// through writeBarrier(), the one place where the incremental collector's
// dirty bits will be set (GC_END_STUBBORN_CHANGE with manual dirty bits).
// Until incremental marking is switched on it costs a predictable branch.
#pragma once

#include <cstddef>
#include <cstdint>

namespace goterp::gc {

void init();

// Zeroed memory; scanned by the collector iff hasPointers.
void *alloc(size_t size, bool hasPointers);
// Memory that is never collected but is scanned (goroutine stacks, globals).
void *allocRoot(size_t size);
void freeRoot(void *p);

extern bool incremental;
void dirty(const void *p);
inline void writeBarrier(const void *slot) {
  if (__builtin_expect(incremental, false)) dirty(slot);
}

} // namespace goterp::gc
