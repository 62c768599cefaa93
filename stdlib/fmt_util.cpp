// Package fmt's shared parts (declared in fmt.h): internal/fmtsort's order
// of map keys, and the helpers both the printer and the scanner use.
#include <cmath>
#include <functional>

#include "gc/alloc.h"
#include "interp/object.h"
#include "runtime/panic.h"
#include "stdlib/fmt.h"
#include "stdlib/native.h"

namespace goterp {

namespace fmtpkg {

const Type *stdType(const char *pkg, const char *name) {
  Package *p = loadPackage(pkg);
  Object *o = p->scope->lookup(intern(name));
  if (o) resolveObject(o);
  return o ? o->type : nullptr;
}

GoIface stdIfaceVar(const char *pkg, const char *name) {
  Package *p = loadPackage(pkg);
  Object *o = p->scope->lookup(intern(name));
  return loadAs<GoIface>(o->as<Var>()->addr);
}

GoIface newError(std::string_view s) {
  static const Type *ptr = [] {
    const Type *t = stdType("errors", "errorString");
    return pointerTo(t);
  }();
  auto *obj = static_cast<GoString *>(gc::alloc(sizeof(GoString), true));
  *obj = makeString(s);
  return GoIface{ptr, reinterpret_cast<uint64_t>(obj)};
}

namespace {

struct File {
  const Type *ptr = nullptr;
  int64_t fdOff = -1; // of os.File's fd field
};

const File &osFile() {
  static const File f = [] {
    File f;
    const Type *file = stdType("os", "File");
    if (!file) return f;
    f.ptr = pointerTo(file);
    if (file->ukind() == Kind::Struct) {
      auto *st = static_cast<const TStruct *>(file->underlying());
      int i = st->fieldIndex(intern("fd"));
      if (i >= 0 && st->fields[size_t(i)].type->ukind() == Kind::Int) f.fdOff = st->fields[size_t(i)].offset;
    }
    return f;
  }();
  return f;
}

} // namespace

const Type *osFilePtr() { return osFile().ptr; }

int64_t fileFd(GoIface w) {
  const File &f = osFile();
  if (!w.t || w.t != f.ptr || !w.data || f.fdOff < 0) return -1;
  return loadAs<int64_t>(reinterpret_cast<const uint8_t *>(w.data) + f.fdOff);
}

bool callRecovering(Ctx &c, const std::function<void()> &fn, GoIface *panicVal, bool (*accept)(GoIface)) {
  uint64_t fpOff = uint64_t(c.fp - c.stack), spOff = uint64_t(c.sp - c.stack);
  const ExecNode *site = c.site;
  try {
    fn();
    return true;
  } catch (PanicUnwind &) {
    PanicRecord *pr = c.panicking;
    if (!pr || pr->goexit || (accept && !accept(pr->value))) throw;
    c.fp = c.stack + fpOff;
    c.sp = c.stack + spOff;
    c.site = site;
    *panicVal = pr->value;
    c.panicking = pr->link;
    return false;
  }
}

void appendRune(std::string &s, int32_t r) {
  uint32_t u = uint32_t(r);
  if (u < 0x80) {
    s += char(u);
    return;
  }
  if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) u = 0xFFFD;
  if (u < 0x800) {
    s += char(0xC0 | (u >> 6));
    s += char(0x80 | (u & 0x3F));
  } else if (u < 0x10000) {
    s += char(0xE0 | (u >> 12));
    s += char(0x80 | ((u >> 6) & 0x3F));
    s += char(0x80 | (u & 0x3F));
  } else {
    s += char(0xF0 | (u >> 18));
    s += char(0x80 | ((u >> 12) & 0x3F));
    s += char(0x80 | ((u >> 6) & 0x3F));
    s += char(0x80 | (u & 0x3F));
  }
}

bool tooLarge(int64_t x) { return x > 1000000 || x < -1000000; }

void parsenum(std::string_view s, size_t start, size_t end, int64_t *num, bool *isnum, size_t *newi) {
  *num = 0;
  *isnum = false;
  if (start >= end) {
    *newi = end;
    return;
  }
  size_t i = start;
  for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
    if (tooLarge(*num)) {
      *num = 0;
      *isnum = false;
      *newi = end;
      return;
    }
    *num = *num * 10 + (s[i] - '0');
    *isnum = true;
  }
  *newi = i;
}

// ---- internal/fmtsort ------------------------------------------------------------

