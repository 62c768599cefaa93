// Package fmt's formatting engine: Sprint, Sprintln, Sprintf and the text
// of Errorf, following Go's fmt (print.go, format.go) rule for rule.
//
// Values arrive as interfaces; the printer walks them by their dynamic Type
// (struct fields, slice elements, map entries sorted by key) and calls
// their Error, String, GoString and Format methods through the interpreter
// as Go does (handleMethods), catching panics in them as Go does.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "interp/object.h"
#include "runtime/map.h"
#include "runtime/panic.h"
#include "stdlib/native.h"
#include "stdlib/strconv_core.h"

namespace goterp {

namespace {

struct Printer {
  Ctx &c;
  std::string buf;
  // The current directive's flags.
  bool plus = false, minus = false, sharp = false, space = false, zero = false;
  bool plusV = false, sharpV = false;
  bool widPresent = false, precPresent = false;
  int64_t wid = 0, prec = 0;
  int wrapIndex = -1; // Errorf: the %w operand

  explicit Printer(Ctx &ctx) : c(ctx) {}

  void clearFlags() {
    plus = minus = sharp = space = zero = plusV = sharpV = widPresent = precPresent = false;
    wid = prec = 0;
  }

  // Pads s to the width, as fmt's pad.
  void pad(const std::string &s) {
    if (!widPresent || wid == 0) {
      buf += s;
      return;
    }
    int64_t n = 0;
    for (unsigned char ch : s)
      if ((ch & 0xC0) != 0x80) n++;
    if (n >= wid) {
      buf += s;
      return;
    }
    std::string padding(size_t(wid - n), zero && !minus ? '0' : ' ');
    if (minus)
      buf += s + padding;
    else
      buf += padding + s;
  }

  void fmtBool(bool b) { pad(b ? "true" : "false"); }

  void fmtInteger(uint64_t u, bool isSigned, int base, char verb, bool upper) {
    bool neg = isSigned && int64_t(u) < 0;
    if (neg) u = uint64_t(-int64_t(u));
    std::string digits;
    const char *dig = upper ? "0123456789ABCDEFX" : "0123456789abcdefx";
    if (u == 0) digits = "0";
    while (u) {
      digits += dig[u % uint64_t(base)];
      u /= uint64_t(base);
    }
    if (precPresent) {
      if (prec == 0 && digits == "0") digits.clear();
      while (int64_t(digits.size()) < prec) digits += '0';
    } else if (zero && widPresent && !minus) {
      int64_t want = wid - ((neg || plus || space) ? 1 : 0);
      if (sharp && base == 16) want -= 2;
      while (int64_t(digits.size()) < want) digits += '0';
    }
    if (sharp) {
      if (base == 8 && digits.back() != '0') digits += '0';
      if (base == 16) digits += upper ? "X0" : "x0";
      if (base == 2) digits += "b0";
    }
    if (verb == 'O') digits += "o0";
    if (neg)
      digits += '-';
    else if (plus)
      digits += '+';
    else if (space)
      digits += ' ';
    std::reverse(digits.begin(), digits.end());
    bool z = zero;
    zero = false;
    pad(digits);
    zero = z;
  }

  void fmtFloat(double v, int size, char verb, int defPrec) {
    int p = precPresent ? int(prec) : defPrec;
    std::string s = strconv::formatFloat(v, verb, p, size);
    if (s[0] != '-' && s[0] != '+') s = "+" + s;
    if (space && s[0] == '+' && !plus) s[0] = ' ';
    if (s == "+Inf" || s == "-Inf" || s == "+NaN" || s == " NaN" || s == " Inf") {
      if (s == "+NaN" || s == " NaN") s = plus ? "+NaN" : space ? " NaN" : "NaN";
      bool z = zero;
      zero = false;
      if (!plus && !space && s[0] == '+') s = s.substr(1);
      pad(s);
      zero = z;
      return;
    }
    if (sharp && verb != 'b') {
      // %#g keeps trailing zeros and the point.
      if (s.find('.') == std::string::npos && s.find_first_of("eE") == std::string::npos) s += ".";
    }
    if (plus || s[0] != '+') {
      if (zero && widPresent && wid > int64_t(s.size()) && !minus) {
        buf += s[0];
        s = s.substr(1);
        int64_t w = wid - 1;
        while (int64_t(s.size()) < w) s = "0" + s;
        buf += s;
        return;
      }
      pad(s);
      return;
    }
    s = s.substr(1);
    if (zero && widPresent && wid > int64_t(s.size()) && !minus) {
      while (int64_t(s.size()) < wid) s = "0" + s;
      buf += s;
      return;
    }
    pad(s);
  }

