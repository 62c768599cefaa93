#include "runtime/slice.h"

#include <cstring>

#include "gc/alloc.h"

namespace goterp {

namespace {

// Go's allocator size classes (runtime/sizeclasses.go): append's capacity
// fills the class its byte size rounds up to.
const uint32_t kSizeClasses[] = {
    0,    8,    16,   24,    32,    48,    64,    80,    96,    112,   128,   144,   160,   176,   192,   208,   224,
    240,  256,  288,  320,   352,   384,   416,   448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,
    1280, 1408, 1536, 1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,
    8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

uint64_t roundupsize(uint64_t size) {
  if (size < 32768) {
    for (uint32_t c : kSizeClasses)
      if (c >= size) return c;
  }
  return (size + 8191) / 8192 * 8192;
}

} // namespace

GoSlice growSlice(GoSlice s, int64_t newLen, const Type *elem) {
  if (newLen <= s.cap) {
    s.len = newLen;
    return s;
  }
  int64_t newcap = s.cap;
  int64_t doublecap = newcap + newcap;
  if (newLen > doublecap) {
    newcap = newLen;
  } else if (s.cap < 256) {
    newcap = doublecap;
  } else {
    while (0 < newcap && newcap < newLen) newcap += (newcap + 3 * 256) / 4;
    if (newcap <= 0) newcap = newLen;
  }
  uint64_t es = elem->size;
  if (es == 0) return GoSlice{s.p, newLen, newLen};
  uint64_t mem = roundupsize(uint64_t(newcap) * es);
  newcap = int64_t(mem / es);
  auto *p = static_cast<uint8_t *>(gc::alloc(size_t(mem), elem->hasPointers));
  if (s.len > 0) std::memcpy(p, s.p, size_t(s.len) * es);
  return GoSlice{p, newLen, newcap};
}

} // namespace goterp
