#include "runtime/rt.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <unistd.h>

#include "gc/alloc.h"
#include "interp/nodes.h"
#include "interp/object.h"
#include "runtime/map.h"
#include "runtime/panic.h"

namespace goterp {

std::vector<std::string> programArgs;

// ---- Methods ------------------------------------------------------------------

namespace {

std::mutex cacheLock;
std::map<std::pair<const Type *, const void *>, const MethodTarget *> methodCache;
std::map<std::pair<const Type *, const Type *>, std::string> implCache; // "" if implemented, else the missing method

// The method set of dynamic type t, breadth-first through embedded fields.
const MethodTarget *lookupMethod(const Type *t, Name name) {
  struct Entry {
    const Type *type;
    std::vector<uint32_t> offsets;
    std::vector<bool> derefs;
    bool viaPtr;
  };
  bool isPtr = t->kind == Kind::Pointer;
  const Type *start = isPtr ? static_cast<const TPointer *>(t)->elem : t;
  std::vector<Entry> level{{start, {}, {}, isPtr}};
  std::vector<const Type *> seen;
  while (!level.empty()) {
    std::vector<Entry> next;
    const MethodTarget *found = nullptr;
    for (Entry &e : level) {
      if (e.type->kind == Kind::Named) {
        if (std::find(seen.begin(), seen.end(), e.type) != seen.end()) continue;
        seen.push_back(e.type);
        auto *named = static_cast<const TNamed *>(e.type);
        if (const Method *m = named->lookupMethod(name)) {
          if (m->ptrRecv && !e.viaPtr) continue; // not in the value's method set
          auto *mt = new MethodTarget();
          mt->code = codeOf(m->func);
          mt->offsets = e.offsets;
          mt->derefs = e.derefs;
          mt->ptrRecv = m->ptrRecv;
          mt->recvType = e.type;
          mt->sig = static_cast<const TFunc *>(m->func->type);
          if (!found) found = mt;
          continue;
        }
      }
      const Type *u = e.type->underlying();
      if (u->kind == Kind::Struct) {
        for (const StructField &f : static_cast<const TStruct *>(u)->fields) {
          if (!f.embedded) continue;
          const Type *ft = f.type;
          bool ptr = ft->kind == Kind::Pointer;
          if (ptr) ft = static_cast<const TPointer *>(ft)->elem;
          Entry n{ft, e.offsets, e.derefs, e.viaPtr || ptr};
          n.offsets.push_back(f.offset);
          n.derefs.push_back(ptr);
          next.push_back(n);
        }
      } else if (u->kind == Kind::Interface && !e.offsets.empty()) {
        // An embedded interface field: its dynamic value has the method.
        if (const IfaceMethod *im = static_cast<const TInterface *>(u)->lookup(name)) {
          auto *mt = new MethodTarget();
          mt->offsets = e.offsets;
          mt->derefs = e.derefs;
          mt->viaIface = true;
          mt->name = name;
          mt->sig = im->sig;
          mt->recvType = e.type;
          if (!found) found = mt;
        }
      }
    }
    if (found) return found;
    level = std::move(next);
  }
  return nullptr;
}

} // namespace

const MethodTarget *findMethod(const Type *t, Name name) {
  std::lock_guard<std::mutex> g(cacheLock);
  auto key = std::make_pair(t, static_cast<const void *>(name.s.data()));
  auto it = methodCache.find(key);
  if (it != methodCache.end()) return it->second;
  const MethodTarget *m = lookupMethod(t, name);
  methodCache[key] = m;
  return m;
}

bool implementsIface(const Type *t, const Type *iface, std::string *missing) {
  {
    std::lock_guard<std::mutex> g(cacheLock);
    auto it = implCache.find({t, iface});
    if (it != implCache.end()) {
      if (missing) *missing = it->second;
      return it->second.empty();
    }
  }
  std::string miss;
  auto *it = static_cast<const TInterface *>(iface->underlying());
  if (t->isInterface()) {
    auto *ti = static_cast<const TInterface *>(t->underlying());
    for (const IfaceMethod &m : it->methods) {
      const IfaceMethod *tm = ti->lookup(m.name);
      if (!tm || tm->sig != m.sig) {
        miss = m.name.str();
        break;
      }
    }
  } else {
    for (const IfaceMethod &m : it->methods) {
      const MethodTarget *mt = findMethod(t, m.name);
      if (!mt || mt->sig != m.sig) {
        miss = m.name.str();
        break;
      }
    }
  }
  std::lock_guard<std::mutex> g(cacheLock);
  implCache[{t, iface}] = miss;
  if (missing) *missing = miss;
  return miss.empty();
}

const void *ifaceData(const GoIface &v) {
  if (directIface(v.t->size)) return &v.data;
  return reinterpret_cast<const void *>(v.data);
}

GoIface makeIface(const Type *t, const void *p) {
  if (directIface(t->size)) {
    uint64_t bits = 0;
    std::memcpy(&bits, p, t->size);
    return GoIface{t, bits};
  }
  void *box = gc::alloc(t->size, t->hasPointers);
  std::memcpy(box, p, t->size);
  return GoIface{t, reinterpret_cast<uint64_t>(box)};
}

// The address of the receiver's base value for method m of a value of type
// t held in an interface data word (a copy in *scratch when stored directly).
// The method wrapper Go generates for *T's method set from T's method,
// as its tracebacks show it: main.(*T).M at <autogenerated>:1.
static const FuncCode *ptrWrapper(const FuncCode *method, const std::string &typ) {
  static std::mutex mu;
  static std::map<const FuncCode *, FuncCode *> wrappers;
  std::lock_guard<std::mutex> lock(mu);
  FuncCode *&w = wrappers[method];
  if (!w) {
    const std::string &full = method->name; // pkg.T.M
    size_t dot = full.rfind('.');
    std::string pkg = full.substr(0, dot - typ.size() - 1);
    w = new FuncCode();
    w->name = pkg + ".(*" + typ + ")" + full.substr(dot);
    w->file = "<autogenerated>";
    w->declPos = Pos{1, 1};
  }
  return w;
}

// A nil pointer on the way to an embedded field is a nil dereference.
static const uint8_t *receiverBase(Ctx &c, const MethodTarget &m, const Type *t, uint64_t data, uint64_t *scratch) {
  const uint8_t *base;
  if (t->kind == Kind::Pointer) {
    base = reinterpret_cast<const uint8_t *>(data);
  } else if (directIface(t->size)) {
    *scratch = data;
    base = reinterpret_cast<const uint8_t *>(scratch);
  } else {
    base = reinterpret_cast<const uint8_t *>(data);
  }
  for (size_t i = 0; i < m.offsets.size(); i++) {
    if (!base) panicNilDeref(c);
    base += m.offsets[i];
    if (m.derefs[i]) base = *reinterpret_cast<uint8_t *const *>(base);
  }
  return base;
}

void methodReceiver(Ctx &c, const MethodTarget &m, const Type *t, uint64_t data, void *dst) {
  uint64_t scratch;
  const uint8_t *base = receiverBase(c, m, t, data, &scratch);
  if (m.ptrRecv) {
    std::memcpy(dst, &base, sizeof base);
    return;
  }
  if (!base) {
    // A value method called through a nil *T: Go's wrapper (*T).M says so
    // (runtime.panicwrap); through an embedded field it is a plain nil
    // dereference.
    if (m.offsets.empty() && m.recvType->kind == Kind::Named) {
      std::string typ = static_cast<const TNamed *>(m.recvType)->obj->name.str();
      panicWrap(c, ptrWrapper(m.code, typ), "value method " + m.code->name + " called using nil *" + typ + " pointer");
    }
    panicNilDeref(c);
  }
  std::memcpy(dst, base, m.recvType->size);
}

const MethodTarget *resolveMethod(Ctx &c, const MethodTarget *m, const Type *&t, uint64_t &data) {
  while (m && m->viaIface) {
    uint64_t scratch;
    const uint8_t *base = receiverBase(c, *m, t, data, &scratch);
    if (!base) panicNilDeref(c);
    GoIface inner = loadAs<GoIface>(base);
    if (!inner.t) panicNilDeref(c);
    t = inner.t;
    data = inner.data;
    m = findMethod(t, m->name);
  }
  return m;
}

CallFrame beginCall(Ctx &c, FuncCode *fn) {
  uint8_t *base = reserveFrame(c, fn);
  return CallFrame{fn, uint64_t(base - c.stack)};
}

void endCall(Ctx &c, CallFrame f, Closure *cl) { invoke(c, f.fn, cl, f.off, c.site); }

GoString callStringMethod(Ctx &c, GoIface v, const MethodTarget *m) {
  m = resolveMethod(c, m, v.t, v.data);
  CallFrame f = beginCall(c, m->code);
  methodReceiver(c, *m, v.t, v.data, frameBase(c, f) + m->code->recvOff);
  endCall(c, f, nullptr);
  return loadAs<GoString>(frameBase(c, f) + m->code->resultOffs[0]);
}

// ---- Equality and hashing ---------------------------------------------------------------

bool valuesEqual(Ctx &c, const Type *t, const void *a, const void *b) {
  const Type *u = t->underlying();
  switch (u->kind) {
  case Kind::Bool:
  case Kind::Int8:
  case Kind::Uint8: return std::memcmp(a, b, 1) == 0;
  case Kind::Int16:
  case Kind::Uint16: return std::memcmp(a, b, 2) == 0;
  case Kind::Int32:
  case Kind::Uint32: return std::memcmp(a, b, 4) == 0;
  case Kind::Int:
  case Kind::Int64:
  case Kind::Uint:
  case Kind::Uint64:
  case Kind::Uintptr:
  case Kind::Pointer:
  case Kind::Chan:
  case Kind::UnsafePointer:
  case Kind::Map:
  case Kind::Func: return std::memcmp(a, b, 8) == 0;
  case Kind::Float32: return loadAs<float>(a) == loadAs<float>(b);
  case Kind::Float64: return loadAs<double>(a) == loadAs<double>(b);
  case Kind::Complex64: return loadAs<Complex64>(a) == loadAs<Complex64>(b);
  case Kind::Complex128: return loadAs<Complex128>(a) == loadAs<Complex128>(b);
  case Kind::String: return stringsEqual(loadAs<GoString>(a), loadAs<GoString>(b));
  case Kind::Interface: return ifaceEqual(c, loadAs<GoIface>(a), loadAs<GoIface>(b));
  case Kind::Struct:
    for (const StructField &f : static_cast<const TStruct *>(u)->fields) {
      if (f.name.isBlank()) continue;
      if (!valuesEqual(c, f.type, static_cast<const uint8_t *>(a) + f.offset,
                       static_cast<const uint8_t *>(b) + f.offset))
        return false;
    }
    return true;
  case Kind::Array: {
    auto *at = static_cast<const TArray *>(u);
    for (int64_t i = 0; i < at->len; i++)
      if (!valuesEqual(c, at->elem, static_cast<const uint8_t *>(a) + i * at->elem->size,
                       static_cast<const uint8_t *>(b) + i * at->elem->size))
        return false;
    return true;
  }
  default: panicUncomparable(c, t);
  }
}

bool ifaceEqual(Ctx &c, GoIface a, GoIface b) {
  if (a.t != b.t) return false;
  if (!a.t) return true;
  if (!comparable(a.t)) panicUncomparable(c, a.t);
  return valuesEqual(c, a.t, ifaceData(a), ifaceData(b));
}

static uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

static uint64_t hashBytes(const uint8_t *p, size_t n, uint64_t seed) {
  uint64_t h = seed ^ (n * 0x9E3779B97F4A7C15ULL);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) h = mix(h ^ loadAs<uint64_t>(p + i)) + 0x9E3779B97F4A7C15ULL;
  uint64_t tail = 0;
  std::memcpy(&tail, p + i, n - i);
  return mix(h ^ tail ^ (uint64_t(n - i) << 56));
}