  void fmtString(std::string_view s, char verb) {
    if (precPresent && verb != 'x' && verb != 'X') {
      // Precision counts runes.
      size_t i = 0;
      int64_t n = 0;
      while (i < s.size() && n < prec) {
        i++;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) i++;
        n++;
      }
      s = s.substr(0, i);
    }
    switch (verb) {
    case 'v':
      if (sharpV) {
        pad(strconv::quote(s));
        return;
      }
      pad(std::string(s));
      return;
    case 's': pad(std::string(s)); return;
    case 'q':
      if (sharp && strconv::canBackquote(s))
        pad("`" + std::string(s) + "`");
      else if (plus)
        pad(strconv::quoteToASCII(s));
      else
        pad(strconv::quote(s));
      return;
    case 'x':
    case 'X': {
      const char *dig = verb == 'x' ? "0123456789abcdef" : "0123456789ABCDEF";
      int64_t n = int64_t(s.size());
      if (precPresent && prec < n) n = prec;
      std::string out;
      for (int64_t i = 0; i < n; i++) {
        if (i > 0 && space) out += ' ';
        if (sharp && (i == 0 || space)) out += verb == 'x' ? "0x" : "0X";
        out += dig[static_cast<unsigned char>(s[size_t(i)]) >> 4];
        out += dig[static_cast<unsigned char>(s[size_t(i)]) & 15];
      }
      pad(out);
      return;
    }
    default: badVerb(verb, nullptr, nullptr);
    }
  }

  void badVerb(char verb, const Type *t, const void *p) {
    buf += "%!";
    buf += verb;
    buf += "(";
    if (t) {
      buf += rtypeString(t);
      buf += "=";
      bool sv = sharpV, pv = plusV;
      clearFlags();
      printValue(t, p, 'v', 0);
      sharpV = sv;
      plusV = pv;
    } else {
      buf += "<nil>";
    }
    buf += ")";
  }

  // Calls the value's Error or String method if it has one and the verb
  // wants it (fmt's handleMethods).
  bool handleMethods(const Type *t, const void *p, char verb) {
    static const Name errorN = intern("Error"), stringN = intern("String"), goStringN = intern("GoString");
    if (sharpV) {
      if (const MethodTarget *m = findMethod(t, goStringN); m && isStringMethod(m)) {
        buf += callMethod(t, p, m);
        return true;
      }
      return false;
    }
    switch (verb) {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q': break;
    default: return false;
    }
    const MethodTarget *m = findMethod(t, errorN);
    if (!m || !isStringMethod(m)) m = findMethod(t, stringN);
    if (!m || !isStringMethod(m)) return false;
    fmtString(callMethod(t, p, m), verb);
    return true;
  }

  static bool isStringMethod(const MethodTarget *m) {
    return m->sig && m->sig->params.empty() && m->sig->results.size() == 1 &&
           m->sig->results[0]->ukind() == Kind::String;
  }

  std::string callMethod(const Type *t, const void *p, const MethodTarget *m) {
    GoIface v = makeIface(t, p);
    // A nil pointer receiver whose method panics prints <nil>, as Go does.
    if (t->kind == Kind::Pointer && v.data == 0 && !m->ptrRecv) return "<nil>";
    return callStringMethod(c, v, m).str();
  }

  void printArg(GoIface arg, char verb) {
    if (!arg.t) {
      switch (verb) {
      case 'T':
      case 'v': pad("<nil>"); return;
      default: badVerb(verb, nullptr, nullptr); return;
      }
    }
    if (verb == 'T') {
      fmtString(rtypeString(arg.t), 's');
      return;
    }
    if (verb == 'p') {
      fmtPointer(arg.t, ifaceData(arg), verb);
      return;
    }
    printValue(arg.t, ifaceData(arg), verb, 0);
  }

