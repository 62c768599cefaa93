// Goroutine Go stacks: the frames of Go values, grown by copying.
//
// A stack starts at 2 KiB; when a call's frame does not fit, morestack
// allocates one twice as large (or more, for a huge frame), copies the used
// part and frees the old one, as Go does. Nothing points into a Go stack
// from the heap (escaping variables live in heap cells), frame links are
// offsets, and the evaluator re-derives raw frame pointers after calls, so
// a copy needs no pointer adjustment beyond Ctx's own fields.
//
// Past 1 GB the program dies as Go's does: "goroutine stack exceeds
// 1000000000-byte limit", "fatal error: stack overflow".
#pragma once

#include <cstdint>

#include "interp/exec.h"

namespace goterp {

constexpr size_t kInitialStack = 2048;
constexpr size_t kMaxStack = 1000000000;

void allocStack(Ctx &c, size_t size);
void freeStack(Ctx &c);
// Makes room for need more bytes at c.sp. Runs on the owning goroutine.
void morestack(Ctx &c, size_t need);

} // namespace goterp