namespace {

int floatCompare(double a, double b) {
  if (std::isnan(a)) return -1;
  if (std::isnan(b)) return 1;
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

template <class T> int cmp(T a, T b) { return a < b ? -1 : a > b ? 1 : 0; }

// The size of gc's type descriptor for t on amd64 (reflect's rtype and
// what follows it).
int64_t descriptorSize(const Type *t) {
  const Type *u = t->underlying();
  int64_t n = 48; // rtype
  switch (u->kind) {
  case Kind::Array: n = 72; break;
  case Kind::Chan: n = 64; break;
  case Kind::Func: {
    auto *f = static_cast<const TFunc *>(u);
    n = 56 + 8 * int64_t(f->params.size() + f->results.size());
    break;
  }
  case Kind::Interface: n = 80 + 8 * int64_t(static_cast<const TInterface *>(u)->methods.size()); break;
  case Kind::Map: n = 88; break;
  case Kind::Pointer:
  case Kind::Slice: n = 56; break;
  case Kind::Struct: n = 80 + 24 * int64_t(static_cast<const TStruct *>(u)->fields.size()); break;
  default: break;
  }
  // The uncommon part: named types and types with methods.
  int64_t methods = -1;
  if (t->kind == Kind::Named) {
    methods = 0;
    for (const Method &m : static_cast<const TNamed *>(t)->methods)
      if (!m.ptrRecv) methods++;
  } else if (t->kind == Kind::Pointer && static_cast<const TPointer *>(t)->elem->kind == Kind::Named) {
    auto *e = static_cast<const TNamed *>(static_cast<const TPointer *>(t)->elem);
    if (!e->methods.empty()) methods = int64_t(e->methods.size());
  } else if (t->isBasic()) {
    methods = 0; // the predeclared types are named
  }
  if (methods >= 0) n += 16 + 16 * methods;
  return n;
}

// The order of the types of interface keys: Go compares the addresses
// of their descriptors, which its linker lays out by size, then by name.
int typeOrder(const Type *a, const Type *b) {
  int64_t sa = descriptorSize(a), sb = descriptorSize(b);
  if (sa != sb) return sa < sb ? -1 : 1;
  int r = rtypeString(a).compare(rtypeString(b));
  return r < 0 ? -1 : r > 0 ? 1 : 0;
}

int compare(const Type *t, const uint8_t *a, const uint8_t *b) {
  const Type *u = t->underlying();
  switch (u->kind) {
  case Kind::Int8: return cmp(loadAs<int8_t>(a), loadAs<int8_t>(b));
  case Kind::Int16: return cmp(loadAs<int16_t>(a), loadAs<int16_t>(b));
  case Kind::Int32: return cmp(loadAs<int32_t>(a), loadAs<int32_t>(b));
  case Kind::Int:
  case Kind::Int64: return cmp(loadAs<int64_t>(a), loadAs<int64_t>(b));
  case Kind::Uint8: return cmp(loadAs<uint8_t>(a), loadAs<uint8_t>(b));
  case Kind::Uint16: return cmp(loadAs<uint16_t>(a), loadAs<uint16_t>(b));
  case Kind::Uint32: return cmp(loadAs<uint32_t>(a), loadAs<uint32_t>(b));
  case Kind::Uint:
  case Kind::Uint64:
  case Kind::Uintptr:
  case Kind::Pointer:
  case Kind::UnsafePointer:
  case Kind::Chan: return cmp(loadAs<uint64_t>(a), loadAs<uint64_t>(b));
  case Kind::Bool: return cmp(loadAs<uint8_t>(a), loadAs<uint8_t>(b));
  case Kind::String: return cmp(compareStrings(loadAs<GoString>(a), loadAs<GoString>(b)), 0);
  case Kind::Float32: return floatCompare(loadAs<float>(a), loadAs<float>(b));
  case Kind::Float64: return floatCompare(loadAs<double>(a), loadAs<double>(b));
  case Kind::Complex64: {
    auto x = loadAs<Complex64>(a), y = loadAs<Complex64>(b);
    if (int r = floatCompare(x.real(), y.real())) return r;
    return floatCompare(x.imag(), y.imag());
  }
  case Kind::Complex128: {
    auto x = loadAs<Complex128>(a), y = loadAs<Complex128>(b);
    if (int r = floatCompare(x.real(), y.real())) return r;
    return floatCompare(x.imag(), y.imag());
  }
  case Kind::Struct:
    for (const StructField &f : static_cast<const TStruct *>(u)->fields)
      if (int r = compare(f.type, a + f.offset, b + f.offset)) return r;
    return 0;
  case Kind::Array: {
    auto *at = static_cast<const TArray *>(u);
    for (int64_t i = 0; i < at->len; i++)
      if (int r = compare(at->elem, a + i * at->elem->size, b + i * at->elem->size)) return r;
    return 0;
  }
  case Kind::Interface: {
    auto *x = reinterpret_cast<const GoIface *>(a), *y = reinterpret_cast<const GoIface *>(b);
    if (!x->t) return y->t ? -1 : 0;
    if (!y->t) return 1;
    if (x->t != y->t) return typeOrder(x->t, y->t);
    return compare(x->t, static_cast<const uint8_t *>(ifaceData(*x)), static_cast<const uint8_t *>(ifaceData(*y)));
  }
  default: return 0;
  }
}

} // namespace

int compareKeys(const Type *t, const uint8_t *a, const uint8_t *b) { return compare(t, a, b); }

} // namespace fmtpkg

} // namespace goterp