  void fmtPointer(const Type *t, const void *p, char verb) {
    Kind k = t->ukind();
    if (k != Kind::Pointer && k != Kind::Map && k != Kind::Chan && k != Kind::Func && k != Kind::Slice &&
        k != Kind::UnsafePointer) {
      badVerb(verb, t, p);
      return;
    }
    uint64_t u = k == Kind::Slice ? reinterpret_cast<uint64_t>(loadAs<GoSlice>(p).p) : loadAs<uint64_t>(p);
    if (verb == 'v' && u == 0) {
      pad("<nil>");
      return;
    }
    bool s = sharp;
    sharp = !sharpV;
    if (sharpV) {
      buf += "(" + rtypeString(t) + ")(";
      if (u == 0)
        buf += "nil";
      else
        fmtInteger(u, false, 16, 'x', false);
      buf += ")";
    } else {
      fmtInteger(u, false, 16, 'x', false);
    }
    sharp = s;
  }

  void printValue(const Type *t, const void *p, char verb, int depth) {
    if (depth > 0 || true) {
      if (t->kind == Kind::Named || t->kind == Kind::Pointer) {
        if (handleMethods(t, p, verb)) return;
      }
    }
    const Type *u = t->underlying();
    switch (u->kind) {
    case Kind::Bool:
      if (verb == 't' || verb == 'v')
        fmtBool(loadAs<bool>(p));
      else
        badVerb(verb, t, p);
      return;
    case Kind::Int8: printInt(t, p, int64_t(loadAs<int8_t>(p)), true, verb); return;
    case Kind::Int16: printInt(t, p, int64_t(loadAs<int16_t>(p)), true, verb); return;
    case Kind::Int32: printInt(t, p, int64_t(loadAs<int32_t>(p)), true, verb); return;
    case Kind::Int:
    case Kind::Int64: printInt(t, p, loadAs<int64_t>(p), true, verb); return;
    case Kind::Uint8: printInt(t, p, int64_t(loadAs<uint8_t>(p)), false, verb); return;
    case Kind::Uint16: printInt(t, p, int64_t(loadAs<uint16_t>(p)), false, verb); return;
    case Kind::Uint32: printInt(t, p, int64_t(loadAs<uint32_t>(p)), false, verb); return;
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr: printInt(t, p, loadAs<int64_t>(p), false, verb); return;
    case Kind::Float32: printFloat(t, p, loadAs<float>(p), 32, verb); return;
    case Kind::Float64: printFloat(t, p, loadAs<double>(p), 64, verb); return;
    case Kind::Complex64: {
      auto z = loadAs<Complex64>(p);
      printComplex(t, p, z.real(), z.imag(), 32, verb);
      return;
    }
    case Kind::Complex128: {
      auto z = loadAs<Complex128>(p);
      printComplex(t, p, z.real(), z.imag(), 64, verb);
      return;
    }
    case Kind::String: {
      GoString s = loadAs<GoString>(p);
      switch (verb) {
      case 'v':
      case 's':
      case 'x':
      case 'X':
      case 'q': fmtString(s.view(), verb); return;
      default: badVerb(verb, t, p); return;
      }
    }
    case Kind::Interface: {
      GoIface v = loadAs<GoIface>(p);
      if (!v.t) {
        if (sharpV)
          buf += rtypeString(t) + "(nil)";
        else
          pad("<nil>");
        return;
      }
      printValue(v.t, ifaceData(v), verb, depth + 1);
      return;
    }
    case Kind::Pointer: {
      void *q = loadAs<void *>(p);
      // At depth 0, a pointer to a struct, array, slice or map prints &{...}.
      if (depth == 0 && q && verb == 'v') {
        const Type *e = static_cast<const TPointer *>(u)->elem;
        Kind ek = e->ukind();
        if (ek == Kind::Struct || ek == Kind::Array || ek == Kind::Slice || ek == Kind::Map) {
          buf += '&';
          printValue(e, q, verb, depth + 1);
          return;
        }
      }
      fmtPointer(t, p, verb);
      return;
    }
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer: fmtPointer(t, p, verb); return;
    case Kind::Struct: {
      auto *st = static_cast<const TStruct *>(u);
      if (sharpV) buf += rtypeString(t);
      buf += '{';
      for (size_t i = 0; i < st->fields.size(); i++) {
        if (i > 0) buf += sharpV ? ", " : " ";
        const StructField &f = st->fields[i];
        if (plusV || sharpV) buf += f.name.str() + ":";
        printValue(f.type, static_cast<const uint8_t *>(p) + f.offset, verb, depth + 1);
      }
      buf += '}';
      return;
    }
    case Kind::Slice:
    case Kind::Array: {
      const Type *elem;
      const uint8_t *data;
      int64_t n;
      if (u->kind == Kind::Slice) {
        GoSlice s = loadAs<GoSlice>(p);
        elem = static_cast<const TSlice *>(u)->elem;
        data = s.p;
        n = s.len;
        if (sharpV && !s.p) {
          buf += rtypeString(t) + "(nil)";
          return;
        }
      } else {
        elem = static_cast<const TArray *>(u)->elem;
        data = static_cast<const uint8_t *>(p);
        n = static_cast<const TArray *>(u)->len;
      }
      // []byte with %s, %q, %x prints as a string.
      if (elem->ukind() == Kind::Uint8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
        fmtString(std::string_view(reinterpret_cast<const char *>(data), size_t(n)), verb);
        return;
      }
      if (sharpV) {
        buf += rtypeString(t) + "{";
        for (int64_t i = 0; i < n; i++) {
          if (i) buf += ", ";
          printValue(elem, data + i * elem->size, verb, depth + 1);
        }
        buf += "}";
        return;
      }
      buf += '[';
      for (int64_t i = 0; i < n; i++) {
        if (i) buf += ' ';
        printValue(elem, data + i * elem->size, verb, depth + 1);
      }
      buf += ']';
      return;
    }
    case Kind::Map: {
      auto *mt = static_cast<const TMap *>(u);
      auto *m = loadAs<GoMap *>(p);
      if (sharpV) {
        if (!m) {
          buf += rtypeString(t) + "(nil)";
          return;
        }
        buf += rtypeString(t) + "{";
      } else {
        buf += "map[";
      }
      std::vector<std::pair<const void *, void *>> entries;
      MapIter it;
      mapIterInit(it, m);
      const void *k;
      void *v;
      while (mapIterNext(c, it, &k, &v)) entries.push_back({k, v});
      std::sort(entries.begin(), entries.end(),
                [&](auto &a, auto &b) { return compareKeys(mt->key, a.first, b.first) < 0; });
      for (size_t i = 0; i < entries.size(); i++) {
        if (i) buf += sharpV ? ", " : " ";
        printValue(mt->key, entries[i].first, verb, depth + 1);
        buf += ':';
        printValue(mt->elem, entries[i].second, verb, depth + 1);
      }
      buf += sharpV ? '}' : ']';
      return;
    }
    default: buf += "?";
    }
  }

