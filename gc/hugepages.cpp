// Huge pages for goterp's two heaps: malloc's, which holds what goterp
// builds at start-up, and the collector's, which holds the Go program's
// objects.
//
// On a virtual machine the first touch of a 4 KiB page costs 10 to 12 µs.
// A 2 MiB transparent huge page costs one fault for 512 of them, and a TLB
// entry for as many: Go's own runtime asks for huge pages for its heap for
// the same reasons. Where transparent huge pages are off, the advice below
// does nothing. Sanitizer builds have their own allocator and intercept
// mmap themselves; they skip all of this.
//
// ---- malloc's heap, at start-up
//
// Everything goterp builds before the program's first statement (the
// parser's ATN, the syntax trees of the program and of the standard
// packages it imports, the checker's objects, the compiled nodes) comes
// from malloc, about a megabyte for a hello world, which took over 200
// faults in malloc's heap alone: 2.5 ms of a 10 ms run.
//
// Before any static initialiser allocates much, hugeMallocHeap() arranges
// that malloc's heap (the main arena, grown with brk) continues from a
// 2 MiB boundary, that its next growth reserves kStartHeap bytes at once,
// and that this reservation is advised MADV_HUGEPAGE:
//
//   - The top chunk (the free space at the end of the arena) ends at the
//     program break; its size is mallinfo2().keepcost. A block is taken
//     from the top that ends just below the first 2 MiB boundary beyond
//     the break, so the arena's new top starts in the 4 KiB page below it.
//     That block is never freed and never touched: it costs address space
//     only, less than 2 MiB of it.
//   - M_TOP_PAD makes that allocation, and every later growth, extend the
//     break by kStartHeap more than asked; pages are faulted only when
//     first used.
//   - Every whole 2 MiB of the reservation from the boundary on is advised
//     MADV_HUGEPAGE. Growth beyond it is a separate mapping of 4 KiB
//     pages: by then start-up is over and faults are paid for by work.
//
// Each assumption about glibc's malloc is checked where it is used; when
// one does not hold (another allocator, a foreign brk), the gap block is
// given back and the heap is left as it was.
//
// ---- The collector's heap
//
// Boehm maps its heap sections, and each large object, with mmap, and has
// no hook to advise them. This file defines mmap, which the static link
// (and, in a dynamic one, symbol interposition) gives to every caller
// outside the C library: it maps with the system call, then advises the
// whole 2 MiB pages of an anonymous mapping of 2 MiB or more. The other
// caller in goterp, the main goroutine's stack, maps with MAP_NORESERVE
// and is left alone: a stack touched at its top must not cost 2 MiB. glibc
// calls its own internal mmap, unaffected. A benchmark building strings
// took 3,900 faults instead of 15,700 and ran 15 to 25% faster, a 2M-entry
// map 1.1 s instead of 1.5 s; the others did not change.
//
// Rejected:
//   - The glibc.malloc.hugetlb tunable does malloc's part, but tunables
//     come only from the environment at exec, and re-executing costs more
//     than it saves.
//   - MADV_POPULATE_WRITE over a heap still pays about 3 µs per page, and
//     must guess how much will be used.
//   - A private arena behind operator new: a second allocator to maintain,
//     for the same result.
//   - Populating the executable's text with MADV_POPULATE_READ: the text
//     faults are file-backed and already mapped 64 KiB at a time; it
//     measured no faster.
//   - Advising the collector's big objects as gc::alloc returns them: too
//     late for the objects Boehm clears itself (every one with pointers),
//     and blind to the sections small objects come from.
//   - Finding Boehm's sections from GC_set_on_heap_resize: it reports the
//     heap's new size, not where it grew.
#include <malloc.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdint>

namespace {

constexpr uintptr_t kHugePage = 2 << 20;
// How much of the heap start-up gets on huge pages, and the slack malloc
// keeps at the top of its heap instead of returning it to the kernel.
constexpr size_t kStartHeap = 32 << 20;
// Requests from 128 KiB (malloc's default) up to this size come from the
// heap rather than from mmap, and so from the huge pages. Setting M_TOP_PAD
// already switches off malloc's own adjustment of this threshold, which
// would end at a similar value.
constexpr size_t kMmapThreshold = 4 << 20;
// The 4 KiB page under the boundary that the new top chunk starts in.
constexpr uintptr_t kBelowBoundary = 2048;
// malloc's chunk header: a user pointer is this far past its chunk.
constexpr uintptr_t kChunkHeader = 2 * sizeof(size_t);

} // namespace

#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
// Priority 101, the first one for programs, runs this before the
// unprioritised static initialisers, the ANTLR parser's among them.
__attribute__((constructor(101))) static void hugeMallocHeap() {
  void *brk = sbrk(0);
  if (brk == reinterpret_cast<void *>(-1)) return;
  uintptr_t end = reinterpret_cast<uintptr_t>(brk);
  uintptr_t topSize = mallinfo2().keepcost;
  if (topSize > end) return;
  uintptr_t top = end - topSize;
  uintptr_t boundary = (end + kBelowBoundary + kHugePage - 1) & ~(kHugePage - 1);

  mallopt(M_TOP_PAD, kStartHeap);
  mallopt(M_MMAP_THRESHOLD, kMmapThreshold);
  void *gap = malloc(boundary - kBelowBoundary - top - kChunkHeader);
  uintptr_t newEnd = reinterpret_cast<uintptr_t>(sbrk(0));
  if (reinterpret_cast<uintptr_t>(gap) != top + kChunkHeader || newEnd < boundary + kHugePage) {
    free(gap);
    return;
  }
  madvise(reinterpret_cast<void *>(boundary), (newEnd - boundary) & ~(kHugePage - 1), MADV_HUGEPAGE);
}

// The collector's heap (see above).
extern "C" void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
  void *p = reinterpret_cast<void *>(syscall(SYS_mmap, addr, len, prot, flags, fd, off));
  if (p != MAP_FAILED && (flags & MAP_ANONYMOUS) && !(flags & MAP_NORESERVE) && len >= kHugePage) {
    uintptr_t from = (reinterpret_cast<uintptr_t>(p) + kHugePage - 1) & ~(kHugePage - 1);
    uintptr_t to = (reinterpret_cast<uintptr_t>(p) + len) & ~(kHugePage - 1);
    if (to > from) madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
  }
  return p;
}
#endif
