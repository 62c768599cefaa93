// Calls (static, through function values, through interfaces), builtins,
// conversions, closures and method values.
#include "interp/compile.h"
#include "interp/nodes_ops.h"
#include "runtime/map.h"
#include "runtime/panic.h"
#include "runtime/slice.h"
#include "runtime/stack.h"

namespace goterp {

namespace {

// One argument: where its value goes in the callee's frame.
struct Arg {
  ExecNode *node;
  uint32_t off;
};

// Writes an argument into the frame at frameOff (re-derived after the
// evaluation, which may have moved the stack).
__attribute__((always_inline)) inline void storeArg(Ctx &c, uint64_t frameOff, const Arg &a) {
  ExecNode *n = a.node;
  switch (n->cat) {
  case Cat::Bool: {
    bool v = n->evalBool(c);
    storeAs(c.stack + frameOff + a.off, v);
    return;
  }
  case Cat::I8:
  case Cat::U8: {
    uint8_t v = uint8_t(n->evalInt(c));
    storeAs(c.stack + frameOff + a.off, v);
    return;
  }
  case Cat::I16:
  case Cat::U16: {
    uint16_t v = uint16_t(n->evalInt(c));
    storeAs(c.stack + frameOff + a.off, v);
    return;
  }
  case Cat::I32:
  case Cat::U32: {
    uint32_t v = uint32_t(n->evalInt(c));
    storeAs(c.stack + frameOff + a.off, v);
    return;
  }
  case Cat::I64:
  case Cat::U64: {
    int64_t v = n->evalInt(c);
    storeAs(c.stack + frameOff + a.off, v);
    return;
  }
  case Cat::F32: {
    float v = float(n->evalFloat(c));
    storeAs(c.stack + frameOff + a.off, v);
    return;
  }
  case Cat::F64: {
    double v = n->evalFloat(c);
    storeAs(c.stack + frameOff + a.off, v);
    return;
  }
  case Cat::Str: {
    GoString v = n->evalString(c);
    storeAs(c.stack + frameOff + a.off, v);
    return;
  }
  case Cat::Slice: {
    GoSlice v = n->evalSlice(c);
    storeAs(c.stack + frameOff + a.off, v);
    return;
  }
  case Cat::Iface: {
    GoIface v = n->evalIface(c);
    storeAs(c.stack + frameOff + a.off, v);
    return;
  }
  case Cat::Ptr: {
    void *v = n->evalPtr(c);
    storeAs(c.stack + frameOff + a.off, v);
    return;
  }
  default: n->evalInto(c, c.stack + frameOff + a.off); return;
  }
}

} // namespace

// A call: how to find the function (static, a function value, or an
// interface's method), its receiver, and its arguments.
struct CallCore {
  enum Mode : uint8_t { Static, Dynamic, Iface } mode = Static;
  FuncCode *fn = nullptr;    // Static
  ExecNode *fnVal = nullptr; // Dynamic: a func value; Iface: the interface value
  ExecNode *recv = nullptr;  // Static method: the receiver (value or pointer)
  Name method;               // Iface
  std::vector<Arg> args;
  ExecNode *prologue = nullptr; // f(g()) spreading a tuple: evaluates g() into a temporary first
  uint32_t frameSize = 0;       // Dynamic: the callee's frame as the signature lays it out
  bool deferring = false;       // a defer's call: a nil function panics only when called
  // A small inline cache of interface method lookups.
  const Type *cacheType[4] = {};
  const MethodTarget *cacheTarget[4] = {};

  // Performs the call; returns the frame offset where its results are.
  uint64_t run(Ctx &c, const ExecNode *site) {
    if (mode == Static && !recv && !prologue) { // most calls: straight to the function
      uint64_t off = uint64_t(reserveFrame(c, fn) - c.stack);
      for (const Arg &a : args) storeArg(c, off, a);
      invoke(c, fn, nullptr, off, site);
      return off;
    }
    FuncCode *f;
    Closure *cl;
    uint64_t off = prepare(c, site, &f, &cl);
    invoke(c, f, cl, off, site);
    return off;
  }

