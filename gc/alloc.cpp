#include "gc/alloc.h"

#include <cstring>

#define GC_THREADS
#include <gc/gc.h>

// The executable's initialised data and bss (the linker's symbols).
extern "C" char __data_start[], _end[];

namespace goterp::gc {

bool incremental = false;

void init() {
  // No collection inside GC_INIT: with nothing allocated yet it only seeds
  // the blacklist of false pointers, over half of the collector's start-up,
  // and on a 64-bit address space few integers look like heap addresses.
  GC_set_dont_precollect(1);
  // The executable's static data is a root, and nothing else is: goterp
  // keeps no collected pointer in a library's data. Left to itself, the
  // collector registers every loaded library's segments and, in a static
  // executable, finds where the data starts by reading down from its end
  // until a read faults: a page fault for every page of data and bss,
  // about a third of a hello world's.
  GC_set_no_dls(1);
  // One marker, the collecting thread: Boehm's parallel marker threads
  // start with the first thread goterp creates, and cost a hello world
  // 0.6 ms (their creation, their wake-ups, their teardown at exit), while
  // a program with a million long-lived objects ran no faster with them on
  // this 2-core machine. Marking in parallel comes back with the
  // scheduler, on idle Ps.
  GC_set_markers_count(1);
  GC_INIT();
  GC_add_roots(__data_start, _end);
  GC_allow_register_threads();
  // Go's minimum heap before the first collection (4 MiB): tiny programs
  // should not collect every few hundred kilobytes.
  GC_expand_hp(4 << 20);
}

void *alloc(size_t size, bool hasPointers) {
  if (size == 0) size = 1;
  if (hasPointers) return GC_MALLOC(size); // cleared by Boehm
  void *p = GC_MALLOC_ATOMIC(size);
  std::memset(p, 0, size);
  return p;
}

void *allocRoot(size_t size) { return GC_MALLOC_UNCOLLECTABLE(size); }
void freeRoot(void *p) { GC_FREE(p); }

void dirty(const void *p) { GC_end_stubborn_change(p); }

} // namespace goterp::gc
