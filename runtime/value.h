// The run-time representation of Go values.
//
// Values are laid out exactly as gc lays them out on amd64 (see
// interp/types.h): a string is {data, len}, a slice {data, len, cap}, an
// interface {type, data}. No value carries a tag: the static type says what
// a word is. Heap objects come from gc/alloc.h.
//
// Interfaces: the first word is the dynamic type's Type* (nil for a nil
// interface). A value of at most 8 bytes is stored in the data word itself
// (ints, floats, pointers, small structs); larger values are stored in an
// immutable heap copy the data word points to. Go boxes more eagerly; storing
// small values directly saves an allocation per conversion, and since an
// interface's content cannot be changed in place the difference is
// invisible to programs.
#pragma once

#include <complex>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace goterp {

struct Type;
struct FuncCode;

struct GoString {
  const uint8_t *p = nullptr;
  int64_t n = 0;
  std::string_view view() const { return std::string_view(reinterpret_cast<const char *>(p), size_t(n)); }
  std::string str() const { return std::string(view()); }
};

struct GoSlice {
  uint8_t *p = nullptr;
  int64_t len = 0;
  int64_t cap = 0;
};

struct GoIface {
  const Type *t = nullptr;
  uint64_t data = 0;
  bool isNil() const { return t == nullptr; }
};

using Complex64 = std::complex<float>;
using Complex128 = std::complex<double>;

// A function value: the code and, for closures, the captured variables'
// heap cells. Top-level functions have one static Closure each.
struct Closure {
  FuncCode *fn;
  void *cells[];
};

// Whether values of a type are stored directly in an interface's data word.
inline bool directIface(uint32_t size) { return size <= 8; }

} // namespace goterp
