// Arena: bump allocation for objects that live as long as the program that
// owns them (AST nodes, types, compiled nodes).
//
// Objects are never freed one by one; the arena releases its blocks when it
// is destroyed. Destructors are not run, so only trivially destructible types
// (or types whose destruction does not matter, holding arena memory only) may
// be placed here; Span replaces std::vector for that reason.
//
// Not thread-safe: one arena per file being parsed or per program.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string_view>
#include <utility>
#include <vector>

namespace goterp {

class Arena {
public:
  Arena() = default;
  Arena(const Arena &) = delete;
  Arena &operator=(const Arena &) = delete;
  ~Arena() {
    for (void *b : blocks_) std::free(b);
  }

  void *alloc(size_t n, size_t align = alignof(std::max_align_t)) {
    uintptr_t p = (reinterpret_cast<uintptr_t>(cur_) + align - 1) & ~(uintptr_t)(align - 1);
    if (p + n > reinterpret_cast<uintptr_t>(end_)) return allocSlow(n, align);
    cur_ = reinterpret_cast<char *>(p + n);
    return reinterpret_cast<void *>(p);
  }

  template <class T, class... Args> T *make(Args &&...args) {
    return new (alloc(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  // Copies s into the arena; the view stays valid as long as the arena.
  std::string_view str(std::string_view s) {
    char *p = static_cast<char *>(alloc(s.size() + 1, 1));
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = 0;
    return std::string_view(p, s.size());
  }

private:
  void *allocSlow(size_t n, size_t align) {
    size_t size = n + align > kBlock ? n + align : kBlock;
    char *b = static_cast<char *>(std::malloc(size));
    if (!b) throw std::bad_alloc();
    blocks_.push_back(b);
    cur_ = b;
    end_ = b + size;
    return alloc(n, align);
  }

  static constexpr size_t kBlock = 64 * 1024;
  char *cur_ = nullptr;
  char *end_ = nullptr;
  std::vector<void *> blocks_;
};

// An immutable array in an arena.
template <class T> struct Span {
  T *data = nullptr;
  uint32_t n = 0;

  Span() = default;
  Span(Arena &a, const std::vector<T> &v) : n(static_cast<uint32_t>(v.size())) {
    if (n == 0) return;
    data = static_cast<T *>(a.alloc(sizeof(T) * n, alignof(T)));
    for (uint32_t i = 0; i < n; i++) new (&data[i]) T(v[i]);
  }
  uint32_t size() const { return n; }
  bool empty() const { return n == 0; }
  T &operator[](uint32_t i) const { return data[i]; }
  T *begin() const { return data; }
  T *end() const { return data + n; }
  T &back() const { return data[n - 1]; }
};

} // namespace goterp