uint64_t hashValue(Ctx &c, const Type *t, const void *p, uint64_t seed) {
  const Type *u = t->underlying();
  switch (u->kind) {
  case Kind::Bool:
  case Kind::Int8:
  case Kind::Uint8: return mix(seed ^ *static_cast<const uint8_t *>(p));
  case Kind::Int16:
  case Kind::Uint16: return mix(seed ^ loadAs<uint16_t>(p));
  case Kind::Int32:
  case Kind::Uint32: return mix(seed ^ loadAs<uint32_t>(p));
  case Kind::Int:
  case Kind::Int64:
  case Kind::Uint:
  case Kind::Uint64:
  case Kind::Uintptr:
  case Kind::Pointer:
  case Kind::Chan:
  case Kind::UnsafePointer: return mix(seed ^ loadAs<uint64_t>(p));
  case Kind::Float32: {
    float f = loadAs<float>(p);
    if (f == 0) f = 0;                                    // +0 and -0 are equal keys
    if (f != f) return mix(seed ^ uint64_t(std::rand())); // NaN: never found again
    return mix(seed ^ loadAs<uint32_t>(&f));
  }
  case Kind::Float64: {
    double d = loadAs<double>(p);
    if (d == 0) d = 0;
    if (d != d) return mix(seed ^ uint64_t(std::rand()));
    return mix(seed ^ loadAs<uint64_t>(&d));
  }
  case Kind::Complex64:
  case Kind::Complex128: {
    const Type *half = u->kind == Kind::Complex64 ? types::Float32 : types::Float64;
    uint64_t h = hashValue(c, half, p, seed);
    return hashValue(c, half, static_cast<const uint8_t *>(p) + half->size, h);
  }
  case Kind::String: {
    GoString s = loadAs<GoString>(p);
    return hashBytes(s.p, size_t(s.n), seed);
  }
  case Kind::Interface: {
    GoIface v = loadAs<GoIface>(p);
    if (!v.t) return mix(seed);
    if (!comparable(v.t)) panicUnhashable(c, v.t);
    return hashValue(c, v.t, ifaceData(v), mix(seed ^ reinterpret_cast<uintptr_t>(v.t)));
  }
  case Kind::Struct: {
    uint64_t h = seed;
    for (const StructField &f : static_cast<const TStruct *>(u)->fields) {
      if (f.name.isBlank()) continue;
      h = hashValue(c, f.type, static_cast<const uint8_t *>(p) + f.offset, h);
    }
    return h;
  }
  case Kind::Array: {
    auto *at = static_cast<const TArray *>(u);
    uint64_t h = seed;
    for (int64_t i = 0; i < at->len; i++)
      h = hashValue(c, at->elem, static_cast<const uint8_t *>(p) + i * at->elem->size, h);
    return h;
  }
  default: panicUnhashable(c, t);
  }
}

