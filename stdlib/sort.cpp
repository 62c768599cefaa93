// Natives of package sort: Go 1.19's pattern-defeating quicksort (pdqsort)
// and its insertion-sort + SymMerge stable sort, written once as templates
// over a "data" policy (less and swap by index) and instantiated for
// sort.Interface values (Go method calls), sort.Slice's less function (a Go
// call per comparison, swaps done here) and the typed slices. The sequence
// of Less and Swap calls is exactly Go's, so equal elements end in Go's order
// and programs that count or log calls see the same thing.
#include <algorithm>
#include <cmath>

#include "gc/alloc.h"
#include "runtime/map.h"
#include "runtime/panic.h"
#include "stdlib/native.h"

namespace goterp {

namespace {

// bits.Len(uint(n)).
int bitLen(uint64_t n) { return n ? 64 - __builtin_clzll(n) : 0; }

template <class D> struct Sorter {
  D &d;

  void insertionSort(int64_t a, int64_t b) {
    for (int64_t i = a + 1; i < b; i++)
      for (int64_t j = i; j > a && d.less(j, j - 1); j--) d.swap(j, j - 1);
  }

  // Restores the heap property of data[first+lo : first+hi] from lo down.
  void siftDown(int64_t lo, int64_t hi, int64_t first) {
    int64_t root = lo;
    for (;;) {
      int64_t child = 2 * root + 1;
      if (child >= hi) return;
      if (child + 1 < hi && d.less(first + child, first + child + 1)) child++;
      if (!d.less(first + root, first + child)) return;
      d.swap(first + root, first + child);
      root = child;
    }
  }

  void heapSort(int64_t a, int64_t b) {
    int64_t n = b - a;
    for (int64_t i = (n - 1) / 2; i >= 0; i--) siftDown(i, n, a);
    for (int64_t i = n - 1; i >= 0; i--) {
      d.swap(a, a + i);
      siftDown(0, i, a);
    }
  }

  enum Hint { Unknown, Increasing, Decreasing };

  void pdqsort(int64_t a, int64_t b, int limit) {
    bool wasBalanced = true, wasPartitioned = true;
    for (;;) {
      int64_t length = b - a;
      if (length <= 12) {
        insertionSort(a, b);
        return;
      }
      if (limit == 0) {
        heapSort(a, b);
        return;
      }
      if (!wasBalanced) {
        breakPatterns(a, b);
        limit--;
      }
      Hint hint;
      int64_t pivot = choosePivot(a, b, hint);
      if (hint == Decreasing) {
        reverseRange(a, b);
        pivot = (b - 1) - (pivot - a);
        hint = Increasing;
      }
      if (wasBalanced && wasPartitioned && hint == Increasing && partialInsertionSort(a, b)) return;
      // Many elements equal to the pivot: put them first and skip them.
      if (a > 0 && !d.less(a - 1, pivot)) {
        a = partitionEqual(a, b, pivot);
        continue;
      }
      bool already;
      int64_t mid = partition(a, b, pivot, already);
      wasPartitioned = already;
      int64_t left = mid - a, right = b - mid, threshold = length / 8;
      if (left < right) {
        wasBalanced = left >= threshold;
        pdqsort(a, mid, limit);
        a = mid + 1;
      } else {
        wasBalanced = right >= threshold;
        pdqsort(mid + 1, b, limit);
        b = mid;
      }
    }
  }

  // Partitions data[a:b] around data[pivot]; returns the pivot's new index.
  int64_t partition(int64_t a, int64_t b, int64_t pivot, bool &already) {
    d.swap(a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && d.less(i, a)) i++;
    while (i <= j && !d.less(j, a)) j--;
    if (i > j) {
      d.swap(j, a);
      already = true;
      return j;
    }
    d.swap(i, j);
    i++;
    j--;
    for (;;) {
      while (i <= j && d.less(i, a)) i++;
      while (i <= j && !d.less(j, a)) j--;
      if (i > j) break;
      d.swap(i, j);
      i++;
      j--;
    }
    d.swap(j, a);
    already = false;
    return j;
  }

  // Moves the elements equal to data[pivot] (none is smaller) to the front.
  int64_t partitionEqual(int64_t a, int64_t b, int64_t pivot) {
    d.swap(a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
      while (i <= j && !d.less(a, i)) i++;
      while (i <= j && d.less(a, j)) j--;
      if (i > j) return i;
      d.swap(i, j);
      i++;
      j--;
    }
  }

  // Fixes up to 5 adjacent inversions; reports whether data[a:b] is sorted.
  bool partialInsertionSort(int64_t a, int64_t b) {
    int64_t i = a + 1;
    for (int step = 0; step < 5; step++) {
      while (i < b && !d.less(i, i - 1)) i++;
      if (i == b) return true;
      if (b - a < 50) return false;
      d.swap(i, i - 1);
      if (i - a >= 2) {
        for (int64_t j = i - 1; j >= 1 && d.less(j, j - 1); j--) d.swap(j, j - 1);
      }
      if (b - i >= 2) {
        for (int64_t j = i + 1; j < b && d.less(j, j - 1); j++) d.swap(j, j - 1);
      }
    }
    return false;
  }

  void breakPatterns(int64_t a, int64_t b) {
    int64_t length = b - a;
    if (length < 8) return;
    uint64_t r = uint64_t(length); // xorshift state
    uint64_t mask = (uint64_t(1) << bitLen(uint64_t(length))) - 1;
    int64_t center = a + (length / 4) * 2;
    for (int64_t idx = center - 1; idx <= center + 1; idx++) {
      r ^= r << 13;
      r ^= r >> 17;
      r ^= r << 5;
      auto other = int64_t(r & mask);
      if (other >= length) other -= length;
      d.swap(idx, a + other);
    }
  }

  int64_t choosePivot(int64_t a, int64_t b, Hint &hint) {
    int64_t l = b - a;
    int swaps = 0;
    int64_t i = a + l / 4, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
      if (l >= 50) {
        i = median(i - 1, i, i + 1, swaps);
        j = median(j - 1, j, j + 1, swaps);
        k = median(k - 1, k, k + 1, swaps);
      }
      j = median(i, j, k, swaps);
    }
    hint = swaps == 0 ? Increasing : swaps == 12 ? Decreasing : Unknown;
    return j;
  }

