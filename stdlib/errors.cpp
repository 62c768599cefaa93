// Natives of package errors: the reflective parts of Is and As.
#include "runtime/panic.h"
#include "stdlib/native.h"

namespace goterp {

namespace {

void comparable_(Frame &f) {
  GoIface v = f.arg<GoIface>(0);
  f.result<bool>(0) = !v.t || comparable(v.t);
}

void asTarget(Frame &f) {
  GoIface t = f.arg<GoIface>(0);
  if (!t.t || t.t->ukind() != Kind::Pointer || t.data == 0) {
    f.c.site = nullptr;
    GoString msg = makeString("errors: target must be a non-nil pointer");
    goPanic(f.c, makeIface(types::String, &msg));
  }
  const Type *elem = static_cast<const TPointer *>(t.t->underlying())->elem;
  if (!elem->isInterface() && !implementsIface(elem, types::Error)) {
    GoString msg = makeString("errors: *target must be interface or implement error");
    goPanic(f.c, makeIface(types::String, &msg));
  }
}

void assignTo(Frame &f) {
  GoIface err = f.arg<GoIface>(0), target = f.arg<GoIface>(1);
  const Type *elem = static_cast<const TPointer *>(target.t->underlying())->elem;
  auto *dst = reinterpret_cast<uint8_t *>(target.data);
  bool ok = false;
  if (elem->isInterface()) {
    if (implementsIface(err.t, elem)) {
      storeAs(dst, err);
      ok = true;
    }
  } else if (err.t == elem) {
    std::memcpy(dst, ifaceData(err), elem->size);
    ok = true;
  }
  f.result<bool>(0) = ok;
}

Natives reg{{"errors.comparable", comparable_}, {"errors.asTarget", asTarget}, {"errors.assignTo", assignTo}};

} // namespace

} // namespace goterp