// ---- Strings --------------------------------------------------------------------------

GoString makeString(std::string_view s) {
  if (s.empty()) return GoString{};
  auto *p = static_cast<uint8_t *>(gc::alloc(s.size(), false));
  std::memcpy(p, s.data(), s.size());
  return GoString{p, int64_t(s.size())};
}

GoString concatStrings(GoString a, GoString b) {
  if (a.n == 0) return b;
  if (b.n == 0) return a;
  auto *p = static_cast<uint8_t *>(gc::alloc(size_t(a.n + b.n), false));
  std::memcpy(p, a.p, size_t(a.n));
  std::memcpy(p + a.n, b.p, size_t(b.n));
  return GoString{p, a.n + b.n};
}

int compareStrings(GoString a, GoString b) {
  int64_t n = a.n < b.n ? a.n : b.n;
  int r = n ? std::memcmp(a.p, b.p, size_t(n)) : 0;
  if (r) return r < 0 ? -1 : 1;
  return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
}

static int encodeRune(uint8_t *out, int64_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD;
  if (r < 0x80) {
    out[0] = uint8_t(r);
    return 1;
  }
  if (r < 0x800) {
    out[0] = uint8_t(0xC0 | (r >> 6));
    out[1] = uint8_t(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    out[0] = uint8_t(0xE0 | (r >> 12));
    out[1] = uint8_t(0x80 | ((r >> 6) & 0x3F));
    out[2] = uint8_t(0x80 | (r & 0x3F));
    return 3;
  }
  out[0] = uint8_t(0xF0 | (r >> 18));
  out[1] = uint8_t(0x80 | ((r >> 12) & 0x3F));
  out[2] = uint8_t(0x80 | ((r >> 6) & 0x3F));
  out[3] = uint8_t(0x80 | (r & 0x3F));
  return 4;
}

GoString runeToString(int64_t r) {
  uint8_t buf[4];
  int n = encodeRune(buf, r);
  return makeString(std::string_view(reinterpret_cast<char *>(buf), size_t(n)));
}

GoString bytesToString(GoSlice s) { return makeString(std::string_view(reinterpret_cast<char *>(s.p), size_t(s.len))); }

GoSlice stringToBytes(GoString s) {
  if (s.n == 0) return GoSlice{static_cast<uint8_t *>(gc::alloc(1, false)), 0, 0};
  auto *p = static_cast<uint8_t *>(gc::alloc(size_t(s.n), false));
  std::memcpy(p, s.p, size_t(s.n));
  // The capacity is rounded up like Go's allocation of the same size.
  return GoSlice{p, s.n, s.n};
}

int32_t decodeRune(const uint8_t *s, int64_t n, int64_t i, int *size) {
  uint8_t c0 = s[i];
  if (c0 < 0x80) {
    *size = 1;
    return c0;
  }
  auto cont = [&](int64_t k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
  if (c0 >= 0xC2 && c0 <= 0xDF && cont(1)) {
    *size = 2;
    return ((c0 & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  if (c0 >= 0xE0 && c0 <= 0xEF && cont(1) && cont(2)) {
    int32_t r = ((c0 & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if (r >= 0x800 && !(r >= 0xD800 && r < 0xE000)) {
      *size = 3;
      return r;
    }
  } else if (c0 >= 0xF0 && c0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    int32_t r = ((c0 & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    if (r >= 0x10000 && r <= 0x10FFFF) {
      *size = 4;
      return r;
    }
  }
  *size = 1;
  return 0xFFFD;
}

GoSlice stringToRunes(GoString s) {
  int64_t n = 0;
  for (int64_t i = 0; i < s.n;) {
    int sz;
    decodeRune(s.p, s.n, i, &sz);
    i += sz;
    n++;
  }
  auto *p = static_cast<int32_t *>(gc::alloc(size_t(n ? n : 1) * 4, false));
  int64_t k = 0;
  for (int64_t i = 0; i < s.n;) {
    int sz;
    p[k++] = decodeRune(s.p, s.n, i, &sz);
    i += sz;
  }
  return GoSlice{reinterpret_cast<uint8_t *>(p), n, n};
}

GoString runesToString(GoSlice s) {
  std::string out;
  auto *r = reinterpret_cast<int32_t *>(s.p);
  for (int64_t i = 0; i < s.len; i++) {
    uint8_t buf[4];
    int n = encodeRune(buf, r[i]);
    out.append(reinterpret_cast<char *>(buf), size_t(n));
  }
  return makeString(out);
}

// ---- Output ---------------------------------------------------------------------------

namespace {
std::mutex outLock;
char outBuf[1 << 16];
size_t outLen = 0;

void writeAll(int fd, const void *p, size_t n) {
  auto *b = static_cast<const char *>(p);
  while (n > 0) {
    ssize_t w = ::write(fd, b, n);
    if (w <= 0) return;
    b += w;
    n -= size_t(w);
  }
}
} // namespace

void writeStdout(const void *p, size_t n) {
  std::lock_guard<std::mutex> g(outLock);
  if (outLen + n > sizeof outBuf) {
    writeAll(1, outBuf, outLen);
    outLen = 0;
    if (n > sizeof outBuf) {
      writeAll(1, p, n);
      return;
    }
  }
  std::memcpy(outBuf + outLen, p, n);
  outLen += n;
}

void flushStdout() {
  std::lock_guard<std::mutex> g(outLock);
  writeAll(1, outBuf, outLen);
  outLen = 0;
}

void writeStderr(const void *p, size_t n) {
  flushStdout();
  writeAll(2, p, n);
}

// ---- print and println ------------------------------------------------------------------

static std::string printFloat(double d) {
  if (d != d) return "NaN";
  if (std::isinf(d)) return d > 0 ? "+Inf" : "-Inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%+.6e", d);
  std::string s = buf;
  size_t e = s.find('e');
  std::string digits = s.substr(e + 2);
  while (digits.size() < 3) digits = "0" + digits;
  return s.substr(0, e + 2) + digits;
}

std::string printValue(Ctx &c, ExecNode *n) {
  char buf[64];
  switch (n->cat) {
  case Cat::Bool: return n->evalBool(c) ? "true" : "false";
  case Cat::U8:
  case Cat::U16:
  case Cat::U32:
  case Cat::U64: return std::to_string(uint64_t(n->evalInt(c)));
  case Cat::I8:
  case Cat::I16:
  case Cat::I32:
  case Cat::I64: return std::to_string(n->evalInt(c));
  case Cat::F32:
  case Cat::F64: return printFloat(n->evalFloat(c));
  case Cat::C64:
  case Cat::C128: {
    Complex128 z = n->evalComplex(c);
    return "(" + printFloat(z.real()) + printFloat(z.imag()) + "i)";
  }
  case Cat::Str: return n->evalString(c).str();
  case Cat::Ptr: std::snprintf(buf, sizeof buf, "%p", n->evalPtr(c)); return std::string(buf) == "(nil)" ? "0x0" : buf;
  case Cat::Slice: {
    GoSlice s = n->evalSlice(c);
    std::snprintf(buf, sizeof buf, "[%lld/%lld]%p", (long long)s.len, (long long)s.cap, static_cast<void *>(s.p));
    std::string r = buf;
    size_t k = r.find("(nil)");
    if (k != std::string::npos) r.replace(k, 5, "0x0");
    return r;
  }
  case Cat::Iface: {
    GoIface v = n->evalIface(c);
    std::snprintf(buf, sizeof buf, "(%p,%p)", static_cast<const void *>(v.t), reinterpret_cast<void *>(v.data));
    std::string r = buf;
    for (size_t k; (k = r.find("(nil)")) != std::string::npos;) r.replace(k, 5, "0x0");
    return r;
  }
  default: {
    void *tmp = alloca(n->type->size);
    n->evalInto(c, tmp);
    return "?";
  }
  }
}

} // namespace goterp