  void order2(int64_t &x, int64_t &y, int &swaps) {
    if (d.less(y, x)) {
      swaps++;
      std::swap(x, y);
    }
  }

  int64_t median(int64_t x, int64_t y, int64_t z, int &swaps) {
    order2(x, y, swaps);
    order2(y, z, swaps);
    order2(x, y, swaps);
    return y;
  }

  void reverseRange(int64_t a, int64_t b) {
    for (int64_t i = a, j = b - 1; i < j; i++, j--) d.swap(i, j);
  }

  void sort(int64_t n) { pdqsort(0, n, bitLen(uint64_t(n))); }

  // ---- Stable ----

  void swapRange(int64_t a, int64_t b, int64_t n) {
    for (int64_t i = 0; i < n; i++) d.swap(a + i, b + i);
  }

  void stable(int64_t n) {
    int64_t block = 20;
    int64_t a = 0, b = block;
    for (; b <= n; a = b, b += block) insertionSort(a, b);
    insertionSort(a, n);
    for (; block < n; block *= 2) {
      a = 0;
      b = 2 * block;
      for (; b <= n; a = b, b += 2 * block) symMerge(a, a + block, b);
      if (a + block < n) symMerge(a, a + block, n);
    }
  }

  // Merges the sorted runs data[a:m] and data[m:b] in place (Kim and
  // Kutzner's SymMerge); a < m < b.
  void symMerge(int64_t a, int64_t m, int64_t b) {
    if (m - a == 1) {
      // Insert data[a] before the first element of data[m:b] not less than it.
      int64_t lo = m, hi = b;
      while (lo < hi) {
        int64_t h = int64_t(uint64_t(lo + hi) >> 1);
        if (d.less(h, a))
          lo = h + 1;
        else
          hi = h;
      }
      for (int64_t k = a; k < lo - 1; k++) d.swap(k, k + 1);
      return;
    }
    if (b - m == 1) {
      // Insert data[m] after the last element of data[a:m] not greater than it.
      int64_t lo = a, hi = m;
      while (lo < hi) {
        int64_t h = int64_t(uint64_t(lo + hi) >> 1);
        if (!d.less(m, h))
          lo = h + 1;
        else
          hi = h;
      }
      for (int64_t k = m; k > lo; k--) d.swap(k, k - 1);
      return;
    }
    int64_t mid = int64_t(uint64_t(a + b) >> 1);
    int64_t n = mid + m;
    int64_t start, r;
    if (m > mid) {
      start = n - b;
      r = mid;
    } else {
      start = a;
      r = m;
    }
    int64_t p = n - 1;
    while (start < r) {
      int64_t c = int64_t(uint64_t(start + r) >> 1);
      if (!d.less(p - c, c))
        start = c + 1;
      else
        r = c;
    }
    int64_t end = n - start;
    if (start < m && m < end) rotate(start, m, end);
    if (a < start && start < mid) symMerge(a, start, mid);
    if (mid < end && end < b) symMerge(mid, end, b);
  }

