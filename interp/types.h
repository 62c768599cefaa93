// Types: what the checker computes and the runtime uses as type descriptors.
//
// One Type object per type, for the life of the program: unnamed composite
// types are hash-consed (TypeTable::slice(int) always returns the same
// object), so type identity is pointer equality, both in the checker and at
// run time, where an interface value's first word is its dynamic type's
// Type*. Named types are unique per declaration.
//
// Layout follows gc on amd64 (sizes, alignments, field offsets): values live
// in memory exactly as a Go program would lay them out, so a struct field
// is at the same offset whether the struct is in a frame, in a heap object,
// or in an array.
//
// Types are created by the checker, which is single-threaded; at run time
// they are read-only except for the method-lookup caches, which take
// cacheLock.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "interp/ast.h"

namespace goterp {

struct Package;
struct TypeName;
struct Func;
struct FuncCode;

enum class Kind : uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
  Array,
  Slice,
  Struct,
  Pointer,
  Func,
  Interface,
  Map,
  Chan,
  Named,
  Tuple,
};

struct Type {
  const Kind kind;
  uint32_t size = 0;
  uint32_t align = 1;
  bool hasPointers = false; // values hold pointers the GC must scan
  explicit Type(Kind k) : kind(k) {}
  virtual ~Type() = default;

  // The underlying type (itself unless Named).
  const Type *underlying() const;
  Kind ukind() const { return underlying()->kind; }

  bool isBasic() const { return kind <= Kind::UntypedNil; }
  bool isUntyped() const { return kind >= Kind::UntypedBool && kind <= Kind::UntypedNil; }
  bool isNamed() const { return kind == Kind::Named; }
  // Predicates on the underlying type.
  bool isBoolean() const;
  bool isInteger() const;
  bool isUnsigned() const;
  bool isFloat() const;
  bool isComplex() const;
  bool isNumeric() const;
  bool isString() const;
  bool isInterface() const { return ukind() == Kind::Interface; }
  bool isPointer() const { return ukind() == Kind::Pointer; }
  bool isConstType() const; // boolean, numeric or string
  bool isOrdered() const;   // integer, float or string
};

struct TBasic : Type {
  const char *name;
  TBasic(Kind k, const char *n) : Type(k), name(n) {}
};

struct TArray : Type {
  const Type *elem;
  int64_t len;
  TArray(const Type *e, int64_t n) : Type(Kind::Array), elem(e), len(n) {}
};

struct TSlice : Type {
  const Type *elem;
  explicit TSlice(const Type *e) : Type(Kind::Slice), elem(e) {}
};

struct TPointer : Type {
  const Type *elem;
  explicit TPointer(const Type *e) : Type(Kind::Pointer), elem(e) {}
};

struct TMap : Type {
  const Type *key, *elem;
  TMap(const Type *k, const Type *e) : Type(Kind::Map), key(k), elem(e) {}
};

struct TChan : Type {
  const Type *elem;
  ChanDir dir;
  TChan(const Type *e, ChanDir d) : Type(Kind::Chan), elem(e), dir(d) {}
};

struct TTuple : Type {
  std::vector<const Type *> elems;
  std::vector<uint32_t> offsets; // laid out as a struct, for multi-value results
  // Only in a tuple shown for a call's results (Operand::shown): the
  // results' names, as types2 prints them ("(a int, b int)").
  std::vector<Name> names;
  TTuple() : Type(Kind::Tuple) {}
};

struct TFunc : Type {
  std::vector<const Type *> params; // a variadic final parameter is a slice
  std::vector<const Type *> results;
  bool variadic = false;
  // Only in a signature as declared, kept for messages (types2 prints
  // parameter names, and byte or rune as spelled): the names of the
  // parameters then results, empty where unnamed. Never a value's type.
  std::vector<Name> names;
  TFunc() : Type(Kind::Func) {}
};

struct StructField {
  Name name;
  const Type *type;
  bool embedded = false;
  std::string tag;
  uint32_t offset = 0;
  Package *pkg = nullptr; // for unexported names
  bool exported() const;
};

struct TStruct : Type {
  std::vector<StructField> fields;
  TStruct() : Type(Kind::Struct) {}
  int fieldIndex(Name n) const;
};

struct IfaceMethod {
  Name name;
  const TFunc *sig;
  Package *pkg = nullptr;
  const TFunc *shown = nullptr; // sig as declared, for messages
};

struct TInterface : Type {
  // The complete method set, embedded interfaces expanded, sorted by name.
  std::vector<IfaceMethod> methods;
  // Only in an interface as declared, kept for messages (types2 prints an
  // interface literal as written: its own methods with their shown
  // signatures, then the embedded types). Never a value's type: methods
  // then holds the literal's own methods only.
  bool asDeclared = false;
  // Only in the empty interface spelled any (the checker's shown types):
  // types2 prints it as any.
  bool isAny = false;
  std::vector<const Type *> embedded;
  TInterface() : Type(Kind::Interface) {}
  const IfaceMethod *lookup(Name n) const;
};

// A method of a named type (or of the pointer to it).
struct Method {
  Func *func;
  bool ptrRecv; // declared on *T
};

struct TNamed : Type {
  TypeName *obj;
  const Type *under = nullptr; // set once resolved
  std::vector<Method> methods; // declared methods, in declaration order
  Package *pkg = nullptr;
  explicit TNamed(TypeName *o) : Type(Kind::Named), obj(o) {}
  const Method *lookupMethod(Name n) const;
};

// The universe's types.
namespace types {
extern const Type *Invalid, *Bool, *Int, *Int8, *Int16, *Int32, *Int64, *Uint, *Uint8, *Uint16, *Uint32, *Uint64,
    *Uintptr, *Float32, *Float64, *Complex64, *Complex128, *String, *UnsafePointer, *UntypedBool, *UntypedInt,
    *UntypedRune, *UntypedFloat, *UntypedComplex, *UntypedString, *UntypedNil;
extern const Type *Error;      // the predeclared interface `error`
extern const Type *EmptyIface; // interface{}
} // namespace types

// Canonical constructors for unnamed types (hash-consed).
const Type *arrayOf(const Type *elem, int64_t len);
const Type *sliceOf(const Type *elem);
const Type *pointerTo(const Type *elem);
const Type *mapOf(const Type *key, const Type *elem);
const Type *chanOf(const Type *elem, ChanDir dir);
const TTuple *tupleOf(const std::vector<const Type *> &elems);
const TFunc *funcOf(const std::vector<const Type *> &params, const std::vector<const Type *> &results, bool variadic);
const TStruct *structOf(std::vector<StructField> fields);
const TInterface *interfaceOf(std::vector<IfaceMethod> methods);

// Computes size and alignment of a named type once its underlying type is
// known (the checker calls it after resolving the declaration).
void completeNamed(TNamed *t);

bool identical(const Type *a, const Type *b);
bool comparable(const Type *t);
// The default type of an untyped type (int for untyped int, ...).
const Type *defaultType(const Type *t);

// Type names as gc's type checker prints them in compile errors:
// local types unqualified, others qualified by package name.
std::string typeString(const Type *t, const Package *local = nullptr);
// Type names as the runtime and fmt's %T print them (reflect's form):
// every named type qualified ("main.T"), "interface {}", "struct { A int }".
std::string rtypeString(const Type *t);

} // namespace goterp