  // The order fmt sorts map keys in (internal/fmtsort).
  int compareKeys(const Type *t, const void *a, const void *b) {
    const Type *u = t->underlying();
    auto cmp = [](auto x, auto y) { return x < y ? -1 : x > y ? 1 : 0; };
    switch (u->kind) {
    case Kind::Int8: return cmp(loadAs<int8_t>(a), loadAs<int8_t>(b));
    case Kind::Int16: return cmp(loadAs<int16_t>(a), loadAs<int16_t>(b));
    case Kind::Int32: return cmp(loadAs<int32_t>(a), loadAs<int32_t>(b));
    case Kind::Int:
    case Kind::Int64: return cmp(loadAs<int64_t>(a), loadAs<int64_t>(b));
    case Kind::Uint8:
    case Kind::Bool: return cmp(loadAs<uint8_t>(a), loadAs<uint8_t>(b));
    case Kind::Uint16: return cmp(loadAs<uint16_t>(a), loadAs<uint16_t>(b));
    case Kind::Uint32: return cmp(loadAs<uint32_t>(a), loadAs<uint32_t>(b));
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr:
    case Kind::Pointer:
    case Kind::Chan: return cmp(loadAs<uint64_t>(a), loadAs<uint64_t>(b));
    case Kind::Float32: return cmp(loadAs<float>(a), loadAs<float>(b));
    case Kind::Float64: return cmp(loadAs<double>(a), loadAs<double>(b));
    case Kind::String: return compareStrings(loadAs<GoString>(a), loadAs<GoString>(b));
    case Kind::Struct:
      for (const StructField &f : static_cast<const TStruct *>(u)->fields) {
        int r =
            compareKeys(f.type, static_cast<const uint8_t *>(a) + f.offset, static_cast<const uint8_t *>(b) + f.offset);
        if (r) return r;
      }
      return 0;
    case Kind::Array: {
      auto *at = static_cast<const TArray *>(u);
      for (int64_t i = 0; i < at->len; i++) {
        int r = compareKeys(at->elem, static_cast<const uint8_t *>(a) + i * at->elem->size,
                            static_cast<const uint8_t *>(b) + i * at->elem->size);
        if (r) return r;
      }
      return 0;
    }
    case Kind::Interface: {
      GoIface x = loadAs<GoIface>(a), y = loadAs<GoIface>(b);
      if (!x.t || !y.t) return !x.t && !y.t ? 0 : !x.t ? -1 : 1;
      if (x.t != y.t) return cmp(reinterpret_cast<uintptr_t>(x.t), reinterpret_cast<uintptr_t>(y.t));
      return compareKeys(x.t, ifaceData(x), ifaceData(y));
    }
    default: return 0;
    }
  }

