// Slice growth with Go's policy, so that append's capacities are Go's.
#pragma once

#include "interp/types.h"
#include "runtime/value.h"

namespace goterp {

// Returns s with length newLen, reallocating (and copying) when the
// capacity does not suffice: capacity doubles below 256 elements, then grows
// by 1.25x plus 192, and is rounded up to the allocator's size class, as
// runtime.growslice does.
GoSlice growSlice(GoSlice s, int64_t newLen, const Type *elem);

} // namespace goterp
