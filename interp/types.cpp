#include "interp/types.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "interp/object.h"

namespace goterp {

namespace {

TBasic *basic(Kind k, const char *name, uint32_t size, bool ptrs = false) {
  auto *t = new TBasic(k, name);
  t->size = size;
  t->align = size == 16 ? 8 : size == 0 ? 1 : size;
  if (k == Kind::Complex64) t->align = 4;
  if (k == Kind::String) t->align = 8;
  t->hasPointers = ptrs;
  return t;
}

} // namespace

namespace types {
const Type *Invalid = basic(Kind::Invalid, "invalid type", 0);
const Type *Bool = basic(Kind::Bool, "bool", 1);
const Type *Int = basic(Kind::Int, "int", 8);
const Type *Int8 = basic(Kind::Int8, "int8", 1);
const Type *Int16 = basic(Kind::Int16, "int16", 2);
const Type *Int32 = basic(Kind::Int32, "int32", 4);
const Type *Int64 = basic(Kind::Int64, "int64", 8);
const Type *Uint = basic(Kind::Uint, "uint", 8);
const Type *Uint8 = basic(Kind::Uint8, "uint8", 1);
const Type *Uint16 = basic(Kind::Uint16, "uint16", 2);
const Type *Uint32 = basic(Kind::Uint32, "uint32", 4);
const Type *Uint64 = basic(Kind::Uint64, "uint64", 8);
const Type *Uintptr = basic(Kind::Uintptr, "uintptr", 8);
const Type *Float32 = basic(Kind::Float32, "float32", 4);
const Type *Float64 = basic(Kind::Float64, "float64", 8);
const Type *Complex64 = basic(Kind::Complex64, "complex64", 8);
const Type *Complex128 = basic(Kind::Complex128, "complex128", 16);
const Type *String = basic(Kind::String, "string", 16, true);
const Type *UnsafePointer = basic(Kind::UnsafePointer, "unsafe.Pointer", 8, true);
const Type *UntypedBool = basic(Kind::UntypedBool, "untyped bool", 0);
const Type *UntypedInt = basic(Kind::UntypedInt, "untyped int", 0);
const Type *UntypedRune = basic(Kind::UntypedRune, "untyped rune", 0);
const Type *UntypedFloat = basic(Kind::UntypedFloat, "untyped float", 0);
const Type *UntypedComplex = basic(Kind::UntypedComplex, "untyped complex", 0);
const Type *UntypedString = basic(Kind::UntypedString, "untyped string", 0);
const Type *UntypedNil = basic(Kind::UntypedNil, "untyped nil", 0);
const Type *Error = nullptr;      // set up with the universe (check_universe.cpp)
const Type *EmptyIface = nullptr; // likewise
} // namespace types

const Type *Type::underlying() const {
  if (kind == Kind::Named) {
    const Type *u = static_cast<const TNamed *>(this)->under;
    return u ? u : types::Invalid;
  }
  return this;
}

bool Type::isBoolean() const {
  Kind k = ukind();
  return k == Kind::Bool || k == Kind::UntypedBool;
}

bool Type::isInteger() const {
  Kind k = ukind();
  return (k >= Kind::Int && k <= Kind::Uintptr) || k == Kind::UntypedInt || k == Kind::UntypedRune;
}

bool Type::isUnsigned() const {
  Kind k = ukind();
  return k >= Kind::Uint && k <= Kind::Uintptr;
}

bool Type::isFloat() const {
  Kind k = ukind();
  return k == Kind::Float32 || k == Kind::Float64 || k == Kind::UntypedFloat;
}

bool Type::isComplex() const {
  Kind k = ukind();
  return k == Kind::Complex64 || k == Kind::Complex128 || k == Kind::UntypedComplex;
}

bool Type::isNumeric() const { return isInteger() || isFloat() || isComplex(); }

bool Type::isString() const {
  Kind k = ukind();
  return k == Kind::String || k == Kind::UntypedString;
}

bool Type::isConstType() const { return isBoolean() || isNumeric() || isString(); }
bool Type::isOrdered() const { return isInteger() || isFloat() || isString(); }

bool StructField::exported() const { return !name.empty() && name.s[0] >= 'A' && name.s[0] <= 'Z'; }

int TStruct::fieldIndex(Name n) const {
  for (size_t i = 0; i < fields.size(); i++)
    if (fields[i].name == n) return int(i);
  return -1;
}

const IfaceMethod *TInterface::lookup(Name n) const {
  for (const IfaceMethod &m : methods)
    if (m.name == n) return &m;
  return nullptr;
}

const Method *TNamed::lookupMethod(Name n) const {
  for (const Method &m : methods)
    if (m.func->name == n) return &m;
  return nullptr;
}

// ---- Canonical constructors -----------------------------------------------

namespace {

template <class Key, class T> struct Table {
  std::map<Key, T *> m;
  template <class Make> T *get(const Key &k, Make make) {
    auto it = m.find(k);
    if (it != m.end()) return it->second;
    T *t = make();
    m.emplace(k, t);
    return t;
  }
};

Table<std::pair<const Type *, int64_t>, TArray> arrays;
Table<const Type *, TSlice> slices;
Table<const Type *, TPointer> pointers;
Table<std::pair<const Type *, const Type *>, TMap> maps;
Table<std::pair<const Type *, int>, TChan> chans;
Table<std::vector<const Type *>, TTuple> tuples;
Table<std::tuple<std::vector<const Type *>, std::vector<const Type *>, bool>, TFunc> funcs;

using StructKey = std::vector<std::tuple<const void *, const Type *, bool, std::string, const Package *>>;
Table<StructKey, TStruct> structs;
using IfaceKey = std::vector<std::tuple<const void *, const Type *, const Package *>>;
Table<IfaceKey, TInterface> ifaces;

uint32_t alignUp(uint32_t n, uint32_t a) { return (n + a - 1) / a * a; }

} // namespace

const Type *arrayOf(const Type *elem, int64_t len) {
  return arrays.get({elem, len}, [&] {
    auto *t = new TArray(elem, len);
    t->size = uint32_t(elem->size * uint64_t(len));
    t->align = elem->align;
    t->hasPointers = elem->hasPointers && len > 0;
    return t;
  });
}

const Type *sliceOf(const Type *elem) {
  return slices.get(elem, [&] {
    auto *t = new TSlice(elem);
    t->size = 24;
    t->align = 8;
    t->hasPointers = true;
    return t;
  });
}

const Type *pointerTo(const Type *elem) {
  return pointers.get(elem, [&] {
    auto *t = new TPointer(elem);
    t->size = 8;
    t->align = 8;
    t->hasPointers = true;
    return t;
  });
}

const Type *mapOf(const Type *key, const Type *elem) {
  return maps.get({key, elem}, [&] {
    auto *t = new TMap(key, elem);
    t->size = 8;
    t->align = 8;
    t->hasPointers = true;
    return t;
  });
}

const Type *chanOf(const Type *elem, ChanDir dir) {
  return chans.get({elem, int(dir)}, [&] {
    auto *t = new TChan(elem, dir);
    t->size = 8;
    t->align = 8;
    t->hasPointers = true;
    return t;
  });
}

const TTuple *tupleOf(const std::vector<const Type *> &elems) {
  return tuples.get(elems, [&] {
    auto *t = new TTuple();
    t->elems = elems;
    uint32_t off = 0, align = 1;
    for (const Type *e : elems) {
      off = alignUp(off, e->align);
      t->offsets.push_back(off);
      off += e->size;
      align = std::max(align, e->align);
      t->hasPointers |= e->hasPointers;
    }
    t->size = alignUp(off, align);
    t->align = align;
    return t;
  });
}

const TFunc *funcOf(const std::vector<const Type *> &params, const std::vector<const Type *> &results, bool variadic) {
  return funcs.get({params, results, variadic}, [&] {
    auto *t = new TFunc();
    t->params = params;
    t->results = results;
    t->variadic = variadic;
    t->size = 8;
    t->align = 8;
    t->hasPointers = true;
    return t;
  });
}

const TStruct *structOf(std::vector<StructField> fields) {
  StructKey key;
  for (const StructField &f : fields)
    key.emplace_back(f.name.s.data(), f.type, f.embedded, f.tag, f.exported() ? nullptr : f.pkg);
  return structs.get(key, [&] {
    auto *t = new TStruct();
    uint32_t off = 0, align = 1;
    for (StructField &f : fields) {
      off = alignUp(off, f.type->align);
      f.offset = off;
      off += f.type->size;
      align = std::max(align, f.type->align);
      t->hasPointers |= f.type->hasPointers;
    }
    // As gc: a final zero-size field gets a byte, so that a pointer to it
    // does not point past the struct.
    if (!fields.empty() && fields.back().type->size == 0 && off > 0) off++;
    t->size = alignUp(off, align);
    t->align = align;
    t->fields = std::move(fields);
    return t;
  });
}

const TInterface *interfaceOf(std::vector<IfaceMethod> methods) {
  std::sort(methods.begin(), methods.end(),
            [](const IfaceMethod &a, const IfaceMethod &b) { return a.name.s < b.name.s; });
  IfaceKey key;
  for (const IfaceMethod &m : methods) {
    bool exported = m.name.s[0] >= 'A' && m.name.s[0] <= 'Z';
    key.emplace_back(m.name.s.data(), m.sig, exported ? nullptr : m.pkg);
  }
  return ifaces.get(key, [&] {
    auto *t = new TInterface();
    t->methods = std::move(methods);
    t->size = 16;
    t->align = 8;
    t->hasPointers = true;
    return t;
  });
}

void completeNamed(TNamed *t) {
  const Type *u = t->under ? t->under : types::Invalid;
  t->size = u->size;
  t->align = u->align;
  t->hasPointers = u->hasPointers;
}

bool identical(const Type *a, const Type *b) { return a == b; }

bool comparable(const Type *t) {
  const Type *u = t->underlying();
  switch (u->kind) {
  case Kind::Slice:
  case Kind::Map:
  case Kind::Func: return false;
  case Kind::Array: return comparable(static_cast<const TArray *>(u)->elem);
  case Kind::Struct:
    for (const StructField &f : static_cast<const TStruct *>(u)->fields)
      if (!comparable(f.type)) return false;
    return true;
  default: return true;
  }
}

const Type *defaultType(const Type *t) {
  switch (t->kind) {
  case Kind::UntypedBool: return types::Bool;
  case Kind::UntypedInt: return types::Int;
  case Kind::UntypedRune: return types::Int32;
  case Kind::UntypedFloat: return types::Float64;
  case Kind::UntypedComplex: return types::Complex128;
  case Kind::UntypedString: return types::String;
  default: return t;
  }
}

// ---- Type strings ---------------------------------------------------------------

namespace {

struct Printer {
  bool reflectStyle;
  const Package *local;
  std::string out;