  void printInt(const Type *t, const void *p, int64_t v, bool isSigned, char verb) {
    uint64_t u = uint64_t(v);
    switch (verb) {
    case 'v':
      if (sharpV && !isSigned) {
        bool s = sharp;
        sharp = true;
        fmtInteger(u, false, 16, 'x', false);
        sharp = s;
        return;
      }
      fmtInteger(u, isSigned, 10, verb, false);
      return;
    case 'd': fmtInteger(u, isSigned, 10, verb, false); return;
    case 'b': fmtInteger(u, isSigned, 2, verb, false); return;
    case 'o':
    case 'O': fmtInteger(u, isSigned, 8, verb, false); return;
    case 'x': fmtInteger(u, isSigned, 16, verb, false); return;
    case 'X': fmtInteger(u, isSigned, 16, verb, true); return;
    case 'c': pad(runeToString(v).str()); return;
    case 'q': pad(strconv::quoteRune(int32_t(v))); return;
    case 'U': {
      char b[32];
      std::snprintf(b, sizeof b, "U+%04llX", (unsigned long long)u);
      std::string s = b;
      if (sharp) s += " '" + runeToString(v).str() + "'";
      pad(s);
      return;
    }
    default: badVerb(verb, t, p);
    }
  }

  void printFloat(const Type *t, const void *p, double v, int size, char verb) {
    switch (verb) {
    case 'v': fmtFloat(v, size, 'g', -1); return;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmtFloat(v, size, verb, -1); return;
    case 'f':
    case 'e':
    case 'E':
    case 'F': fmtFloat(v, size, verb == 'F' ? 'f' : verb, 6); return;
    default: badVerb(verb, t, p);
    }
  }

  void printComplex(const Type *t, const void *p, double re, double im, int size, char verb) {
    switch (verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': break;
    default: badVerb(verb, t, p); return;
    }
    bool oldPlus = plus;
    buf += '(';
    printFloat(t, p, re, size, verb);
    plus = true;
    printFloat(t, p, im, size, verb);
    buf += "i)";
    plus = oldPlus;
  }

  // ---- Print, Println, Printf ---------------------------------------------------------

  void doPrint(GoSlice args) {
    auto *a = reinterpret_cast<GoIface *>(args.p);
    bool prevString = false;
    for (int64_t i = 0; i < args.len; i++) {
      bool isString = a[i].t && a[i].t->ukind() == Kind::String;
      if (i > 0 && !isString && !prevString) buf += ' ';
      clearFlags();
      printArg(a[i], 'v');
      prevString = isString;
    }
  }

  void doPrintln(GoSlice args) {
    auto *a = reinterpret_cast<GoIface *>(args.p);
    for (int64_t i = 0; i < args.len; i++) {
      if (i > 0) buf += ' ';
      clearFlags();
      printArg(a[i], 'v');
    }
    buf += '\n';
  }

