#include "interp/source.h"

#include <cstdio>

namespace goterp {

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 if invalid
// (overlong forms, surrogates and values past U+10FFFF are invalid, as in Go).
static size_t decodeUTF8(const std::string &s, size_t i, char32_t &r) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  size_t n = s.size() - i;
  unsigned c = b(0);
  if (c < 0x80) {
    r = c;
    return 1;
  }
  auto cont = [&](size_t k) { return k < n && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    r = ((c & 0x1F) << 6) | (b(1) & 0x3F);
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    r = ((c & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    if (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF)) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    r = ((c & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    if (r < 0x10000 || r > 0x10FFFF) return 0;
    return 4;
  }
  return 0;
}

Source::Source(std::string name, std::string t, Diagnostics &diags) : filename(std::move(name)), text(std::move(t)) {
  cps.reserve(text.size());
  bool ascii = true;
  for (unsigned char c : text) {
    if (c >= 0x80 || c == 0) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    cps.assign(text.begin(), text.end());
    return;
  }
  byteOff.reserve(text.size() + 1);
  uint32_t line = 1, col = 1;
  for (size_t i = 0; i < text.size();) {
    char32_t r;
    size_t n = decodeUTF8(text, i, r);
    Pos p{line, col};
    if (n == 0) {
      diags.error(filename, p, "invalid UTF-8 encoding");
      r = 0xFFFD;
      n = 1;
    } else if (r == 0) {
      diags.error(filename, p, "invalid NUL character");
    } else if (r == 0xFEFF) {
      if (i == 0) { // a leading BOM is ignored
        i += n;
        continue;
      }
      diags.error(filename, p, "invalid BOM in the middle of the file");
    }
    byteOff.push_back(uint32_t(i));
    cps.push_back(r);
    if (r == '\n') {
      line++;
      col = 1;
    } else {
      col += uint32_t(n);
    }
    i += n;
  }
  byteOff.push_back(uint32_t(text.size()));
}

bool readFile(const std::string &path, std::string &out) {
  FILE *f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  out.clear();
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
}

} // namespace goterp
