// Natives of package unicode/utf8: decoding, encoding, counting and
// validating UTF-8 with Go's rules (invalid input decodes as RuneError of
// width 1; surrogates and overlong forms are invalid).
#include "gc/alloc.h"
#include "runtime/panic.h"
#include "runtime/slice.h"
#include "stdlib/native.h"

namespace goterp {

namespace {

constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kMaxRune = 0x10FFFF;

// Decodes the rune at the start of p[0:n] (n > 0); width in *size.
inline int32_t decode(const uint8_t *p, int64_t n, int *size) {
  if (p[0] < 0x80) {
    *size = 1;
    return p[0];
  }
  return decodeRune(p, n, 0, size);
}

// Decodes the rune that ends p[0:n] (n > 0), as utf8.DecodeLastRune.
int32_t decodeLast(const uint8_t *p, int64_t n, int *size) {
  if (p[n - 1] < 0x80) {
    *size = 1;
    return p[n - 1];
  }
  // The start of the last rune is at most 4 bytes back.
  int64_t start = n - 1, lim = n >= 4 ? n - 4 : 0;
  while (start > lim && (p[start] & 0xC0) == 0x80) start--;
  int sz;
  int32_t r = decodeRune(p + start, n - start, 0, &sz);
  if (start + sz != n) {
    *size = 1;
    return kRuneError;
  }
  *size = sz;
  return r;
}

inline int runeLen(int32_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xD800 && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= kMaxRune) return 4;
  return -1;
}

// The number of bytes EncodeRune writes for r (invalid runes: RuneError's 3).
inline int encodedLen(int32_t r) {
  int n = runeLen(r);
  return n < 0 ? 3 : n;
}

// Writes r (RuneError if invalid) at p, which has room for encodedLen(r).
inline int encode(uint8_t *p, int32_t r) {
  uint32_t u = uint32_t(r);
  if (u < 0x80) {
    p[0] = uint8_t(u);
    return 1;
  }
  if (u < 0x800) {
    p[0] = uint8_t(0xC0 | (u >> 6));
    p[1] = uint8_t(0x80 | (u & 0x3F));
    return 2;
  }
  if (u > uint32_t(kMaxRune) || (u >= 0xD800 && u <= 0xDFFF)) u = kRuneError;
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

// Whether p[0:n] begins with a full encoding (an invalid one counts as full:
// it decodes as RuneError of width 1).
bool fullRune(const uint8_t *p, int64_t n) {
  if (n == 0) return false;
  uint8_t c = p[0];
  int need;
  uint8_t lo = 0x80, hi = 0xBF; // the range of the second byte
  if (c < 0xC2) return true;    // ASCII, a continuation byte or an overlong lead
  if (c < 0xE0) {
    need = 2;
  } else if (c < 0xF0) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c < 0xF5) {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return true;
  }
  if (n >= need) return true;
  if (n > 1 && (p[1] < lo || p[1] > hi)) return true;
  if (n > 2 && (p[2] & 0xC0) != 0x80) return true;
  return false;
}

int64_t runeCount(const uint8_t *p, int64_t n) {
  int64_t count = 0;
  for (int64_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      i++;
    } else {
      int sz;
      decodeRune(p, n, i, &sz);
      i += sz;
    }
    count++;
  }
  return count;
}

bool valid(const uint8_t *p, int64_t n) {
  for (int64_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    int sz;
    decodeRune(p, n, i, &sz);
    if (sz == 1) return false;
    i += sz;
  }
  return true;
}

void fullRune_(Frame &f) {
  GoSlice p = f.arg<GoSlice>(0);
  f.result<bool>(0) = fullRune(p.p, p.len);
}

void fullRuneInString(Frame &f) {
  GoString s = f.arg<GoString>(0);
  f.result<bool>(0) = fullRune(s.p, s.n);
}

void decodeResult(Frame &f, const uint8_t *p, int64_t n, bool last) {
  if (n == 0) {
    f.result<int32_t>(0) = kRuneError;
    f.result<int64_t>(1) = 0;
    return;
  }
  int sz;
  f.result<int32_t>(0) = last ? decodeLast(p, n, &sz) : decode(p, n, &sz);
  f.result<int64_t>(1) = sz;
}

void decodeRune_(Frame &f) {
  GoSlice p = f.arg<GoSlice>(0);
  decodeResult(f, p.p, p.len, false);
}

void decodeRuneInString(Frame &f) {
  GoString s = f.arg<GoString>(0);
  decodeResult(f, s.p, s.n, false);
}

void decodeLastRune(Frame &f) {
  GoSlice p = f.arg<GoSlice>(0);
  decodeResult(f, p.p, p.len, true);
}

void decodeLastRuneInString(Frame &f) {
  GoString s = f.arg<GoString>(0);
  decodeResult(f, s.p, s.n, true);
}

void runeLen_(Frame &f) { f.result<int64_t>(0) = runeLen(f.arg<int32_t>(0)); }

void encodeRune(Frame &f) {
  GoSlice p = f.arg<GoSlice>(0);
  int32_t r = f.arg<int32_t>(1);
  int n = encodedLen(r);
  if (p.len < n) {
    f.c.site = nullptr;
    panicIndex(f.c, n - 1, p.len);
  }
  f.result<int64_t>(0) = encode(p.p, r);
}

void appendRune(Frame &f) {
  GoSlice p = f.arg<GoSlice>(0);
  int32_t r = f.arg<int32_t>(1);
  int64_t at = p.len;
  p = growSlice(p, p.len + encodedLen(r), types::Uint8);
  encode(p.p + at, r);
  f.result<GoSlice>(0) = p;
}

void runeCount_(Frame &f) {
  GoSlice p = f.arg<GoSlice>(0);
  f.result<int64_t>(0) = runeCount(p.p, p.len);
}

void runeCountInString(Frame &f) {
  GoString s = f.arg<GoString>(0);
  f.result<int64_t>(0) = runeCount(s.p, s.n);
}

void runeStart(Frame &f) { f.result<bool>(0) = (f.arg<uint8_t>(0) & 0xC0) != 0x80; }

void valid_(Frame &f) {
  GoSlice p = f.arg<GoSlice>(0);
  f.result<bool>(0) = valid(p.p, p.len);
}

void validString(Frame &f) {
  GoString s = f.arg<GoString>(0);
  f.result<bool>(0) = valid(s.p, s.n);
}

void validRune(Frame &f) {
  int32_t r = f.arg<int32_t>(0);
  f.result<bool>(0) = (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= kMaxRune);
}

Natives reg{
    {"utf8.FullRune", fullRune_},
    {"utf8.FullRuneInString", fullRuneInString},
    {"utf8.DecodeRune", decodeRune_},
    {"utf8.DecodeRuneInString", decodeRuneInString},
    {"utf8.DecodeLastRune", decodeLastRune},
    {"utf8.DecodeLastRuneInString", decodeLastRuneInString},
    {"utf8.RuneLen", runeLen_},
    {"utf8.EncodeRune", encodeRune},
    {"utf8.AppendRune", appendRune},
    {"utf8.RuneCount", runeCount_},
    {"utf8.RuneCountInString", runeCountInString},
    {"utf8.RuneStart", runeStart},
    {"utf8.Valid", valid_},
    {"utf8.ValidString", validString},
    {"utf8.ValidRune", validRune},
};

} // namespace

} // namespace goterp
