// Natives of package bytes: Buffer's writes and its growth policy, which
// decides the capacities programs see (Cap, and the slices Bytes returns).
// The package's functions are in stdlib/strings.cpp, shared with strings.
#include <cstring>

#include "gc/alloc.h"
#include "interp/object.h"
#include "runtime/panic.h"
#include "runtime/slice.h"
#include "stdlib/native.h"

namespace goterp {

namespace {

struct Buffer {
  GoSlice buf; // the contents are buf[off:]
  int64_t off;
  int8_t lastRead; // readOp
};

constexpr int64_t kSmallBufferSize = 64;

Buffer *buffer(Frame &f) {
  Buffer *b = recv<Buffer *>(f);
  if (!b) {
    f.c.site = nullptr;
    panicNilDeref(f.c);
  }
  return b;
}

void setBuf(Buffer *b, GoSlice s) {
  b->buf = s;
  gc::writeBarrier(&b->buf.p);
}

// Makes room for n more bytes at the end, extending buf by n, and returns
// where they start: in place if the capacity allows; else the unread bytes
// slide to the front if that frees enough (at most half the capacity in
// use), else they move to a new array of twice the capacity or more.
int64_t grow(Frame &f, Buffer *b, int64_t n) {
  int64_t m = b->buf.len - b->off;
  if (m == 0 && b->off != 0) {
    b->buf.len = 0;
    b->off = 0;
    b->lastRead = 0;
  }
  int64_t l = b->buf.len;
  if (n <= b->buf.cap - l) {
    b->buf.len = l + n;
    return l;
  }
  if (!b->buf.p && n <= kSmallBufferSize) {
    setBuf(b, GoSlice{static_cast<uint8_t *>(gc::alloc(kSmallBufferSize, false)), n, kSmallBufferSize});
    return 0;
  }
  int64_t c = b->buf.cap;
  if (n <= c / 2 - m) {
    std::memmove(b->buf.p, b->buf.p + b->off, size_t(m));
  } else if (c > INT64_MAX - c - n) {
    f.c.site = nullptr;
    auto *v = loadPackage("bytes")->scope->lookup(intern("ErrTooLarge"))->as<Var>();
    goPanic(f.c, loadAs<GoIface>(v->addr));
  } else {
    // A new array of at least 2*cap(buf[off:]) bytes, sized as append
    // sizes one.
    int64_t want = std::max(m + b->off + n, 2 * (c - b->off));
    GoSlice fresh = growSlice(GoSlice{}, want, types::Uint8);
    if (m) std::memcpy(fresh.p, b->buf.p + b->off, size_t(m));
    setBuf(b, fresh);
  }
  b->off = 0;
  b->buf.len = m + n;
  return m;
}

// Room for n bytes after the last: their index.
inline int64_t room(Frame &f, Buffer *b, int64_t n) {
  int64_t l = b->buf.len;
  if (n <= b->buf.cap - l) {
    b->buf.len = l + n;
    return l;
  }
  return grow(f, b, n);
}

void grow_(Frame &f) {
  Buffer *b = buffer(f);
  f.result<int64_t>(0) = grow(f, b, f.arg<int64_t>(0));
}

void string_(Frame &f) {
  Buffer *b = recv<Buffer *>(f);
  if (!b) {
    f.result<GoString>(0) = makeString("<nil>");
    return;
  }
  int64_t n = b->buf.len - b->off;
  if (n > 0)
    f.result<GoString>(0) = makeString(std::string_view(reinterpret_cast<char *>(b->buf.p + b->off), size_t(n)));
}

void writeBytes(Frame &f, const uint8_t *p, int64_t n) {
  Buffer *b = buffer(f);
  b->lastRead = 0;
  int64_t at = room(f, b, n);
  if (n) std::memmove(b->buf.p + at, p, size_t(n));
  f.result<int64_t>(0) = n;
}

void write(Frame &f) {
  GoSlice p = f.arg<GoSlice>(0);
  writeBytes(f, p.p, p.len);
}

void writeString(Frame &f) {
  GoString s = f.arg<GoString>(0);
  writeBytes(f, s.p, s.n);
}

void writeByte(Frame &f) {
  Buffer *b = buffer(f);
  b->lastRead = 0;
  int64_t at = room(f, b, 1);
  b->buf.p[at] = f.arg<uint8_t>(0);
}

void writeRune(Frame &f) {
  Buffer *b = buffer(f);
  int32_t r = f.arg<int32_t>(0);
  b->lastRead = 0;
  if (uint32_t(r) < 0x80) {
    int64_t at = room(f, b, 1);
    b->buf.p[at] = uint8_t(r);
    f.result<int64_t>(0) = 1;
    return;
  }
  int64_t at = room(f, b, 4);
  auto u = uint32_t(r);
  if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) u = 0xFFFD;
  uint8_t *p = b->buf.p + at;
  int n;
  if (u < 0x800) {
    p[0] = uint8_t(0xC0 | (u >> 6));
    p[1] = uint8_t(0x80 | (u & 0x3F));
    n = 2;
  } else if (u < 0x10000) {
    p[0] = uint8_t(0xE0 | (u >> 12));
    p[1] = uint8_t(0x80 | ((u >> 6) & 0x3F));
    p[2] = uint8_t(0x80 | (u & 0x3F));
    n = 3;
  } else {
    p[0] = uint8_t(0xF0 | (u >> 18));
    p[1] = uint8_t(0x80 | ((u >> 12) & 0x3F));
    p[2] = uint8_t(0x80 | ((u >> 6) & 0x3F));
    p[3] = uint8_t(0x80 | (u & 0x3F));
    n = 4;
  }
  b->buf.len = at + n;
  f.result<int64_t>(0) = n;
}

Natives reg{
    {"bytes.(*Buffer).grow", grow_},          {"bytes.(*Buffer).String", string_},
    {"bytes.(*Buffer).Write", write},         {"bytes.(*Buffer).WriteString", writeString},
    {"bytes.(*Buffer).WriteByte", writeByte}, {"bytes.(*Buffer).WriteRune", writeRune},
};

} // namespace

} // namespace goterp
