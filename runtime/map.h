// Go maps.
//
// A map is an array of entries in insertion order — {hash, key, value} at a
// fixed stride, a deleted entry marked — plus an open-addressing index of
// entry numbers, each tagged with the high half of its key's hash. Lookups
// probe the index, skipping slots whose tag differs without touching their
// entry (for a big map, each entry visited is a cache miss), then compare
// the full hash and the key; deletion marks the entry and leaves the index
// slot as a tombstone; growth rebuilds both, compacting.
//
// Iteration walks the entries from a random starting point (Go randomises
// iteration order; programs must not depend on it) and wraps around. An
// iterator keeps the entry array it started on: if the map grows meanwhile,
// the old array stays valid (the collector keeps it) and each key is looked
// up again, so an entry deleted during iteration is not produced and none is
// produced twice — the guarantees the spec gives. Entries added during
// iteration may or may not be produced, also as the spec allows.
//
// Rejected: Go's bucket layout with incremental evacuation (much more code
// for the same guarantees), and std::unordered_map (no control over
// iteration under mutation, and node allocation per entry).
#pragma once

#include <cstdint>

#include "interp/exec.h"
#include "interp/types.h"

namespace goterp {

struct GoMap {
  const TMap *type;
  int64_t count;      // live entries
  int64_t used;       // entries used, deleted ones included
  int64_t capacity;   // entries allocated
  uint8_t *entries;   // capacity * stride bytes
  uint64_t *index;    // indexSize slots: hash >> 32 << 32 | entry number + 1; 0 empty
  uint64_t indexMask; // indexSize - 1
  uint32_t stride, keyOff, valOff;
  bool wordKey; // keys equal when their 8 bytes are (integers, pointers)
  uint64_t seed;
};

GoMap *makeMap(Ctx &c, const TMap *t, int64_t hint);
inline int64_t mapLen(const GoMap *m) { return m ? m->count : 0; }
// The value slot for key, or null. m may be null.
void *mapAccess(Ctx &c, GoMap *m, const void *key);
// The value slot for key, inserted (zeroed) if absent. Panics on a nil map.
void *mapAssign(Ctx &c, GoMap *m, const void *key);
void mapDelete(Ctx &c, GoMap *m, const void *key);

struct MapIter {
  GoMap *m = nullptr;
  uint8_t *entries = nullptr;
  int64_t used = 0;
  int64_t start = 0, pos = 0, seen = 0;
};
void mapIterInit(MapIter &it, GoMap *m);
// The next entry's key and value, or false at the end.
bool mapIterNext(Ctx &c, MapIter &it, const void **key, void **val);

} // namespace goterp