  // Evaluates the function, receiver and arguments into a new frame.
  uint64_t prepare(Ctx &c, const ExecNode *site, FuncCode **fout, Closure **clout) {
    if (prologue) prologue->exec(c);
    FuncCode *f;
    Closure *cl = nullptr;
    uint64_t off;
    switch (mode) {
    case Static: {
      f = fn;
      uint8_t *base = reserveFrame(c, f);
      off = uint64_t(base - c.stack);
      if (recv) storeArg(c, off, Arg{recv, f->recvOff});
      break;
    }
    case Dynamic: {
      cl = static_cast<Closure *>(fnVal->evalPtr(c));
      if (__builtin_expect(!cl, false)) {
        if (!deferring) {
          c.site = site;
          panicNilDeref(c);
        }
        // defer of a nil func: its arguments are still evaluated now.
        if (c.sp + frameSize > c.stackEnd) morestack(c, frameSize);
        off = uint64_t(c.sp - c.stack);
        c.sp += frameSize;
        for (const Arg &a : args) storeArg(c, off, a);
        *fout = nullptr;
        *clout = nullptr;
        return off;
      }
      f = cl->fn;
      uint8_t *base = reserveFrame(c, f);
      off = uint64_t(base - c.stack);
      break;
    }
    default: {
      GoIface v = fnVal->evalIface(c);
      if (__builtin_expect(!v.t, false)) {
        c.site = site;
        panicNilDeref(c);
      }
      const MethodTarget *m = nullptr;
      for (int i = 0; i < 4; i++)
        if (cacheType[i] == v.t) {
          m = cacheTarget[i];
          break;
        }
      if (!m) {
        m = findMethod(v.t, method);
        for (int i = 3; i > 0; i--) {
          cacheType[i] = cacheType[i - 1];
          cacheTarget[i] = cacheTarget[i - 1];
        }
        cacheType[0] = v.t;
        cacheTarget[0] = m;
      }
      const Type *t = v.t;
      uint64_t data = v.data;
      c.site = site;
      m = resolveMethod(c, m, t, data);
      f = m->code;
      uint8_t *base = reserveFrame(c, f);
      off = uint64_t(base - c.stack);
      methodReceiver(c, *m, t, data, base + f->recvOff);
      break;
    }
    }
    for (const Arg &a : args) storeArg(c, off, a);
    *fout = f;
    *clout = cl;
    return off;
  }
};

namespace {

template <class T> class Call : public Typed<Call<T>, T> {
public:
  CallCore core;
  uint32_t resultOff = 0;
  T get(Ctx &c) {
    uint64_t off = core.run(c, this);
    return loadAs<T>(c.stack + off + resultOff);
  }
  CallCore *callCore() override { return &core; }
};

// A call whose result is a struct, an array or a tuple.
class CallMem : public ExecNode {
public:
  CallCore core;
  uint32_t resultOff = 0;
  void evalInto(Ctx &c, void *dst) override {
    StackRef d(c, dst);
    uint64_t off = core.run(c, this);
    std::memcpy(d.get(c), c.stack + off + resultOff, type->size);
  }
  CallCore *callCore() override { return &core; }
};

// a, b := f(): the results copied from the callee's frame to the variables.
class CallUnpack : public ExecNode {
public:
  CallMem *call;
  std::vector<Unpack> outs;
  CallUnpack(CallMem *c, std::vector<Unpack> o) : call(c), outs(std::move(o)) {}
  Flow exec(Ctx &c) override {
    uint64_t off = call->core.run(c, call);
    const uint8_t *res = c.stack + off + call->resultOff;
    for (const Unpack &u : outs) {
      if (u.size == 8)
        std::memcpy(c.fp + u.dst, res + u.src, 8); // the common word, inlined
      else
        std::memcpy(c.fp + u.dst, res + u.src, u.size);
    }
    return Flow::Normal;
  }
};

class CallStmt : public ExecNode {
public:
  CallCore core;
  Flow exec(Ctx &c) override {
    core.run(c, this);
    return Flow::Normal;
  }
  CallCore *callCore() override { return &core; }
};

// The variadic tail of a call, packed into a new slice.
class VarPack : public Typed<VarPack, GoSlice> {
public:
  std::vector<ExecNode *> elems;
  const Type *elem;
  explicit VarPack(const Type *e) : elem(e) {}
  GoSlice get(Ctx &c) {
    if (elems.empty()) return GoSlice{};
    int64_t n = int64_t(elems.size());
    auto *p = static_cast<uint8_t *>(gc::alloc(size_t(n) * elem->size, elem->hasPointers));
    for (int64_t i = 0; i < n; i++) elems[size_t(i)]->evalInto(c, p + i * elem->size);
    return GoSlice{p, n, n};
  }
};

// Creates a closure of a function literal, with the cells of the variables
// it captures.
class MakeClosure : public Typed<MakeClosure, void *> {
public:
  FuncCode *fn;
  std::vector<ExecNode *> cells; // each evaluates to a cell pointer
  explicit MakeClosure(FuncCode *f) : fn(f) {}
  void *get(Ctx &c) {
    auto *cl = static_cast<Closure *>(gc::alloc(sizeof(Closure) + cells.size() * sizeof(void *), true));
    cl->fn = fn;
    for (size_t i = 0; i < cells.size(); i++) cl->cells[i] = cells[i]->evalPtr(c);
    return cl;
  }
  bool mayCall() const override { return false; }
};

// The cell pointer of an escaping variable (not its value).
class CellPtr : public Typed<CellPtr, void *> {
public:
  uint32_t off;
  bool captured;
  CellPtr(uint32_t o, bool cap) : off(o), captured(cap) {}
  void *get(Ctx &c) { return captured ? capturedCell(c, off) : loadAs<void *>(c.fp + off); }
  bool mayCall() const override { return false; }
};

// The body of a bound method value's function (x.M as a value): calls M
// with the receiver saved in the closure's cell.
class BoundCall : public ExecNode {
public:
  Func *method = nullptr; // a concrete method
  Name name;              // or an interface method
  FuncCode *self;
  Flow exec(Ctx &c) override {
    Closure *cl = c.header()->closure;
    uint8_t *recv = static_cast<uint8_t *>(cl->cells[0]);
    FuncCode *f;
    uint8_t *base;
    uint64_t off;
    if (method) {
      f = method->code;
      base = reserveFrame(c, f);
      off = uint64_t(base - c.stack);
      std::memcpy(base + f->recvOff, recv, f->recvType->size);
    } else {
      GoIface v = loadAs<GoIface>(recv);
      if (!v.t) {
        c.site = this;
        panicNilDeref(c);
      }
      const Type *t = v.t;
      uint64_t data = v.data;
      c.site = this;
      const MethodTarget *m = resolveMethod(c, findMethod(t, name), t, data);
      f = m->code;
      base = reserveFrame(c, f);
      off = uint64_t(base - c.stack);
      methodReceiver(c, *m, t, data, base + f->recvOff);
    }
    // Same signature: the parameters are at the same offsets.
    std::memcpy(base + kFrameHeader, c.fp + kFrameHeader, self->resultsStart - kFrameHeader);
    invoke(c, f, nullptr, off, this);
    std::memcpy(c.fp + self->resultsStart, c.stack + off + self->resultsStart, self->resultsEnd - self->resultsStart);
    return Flow::Normal;
  }
};

// A method value's closure: one cell holding a copy of the receiver.
class MakeBound : public Typed<MakeBound, void *> {
public:
  FuncCode *thunk;
  ExecNode *recv;
  const Type *recvType;
  MakeBound(FuncCode *t, ExecNode *r, const Type *rt) : thunk(t), recv(r), recvType(rt) {}
  void *get(Ctx &c) {
    void *cell = gc::alloc(recvType->size, recvType->hasPointers);
    recv->evalInto(c, cell);
    if (recvType->isInterface() && !static_cast<GoIface *>(cell)->t) { // i.M of a nil i panics now
      c.site = this;
      panicNilDeref(c);
    }
    auto *cl = static_cast<Closure *>(gc::alloc(sizeof(Closure) + sizeof(void *), true));
    cl->fn = thunk;
    cl->cells[0] = cell;
    return cl;
  }
};

// ---- Builtins --------------------------------------------------------------------------

class LenString : public Typed<LenString, int64_t> {
public:
  ExecNode *x;
  explicit LenString(ExecNode *a) : x(a) {}
  int64_t get(Ctx &c) { return x->evalString(c).n; }
  bool mayCall() const override { return x->mayCall(); }
};

class LenSlice : public Typed<LenSlice, int64_t> {
public:
  ExecNode *x;
  bool cap;
  LenSlice(ExecNode *a, bool k) : x(a), cap(k) {}
  int64_t get(Ctx &c) {
    GoSlice s = x->evalSlice(c);
    return cap ? s.cap : s.len;
  }
  bool mayCall() const override { return x->mayCall(); }
};

class LenMap : public Typed<LenMap, int64_t> {
public:
  ExecNode *x;
  explicit LenMap(ExecNode *a) : x(a) {}
  int64_t get(Ctx &c) { return mapLen(static_cast<GoMap *>(x->evalPtr(c))); }
};

class Append : public Typed<Append, GoSlice> {
public:
  ExecNode *s;
  std::vector<ExecNode *> elems; // append(s, a, b)
  ExecNode *spread = nullptr;    // append(s, t...)
  bool spreadString = false;     // append([]byte, string...)
  const Type *elem;
  Append(ExecNode *x, const Type *e) : s(x), elem(e) {}
  // The grown slice, or Go's panic if its length overflows or its memory
  // could never be allocated (2^48 bytes, amd64's address space).
  GoSlice grow(Ctx &c, GoSlice sl, int64_t n) {
    int64_t newLen = int64_t(uint64_t(sl.len) + uint64_t(n));
    if (newLen < sl.len || (elem->size && uint64_t(newLen) > (uint64_t(1) << 48) / elem->size)) {
      c.site = this;
      panicErrorString(c, "growslice: cap out of range");
    }
    return growSlice(sl, newLen, elem);
  }
  GoSlice get(Ctx &c) {
    GoSlice sl = s->evalSlice(c);
    uint32_t es = elem->size;
    if (spread) {
      const uint8_t *src;
      int64_t n;
      if (spreadString) {
        GoString str = spread->evalString(c);
        src = str.p;
        n = str.n;
      } else {
        GoSlice t = spread->evalSlice(c);
        src = t.p;
        n = t.len;
      }
      if (n == 0) return sl;
      sl = grow(c, sl, n);
      std::memmove(sl.p + (sl.len - n) * es, src, size_t(n) * es);
      if (elem->hasPointers) gc::writeBarrier(sl.p);
      return sl;
    }
    int64_t n = int64_t(elems.size());
    if (n == 1 && sl.len < sl.cap) {
      // The common append of one element with room left.
      elems[0]->evalInto(c, sl.p + sl.len * es);
      if (elem->hasPointers) gc::writeBarrier(sl.p + sl.len * es);
      sl.len++;
      return sl;
    }
    // Evaluate the elements first (they may call and even append to s).
    uint8_t *tmp = static_cast<uint8_t *>(alloca(size_t(n) * es + 1));
    for (int64_t i = 0; i < n; i++) elems[size_t(i)]->evalInto(c, tmp + i * es);
    int64_t old = sl.len;
    sl = grow(c, sl, n);
    std::memcpy(sl.p + old * es, tmp, size_t(n) * es);
    if (elem->hasPointers) gc::writeBarrier(sl.p);
    return sl;
  }
};

class Copy : public Typed<Copy, int64_t> {
public:
  ExecNode *dst, *src;
  bool fromString;
  uint32_t elemSize;
  Copy(ExecNode *d, ExecNode *s, bool str, uint32_t es) : dst(d), src(s), fromString(str), elemSize(es) {}
  int64_t get(Ctx &c) {
    GoSlice d = dst->evalSlice(c);
    const uint8_t *p;
    int64_t n;
    if (fromString) {
      GoString s = src->evalString(c);
      p = s.p;
      n = s.n;
    } else {
      GoSlice s = src->evalSlice(c);
      p = s.p;
      n = s.len;
    }
    if (d.len < n) n = d.len;
    if (n > 0) std::memmove(d.p, p, size_t(n) * elemSize);
    return n;
  }
};

class Delete : public ExecNode {
public:
  ExecNode *m, *key;
  Delete(ExecNode *a, ExecNode *k) : m(a), key(k) {}
  Flow exec(Ctx &c) override {
    auto *mp = static_cast<GoMap *>(m->evalPtr(c));
    void *k = alloca(key->type->size);
    key->evalInto(c, k);
    c.site = this;
    mapDelete(c, mp, k);
    return Flow::Normal;
  }
};

class MakeSlice : public Typed<MakeSlice, GoSlice> {
public:
  ExecNode *len, *cap;
  const Type *elem;
  MakeSlice(ExecNode *l, ExecNode *k, const Type *e) : len(l), cap(k), elem(e) {}
  GoSlice get(Ctx &c) {
    int64_t n = len->evalInt(c);
    int64_t m = cap ? cap->evalInt(c) : n;
    c.site = this;
    if (n < 0 || (elem->size && uint64_t(n) > (uint64_t(1) << 40) / elem->size)) panicMakeSlice(c, false);
    if (m < n || (elem->size && uint64_t(m) > (uint64_t(1) << 40) / elem->size)) panicMakeSlice(c, true);
    auto *p = static_cast<uint8_t *>(gc::alloc(size_t(m) * elem->size, elem->hasPointers));
    return GoSlice{p, n, m};
  }
};

class MakeMap : public Typed<MakeMap, void *> {
public:
  ExecNode *hint;
  const TMap *mt;
  MakeMap(ExecNode *h, const TMap *t) : hint(h), mt(t) {}
  void *get(Ctx &c) {
    int64_t n = hint ? hint->evalInt(c) : 0;
    c.site = this;
    if (n < 0) panicPlain(c, "makemap: size out of range");
    return makeMap(c, mt, n);
  }
};

class NewZero : public Typed<NewZero, void *> {
public:
  const Type *t;
  explicit NewZero(const Type *type) : t(type) {}
  void *get(Ctx &) { return gc::alloc(t->size, t->hasPointers); }
  bool mayCall() const override { return false; }
};

class PanicNode : public ExecNode {
public:
  ExecNode *val;
  explicit PanicNode(ExecNode *v) : val(v) {}
  Flow exec(Ctx &c) override {
    GoIface v = val->evalIface(c);
    c.site = this;
    goPanic(c, v);
  }
};

class RecoverNode : public Typed<RecoverNode, GoIface> {
public:
  GoIface get(Ctx &c) { return goRecover(c); }
};

// print and println: to standard error, in the runtime's formats.
class PrintNode : public ExecNode {
public:
  std::vector<ExecNode *> args;
  bool ln;
  explicit PrintNode(bool l) : ln(l) {}
  Flow exec(Ctx &c) override {
    std::string out;
    for (size_t i = 0; i < args.size(); i++) {
      if (ln && i) out += ' ';
      out += printValue(c, args[i]);
    }
    if (ln) out += '\n';
    flushStdout();
    writeStderr(out.data(), out.size());
    return Flow::Normal;
  }
};

class RealImag : public Typed<RealImag, double> {
public:
  ExecNode *x;
  bool imag;
  RealImag(ExecNode *a, bool i) : x(a), imag(i) {}
  double get(Ctx &c) {
    Complex128 z = x->evalComplex(c);
    return imag ? z.imag() : z.real();
  }
};

template <class T> class MakeComplex : public Typed<MakeComplex<T>, T> {
public:
  ExecNode *re, *im;
  MakeComplex(ExecNode *r, ExecNode *i) : re(r), im(i) {}
  T get(Ctx &c) {
    double r = re->evalFloat(c);
    double i = im->evalFloat(c);
    return T(typename T::value_type(r), typename T::value_type(i));
  }
};

// ---- Conversions --------------------------------------------------------------------

class RuneToString : public Typed<RuneToString, GoString> {
public:
  ExecNode *x;
  bool fromUnsigned;
  RuneToString(ExecNode *a, bool u) : x(a), fromUnsigned(u) {}
  GoString get(Ctx &c) {
    int64_t r = x->evalInt(c);
    if (fromUnsigned && r < 0) r = 0xFFFD;
    return runeToString(r);
  }
};

class BytesToString : public Typed<BytesToString, GoString> {
public:
  ExecNode *x;
  explicit BytesToString(ExecNode *a) : x(a) {}
  GoString get(Ctx &c) { return bytesToString(x->evalSlice(c)); }
};

class StringToBytes : public Typed<StringToBytes, GoSlice> {
public:
  ExecNode *x;
  explicit StringToBytes(ExecNode *a) : x(a) {}
  GoSlice get(Ctx &c) { return stringToBytes(x->evalString(c)); }
};

class RunesToString : public Typed<RunesToString, GoString> {
public:
  ExecNode *x;
  explicit RunesToString(ExecNode *a) : x(a) {}
  GoString get(Ctx &c) { return runesToString(x->evalSlice(c)); }
};

class StringToRunes : public Typed<StringToRunes, GoSlice> {
public:
  ExecNode *x;
  explicit StringToRunes(ExecNode *a) : x(a) {}
  GoSlice get(Ctx &c) { return stringToRunes(x->evalString(c)); }
};

// (*[N]T)(s): panics if the slice is too short.
class SliceToArrayPtr : public Typed<SliceToArrayPtr, void *> {
public:
  ExecNode *x;
  int64_t len;
  SliceToArrayPtr(ExecNode *a, int64_t n) : x(a), len(n) {}
  void *get(Ctx &c) {
    GoSlice s = x->evalSlice(c);
    if (s.len < len) {
      c.site = this;
      panicErrorString(c, "cannot convert slice with length " + std::to_string(s.len) +
                              " to pointer to array with length " + std::to_string(len));
    }
    return s.p;
  }
};

} // namespace

void markDeferred(ExecNode *call) { call->callCore()->deferring = true; }

void prepareDeferred(Ctx &c, ExecNode *call, Defer *d) {
  CallCore *core = call->callCore();
  FuncCode *f;
  Closure *cl;
  uint64_t off = core->prepare(c, call, &f, &cl);
  d->code = f; // null for a nil func, which panics when run
  d->fn = cl;
  d->argsSize = f ? f->frameSize : core->frameSize;
  d->args = static_cast<uint8_t *>(gc::alloc(d->argsSize, true));
  std::memcpy(d->args, c.stack + off, d->argsSize);
  c.sp = c.stack + off; // the frame is released until the call runs
}

// ---- Calls ----------------------------------------------------------------------------

static void fillCallResult(ExecNode *n, const Type *t) {
  n->type = t;
  n->cat = catOf(t);
}

ExecNode *unpackCall(ExecNode *call, std::vector<Unpack> outs) {
  auto *cm = dynamic_cast<CallMem *>(call);
  if (!cm) return nullptr;
  auto *n = new CallUnpack(cm, std::move(outs));
  n->pos = call->pos;
  return n;
}

ExecNode *Compiler::call(CallExpr *e) {
  auto *info = static_cast<CallInfo *>(e->info);
  if (info->kind == CallInfo::Conversion) return conversion(e);
  if (info->kind == CallInfo::BuiltinCall) return builtin(e, info->builtin);
  return callNode(e);
}

ExecNode *Compiler::callNode(CallExpr *e) {
  auto *info = static_cast<CallInfo *>(e->info);
  Expr *fun = e->fun;
  while (fun->kind == NodeKind::ParenExpr) fun = fun->as<ParenExpr>()->x;
  const TFunc *sig = static_cast<const TFunc *>(fun->type->underlying());
  CallCore core;
  // Which function, and the receiver of a method.
  Func *staticFn = nullptr;
  if (fun->kind == NodeKind::Ident && fun->as<Ident>()->obj->kind == ObjKind::Func) {
    staticFn = fun->as<Ident>()->obj->as<Func>();
  } else if (fun->kind == NodeKind::SelectorExpr) {
    auto *s = fun->as<SelectorExpr>();
    auto *sel = static_cast<Selection *>(s->info);
    if (sel->kind == Selection::PkgMember && s->sel->obj->kind == ObjKind::Func) {
      staticFn = s->sel->obj->as<Func>();
    } else if (sel->kind == Selection::Method) {
      if (sel->iface) {
        core.mode = CallCore::Iface;
        core.fnVal = methodRecv(s);
        core.method = s->sel->name;
      } else {
        Func *m = sel->method;
        core.mode = CallCore::Static;
        core.fn = funcCode(m);
        core.recv = methodRecv(s);
      }
    }
  }
  if (staticFn) {
    FuncCode *fc = funcCode(staticFn);
    core.mode = CallCore::Static;
    core.fn = fc;
  } else if (core.mode == CallCore::Static && !core.fn) {
    core.mode = CallCore::Dynamic;
    core.fnVal = expr(fun);
  }
  // Arguments, laid out from the signature.
  FuncCode shape;
  layout(&shape, sig, nullptr);
  core.frameSize = shape.frameSize;
  size_t np = sig->params.size();
  if (info->spreadTuple) {
    // f(g()): g's results into a temporary, then each into its parameter.
    ExecNode *inner = expr(e->args[0]);
    auto *tt = static_cast<const TTuple *>(e->args[0]->type);
    uint32_t tmp = allocSlot(tt->size, tt->align);
    core.prologue = new IntoTemp(inner, tmp);
    std::vector<ExecNode *> vals;
    for (size_t i = 0; i < tt->elems.size(); i++) {
      auto *la = new LocalAddr(tmp + tt->offsets[i]);
      la->cat = Cat::Ptr;
      vals.push_back(loadFrom(la, tt->elems[i]));
    }
    for (size_t i = 0; i < np; i++) {
      if (sig->variadic && i == np - 1) {
        const Type *elem = static_cast<const TSlice *>(sig->params[i])->elem;
        auto *pack = new VarPack(elem);
        pack->cat = Cat::Slice;
        pack->type = sig->params[i];
        for (size_t j = i; j < vals.size(); j++) pack->elems.push_back(convertTo(vals[j], tt->elems[j], elem));
        core.args.push_back(Arg{pack, shape.paramOffs[i]});
      } else {
        core.args.push_back(Arg{convertTo(vals[i], tt->elems[i], sig->params[i]), shape.paramOffs[i]});
      }
    }
  } else {
    for (size_t i = 0; i < np; i++) {
      if (sig->variadic && i == np - 1 && !e->hasEllipsis) {
        const Type *elem = static_cast<const TSlice *>(sig->params[i])->elem;
        auto *pack = new VarPack(elem);
        pack->cat = Cat::Slice;
        pack->type = sig->params[i];
        for (size_t j = i; j < e->args.size(); j++) pack->elems.push_back(exprTo(e->args[j], elem));
        core.args.push_back(Arg{pack, shape.paramOffs[i]});
      } else {
        core.args.push_back(Arg{exprTo(e->args[i], sig->params[i]), shape.paramOffs[i]});
      }
    }
  }
  ExecNode *n;
  if (sig->results.empty()) {
    auto *cs = new CallStmt();
    cs->core = core;
    n = cs;
    n->type = tupleOf({});
  } else if (sig->results.size() == 1 && catOf(sig->results[0]) != Cat::Mem) {
    Cat cat = catOf(sig->results[0]);
    n = makeTyped<Call>(cat);
    switch (cat) {
#define SETCORE(C, T)                                                                                                  \
  case Cat::C:                                                                                                         \
    static_cast<Call<T> *>(n)->core = core;                                                                            \
    static_cast<Call<T> *>(n)->resultOff = shape.resultOffs[0];                                                        \
    break;
      SETCORE(Bool, bool)
      SETCORE(I8, int8_t)
      SETCORE(I16, int16_t)
      SETCORE(I32, int32_t)
      SETCORE(I64, int64_t)
      SETCORE(U8, uint8_t)
      SETCORE(U16, uint16_t)
      SETCORE(U32, uint32_t)
      SETCORE(U64, uint64_t)
      SETCORE(F32, float)
      SETCORE(F64, double)
      SETCORE(C64, Complex64)
      SETCORE(C128, Complex128)
      SETCORE(Str, GoString)
      SETCORE(Slice, GoSlice)
      SETCORE(Iface, GoIface)
      SETCORE(Ptr, void *)
#undef SETCORE
    default: break;
    }
    fillCallResult(n, sig->results[0]);
  } else {
    auto *cm = new CallMem();
    cm->core = core;
    cm->resultOff = shape.resultsStart;
    n = cm;
    fillCallResult(n, sig->results.size() == 1 ? sig->results[0] : tupleOf(sig->results));
    n->cat = Cat::Mem;
  }
  n->pos = e->lparen;
  return n;
}

// ---- Closures and method values -----------------------------------------------------

ExecNode *Compiler::funcLit(FuncLit *e) {
  auto *fi = static_cast<FuncInfo *>(e->info);
  FuncCode *fc = code(fi);
  auto *mc = new MakeClosure(fc);
  // The cells of the captured variables, as this function sees them.
  for (Var *v : fi->captures) {
    Storage s = storageOf(v);
    auto *cp = new CellPtr(s.off, s.kind == Storage::Captured);
    cp->cat = Cat::Ptr;
    mc->cells.push_back(cp);
  }
  compileBody(fi);
  mc->cat = Cat::Ptr;
  mc->type = e->type;
  return mc;
}

FuncCode *Compiler::boundThunk(Func *m, Name name, const TFunc *sig) {
  auto *fc = new FuncCode();
  fc->name = m ? m->fullName() + "-fm" : name.str() + "-fm";
  layout(fc, sig, nullptr);
  auto *body = new BoundCall();
  body->method = m;
  body->name = name;
  body->self = fc;
  if (m) funcCode(m);
  fc->body = body;
  return fc;
}

FuncCode *Compiler::funcCode(Func *f) {
  resolveObject(f); // a method first reached by the runtime's method lookup
  return f->fdecl && f->fdecl->hasBody() ? code(f->info) : nativeCode(f);
}

// The runtime's way to a method's code (runtime/rt.cpp): made on demand.
FuncCode *codeOf(Func *f) { return compiler().funcCode(f); }

// The receiver that a call of the method selected by s passes: for an
// interface's method the interface value, else a pointer (pointer
// receivers) or a copy of the value, reached through the embedded fields of
// the selection's path as the field selection x.f would reach them.
ExecNode *Compiler::methodRecv(SelectorExpr *s) {
  auto *sel = static_cast<Selection *>(s->info);
  Expr *holder = s->x; // the value whose method it is
  if (!sel->path.empty()) {
    const Type *t = s->x->type;
    if (t->ukind() == Kind::Pointer) t = static_cast<const TPointer *>(t->underlying())->elem;
    for (size_t i = 0; i < sel->path.size(); i++) {
      t = static_cast<const TStruct *>(t->underlying())->fields[size_t(sel->path[i])].type;
      if (i + 1 < sel->path.size() && sel->derefs[i]) t = static_cast<const TPointer *>(t->underlying())->elem;
    }
    auto *field = arena_.make<SelectorExpr>(*s);
    auto *fsel = new Selection(*sel);
    fsel->kind = Selection::Field;
    field->info = fsel;
    field->type = t;
    holder = field;
  }
  if (sel->iface) return expr(holder);
  Func *m = sel->method;
  bool isPtr = holder->type->ukind() == Kind::Pointer;
  if (m->ptrRecv) return isPtr ? expr(holder) : addrOf(holder);
  if (!isPtr) return expr(holder);
  auto *d = new DerefAddr(expr(holder), 0);
  d->cat = Cat::Ptr;
  d->pos = s->pos;
  return loadFrom(d, m->recvType);
}

ExecNode *Compiler::methodValue(SelectorExpr *e) {
  auto *sel = static_cast<Selection *>(e->info);
  // The receiver is evaluated now (a copy for value receivers).
  ExecNode *recv = methodRecv(e);
  const Type *recvType = sel->iface             ? recv->type
                         : sel->method->ptrRecv ? pointerTo(sel->method->recvType)
                                                : sel->method->recvType;
  FuncCode *thunk = boundThunk(sel->method, e->sel->name, static_cast<const TFunc *>(e->type->underlying()));
  auto *n = new MakeBound(thunk, recv, recvType);
  n->cat = Cat::Ptr;
  n->type = e->type;
  return n;
}

// Starts a synthesized function of signature sig: fs_ becomes st, and the
// parameters become variables named by identifiers in params, so that the
// body can be compiled from syntax built as if the function were written in
// Go. The caller restores fs_.
FuncCode *Compiler::thunk(const std::string &name, const TFunc *sig, Pos pos, FnState &st,
                          std::vector<Expr *> &params) {
  auto *fc = new FuncCode();
  fc->name = name;
  fc->file = file_;
  fc->declPos = pos;
  layout(fc, sig, nullptr);
  st.code = fc;
  st.top = fc->frameSize;
  fs_ = &st;
  for (size_t i = 0; i < sig->params.size(); i++) {
    auto *v = arena_.make<Var>(Name(), pos, sig->params[i]);
    v->isParam = true;
    st.vars[v] = Storage{Storage::Frame, fc->paramOffs[i], nullptr};
    auto *id = arena_.make<Ident>(pos, Name());
    id->obj = v;
    id->type = v->type;
    params.push_back(id);
  }
  return fc;
}

namespace {

// A thunk's body: evaluates a call and stores its results as the thunk's.
class ReturnCall : public ExecNode {
public:
  ExecNode *call;
  uint32_t resultsStart;
  ReturnCall(ExecNode *c, uint32_t r) : call(c), resultsStart(r) {}
  Flow exec(Ctx &c) override {
    if (call->type->size == 0)
      call->exec(c);
    else
      call->evalInto(c, c.fp + resultsStart);
    return Flow::Normal;
  }
};

} // namespace

// T.M, (*T).M and I.M: a function taking the receiver first, compiled as
// the Go function func(r T, a ...) (results) { return r.M(a...) } would be.
ExecNode *Compiler::methodExpr(SelectorExpr *e) {
  auto *sel = static_cast<Selection *>(e->info);
  auto *sig = static_cast<const TFunc *>(e->type->underlying());
  std::string name = sel->method ? sel->method->fullName() : rtypeString(e->x->type) + "." + e->sel->name.str();
  FnState st;
  FnState *saved = fs_;
  std::vector<Expr *> params;
  FuncCode *fc = thunk(name, sig, e->pos, st, params);
  auto *recvSel = new Selection(*sel);
  recvSel->kind = Selection::Method;
  auto *fun = arena_.make<SelectorExpr>(e->pos, params[0], e->sel);
  fun->info = recvSel;
  fun->type =
      funcOf(std::vector<const Type *>(sig->params.begin() + 1, sig->params.end()), sig->results, sig->variadic);
  auto *call = arena_.make<CallExpr>(e->pos, fun);
  call->args = Span<Expr *>(arena_, std::vector<Expr *>(params.begin() + 1, params.end()));
  call->hasEllipsis = sig->variadic;
  call->lparen = e->pos;
  call->info = new CallInfo();
  fc->body = new ReturnCall(callNode(call), fc->resultsStart);
  fs_ = saved;
  ExecNode *n = new ConstNode<void *>(staticClosure(fc));
  n->cat = Cat::Ptr;
  n->type = e->type;
  n->pos = e->pos;
  return n;
}

// defer b(args) of a builtin: a call, with the arguments evaluated now, of
// the function func(a ...) { b(a...) }. As in Go, a deferred recover() is
// not called by a deferred function, so recovers nothing.
ExecNode *Compiler::deferredBuiltin(CallExpr *e, BuiltinId id) {
  ExecNode *pre = nullptr;
  if (static_cast<CallInfo *>(e->info)->spreadTuple) {
    std::vector<Expr *> vals;
    pre = spreadResults(e->args[0], vals);
    e = withArgs(e, vals);
  }
  std::vector<const Type *> types;
  for (size_t i = 0; i < e->args.size(); i++) {
    const Type *t = defaultType(e->args[i]->type);
    if (id == BuiltinId::Panic) t = types::EmptyIface;
    if (id == BuiltinId::Delete && i == 1) t = static_cast<const TMap *>(e->args[0]->type->underlying())->key;
    types.push_back(t);
  }
  const TFunc *sig = funcOf(types, {}, false);
  FnState st;
  FnState *saved = fs_;
  std::vector<Expr *> params;
  FuncCode *fc = thunk(saved->code->name + ".deferwrap", sig, e->pos, st, params);
  if (id == BuiltinId::Recover) {
    fc->body = block({});
  } else {
    fc->body = builtin(withArgs(e, params), id);
  }
  fs_ = saved;
  auto *cs = new CallStmt();
  cs->core.fn = fc;
  cs->core.prologue = pre;
  for (size_t i = 0; i < e->args.size(); i++)
    cs->core.args.push_back(Arg{exprTo(e->args[i], types[i]), fc->paramOffs[i]});
  cs->type = tupleOf({});
  cs->pos = e->lparen;
  return cs;
}

// ---- Builtins ---------------------------------------------------------------------

// The results of f() where a builtin takes them as its arguments (copy(f()),
// println(f())): the returned node stores them in a frame temporary, which
// vals read back, one variable per result.
ExecNode *Compiler::spreadResults(Expr *call, std::vector<Expr *> &vals) {
  auto *tt = static_cast<const TTuple *>(call->type);
  uint32_t tmp = allocSlot(tt->size, tt->align);
  for (size_t i = 0; i < tt->elems.size(); i++) {
    auto *v = arena_.make<Var>(Name(), call->pos, tt->elems[i]);
    fs_->vars[v] = Storage{Storage::Frame, tmp + tt->offsets[i], nullptr};
    auto *id = arena_.make<Ident>(call->pos, Name());
    id->obj = v;
    id->type = v->type;
    vals.push_back(id);
  }
  return new IntoTemp(expr(call), tmp);
}

// e with other arguments, one expression each.
CallExpr *Compiler::withArgs(CallExpr *e, const std::vector<Expr *> &args) {
  auto *c = arena_.make<CallExpr>(*e);
  c->args = Span<Expr *>(arena_, args);
  auto *info = new CallInfo(*static_cast<CallInfo *>(e->info));
  info->spreadTuple = false;
  c->info = info;
  return c;
}

ExecNode *Compiler::builtin(CallExpr *e, BuiltinId id) {
  if (static_cast<CallInfo *>(e->info)->spreadTuple) {
    std::vector<Expr *> vals;
    ExecNode *pre = spreadResults(e->args[0], vals);
    return withHoisted(pre, builtin(withArgs(e, vals), id));
  }
  ExecNode *n = nullptr;
  auto arg = [&](size_t i) { return expr(e->args[i]); };
  switch (id) {
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    const Type *u = e->args[0]->type->underlying();
    if (u->isString())
      n = new LenString(arg(0));
    else if (u->kind == Kind::Slice)
      n = new LenSlice(arg(0), id == BuiltinId::Cap);
    else if (u->kind == Kind::Map)
      n = new LenMap(arg(0));
    else
      unimplemented(e->pos, "len and cap of channels");
    n->cat = Cat::I64;
    n->type = types::Int;
    break;
  }
  case BuiltinId::Append: {
    const Type *st = e->type;
    const Type *elem = static_cast<const TSlice *>(st->underlying())->elem;
    auto *a = new Append(arg(0), elem);
    if (e->hasEllipsis) {
      a->spread = arg(1);
      a->spreadString = e->args[1]->type->isString();
    } else {
      for (size_t i = 1; i < e->args.size(); i++) a->elems.push_back(exprTo(e->args[i], elem));
    }
    n = a;
    n->cat = Cat::Slice;
    n->type = st;
    break;
  }
  case BuiltinId::Copy: {
    const Type *elem = static_cast<const TSlice *>(e->args[0]->type->underlying())->elem;
    n = new Copy(arg(0), arg(1), e->args[1]->type->isString(), elem->size);
    n->cat = Cat::I64;
    n->type = types::Int;
    break;
  }
  case BuiltinId::Delete: {
    auto *mt = static_cast<const TMap *>(e->args[0]->type->underlying());
    n = new Delete(arg(0), exprTo(e->args[1], mt->key));
    n->type = tupleOf({});
    break;
  }
  case BuiltinId::Make: {
    const Type *t = e->args[0]->type;
    const Type *u = t->underlying();
    if (u->kind == Kind::Slice) {
      n = new MakeSlice(arg(1), e->args.size() > 2 ? arg(2) : nullptr, static_cast<const TSlice *>(u)->elem);
      n->cat = Cat::Slice;
    } else if (u->kind == Kind::Map) {
      n = new MakeMap(e->args.size() > 1 ? arg(1) : nullptr, static_cast<const TMap *>(u));
      n->cat = Cat::Ptr;
    } else {
      unimplemented(e->pos, "channels");
    }
    n->type = t;
    break;
  }
  case BuiltinId::New: {
    const Type *t = e->args[0]->type;
    n = new NewZero(t);
    n->cat = Cat::Ptr;
    n->type = pointerTo(t);
    break;
  }
  case BuiltinId::Panic:
    n = new PanicNode(exprTo(e->args[0], types::EmptyIface));
    n->type = tupleOf({});
    break;
  case BuiltinId::Recover:
    n = new RecoverNode();
    n->cat = Cat::Iface;
    n->type = types::EmptyIface;
    break;
  case BuiltinId::Print:
  case BuiltinId::Println: {
    auto *p = new PrintNode(id == BuiltinId::Println);
    for (size_t i = 0; i < e->args.size(); i++) p->args.push_back(arg(i));
    n = p;
    n->type = tupleOf({});
    break;
  }
  case BuiltinId::Real:
  case BuiltinId::Imag: {
    auto *r = new RealImag(arg(0), id == BuiltinId::Imag);
    n = r;
    n->type = e->type;
    n->cat = catOf(e->type);
    if (n->cat == Cat::F32) {
      n->cat = Cat::F64; // computed in double, converted below
      n->type = types::Float64;
      auto *c = new FloatConv<float>(n);
      c->cat = Cat::F32;
      c->type = e->type;
      n = c;
    }
    break;
  }
  case BuiltinId::Complex: {
    Cat cat = catOf(e->type);
    if (cat == Cat::C64)
      n = new MakeComplex<Complex64>(arg(0), arg(1));
    else
      n = new MakeComplex<Complex128>(arg(0), arg(1));
    n->cat = cat;
    n->type = e->type;
    break;
  }
  case BuiltinId::Close: unimplemented(e->pos, "channels");
  }
  n->pos = e->lparen;
  return n;
}

