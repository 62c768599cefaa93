#include "runtime/map.h"

#include <cstring>
#include <random>

#include "gc/alloc.h"
#include "runtime/panic.h"
#include "runtime/rt.h"

namespace goterp {

namespace {

constexpr uint64_t kDeleted = 1; // low bit of an entry's stored hash

uint64_t randomSeed() {
  static std::mt19937_64 rng{std::random_device{}()};
  return rng() | 1;
}

uint8_t *entry(const GoMap *m, uint8_t *entries, int64_t i) { return entries + i * m->stride; }

uint64_t storedHash(uint64_t h) { return h & ~kDeleted; }

uint64_t indexSlot(uint64_t h, int64_t i) { return (h >> 32 << 32) | uint64_t(i + 1); }

void rebuild(GoMap *m, int64_t newCap) {
  uint8_t *old = m->entries;
  int64_t oldUsed = m->used;
  bool ptrs = m->type->key->hasPointers || m->type->elem->hasPointers;
  m->entries = static_cast<uint8_t *>(gc::alloc(size_t(newCap) * m->stride, ptrs));
  m->capacity = newCap;
  uint64_t indexSize = 8;
  while (indexSize < uint64_t(newCap) * 2) indexSize *= 2;
  m->index = static_cast<uint64_t *>(gc::alloc(indexSize * sizeof(uint64_t), false));
  m->indexMask = indexSize - 1;
  int64_t n = 0;
  for (int64_t i = 0; i < oldUsed; i++) {
    uint8_t *e = old + i * m->stride;
    uint64_t h;
    std::memcpy(&h, e, 8);
    if (h & kDeleted) continue;
    std::memcpy(entry(m, m->entries, n), e, m->stride);
    uint64_t slot = h & m->indexMask;
    while (m->index[slot]) slot = (slot + 1) & m->indexMask;
    m->index[slot] = indexSlot(h, n);
    n++;
  }
  m->used = n;
  m->count = n;
}

// Finds key: returns its entry number, or -1; *slotOut gets the index slot
// where it would be inserted.
int64_t find(Ctx &c, GoMap *m, const void *key, uint64_t h, uint64_t *slotOut) {
  uint64_t slot = h & m->indexMask;
  const Type *kt = m->type->key;
  uint32_t tag = uint32_t(h >> 32);
  for (;;) {
    uint64_t ix = m->index[slot];
    if (ix == 0) {
      if (slotOut) *slotOut = slot;
      return -1;
    }
    if (uint32_t(ix >> 32) == tag) {
      int64_t i = int64_t(uint32_t(ix)) - 1;
      uint8_t *e = entry(m, m->entries, i);
      uint64_t eh;
      std::memcpy(&eh, e, 8);
      if (eh == h && (m->wordKey ? std::memcmp(e + m->keyOff, key, 8) == 0 : valuesEqual(c, kt, e + m->keyOff, key)))
        return i;
    }
    slot = (slot + 1) & m->indexMask;
  }
}

uint64_t hashKey(Ctx &c, GoMap *m, const void *key) { return storedHash(hashValue(c, m->type->key, key, m->seed)); }

} // namespace

GoMap *makeMap(Ctx &c, const TMap *t, int64_t hint) {
  (void)c;
  auto *m = static_cast<GoMap *>(gc::alloc(sizeof(GoMap), true));
  m->type = t;
  uint32_t ka = t->key->align < 8 ? 8 : t->key->align;
  m->keyOff = 8;
  uint32_t keyEnd = m->keyOff + ((t->key->size + ka - 1) / ka * ka);
  uint32_t va = t->elem->align < 8 ? 8 : t->elem->align;
  m->valOff = (keyEnd + va - 1) / va * va;
  m->stride = (m->valOff + t->elem->size + 7) & ~7u;
  m->seed = randomSeed();
  switch (t->key->ukind()) {
  case Kind::Int:
  case Kind::Int64:
  case Kind::Uint:
  case Kind::Uint64:
  case Kind::Uintptr:
  case Kind::Pointer:
  case Kind::Chan:
  case Kind::UnsafePointer: m->wordKey = true; break;
  default: m->wordKey = false;
  }
  rebuild(m, hint > 4 ? hint : 4);
  return m;
}

void *mapAccess(Ctx &c, GoMap *m, const void *key) {
  if (!m || m->count == 0) {
    // Hashing still panics on an unhashable dynamic key, as in Go.
    if (m && m->type->key->isInterface()) hashValue(c, m->type->key, key, 0);
    return nullptr;
  }
  uint64_t h = hashKey(c, m, key);
  int64_t i = find(c, m, key, h, nullptr);
  return i < 0 ? nullptr : entry(m, m->entries, i) + m->valOff;
}

void *mapAssign(Ctx &c, GoMap *m, const void *key) {
  if (!m) panicNilMap(c);
  uint64_t h = hashKey(c, m, key);
  uint64_t slot = 0; // set by find when the key is absent
  int64_t i = find(c, m, key, h, &slot);
  if (i >= 0) return entry(m, m->entries, i) + m->valOff;
  if (m->used == m->capacity) {
    rebuild(m, m->count * 2 > 4 ? m->count * 2 : 8);
    find(c, m, key, h, &slot);
  }
  int64_t n = m->used++;
  uint8_t *e = entry(m, m->entries, n);
  std::memcpy(e, &h, 8);
  std::memcpy(e + m->keyOff, key, m->type->key->size);
  std::memset(e + m->valOff, 0, m->type->elem->size);
  gc::writeBarrier(e);
  m->index[slot] = indexSlot(h, n);
  m->count++;
  return e + m->valOff;
}

void mapDelete(Ctx &c, GoMap *m, const void *key) {
  if (!m || m->count == 0) {
    if (m && m->type->key->isInterface()) hashValue(c, m->type->key, key, 0);
    return;
  }
  uint64_t h = hashKey(c, m, key);
  int64_t i = find(c, m, key, h, nullptr);
  if (i < 0) return;
  uint8_t *e = entry(m, m->entries, i);
  uint64_t dh = h | kDeleted;
  std::memcpy(e, &dh, 8);
  // Drop references so the collector can free what the entry held.
  std::memset(e + m->keyOff, 0, m->stride - m->keyOff);
  m->count--;
  // The index slot stays: a tombstone for later probes. Rebuild when they
  // dominate.
  if (m->used > 32 && m->count < m->used / 4) rebuild(m, m->count * 2 > 8 ? m->count * 2 : 8);
}

void mapIterInit(MapIter &it, GoMap *m) {
  it.m = m;
  if (!m || m->count == 0) {
    it.used = 0;
    return;
  }
  it.entries = m->entries;
  it.used = m->used;
  static std::mt19937_64 rng{std::random_device{}()};
  it.start = int64_t(rng() % uint64_t(it.used));
  it.pos = 0;
  it.seen = 0;
}

bool mapIterNext(Ctx &c, MapIter &it, const void **key, void **val) {
  GoMap *m = it.m;
  while (it.pos < it.used) {
    int64_t i = (it.start + it.pos) % it.used;
    it.pos++;
    uint8_t *e = entry(m, it.entries, i);
    uint64_t h;
    std::memcpy(&h, e, 8);
    if (h & kDeleted) continue;
    if (it.entries == m->entries) {
      *key = e + m->keyOff;
      *val = e + m->valOff;
      return true;
    }
    // The map was rebuilt since iteration began: the entry counts only if its
    // key is still there, with its current value.
    void *v = mapAccess(c, m, e + m->keyOff);
    if (!v) continue;
    *key = e + m->keyOff;
    *val = v;
    return true;
  }
  return false;
}

} // namespace goterp
