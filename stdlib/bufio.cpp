// Natives of package bufio: the byte search of the Reader and the two
// split functions that scan text a byte at a time (ScanLines, ScanWords),
// the hot loops of line- and word-oriented input.
#include <cstring>

#include "stdlib/native.h"

namespace goterp {

namespace {

void indexByte(Frame &f) {
  GoSlice b = f.arg<GoSlice>(0);
  const void *p = b.len ? std::memchr(b.p, f.arg<uint8_t>(1), size_t(b.len)) : nullptr;
  f.result<int64_t>(0) = p ? static_cast<const uint8_t *>(p) - b.p : -1;
}

// data[from:to], with Go's capacity.
GoSlice sub(GoSlice s, int64_t from, int64_t to) { return GoSlice{s.p + from, to - from, s.cap - from}; }

void setSplit(Frame &f, int64_t advance, GoSlice token) {
  f.result<int64_t>(0) = advance;
  f.result<GoSlice>(1) = token;
  f.result<GoIface>(2) = GoIface{};
}

// data[:n] without a final '\r'.
GoSlice dropCR(GoSlice data, int64_t n) {
  if (n > 0 && data.p[n - 1] == '\r') n--;
  return sub(data, 0, n);
}

void scanLines(Frame &f) {
  GoSlice data = f.arg<GoSlice>(0);
  bool atEOF = f.arg<bool>(1);
  if (data.len == 0) {
    setSplit(f, 0, GoSlice{});
    return;
  }
  if (const void *nl = std::memchr(data.p, '\n', size_t(data.len))) {
    int64_t i = static_cast<const uint8_t *>(nl) - data.p;
    setSplit(f, i + 1, dropCR(data, i));
    return;
  }
  if (atEOF)
    setSplit(f, data.len, dropCR(data, data.len));
  else
    setSplit(f, 0, GoSlice{});
}

// bufio's isSpace: unicode.IsSpace's set.
bool isSpace(int32_t r) {
  if (r <= 0xFF) return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
  if (r >= 0x2000 && r <= 0x200a) return true;
  return r == 0x1680 || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000;
}

int32_t runeAt(GoSlice data, int64_t i, int &width) {
  if (data.p[i] < 0x80) {
    width = 1;
    return data.p[i];
  }
  return decodeRune(data.p, data.len, i, &width);
}

void scanWords(Frame &f) {
  GoSlice data = f.arg<GoSlice>(0);
  bool atEOF = f.arg<bool>(1);
  int64_t start = 0;
  int width = 0;
  for (; start < data.len; start += width)
    if (!isSpace(runeAt(data, start, width))) break;
  for (int64_t i = start; i < data.len; i += width) {
    if (isSpace(runeAt(data, i, width))) {
      setSplit(f, i + width, sub(data, start, i));
      return;
    }
  }
  if (atEOF && data.len > start)
    setSplit(f, data.len, sub(data, start, data.len));
  else
    setSplit(f, start, GoSlice{});
}

Natives reg{
    {"bufio.indexByte", indexByte},
    {"bufio.ScanLines", scanLines},
    {"bufio.ScanWords", scanWords},
};

} // namespace

} // namespace goterp