  // Exchanges the blocks data[a:m] and data[m:b] by block swaps.
  void rotate(int64_t a, int64_t m, int64_t b) {
    int64_t i = m - a, j = b - m;
    while (i != j) {
      if (i > j) {
        swapRange(m - i, m, j);
        i -= j;
      } else {
        swapRange(m - i, m + j - i, i);
        j -= i;
      }
    }
    swapRange(m - i, m, i);
  }
};

// ---- Data policies ----

// A sort.Interface value: Less and Swap are Go method calls.
struct IfaceData {
  Ctx &c;
  const MethodTarget *lessM, *swapM;
  const Type *lessT, *swapT;
  uint64_t lessD, swapD;

  IfaceData(Ctx &c, GoIface v) : c(c) {
    if (!v.t) panicNilDeref(c);
    lessT = swapT = v.t;
    lessD = swapD = v.data;
    lessM = resolveMethod(c, findMethod(v.t, intern("Less")), lessT, lessD);
    swapM = resolveMethod(c, findMethod(v.t, intern("Swap")), swapT, swapD);
  }

  void args(const MethodTarget *m, const Type *t, uint64_t data, CallFrame cf, int64_t i, int64_t j) {
    uint8_t *b = frameBase(c, cf);
    methodReceiver(c, *m, t, data, b + m->code->recvOff);
    storeAs(b + m->code->paramOffs[0], i);
    storeAs(b + m->code->paramOffs[1], j);
  }

  bool less(int64_t i, int64_t j) {
    CallFrame cf = beginCall(c, lessM->code);
    args(lessM, lessT, lessD, cf, i, j);
    endCall(c, cf, nullptr);
    return loadAs<bool>(frameBase(c, cf) + lessM->code->resultOffs[0]);
  }

  void swap(int64_t i, int64_t j) {
    CallFrame cf = beginCall(c, swapM->code);
    args(swapM, swapT, swapD, cf, i, j);
    endCall(c, cf, nullptr);
  }
};

// Calls data.Len().
int64_t callLen(Ctx &c, GoIface v) {
  if (!v.t) panicNilDeref(c);
  const MethodTarget *m = resolveMethod(c, findMethod(v.t, intern("Len")), v.t, v.data);
  CallFrame cf = beginCall(c, m->code);
  methodReceiver(c, *m, v.t, v.data, frameBase(c, cf) + m->code->recvOff);
  endCall(c, cf, nullptr);
  return loadAs<int64_t>(frameBase(c, cf) + m->code->resultOffs[0]);
}

// sort.Slice: less is a Go function value; elements are swapped here.
struct FuncData {
  Ctx &c;
  Closure *cl;
  FuncCode *fn;
  uint32_t iOff, jOff, rOff;
  uint8_t *p;
  size_t size;
  bool ptrs;

  FuncData(Ctx &c, Closure *cl, uint8_t *p, const Type *elem)
      : c(c), cl(cl), fn(cl->fn), iOff(fn->paramOffs[0]), jOff(fn->paramOffs[1]), rOff(fn->resultOffs[0]), p(p),
        size(elem->size), ptrs(elem->hasPointers) {}

  bool less(int64_t i, int64_t j) {
    CallFrame cf = beginCall(c, fn);
    uint8_t *b = frameBase(c, cf);
    storeAs(b + iOff, i);
    storeAs(b + jOff, j);
    endCall(c, cf, cl);
    return loadAs<bool>(frameBase(c, cf) + rOff);
  }