// ---- Conversions ------------------------------------------------------------------

ExecNode *Compiler::conversion(CallExpr *e) {
  const Type *to = e->type;
  Expr *arg = e->args[0];
  const Type *from = arg->type;
  const Type *tu = to->underlying(), *fu = from->underlying();
  if (to->isInterface()) return exprTo(arg, to);
  ExecNode *x = expr(arg);
  Cat tc = catOf(to), fc = catOf(from);
  ExecNode *n = nullptr;
  if (tu->isString() && fu->isInteger()) {
    n = new RuneToString(x, fu->isUnsigned() && fu->size == 8);
  } else if (tu->isString() && fu->kind == Kind::Slice) {
    Kind ek = static_cast<const TSlice *>(fu)->elem->ukind();
    n = ek == Kind::Uint8 ? static_cast<ExecNode *>(new BytesToString(x)) : new RunesToString(x);
  } else if (tu->kind == Kind::Slice && fu->isString()) {
    Kind ek = static_cast<const TSlice *>(tu)->elem->ukind();
    n = ek == Kind::Uint8 ? static_cast<ExecNode *>(new StringToBytes(x)) : new StringToRunes(x);
  } else if (tu->kind == Kind::Pointer && fu->kind == Kind::Slice) {
    n = new SliceToArrayPtr(x, static_cast<const TArray *>(static_cast<const TPointer *>(tu)->elem->underlying())->len);
  } else if (isIntCat(tc) && isIntCat(fc)) {
    if (tc == fc) return x;
    n = makeInt<IntConv>(tc, x, fu->isUnsigned());
  } else if ((tc == Cat::F32 || tc == Cat::F64) && isIntCat(fc)) {
    n = tc == Cat::F32 ? static_cast<ExecNode *>(new IntConv<float>(x, fu->isUnsigned()))
                       : new IntConv<double>(x, fu->isUnsigned());
  } else if (isIntCat(tc) && (fc == Cat::F32 || fc == Cat::F64)) {
    n = makeInt<FloatToInt>(tc, x);
  } else if ((tc == Cat::F32 || tc == Cat::F64) && (fc == Cat::F32 || fc == Cat::F64)) {
    if (tc == fc) return x;
    n = tc == Cat::F32 ? static_cast<ExecNode *>(new FloatConv<float>(x)) : new FloatConv<double>(x);
  } else if ((tc == Cat::C64 || tc == Cat::C128) && (fc == Cat::C64 || fc == Cat::C128)) {
    if (tc == fc) return x;
    n = tc == Cat::C64 ? static_cast<ExecNode *>(new ComplexConv<Complex64>(x)) : new ComplexConv<Complex128>(x);
  } else {
    // The same representation (named and underlying types, pointers).
    x->type = to;
    return x;
  }
  n->cat = tc;
  n->type = to;
  n->pos = e->lparen;
  return n;
}

} // namespace goterp