  void doPrintf(std::string_view format, GoSlice args) {
    auto *a = reinterpret_cast<GoIface *>(args.p);
    int64_t argNum = 0;
    size_t end = format.size();
    for (size_t i = 0; i < end;) {
      size_t lasti = i;
      while (i < end && format[i] != '%') i++;
      if (i > lasti) buf.append(format.substr(lasti, i - lasti));
      if (i >= end) break;
      i++; // skip %
      clearFlags();
      for (; i < end; i++) {
        char ch = format[i];
        if (ch == '#')
          sharp = true;
        else if (ch == '0')
          zero = !minus;
        else if (ch == '+')
          plus = true;
        else if (ch == '-') {
          minus = true;
          zero = false;
        } else if (ch == ' ')
          space = true;
        else
          break;
      }
      // Width.
      if (i < end && format[i] == '*') {
        i++;
        if (argNum < args.len && a[argNum].t && a[argNum].t->isInteger()) {
          wid = loadAs<int64_t>(ifaceData(a[argNum]));
          widPresent = true;
          if (wid < 0) {
            minus = true;
            wid = -wid;
            zero = false;
          }
        } else {
          buf += "%!(BADWIDTH)";
        }
        argNum++;
      } else {
        while (i < end && format[i] >= '0' && format[i] <= '9') {
          wid = wid * 10 + (format[i] - '0');
          widPresent = true;
          i++;
        }
      }
      // Precision.
      if (i + 1 <= end && i < end && format[i] == '.') {
        i++;
        if (i < end && format[i] == '*') {
          i++;
          if (argNum < args.len && a[argNum].t && a[argNum].t->isInteger()) {
            prec = loadAs<int64_t>(ifaceData(a[argNum]));
            precPresent = prec >= 0;
            if (prec < 0) prec = 0;
          } else {
            buf += "%!(BADPREC)";
          }
          argNum++;
        } else {
          precPresent = true;
          while (i < end && format[i] >= '0' && format[i] <= '9') {
            prec = prec * 10 + (format[i] - '0');
            i++;
          }
        }
      }
      if (i >= end) {
        buf += "%!(NOVERB)";
        break;
      }
      // The verb (a whole rune).
      char verb = format[i];
      size_t vlen = 1;
      if (static_cast<unsigned char>(verb) >= 0x80) {
        int sz;
        decodeRune(reinterpret_cast<const uint8_t *>(format.data()), int64_t(end), int64_t(i), &sz);
        vlen = size_t(sz);
      }
      i += vlen;
      if (verb == '%') {
        buf += '%';
        continue;
      }
      if (argNum >= args.len) {
        buf += "%!";
        buf.append(format.substr(i - vlen, vlen));
        buf += "(MISSING)";
        continue;
      }
      if (verb == 'w') {
        if (wrapIndex < 0 && a[argNum].t && implementsIface(a[argNum].t, types::Error)) {
          wrapIndex = int(argNum);
          verb = 'v';
        } else if (wrapIndex >= 0 || !a[argNum].t || !implementsIface(a[argNum].t, types::Error)) {
          buf += "%!w(";
          if (a[argNum].t) {
            buf += rtypeString(a[argNum].t) + "=";
            clearFlags();
            printArg(a[argNum], 'v');
          } else {
            buf += "<nil>";
          }
          buf += ")";
          argNum++;
          continue;
        }
      }
      if (verb == 'v') {
        if (sharp) {
          sharp = false;
          sharpV = true;
        }
        if (plus) {
          plus = false;
          plusV = true;
        }
      }
      printArg(a[argNum], verb);
      argNum++;
    }
    if (argNum < args.len) {
      buf += "%!(EXTRA ";
      for (int64_t k = argNum; k < args.len; k++) {
        if (k > argNum) buf += ", ";
        if (!a[k].t)
          buf += "<nil>";
        else {
          buf += rtypeString(a[k].t) + "=";
          clearFlags();
          printArg(a[k], 'v');
        }
      }
      buf += ")";
    }
  }
};

void sprint(Frame &f) {
  Printer p(f.c);
  p.doPrint(f.arg<GoSlice>(0));
  f.result<GoString>(0) = makeString(p.buf);
}

void sprintln(Frame &f) {
  Printer p(f.c);
  p.doPrintln(f.arg<GoSlice>(0));
  f.result<GoString>(0) = makeString(p.buf);
}

void sprintf(Frame &f) {
  Printer p(f.c);
  GoString format = f.arg<GoString>(0);
  p.doPrintf(format.view(), f.arg<GoSlice>(1));
  f.result<GoString>(0) = makeString(p.buf);
}

void errorf(Frame &f) {
  Printer p(f.c);
  GoString format = f.arg<GoString>(0);
  p.doPrintf(format.view(), f.arg<GoSlice>(1));
  f.result<GoString>(0) = makeString(p.buf);
  f.result<int64_t>(1) = p.wrapIndex;
}

Natives reg{{"fmt.Sprint", sprint}, {"fmt.Sprintln", sprintln}, {"fmt.Sprintf", sprintf}, {"fmt.errorf", errorf}};

} // namespace

} // namespace goterp