  void swap(int64_t i, int64_t j) {
    uint8_t *x = p + size_t(i) * size, *y = p + size_t(j) * size;
    if (size == 8) {
      uint64_t t = loadAs<uint64_t>(x);
      storeAs(x, loadAs<uint64_t>(y));
      storeAs(y, t);
    } else {
      uint8_t tmp[64];
      for (size_t off = 0; off < size; off += sizeof tmp) {
        size_t n = std::min(sizeof tmp, size - off);
        std::memcpy(tmp, x + off, n);
        std::memcpy(x + off, y + off, n);
        std::memcpy(y + off, tmp, n);
      }
    }
    if (ptrs) {
      gc::writeBarrier(x);
      gc::writeBarrier(y);
    }
  }
};

struct Float64Data {
  double *p;
  bool less(int64_t i, int64_t j) const { return p[i] < p[j] || (std::isnan(p[i]) && !std::isnan(p[j])); }
  void swap(int64_t i, int64_t j) { std::swap(p[i], p[j]); }
};

// ---- Natives ----

void sort_(Frame &f) {
  GoIface v = f.arg<GoIface>(0);
  int64_t n = callLen(f.c, v);
  if (n <= 1) return;
  v = f.arg<GoIface>(0);
  IfaceData d(f.c, v);
  Sorter<IfaceData>{d}.sort(n);
}

void stable(Frame &f) {
  GoIface v = f.arg<GoIface>(0);
  int64_t n = callLen(f.c, v);
  v = f.arg<GoIface>(0);
  IfaceData d(f.c, v);
  Sorter<IfaceData>{d}.stable(n);
}

const char *kindName(const Type *t) {
  switch (t->ukind()) {
  case Kind::Bool: return "bool";
  case Kind::Int: return "int";
  case Kind::Int8: return "int8";
  case Kind::Int16: return "int16";
  case Kind::Int32: return "int32";
  case Kind::Int64: return "int64";
  case Kind::Uint: return "uint";
  case Kind::Uint8: return "uint8";
  case Kind::Uint16: return "uint16";
  case Kind::Uint32: return "uint32";
  case Kind::Uint64: return "uint64";
  case Kind::Uintptr: return "uintptr";
  case Kind::Float32: return "float32";
  case Kind::Float64: return "float64";
  case Kind::Complex64: return "complex64";
  case Kind::Complex128: return "complex128";
  case Kind::String: return "string";
  case Kind::UnsafePointer: return "unsafe.Pointer";
  case Kind::Array: return "array";
  case Kind::Slice: return "slice";
  case Kind::Struct: return "struct";
  case Kind::Pointer: return "ptr";
  case Kind::Func: return "func";
  case Kind::Interface: return "interface";
  case Kind::Map: return "map";
  case Kind::Chan: return "chan";
  default: return "invalid";
  }
}

// The length of x for reflect's Value.Len (strict: slices only, as
// Swapper wants), or -1 and the kind of x.
void sliceLen(Frame &f) {
  GoIface x = f.arg<GoIface>(0);
  bool strict = f.arg<bool>(1);
  Kind k = x.t ? x.t->ukind() : Kind::Invalid;
  int64_t n = -1;
  if (k == Kind::Slice) {
    n = static_cast<const GoSlice *>(ifaceData(x))->len;
  } else if (!strict && k == Kind::String) {
    n = static_cast<const GoString *>(ifaceData(x))->n;
  } else if (!strict && k == Kind::Array) {
    n = static_cast<const TArray *>(x.t->underlying())->len;
  } else if (!strict && k == Kind::Map) {
    n = mapLen(*static_cast<GoMap *const *>(ifaceData(x)));
  }
  f.result<int64_t>(0) = n;
  const char *name = n >= 0 || !x.t ? "" : kindName(x.t);
  f.result<GoString>(1) = GoString{reinterpret_cast<const uint8_t *>(name), int64_t(std::strlen(name))};
}

FuncData funcData(Frame &f) {
  GoIface x = f.arg<GoIface>(0);
  const GoSlice *s = static_cast<const GoSlice *>(ifaceData(x));
  const Type *elem = static_cast<const TSlice *>(x.t->underlying())->elem;
  return FuncData(f.c, f.arg<Closure *>(2), s->p, elem);
}

void sortSlice(Frame &f) {
  int64_t n = f.arg<int64_t>(1);
  FuncData d = funcData(f);
  Sorter<FuncData>{d}.sort(n);
}

void stableSlice(Frame &f) {
  int64_t n = f.arg<int64_t>(1);
  FuncData d = funcData(f);
  Sorter<FuncData>{d}.stable(n);
}

// Any correct sort gives Go's result for ints and strings: equal elements
// are indistinguishable.
void ints(Frame &f) {
  GoSlice s = f.arg<GoSlice>(0);
  auto *p = reinterpret_cast<int64_t *>(s.p);
  std::sort(p, p + s.len);
}

bool stringLess(const GoString &a, const GoString &b) {
  int64_t n = std::min(a.n, b.n);
  int r = n ? std::memcmp(a.p, b.p, size_t(n)) : 0;
  return r < 0 || (r == 0 && a.n < b.n);
}

void strings(Frame &f) {
  GoSlice s = f.arg<GoSlice>(0);
  auto *p = reinterpret_cast<GoString *>(s.p);
  std::sort(p, p + s.len, stringLess);
  for (int64_t i = 0; i < s.len; i++) gc::writeBarrier(p + i);
}

// Not so for floats: -0 and +0 compare equal but print differently.
void float64s(Frame &f) {
  GoSlice s = f.arg<GoSlice>(0);
  Float64Data d{reinterpret_cast<double *>(s.p)};
  Sorter<Float64Data>{d}.sort(s.len);
}

Natives reg{
    {"sort.Sort", sort_},          {"sort.Stable", stable},           {"sort.sliceLen", sliceLen},
    {"sort.sortSlice", sortSlice}, {"sort.stableSlice", stableSlice}, {"sort.Ints", ints},
    {"sort.Strings", strings},     {"sort.Float64s", float64s},
};

} // namespace

} // namespace goterp
