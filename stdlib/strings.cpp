// Natives of packages strings and bytes. The two packages share their
// algorithms (searching, splitting, trimming, case mapping), written once
// over byte ranges; the natives differ only in what they return: strings
// return substrings, bytes return subslices whose capacities (and nil-ness)
// are exactly those Go's implementation gives, since programs can observe
// them through append and cap. Also strings.Builder, whose String returns
// its buffer without copying.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "gc/alloc.h"
#include "runtime/panic.h"
#include "runtime/slice.h"
#include "stdlib/native.h"
#include "stdlib/unicode_tables.h"

namespace goterp {

namespace {

constexpr int32_t kRuneError = 0xFFFD;
constexpr int64_t kMaxAlloc = int64_t(1) << 48; // Go's maxAlloc on amd64

// ---- Byte ranges and UTF-8 -------------------------------------------------------

struct Bytes {
  const uint8_t *p;
  int64_t n;
  Bytes from(int64_t i) const { return Bytes{p + i, n - i}; }
  Bytes upto(int64_t j) const { return Bytes{p, j}; }
};
inline Bytes view(GoString s) { return Bytes{s.p, s.n}; }
inline Bytes view(GoSlice s) { return Bytes{s.p, s.len}; }

inline bool isASCII(Bytes s) {
  for (int64_t i = 0; i < s.n; i++)
    if (s.p[i] >= 0x80) return false;
  return true;
}

// The rune at s[i] (invalid UTF-8: RuneError, width 1).
inline int32_t decodeAt(Bytes s, int64_t i, int *size) {
  if (s.p[i] < 0x80) {
    *size = 1;
    return s.p[i];
  }
  return decodeRune(s.p, s.n, i, size);
}

// The rune ending s (s.n > 0), as utf8.DecodeLastRune.
int32_t decodeLast(Bytes s, int *size) {
  if (s.p[s.n - 1] < 0x80) {
    *size = 1;
    return s.p[s.n - 1];
  }
  int64_t start = s.n - 1, lim = s.n >= 4 ? s.n - 4 : 0;
  while (start > lim && (s.p[start] & 0xC0) == 0x80) start--;
  int sz;
  int32_t r = decodeRune(s.p, s.n, start, &sz);
  if (start + sz != s.n) {
    *size = 1;
    return kRuneError;
  }
  *size = sz;
  return r;
}

inline bool validRune(int32_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF); }

// The width of r's encoding; invalid runes encode as RuneError.
inline int encodedLen(int32_t r) {
  if (uint32_t(r) < 0x80) return 1;
  if (uint32_t(r) < 0x800) return 2;
  if (!validRune(r)) return 3;
  return r < 0x10000 ? 3 : 4;
}

inline int encode(uint8_t *p, int32_t r) {
  auto u = uint32_t(r);
  if (u < 0x80) {
    p[0] = uint8_t(u);
    return 1;
  }
  if (u < 0x800) {
    p[0] = uint8_t(0xC0 | (u >> 6));
    p[1] = uint8_t(0x80 | (u & 0x3F));
    return 2;
  }
  if (!validRune(r)) u = kRuneError;
  if (u < 0x10000) {
    p[0] = uint8_t(0xE0 | (u >> 12));
    p[1] = uint8_t(0x80 | ((u >> 6) & 0x3F));
    p[2] = uint8_t(0x80 | (u & 0x3F));
    return 3;
  }
  p[0] = uint8_t(0xF0 | (u >> 18));
  p[1] = uint8_t(0x80 | ((u >> 12) & 0x3F));
  p[2] = uint8_t(0x80 | ((u >> 6) & 0x3F));
  p[3] = uint8_t(0x80 | (u & 0x3F));
  return 4;
}

int64_t runeCount(Bytes s) {
  int64_t count = 0;
  for (int64_t i = 0; i < s.n; count++) {
    int sz;
    decodeAt(s, i, &sz);
    i += sz;
  }
  return count;
}

// ---- Allocation and results --------------------------------------------------------

inline uint8_t *allocBytes(int64_t n) { return static_cast<uint8_t *>(gc::alloc(size_t(n > 0 ? n : 1), false)); }

// An array of n elements of type T, which hold pointers (never nil, as
// make's result).
template <class T> T *allocArray(int64_t n) {
  return static_cast<T *>(gc::alloc(sizeof(T) * size_t(n > 0 ? n : 1), true));
}

inline GoString sub(GoString s, int64_t i, int64_t j) { return GoString{s.p + i, j - i}; }
// s[i:j] and s[i:j:j] of a slice.
inline GoSlice sub(GoSlice s, int64_t i, int64_t j) { return GoSlice{s.p + i, j - i, s.cap - i}; }
inline GoSlice sub3(GoSlice s, int64_t i, int64_t j) { return GoSlice{s.p + i, j - i, j - i}; }

GoString newString(const uint8_t *p, int64_t n) {
  if (n == 0) return GoString{};
  uint8_t *q = allocBytes(n);
  std::memcpy(q, p, size_t(n));
  return GoString{q, n};
}

// append(s, p[:n]...) with append's growth.
void appendBytes(GoSlice &s, const uint8_t *p, int64_t n) {
  if (n == 0) return;
  int64_t at = s.len;
  s = growSlice(s, at + n, types::Uint8);
  std::memcpy(s.p + at, p, size_t(n));
}

// append([]byte(nil), s...): nil if s is empty.
GoSlice copyBytes(Bytes s) {
  GoSlice out{};
  appendBytes(out, s.p, s.n);
  return out;
}

[[noreturn]] void panicText(Frame &f, const char *msg) {
  f.c.site = nullptr;
  GoString s = makeString(msg);
  goPanic(f.c, makeIface(types::String, &s));
}

// ---- Searching ------------------------------------------------------------------------

// Short separators: candidates are found with memchr on the first byte
// (fast, and a match usually comes after few false candidates); when false
// candidates abound, as for long separators, the linear two-way search of
// memmem takes over.
int64_t indexOf(Bytes s, Bytes sep) {
  if (sep.n == 0) return 0;
  if (sep.n > s.n) return -1;
  if (sep.n > 32) {
    const void *q = memmem(s.p, size_t(s.n), sep.p, size_t(sep.n));
    return q ? static_cast<const uint8_t *>(q) - s.p : -1;
  }
  int64_t last = s.n - sep.n; // the last possible start
  int64_t fails = 0;
  for (int64_t i = 0; i <= last;) {
    const void *q = std::memchr(s.p + i, sep.p[0], size_t(last - i + 1));
    if (!q) return -1;
    int64_t j = static_cast<const uint8_t *>(q) - s.p;
    int64_t k = 1;
    while (k < sep.n && s.p[j + k] == sep.p[k]) k++;
    if (k == sep.n) return j;
    i = j + 1;
    if (++fails > 4 + (i >> 4)) {
      q = memmem(s.p + i, size_t(s.n - i), sep.p, size_t(sep.n));
      return q ? static_cast<const uint8_t *>(q) - s.p : -1;
    }
  }
  return -1;
}

int64_t indexByte(Bytes s, uint8_t c) {
  const void *q = s.n ? std::memchr(s.p, c, size_t(s.n)) : nullptr;
  return q ? static_cast<const uint8_t *>(q) - s.p : -1;
}

int64_t lastIndexByte(Bytes s, uint8_t c) {
  const void *q = s.n ? memrchr(s.p, c, size_t(s.n)) : nullptr;
  return q ? static_cast<const uint8_t *>(q) - s.p : -1;
}

int64_t lastIndexOf(Bytes s, Bytes sep) {
  if (sep.n == 0) return s.n;
  if (sep.n > s.n) return -1;
  if (sep.n == 1) return lastIndexByte(s, sep.p[0]);
  // Rabin-Karp from the end: h is the hash of the window s[i:i+len(sep)].
  constexpr uint32_t prime = 16777619;
  uint32_t want = 0, pow = 1, h = 0;
  for (int64_t k = sep.n - 1; k >= 0; k--) {
    want = want * prime + sep.p[k];
    pow *= prime;
  }
  int64_t i = s.n - sep.n;
  for (int64_t k = s.n - 1; k >= i; k--) h = h * prime + s.p[k];
  for (;; i--) {
    if (h == want && std::memcmp(s.p + i, sep.p, size_t(sep.n)) == 0) return i;
    if (i == 0) return -1;
    h = h * prime + s.p[i - 1] - pow * s.p[i - 1 + sep.n];
  }
}

int64_t countOf(Bytes s, Bytes sep) {
  if (sep.n == 0) return runeCount(s) + 1;
  if (sep.n == 1) return std::count(s.p, s.p + s.n, sep.p[0]);
  int64_t count = 0;
  for (int64_t i = 0;;) {
    int64_t j = indexOf(s.from(i), sep);
    if (j < 0) return count;
    count++;
    i += j + sep.n;
  }
}

int64_t indexRune(Bytes s, int32_t r) {
  if (r >= 0 && r < 0x80) return indexByte(s, uint8_t(r));
  if (r == kRuneError) {
    for (int64_t i = 0; i < s.n;) {
      int sz;
      if (decodeAt(s, i, &sz) == kRuneError) return i;
      i += sz;
    }
    return -1;
  }
  if (!validRune(r)) return -1;
  uint8_t buf[4];
  int n = encode(buf, r);
  return indexOf(s, Bytes{buf, n});
}

// The runes of a string of characters (cutsets, IndexAny's chars); invalid
// UTF-8 in it stands for RuneError.
class RuneSet {
public:
  explicit RuneSet(Bytes chars) {
    ascii_ = isASCII(chars);
    if (ascii_) {
      for (int64_t i = 0; i < chars.n; i++) bits_[chars.p[i] >> 6] |= uint64_t(1) << (chars.p[i] & 63);
      return;
    }
    for (int64_t i = 0; i < chars.n;) {
      int sz;
      runes_.push_back(decodeAt(chars, i, &sz));
      i += sz;
    }
  }
  bool has(int32_t r) const {
    if (ascii_) return r >= 0 && r < 0x80 && (bits_[r >> 6] >> (r & 63)) & 1;
    return std::find(runes_.begin(), runes_.end(), r) != runes_.end();
  }

private:
  bool ascii_;
  uint64_t bits_[2] = {0, 0};
  std::vector<int32_t> runes_;
};

int64_t indexAny(Bytes s, Bytes chars) {
  if (chars.n == 0) return -1;
  RuneSet set(chars);
  for (int64_t i = 0; i < s.n;) {
    int sz;
    if (set.has(decodeAt(s, i, &sz))) return i;
    i += sz;
  }
  return -1;
}

int64_t lastIndexAny(Bytes s, Bytes chars) {
  if (chars.n == 0) return -1;
  RuneSet set(chars);
  for (int64_t end = s.n; end > 0;) {
    int sz;
    int32_t r = decodeLast(s.upto(end), &sz);
    end -= sz;
    if (set.has(r)) return end;
  }
  return -1;
}

int compareBytes(Bytes a, Bytes b) {
  int c = std::memcmp(a.p, b.p, size_t(std::min(a.n, b.n)));
  if (c == 0) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  return c < 0 ? -1 : 1;
}

inline bool equalBytes(Bytes a, Bytes b) { return a.n == b.n && (a.n == 0 || std::memcmp(a.p, b.p, size_t(a.n)) == 0); }
inline bool hasPrefix(Bytes s, Bytes prefix) { return s.n >= prefix.n && equalBytes(s.upto(prefix.n), prefix); }
inline bool hasSuffix(Bytes s, Bytes suffix) { return s.n >= suffix.n && equalBytes(s.from(s.n - suffix.n), suffix); }

bool equalFold(Bytes s, Bytes t) {
  int64_t i = 0, j = 0;
  while (i < s.n && j < t.n) {
    int ns, nt;
    int32_t sr = decodeAt(s, i, &ns), tr = decodeAt(t, j, &nt);
    i += ns;
    j += nt;
    if (sr == tr) continue;
    if (tr < sr) std::swap(sr, tr);
    if (tr < 0x80) {
      // ASCII: only a letter and its upper case match.
      if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    // The orbit of sr under SimpleFold, from sr upwards, must reach tr.
    auto r = int32_t(unicode::simpleFold(char32_t(sr)));
    while (r != sr && r < tr) r = int32_t(unicode::simpleFold(char32_t(r)));
    if (r != tr) return false;
  }
  return i == s.n && j == t.n;
}

// ---- Trimming ---------------------------------------------------------------------------

struct Span {
  int64_t i, j;
};

// What Trim, TrimLeft and TrimRight keep: trailing runes in set are cut
// first (decoding backwards), then leading ones.
Span trimSet(Bytes s, Bytes cutset, bool left, bool right) {
  RuneSet set(cutset);
  Span k{0, s.n};
  if (right) {
    while (k.j > 0) {
      int sz;
      if (!set.has(decodeLast(s.upto(k.j), &sz))) break;
      k.j -= sz;
    }
  }
  if (left) {
    Bytes rest = s.upto(k.j);
    while (k.i < k.j) {
      int sz;
      if (!set.has(decodeAt(rest, k.i, &sz))) break;
      k.i += sz;
    }
  }
  return k;
}

inline bool isSpace(int32_t r) {
  if (r < 0x80) return r == ' ' || (r >= '\t' && r <= '\r');
  return unicode::isSpace(char32_t(r));
}

// What TrimSpace keeps: TrimFunc(s, unicode.IsSpace), whose right end is
// found decoding backwards and then measured forwards, as Go does.
Span trimSpace(Bytes s) {
  Span k{0, s.n};
  while (k.i < s.n) {
    int sz;
    if (!isSpace(decodeAt(s, k.i, &sz))) break;
    k.i += sz;
  }
  Bytes rest = s.from(k.i);
  int64_t end = rest.n;
  while (end > 0) {
    int sz;
    int32_t r = decodeLast(rest.upto(end), &sz);
    if (!isSpace(r)) {
      int64_t last = end - sz;
      decodeAt(rest, last, &sz);
      k.j = k.i + last + sz;
      return k;
    }
    end -= sz;
  }
  k.j = k.i;
  return k;
}

// ---- Case mapping --------------------------------------------------------------------------

// Title's state: whether the previous rune separates words.
struct TitleMapper {
  int32_t prev = ' ';
  static bool separator(int32_t r) {
    if (r < 0x80) {
      bool word = (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_';
      return !word;
    }
    if (unicode::isLetter(char32_t(r)) || unicode::isDigit(char32_t(r))) return false;
    return unicode::isSpace(char32_t(r));
  }
  int32_t operator()(int32_t r) {
    bool sep = separator(prev);
    prev = r;
    return sep ? int32_t(unicode::toTitle(char32_t(r))) : r;
  }
};

struct RuneMapper {
  char32_t (*fn)(char32_t);
  int32_t operator()(int32_t r) const { return int32_t(fn(char32_t(r))); }
};

// strings.Map's result: each rune (invalid bytes as RuneError) replaced by
// its mapping's encoding. Two passes: the length, then the bytes (mapping
// must be pure: Title's is replayed from a copy).
template <class M> GoString mapString(Bytes s, M mapping) {
  M first = mapping;
  int64_t n = 0;
  for (int64_t i = 0; i < s.n;) {
    int sz;
    int32_t r = first(decodeAt(s, i, &sz));
    i += sz;
    if (r >= 0) n += encodedLen(r);
  }
  if (n == 0) return GoString{};
  uint8_t *out = allocBytes(n);
  int64_t w = 0;
  for (int64_t i = 0; i < s.n;) {
    int sz;
    int32_t r = mapping(decodeAt(s, i, &sz));
    i += sz;
    if (r >= 0) w += encode(out + w, r);
  }
  return GoString{out, n};
}

// bytes.Map's result, whose capacity grows from len(s) to 2*cap+UTFMax
// whenever a rune does not fit.
template <class M> GoSlice mapBytes(Bytes s, M mapping) {
  M first = mapping;
  int64_t max = s.n, n = 0;
  for (int64_t i = 0; i < s.n;) {
    int sz;
    int32_t r = first(decodeAt(s, i, &sz));
    i += sz;
    if (r < 0) continue;
    int rl = encodedLen(r);
    if (n + rl > max) max = max * 2 + 4;
    n += rl;
  }
  uint8_t *out = allocBytes(max);
  int64_t w = 0;
  for (int64_t i = 0; i < s.n;) {
    int sz;
    int32_t r = mapping(decodeAt(s, i, &sz));
    i += sz;
    if (r >= 0) w += encode(out + w, r);
  }
  return GoSlice{out, n, max};
}

// ToUpper/ToLower's ASCII case: whether s is ASCII, and whether it has a
// byte in [lo, lo+25].
bool asciiNeeds(Bytes s, uint8_t lo, bool *needs) {
  *needs = false;
  for (int64_t i = 0; i < s.n; i++) {
    uint8_t c = s.p[i];
    if (c >= 0x80) return false;
    if (c >= lo && c <= lo + 25) *needs = true;
  }
  return true;
}

void asciiShift(uint8_t *out, Bytes s, uint8_t lo, int delta) {
  for (int64_t i = 0; i < s.n; i++) {
    uint8_t c = s.p[i];
    out[i] = c >= lo && c <= lo + 25 ? uint8_t(c + delta) : c;
  }
}

GoString caseString(GoString s, bool upper) {
  uint8_t lo = upper ? 'a' : 'A';
  bool needs;
  if (asciiNeeds(view(s), lo, &needs)) {
    if (!needs) return s;
    uint8_t *out = allocBytes(s.n);
    asciiShift(out, view(s), lo, upper ? -32 : 32);
    return GoString{out, s.n};
  }
  return mapString(view(s), RuneMapper{upper ? unicode::toUpper : unicode::toLower});
}

GoSlice caseBytes(GoSlice s, bool upper) {
  uint8_t lo = upper ? 'a' : 'A';
  bool needs;
  if (asciiNeeds(view(s), lo, &needs)) {
    if (!needs) {
      // append([]byte(""), s...): never nil.
      GoSlice out{allocBytes(0), 0, 0};
      appendBytes(out, s.p, s.len);
      return out;
    }
    uint8_t *out = allocBytes(s.len);
    asciiShift(out, view(s), lo, upper ? -32 : 32);
    return GoSlice{out, s.len, s.len};
  }
  return mapBytes(view(s), RuneMapper{upper ? unicode::toUpper : unicode::toLower});
}

// ---- Splitting -------------------------------------------------------------------------------

// Field bounds: runs of non-spaces.
std::vector<Span> fieldSpans(Bytes s) {
  std::vector<Span> spans;
  int64_t start = -1;
  for (int64_t i = 0; i < s.n;) {
    int sz;
    bool space = isSpace(decodeAt(s, i, &sz));
    if (space && start >= 0) {
      spans.push_back(Span{start, i});
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
    i += sz;
  }
  if (start >= 0) spans.push_back(Span{start, s.n});
  return spans;
}

// Split's count: at most n pieces (all if n < 0), at most len(s)+1.
int64_t splitCount(Bytes s, Bytes sep, int64_t n) {
  if (n < 0) n = countOf(s, sep) + 1;
  return std::min(n, s.n + 1);
}

// strings' SplitN family (sep non-empty, n != 0): pieces keep sepSave
// bytes of the separator; the slice has capacity n.
GoSlice splitString(GoString s, GoString sep, int64_t sepSave, int64_t n) {
  n = splitCount(view(s), view(sep), n);
  auto *a = allocArray<GoString>(n);
  int64_t k = 0, at = 0;
  while (k < n - 1) {
    int64_t m = indexOf(view(s).from(at), view(sep));
    if (m < 0) break;
    a[k++] = sub(s, at, at + m + sepSave);
    at += m + sep.n;
  }
  a[k++] = sub(s, at, s.n);
  gc::writeBarrier(a);
  return GoSlice{reinterpret_cast<uint8_t *>(a), k, n};
}

// Split with an empty separator: one piece per rune (invalid bytes become
// "\uFFFD"), the last holding the rest.
GoSlice explodeString(GoString s, int64_t n) {
  static const uint8_t kError[] = {0xEF, 0xBF, 0xBD};
  int64_t l = runeCount(view(s));
  if (n < 0 || n > l) n = l;
  auto *a = allocArray<GoString>(n);
  int64_t at = 0;
  for (int64_t k = 0; k < n - 1; k++) {
    int sz;
    int32_t r = decodeAt(view(s), at, &sz);
    a[k] = r == kRuneError ? GoString{kError, 3} : sub(s, at, at + sz);
    at += sz;
  }
  if (n > 0) a[n - 1] = sub(s, at, s.n);
  gc::writeBarrier(a);
  return GoSlice{reinterpret_cast<uint8_t *>(a), n, n};
}

GoSlice splitStringN(GoString s, GoString sep, int64_t sepSave, int64_t n) {
  if (n == 0) return GoSlice{};
  if (sep.n == 0) return explodeString(s, n);
  return splitString(s, sep, sepSave, n);
}

// bytes' SplitN family: pieces are s[a:b:b], the last keeps s's capacity.
GoSlice splitBytesN(GoSlice s, GoSlice sep, int64_t sepSave, int64_t n) {
  if (n == 0) return GoSlice{};
  if (sep.len == 0) {
    // One piece per UTF-8 sequence (invalid bytes one each); the array has
    // room for len(s) pieces when n does not limit it.
    if (n <= 0 || n > s.len) n = s.len;
    auto *a = allocArray<GoSlice>(n);
    int64_t k = 0, at = 0;
    while (at < s.len) {
      if (k + 1 >= n) {
        a[k++] = sub(s, at, s.len);
        break;
      }
      int sz;
      decodeAt(view(s), at, &sz);
      a[k++] = sub3(s, at, at + sz);
      at += sz;
    }
    gc::writeBarrier(a);
    return GoSlice{reinterpret_cast<uint8_t *>(a), k, n};
  }
  n = splitCount(view(s), view(sep), n);
  auto *a = allocArray<GoSlice>(n);
  int64_t k = 0, at = 0;
  while (k < n - 1) {
    int64_t m = indexOf(view(s).from(at), view(sep));
    if (m < 0) break;
    a[k++] = sub3(s, at, at + m + sepSave);
    at += m + sep.len;
  }
  a[k++] = sub(s, at, s.len);
  gc::writeBarrier(a);
  return GoSlice{reinterpret_cast<uint8_t *>(a), k, n};
}

// ---- Replacing --------------------------------------------------------------------------------

// Replace's result length and writer, shared by strings and bytes: the
// first n matches of old (n > 0, at most the count), an empty old matching
// before each rune and at the end.
int64_t replacedLen(Bytes s, Bytes old, Bytes repl, int64_t n) { return s.n + n * (repl.n - old.n); }

int64_t replaceInto(uint8_t *out, Bytes s, Bytes old, Bytes repl, int64_t n) {
  int64_t w = 0, start = 0;
  for (int64_t k = 0; k < n; k++) {
    int64_t j = start;
    if (old.n == 0) {
      if (k > 0) {
        int sz;
        decodeAt(s, start, &sz);
        j += sz;
      }
    } else {
      j += indexOf(s.from(start), old);
    }
    std::memcpy(out + w, s.p + start, size_t(j - start));
    w += j - start;
    if (repl.n) std::memcpy(out + w, repl.p, size_t(repl.n));
    w += repl.n;
    start = j + old.n;
  }
  std::memcpy(out + w, s.p + start, size_t(s.n - start));
  return w + s.n - start;
}

// ---- Natives of package strings ------------------------------------------------------------------

#define S(i) f.arg<GoString>(i)
#define B(i) f.arg<GoSlice>(i)

void sClone(Frame &f) { f.result<GoString>(0) = newString(S(0).p, S(0).n); }
void sCompare(Frame &f) { f.result<int64_t>(0) = compareBytes(view(S(0)), view(S(1))); }
void sContains(Frame &f) { f.result<bool>(0) = indexOf(view(S(0)), view(S(1))) >= 0; }
void sContainsAny(Frame &f) { f.result<bool>(0) = indexAny(view(S(0)), view(S(1))) >= 0; }
void sContainsRune(Frame &f) { f.result<bool>(0) = indexRune(view(S(0)), f.arg<int32_t>(1)) >= 0; }
void sCount(Frame &f) { f.result<int64_t>(0) = countOf(view(S(0)), view(S(1))); }

void sCut(Frame &f) {
  GoString s = S(0), sep = S(1);
  int64_t i = indexOf(view(s), view(sep));
  if (i < 0) {
    f.result<GoString>(0) = s;
    return;
  }
  f.result<GoString>(0) = sub(s, 0, i);
  f.result<GoString>(1) = sub(s, i + sep.n, s.n);
  f.result<bool>(2) = true;
}

void sEqualFold(Frame &f) { f.result<bool>(0) = equalFold(view(S(0)), view(S(1))); }

void sFields(Frame &f) {
  GoString s = S(0);
  std::vector<Span> spans = fieldSpans(view(s));
  auto n = int64_t(spans.size());
  auto *a = allocArray<GoString>(n);
  for (int64_t k = 0; k < n; k++) a[k] = sub(s, spans[size_t(k)].i, spans[size_t(k)].j);
  gc::writeBarrier(a);
  f.result<GoSlice>(0) = GoSlice{reinterpret_cast<uint8_t *>(a), n, n};
}

void sHasPrefix(Frame &f) { f.result<bool>(0) = hasPrefix(view(S(0)), view(S(1))); }
void sHasSuffix(Frame &f) { f.result<bool>(0) = hasSuffix(view(S(0)), view(S(1))); }
void sIndex(Frame &f) { f.result<int64_t>(0) = indexOf(view(S(0)), view(S(1))); }
void sIndexAny(Frame &f) { f.result<int64_t>(0) = indexAny(view(S(0)), view(S(1))); }
void sIndexByte(Frame &f) { f.result<int64_t>(0) = indexByte(view(S(0)), f.arg<uint8_t>(1)); }
void sIndexRune(Frame &f) { f.result<int64_t>(0) = indexRune(view(S(0)), f.arg<int32_t>(1)); }

void sJoin(Frame &f) {
  GoSlice elems = B(0);
  GoString sep = S(1);
  auto *e = reinterpret_cast<GoString *>(elems.p);
  if (elems.len == 0) return;
  if (elems.len == 1) {
    f.result<GoString>(0) = e[0];
    return;
  }
  int64_t n = sep.n * (elems.len - 1);
  for (int64_t k = 0; k < elems.len; k++) n += e[k].n;
  if (n == 0) return;
  uint8_t *out = allocBytes(n), *w = out;
  for (int64_t k = 0; k < elems.len; k++) {
    if (k > 0 && sep.n) {
      std::memcpy(w, sep.p, size_t(sep.n));
      w += sep.n;
    }
    if (e[k].n) std::memcpy(w, e[k].p, size_t(e[k].n));
    w += e[k].n;
  }
  f.result<GoString>(0) = GoString{out, n};
}

void sLastIndex(Frame &f) { f.result<int64_t>(0) = lastIndexOf(view(S(0)), view(S(1))); }
void sLastIndexAny(Frame &f) { f.result<int64_t>(0) = lastIndexAny(view(S(0)), view(S(1))); }
void sLastIndexByte(Frame &f) { f.result<int64_t>(0) = lastIndexByte(view(S(0)), f.arg<uint8_t>(1)); }

// Repeat's length, with its panics (pkg is "strings" or "bytes").
int64_t repeatLen(Frame &f, int64_t len, int64_t count, bool isBytes) {
  if (count < 0) panicText(f, isBytes ? "bytes: negative Repeat count" : "strings: negative Repeat count");
  auto n = int64_t(uint64_t(len) * uint64_t(count));
  if (n / count != len)
    panicText(f, isBytes ? "bytes: Repeat count causes overflow" : "strings: Repeat count causes overflow");
  if (n > kMaxAlloc) {
    f.c.site = nullptr;
    panicMakeSlice(f.c, !isBytes);
  }
  return n;
}

void fillRepeat(uint8_t *out, Bytes s, int64_t n) {
  if (n == 0) return;
  std::memcpy(out, s.p, size_t(s.n));
  for (int64_t have = s.n; have < n; have *= 2) std::memcpy(out + have, out, size_t(std::min(have, n - have)));
}

void sRepeat(Frame &f) {
  GoString s = S(0);
  int64_t count = f.arg<int64_t>(1);
  if (count == 0) return;
  int64_t n = repeatLen(f, s.n, count, false);
  if (n == 0) return;
  uint8_t *out = allocBytes(n);
  fillRepeat(out, view(s), n);
  f.result<GoString>(0) = GoString{out, n};
}

void stringReplace(Frame &f, GoString s, GoString old, GoString repl, int64_t n) {
  f.result<GoString>(0) = s;
  if (n == 0 || equalBytes(view(old), view(repl))) return;
  int64_t m = countOf(view(s), view(old));
  if (m == 0) return;
  if (n < 0 || m < n) n = m;
  int64_t len = replacedLen(view(s), view(old), view(repl), n);
  uint8_t *out = allocBytes(len);
  replaceInto(out, view(s), view(old), view(repl), n);
  f.result<GoString>(0) = len ? GoString{out, len} : GoString{};
}

void sReplace(Frame &f) { stringReplace(f, S(0), S(1), S(2), f.arg<int64_t>(3)); }
void sReplaceAll(Frame &f) { stringReplace(f, S(0), S(1), S(2), -1); }
void sSplit(Frame &f) { f.result<GoSlice>(0) = splitStringN(S(0), S(1), 0, -1); }
void sSplitAfter(Frame &f) { f.result<GoSlice>(0) = splitStringN(S(0), S(1), S(1).n, -1); }
void sSplitAfterN(Frame &f) { f.result<GoSlice>(0) = splitStringN(S(0), S(1), S(1).n, f.arg<int64_t>(2)); }
void sSplitN(Frame &f) { f.result<GoSlice>(0) = splitStringN(S(0), S(1), 0, f.arg<int64_t>(2)); }
void sTitle(Frame &f) { f.result<GoString>(0) = mapString(view(S(0)), TitleMapper{}); }
void sToLower(Frame &f) { f.result<GoString>(0) = caseString(S(0), false); }
void sToUpper(Frame &f) { f.result<GoString>(0) = caseString(S(0), true); }
void sToTitle(Frame &f) { f.result<GoString>(0) = mapString(view(S(0)), RuneMapper{unicode::toTitle}); }

// ToValidUTF8: each run of invalid bytes becomes one replacement.
template <class Out> void validUTF8(Bytes s, Bytes repl, Out &&put) {
  bool inRun = false;
  for (int64_t i = 0; i < s.n;) {
    int sz;
    decodeAt(s, i, &sz);
    if (sz == 1 && s.p[i] >= 0x80) {
      if (!inRun) put(repl.p, repl.n);
      inRun = true;
    } else {
      put(s.p + i, sz);
      inRun = false;
    }
    i += sz;
  }
}

void sToValidUTF8(Frame &f) {
  GoString s = S(0), repl = S(1);
  int64_t n = 0;
  validUTF8(view(s), view(repl), [&](const uint8_t *, int64_t k) { n += k; });
  if (n == 0) {
    f.result<GoString>(0) = GoString{};
    return;
  }
  uint8_t *out = allocBytes(n);
  int64_t w = 0;
  validUTF8(view(s), view(repl), [&](const uint8_t *p, int64_t k) {
    if (k) std::memcpy(out + w, p, size_t(k));
    w += k;
  });
  f.result<GoString>(0) = GoString{out, n};
}

void stringTrim(Frame &f, bool left, bool right) {
  GoString s = S(0), cutset = S(1);
  f.result<GoString>(0) = s;
  if (s.n == 0 || cutset.n == 0) return;
  Span k = trimSet(view(s), view(cutset), left, right);
  f.result<GoString>(0) = sub(s, k.i, k.j);
}

void sTrim(Frame &f) { stringTrim(f, true, true); }
void sTrimLeft(Frame &f) { stringTrim(f, true, false); }
void sTrimRight(Frame &f) { stringTrim(f, false, true); }

void sTrimSpace(Frame &f) {
  GoString s = S(0);
  Span k = trimSpace(view(s));
  f.result<GoString>(0) = sub(s, k.i, k.j);
}

void sTrimPrefix(Frame &f) {
  GoString s = S(0), prefix = S(1);
  f.result<GoString>(0) = hasPrefix(view(s), view(prefix)) ? sub(s, prefix.n, s.n) : s;
}

void sTrimSuffix(Frame &f) {
  GoString s = S(0), suffix = S(1);
  f.result<GoString>(0) = hasSuffix(view(s), view(suffix)) ? sub(s, 0, s.n - suffix.n) : s;
}

// replace(oldnew, s): Replacer's algorithm. At each position the earliest
// pair whose old string is a prefix of the rest wins; an empty old string
// matches everywhere, but not twice in a row at the same position.
void sReplacer(Frame &f) {
  GoSlice pairs = B(0);
  GoString s = S(1);
  auto *on = reinterpret_cast<GoString *>(pairs.p);
  int64_t np = pairs.len / 2;
  if (np == 0) {
    f.result<GoString>(0) = s;
    return;
  }
  // Pairs by first byte of old, in order; the first empty old.
  int64_t empty = INT64_MAX;
  std::vector<int32_t> start(257, 0), order(static_cast<size_t>(np));
  for (int64_t k = 0; k < np; k++) {
    if (on[2 * k].n == 0)
      empty = std::min(empty, k);
    else
      start[size_t(on[2 * k].p[0]) + 1]++;
  }
  for (size_t b = 0; b < 256; b++) start[b + 1] += start[b];
  std::vector<int32_t> fill(start.begin(), start.end() - 1);
  for (int64_t k = 0; k < np; k++)
    if (on[2 * k].n) order[size_t(fill[on[2 * k].p[0]]++)] = int32_t(k);

  std::string out;
  bool changed = false, prevEmpty = false;
  int64_t last = 0;
  for (int64_t i = 0; i <= s.n;) {
    int64_t best = prevEmpty ? INT64_MAX : empty;
    if (i < s.n) {
      uint8_t c = s.p[i];
      for (int32_t x = start[c]; x < start[c + 1]; x++) {
        int32_t k = order[size_t(x)];
        if (k > best) break;
        if (hasPrefix(view(s).from(i), view(on[2 * k]))) {
          best = k;
          break;
        }
      }
    }
    if (best == INT64_MAX) {
      prevEmpty = false;
      i++;
      continue;
    }
    const GoString &old = on[2 * best], &repl = on[2 * best + 1];
    out.append(reinterpret_cast<const char *>(s.p + last), size_t(i - last));
    out.append(reinterpret_cast<const char *>(repl.p), size_t(repl.n));
    changed = true;
    prevEmpty = old.n == 0;
    i += old.n;
    last = i;
  }
  if (!changed) {
    f.result<GoString>(0) = s;
    return;
  }
  out.append(reinterpret_cast<const char *>(s.p + last), size_t(s.n - last));
  f.result<GoString>(0) = out.empty() ? GoString{} : makeString(out);
}

// ---- strings.Builder ---------------------------------------------------------------------------------

struct Builder {
  Builder *addr; // the Builder itself once used: a copy by value is caught
  GoSlice buf;
};

Builder *builder(Frame &f, bool check) {
  Builder *b = recv<Builder *>(f);
  if (!b) {
    f.c.site = nullptr;
    panicNilDeref(f.c);
  }
  if (check) {
    if (!b->addr) {
      b->addr = b;
      gc::writeBarrier(&b->addr);
    } else if (b->addr != b) {
      panicText(f, "strings: illegal use of non-zero Builder copied by value");
    }
  }
  return b;
}

// append(b.buf, p[:n]...).
inline void builderAppend(Builder *b, const uint8_t *p, int64_t n) {
  int64_t at = b->buf.len;
  if (at + n <= b->buf.cap) {
    b->buf.len = at + n;
  } else {
    b->buf = growSlice(b->buf, at + n, types::Uint8);
    gc::writeBarrier(&b->buf.p);
  }
  if (n) std::memcpy(b->buf.p + at, p, size_t(n));
}

// Builder's own growth: a new buffer of capacity 2*cap+n.
void builderGrow(Builder *b, int64_t n) {
  int64_t cap = 2 * b->buf.cap + n;
  uint8_t *p = allocBytes(cap);
  if (b->buf.len) std::memcpy(p, b->buf.p, size_t(b->buf.len));
  b->buf = GoSlice{p, b->buf.len, cap};
  gc::writeBarrier(&b->buf.p);
}

void bString(Frame &f) {
  Builder *b = builder(f, false);
  f.result<GoString>(0) = GoString{b->buf.p, b->buf.len};
}

void bLen(Frame &f) { f.result<int64_t>(0) = builder(f, false)->buf.len; }
void bCap(Frame &f) { f.result<int64_t>(0) = builder(f, false)->buf.cap; }

void bGrow(Frame &f) {
  Builder *b = builder(f, true);
  int64_t n = f.arg<int64_t>(0);
  if (n < 0) panicText(f, "strings.Builder.Grow: negative count");
  if (b->buf.cap - b->buf.len < n) builderGrow(b, n);
}

void bWrite(Frame &f) {
  Builder *b = builder(f, true);
  GoSlice p = B(0);
  builderAppend(b, p.p, p.len);
  f.result<int64_t>(0) = p.len;
}

void bWriteByte(Frame &f) {
  Builder *b = builder(f, true);
  uint8_t c = f.arg<uint8_t>(0);
  if (b->buf.len < b->buf.cap)
    b->buf.p[b->buf.len++] = c;
  else
    builderAppend(b, &c, 1);
}

void bWriteRune(Frame &f) {
  Builder *b = builder(f, true);
  int32_t r = f.arg<int32_t>(0);
  if (uint32_t(r) < 0x80) {
    auto c = uint8_t(r);
    builderAppend(b, &c, 1);
    f.result<int64_t>(0) = 1;
    return;
  }
  if (b->buf.cap - b->buf.len < 4) builderGrow(b, 4);
  int n = encode(b->buf.p + b->buf.len, r);
  b->buf.len += n;
  f.result<int64_t>(0) = n;
}

void bWriteString(Frame &f) {
  Builder *b = builder(f, true);
  GoString s = S(0);
  builderAppend(b, s.p, s.n);
  f.result<int64_t>(0) = s.n;
}

// ---- Natives of package bytes -----------------------------------------------------------------------------

void xCompare(Frame &f) { f.result<int64_t>(0) = compareBytes(view(B(0)), view(B(1))); }
void xContains(Frame &f) { f.result<bool>(0) = indexOf(view(B(0)), view(B(1))) >= 0; }
void xContainsAny(Frame &f) { f.result<bool>(0) = indexAny(view(B(0)), view(S(1))) >= 0; }
void xContainsRune(Frame &f) { f.result<bool>(0) = indexRune(view(B(0)), f.arg<int32_t>(1)) >= 0; }
void xCount(Frame &f) { f.result<int64_t>(0) = countOf(view(B(0)), view(B(1))); }

void xCut(Frame &f) {
  GoSlice s = B(0), sep = B(1);
  int64_t i = indexOf(view(s), view(sep));
  if (i < 0) {
    f.result<GoSlice>(0) = s;
    return;
  }
  f.result<GoSlice>(0) = GoSlice{s.p, i, s.cap};
  f.result<GoSlice>(1) = sub(s, i + sep.len, s.len);
  f.result<bool>(2) = true;
}

void xEqual(Frame &f) { f.result<bool>(0) = equalBytes(view(B(0)), view(B(1))); }
void xEqualFold(Frame &f) { f.result<bool>(0) = equalFold(view(B(0)), view(B(1))); }

void xFields(Frame &f) {
  GoSlice s = B(0);
  std::vector<Span> spans = fieldSpans(view(s));
  auto n = int64_t(spans.size());
  auto *a = allocArray<GoSlice>(n);
  for (int64_t k = 0; k < n; k++) a[k] = sub3(s, spans[size_t(k)].i, spans[size_t(k)].j);
  gc::writeBarrier(a);
  f.result<GoSlice>(0) = GoSlice{reinterpret_cast<uint8_t *>(a), n, n};
}

void xHasPrefix(Frame &f) { f.result<bool>(0) = hasPrefix(view(B(0)), view(B(1))); }
void xHasSuffix(Frame &f) { f.result<bool>(0) = hasSuffix(view(B(0)), view(B(1))); }
void xIndex(Frame &f) { f.result<int64_t>(0) = indexOf(view(B(0)), view(B(1))); }
void xIndexAny(Frame &f) { f.result<int64_t>(0) = indexAny(view(B(0)), view(S(1))); }
void xIndexByte(Frame &f) { f.result<int64_t>(0) = indexByte(view(B(0)), f.arg<uint8_t>(1)); }
void xIndexRune(Frame &f) { f.result<int64_t>(0) = indexRune(view(B(0)), f.arg<int32_t>(1)); }

void xJoin(Frame &f) {
  GoSlice elems = B(0), sep = B(1);
  auto *e = reinterpret_cast<GoSlice *>(elems.p);
  if (elems.len == 0) {
    f.result<GoSlice>(0) = GoSlice{allocBytes(0), 0, 0};
    return;
  }
  if (elems.len == 1) {
    f.result<GoSlice>(0) = copyBytes(view(e[0]));
    return;
  }
  int64_t n = sep.len * (elems.len - 1);
  for (int64_t k = 0; k < elems.len; k++) n += e[k].len;
  uint8_t *out = allocBytes(n), *w = out;
  for (int64_t k = 0; k < elems.len; k++) {
    if (k > 0 && sep.len) {
      std::memcpy(w, sep.p, size_t(sep.len));
      w += sep.len;
    }
    if (e[k].len) std::memcpy(w, e[k].p, size_t(e[k].len));
    w += e[k].len;
  }
  f.result<GoSlice>(0) = GoSlice{out, n, n};
}

void xLastIndex(Frame &f) { f.result<int64_t>(0) = lastIndexOf(view(B(0)), view(B(1))); }
void xLastIndexAny(Frame &f) { f.result<int64_t>(0) = lastIndexAny(view(B(0)), view(S(1))); }
void xLastIndexByte(Frame &f) { f.result<int64_t>(0) = lastIndexByte(view(B(0)), f.arg<uint8_t>(1)); }

void xRepeat(Frame &f) {
  GoSlice b = B(0);
  int64_t count = f.arg<int64_t>(1);
  int64_t n = count == 0 ? 0 : repeatLen(f, b.len, count, true);
  uint8_t *out = allocBytes(n);
  fillRepeat(out, view(b), n);
  f.result<GoSlice>(0) = GoSlice{out, n, n};
}

void bytesReplace(Frame &f, GoSlice s, GoSlice old, GoSlice repl, int64_t n) {
  int64_t m = n != 0 ? countOf(view(s), view(old)) : 0;
  if (m == 0) {
    f.result<GoSlice>(0) = copyBytes(view(s));
    return;
  }
  if (n < 0 || m < n) n = m;
  int64_t len = replacedLen(view(s), view(old), view(repl), n);
  uint8_t *out = allocBytes(len);
  replaceInto(out, view(s), view(old), view(repl), n);
  f.result<GoSlice>(0) = GoSlice{out, len, len};
}

void xReplace(Frame &f) { bytesReplace(f, B(0), B(1), B(2), f.arg<int64_t>(3)); }
void xReplaceAll(Frame &f) { bytesReplace(f, B(0), B(1), B(2), -1); }

void xRunes(Frame &f) {
  GoSlice s = B(0);
  int64_t n = runeCount(view(s));
  auto *r = static_cast<int32_t *>(gc::alloc(size_t(n > 0 ? n : 1) * 4, false));
  for (int64_t i = 0, k = 0; i < s.len; k++) {
    int sz;
    r[k] = decodeAt(view(s), i, &sz);
    i += sz;
  }
  f.result<GoSlice>(0) = GoSlice{reinterpret_cast<uint8_t *>(r), n, n};
}

void xSplit(Frame &f) { f.result<GoSlice>(0) = splitBytesN(B(0), B(1), 0, -1); }
void xSplitAfter(Frame &f) { f.result<GoSlice>(0) = splitBytesN(B(0), B(1), B(1).len, -1); }
void xSplitAfterN(Frame &f) { f.result<GoSlice>(0) = splitBytesN(B(0), B(1), B(1).len, f.arg<int64_t>(2)); }
void xSplitN(Frame &f) { f.result<GoSlice>(0) = splitBytesN(B(0), B(1), 0, f.arg<int64_t>(2)); }
void xTitle(Frame &f) { f.result<GoSlice>(0) = mapBytes(view(B(0)), TitleMapper{}); }
void xToLower(Frame &f) { f.result<GoSlice>(0) = caseBytes(B(0), false); }
void xToUpper(Frame &f) { f.result<GoSlice>(0) = caseBytes(B(0), true); }
void xToTitle(Frame &f) { f.result<GoSlice>(0) = mapBytes(view(B(0)), RuneMapper{unicode::toTitle}); }

void xToValidUTF8(Frame &f) {
  GoSlice s = B(0), repl = B(1);
  int64_t cap = s.len + repl.len;
  GoSlice out{allocBytes(cap), 0, cap};
  validUTF8(view(s), view(repl), [&](const uint8_t *p, int64_t k) { appendBytes(out, p, k); });
  f.result<GoSlice>(0) = out;
}

// Trim and TrimLeft give nil for an empty input or result; TrimRight keeps
// s[:0].
void bytesTrim(Frame &f, bool left, bool right) {
  GoSlice s = B(0);
  GoString cutset = S(1);
  if (s.len == 0) {
    f.result<GoSlice>(0) = left ? GoSlice{} : s;
    return;
  }
  if (cutset.n == 0) {
    f.result<GoSlice>(0) = s;
    return;
  }
  Span k = trimSet(view(s), view(cutset), left, right);
  f.result<GoSlice>(0) = left && k.i == k.j ? GoSlice{} : sub(s, k.i, k.j);
}

void xTrim(Frame &f) { bytesTrim(f, true, true); }
void xTrimLeft(Frame &f) { bytesTrim(f, true, false); }
void xTrimRight(Frame &f) { bytesTrim(f, false, true); }

void xTrimSpace(Frame &f) {
  GoSlice s = B(0);
  Span k = trimSpace(view(s));
  f.result<GoSlice>(0) = k.i == k.j ? GoSlice{} : sub(s, k.i, k.j);
}

void xTrimPrefix(Frame &f) {
  GoSlice s = B(0), prefix = B(1);
  f.result<GoSlice>(0) = hasPrefix(view(s), view(prefix)) ? sub(s, prefix.len, s.len) : s;
}

void xTrimSuffix(Frame &f) {
  GoSlice s = B(0), suffix = B(1);
  f.result<GoSlice>(0) = hasSuffix(view(s), view(suffix)) ? GoSlice{s.p, s.len - suffix.len, s.cap} : s;
}

#undef S
#undef B

Natives reg{
    {"strings.Clone", sClone},
    {"strings.Compare", sCompare},
    {"strings.Contains", sContains},
    {"strings.ContainsAny", sContainsAny},
    {"strings.ContainsRune", sContainsRune},
    {"strings.Count", sCount},
    {"strings.Cut", sCut},
    {"strings.EqualFold", sEqualFold},
    {"strings.Fields", sFields},
    {"strings.HasPrefix", sHasPrefix},
    {"strings.HasSuffix", sHasSuffix},
    {"strings.Index", sIndex},
    {"strings.IndexAny", sIndexAny},
    {"strings.IndexByte", sIndexByte},
    {"strings.IndexRune", sIndexRune},
    {"strings.Join", sJoin},
    {"strings.LastIndex", sLastIndex},
    {"strings.LastIndexAny", sLastIndexAny},
    {"strings.LastIndexByte", sLastIndexByte},
    {"strings.Repeat", sRepeat},
    {"strings.Replace", sReplace},
    {"strings.ReplaceAll", sReplaceAll},
    {"strings.Split", sSplit},
    {"strings.SplitAfter", sSplitAfter},
    {"strings.SplitAfterN", sSplitAfterN},
    {"strings.SplitN", sSplitN},
    {"strings.Title", sTitle},
    {"strings.ToLower", sToLower},
    {"strings.ToTitle", sToTitle},
    {"strings.ToUpper", sToUpper},
    {"strings.ToValidUTF8", sToValidUTF8},
    {"strings.Trim", sTrim},
    {"strings.TrimLeft", sTrimLeft},
    {"strings.TrimPrefix", sTrimPrefix},
    {"strings.TrimRight", sTrimRight},
    {"strings.TrimSpace", sTrimSpace},
    {"strings.TrimSuffix", sTrimSuffix},
    {"strings.replace", sReplacer},
    {"strings.(*Builder).String", bString},
    {"strings.(*Builder).Len", bLen},
    {"strings.(*Builder).Cap", bCap},
    {"strings.(*Builder).Grow", bGrow},
    {"strings.(*Builder).Write", bWrite},
    {"strings.(*Builder).WriteByte", bWriteByte},
    {"strings.(*Builder).WriteRune", bWriteRune},
    {"strings.(*Builder).WriteString", bWriteString},
    {"bytes.Compare", xCompare},
    {"bytes.Contains", xContains},
    {"bytes.ContainsAny", xContainsAny},
    {"bytes.ContainsRune", xContainsRune},
    {"bytes.Count", xCount},
    {"bytes.Cut", xCut},
    {"bytes.Equal", xEqual},
    {"bytes.EqualFold", xEqualFold},
    {"bytes.Fields", xFields},
    {"bytes.HasPrefix", xHasPrefix},
    {"bytes.HasSuffix", xHasSuffix},
    {"bytes.Index", xIndex},
    {"bytes.IndexAny", xIndexAny},
    {"bytes.IndexByte", xIndexByte},
    {"bytes.IndexRune", xIndexRune},
    {"bytes.Join", xJoin},
    {"bytes.LastIndex", xLastIndex},
    {"bytes.LastIndexAny", xLastIndexAny},
    {"bytes.LastIndexByte", xLastIndexByte},
    {"bytes.Repeat", xRepeat},
    {"bytes.Replace", xReplace},
    {"bytes.ReplaceAll", xReplaceAll},
    {"bytes.Runes", xRunes},
    {"bytes.Split", xSplit},
    {"bytes.SplitAfter", xSplitAfter},
    {"bytes.SplitAfterN", xSplitAfterN},
    {"bytes.SplitN", xSplitN},
    {"bytes.Title", xTitle},
    {"bytes.ToLower", xToLower},
    {"bytes.ToTitle", xToTitle},
    {"bytes.ToUpper", xToUpper},
    {"bytes.ToValidUTF8", xToValidUTF8},
    {"bytes.Trim", xTrim},
    {"bytes.TrimLeft", xTrimLeft},
    {"bytes.TrimPrefix", xTrimPrefix},
    {"bytes.TrimRight", xTrimRight},
    {"bytes.TrimSpace", xTrimSpace},
    {"bytes.TrimSuffix", xTrimSuffix},
};

} // namespace

} // namespace goterp