  void name(const TFunc *f, size_t i) {
    if (i < f->names.size() && !f->names[i].s.empty()) {
      out += f->names[i].s;
      out += ' ';
    }
  }

  void signature(const TFunc *f) {
    out += '(';
    for (size_t i = 0; i < f->params.size(); i++) {
      if (i) out += ", ";
      name(f, i);
      if (f->variadic && i + 1 == f->params.size()) {
        out += "...";
        type(static_cast<const TSlice *>(f->params[i])->elem);
      } else {
        type(f->params[i]);
      }
    }
    out += ')';
    if (f->results.empty()) return;
    out += ' ';
    size_t np = f->params.size();
    bool named = np < f->names.size() && !f->names[np].s.empty();
    if (f->results.size() == 1 && !named) {
      type(f->results[0]);
      return;
    }
    out += '(';
    for (size_t i = 0; i < f->results.size(); i++) {
      if (i) out += ", ";
      name(f, np + i);
      type(f->results[i]);
    }
    out += ')';
  }

  void type(const Type *t) {
    switch (t->kind) {
    case Kind::Named: {
      auto *n = static_cast<const TNamed *>(t);
      if (n->pkg && (reflectStyle || n->pkg != local)) {
        out += n->pkg->name.s;
        out += '.';
      }
      out += n->obj->name.s;
      break;
    }
    case Kind::Array: {
      auto *a = static_cast<const TArray *>(t);
      out += '[' + std::to_string(a->len) + ']';
      type(a->elem);
      break;
    }
    case Kind::Slice:
      out += "[]";
      type(static_cast<const TSlice *>(t)->elem);
      break;
    case Kind::Pointer:
      out += '*';
      type(static_cast<const TPointer *>(t)->elem);
      break;
    case Kind::Map: {
      auto *m = static_cast<const TMap *>(t);
      out += "map[";
      type(m->key);
      out += ']';
      type(m->elem);
      break;
    }
    case Kind::Chan: {
      auto *c = static_cast<const TChan *>(t);
      out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
      bool paren = c->dir == ChanDir::Both && c->elem->kind == Kind::Chan &&
                   static_cast<const TChan *>(c->elem)->dir == ChanDir::Recv;
      if (paren) out += '(';
      type(c->elem);
      if (paren) out += ')';
      break;
    }
    case Kind::Func:
      out += "func";
      signature(static_cast<const TFunc *>(t));
      break;
    case Kind::Tuple: {
      auto *tu = static_cast<const TTuple *>(t);
      out += '(';
      for (size_t i = 0; i < tu->elems.size(); i++) {
        if (i) out += ", ";
        if (i < tu->names.size() && !tu->names[i].s.empty()) {
          out += tu->names[i].s;
          out += ' ';
        }
        type(tu->elems[i]);
      }
      out += ')';
      break;
    }
    case Kind::Struct: {
      auto *s = static_cast<const TStruct *>(t);
      out += reflectStyle ? "struct {" : "struct{";
      for (size_t i = 0; i < s->fields.size(); i++) {
        const StructField &f = s->fields[i];
        out += i ? "; " : (reflectStyle ? " " : "");
        if (!f.embedded) {
          out += f.name.s;
          out += ' ';
        }
        type(f.type);
        if (!f.tag.empty()) {
          out += ' ';
          out += quote(f.tag);
        }
      }
      out += reflectStyle && !s->fields.empty() ? " }" : "}";
      break;
    }
    case Kind::Interface: {
      auto *it = static_cast<const TInterface *>(t);
      if (it->isAny && !reflectStyle) {
        out += "any";
        break;
      }
      out += reflectStyle ? "interface {" : "interface{";
      for (size_t i = 0; i < it->methods.size(); i++) {
        const IfaceMethod &m = it->methods[i];
        out += i ? "; " : (reflectStyle ? " " : "");
        out += m.name.s;
        signature(it->asDeclared && m.shown ? m.shown : m.sig);
      }
      for (size_t i = 0; i < it->embedded.size(); i++) {
        if (i || !it->methods.empty()) out += "; ";
        type(it->embedded[i]);
      }
      out += reflectStyle && !it->methods.empty() ? " }" : "}";
      break;
    }
    default: out += static_cast<const TBasic *>(t)->name;
    }
  }

  static std::string quote(const std::string &s) {
    std::string q = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\') q += '\\';
      q += c;
    }
    return q + "\"";
  }
};

} // namespace

std::string typeString(const Type *t, const Package *local) {
  Printer p{false, local, {}};
  p.type(t);
  return p.out;
}

std::string rtypeString(const Type *t) {
  Printer p{true, nullptr, {}};
  p.type(t);
  return p.out;
}

} // namespace goterp
