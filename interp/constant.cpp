#include "interp/constant.h"

#include <cmath>
#include <cstdio>

#include "interp/ast.h"

namespace goterp {

namespace {

int msb(const BigInt &x) { return x == 0 ? -1 : int(boost::multiprecision::msb(x)); }

BigInt pow10(unsigned n) {
  BigInt r = 1;
  BigInt b = 10;
  while (n) {
    if (n & 1) r *= b;
    b *= b;
    n >>= 1;
  }
  return r;
}

// Rounds |num|/den (den > 0) to a binary float with mantBits bits of
// mantissa and minimum exponent minExp (of the last mantissa bit), maxExp
// (of the leading bit). Returns mantissa and exponent of its last bit.
bool roundRat(const BigInt &num, const BigInt &den, int mantBits, int minExp, int maxExp, uint64_t &mant, int &exp) {
  BigInt p = abs(num);
  if (p == 0) {
    mant = 0;
    exp = 0;
    return true;
  }
  int shift = 2 * mantBits + 8 + msb(den) - msb(p);
  BigInt N = p, D = den;
  if (shift >= 0)
    N <<= shift;
  else
    D <<= -shift;
  BigInt rem;
  BigInt qt;
  boost::multiprecision::divide_qr(N, D, qt, rem);
  bool sticky = rem != 0;
  int top = msb(qt) - shift;
  int low = std::max(top - (mantBits - 1), minExp);
  int drop = low + shift;
  BigInt m;
  if (drop > 0) {
    m = qt >> drop;
    BigInt dropped = qt - (m << drop);
    BigInt half = BigInt(1) << (drop - 1);
    if (dropped > half || (dropped == half && (sticky || (m & 1) != 0))) m += 1;
  } else {
    m = qt << -drop;
  }
  if (msb(m) >= mantBits) { // rounding carried into a new bit
    m >>= 1;
    low++;
  }
  if (m != 0 && low + msb(m) > maxExp) return false;
  mant = static_cast<uint64_t>(m);
  exp = low;
  return true;
}

std::string stripUnderscores(const std::string &s) {
  std::string out;
  for (char c : s)
    if (c != '_') out += c;
  return out;
}

int digitVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 0x20;
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : 99;
}

// Big floats (see constant.h): m * 2^e. go/constant's precision and range.
constexpr int kPrec = 512;
constexpr int64_t kMaxExp = INT32_MAX;
// A float whose leading bit lies further than this from the binary point
// is big; closer, it is an exact rational of modest size.
constexpr int64_t kRatBits = 1 << 16;

struct BF {
  BigInt m;
  int64_t e;
};

// |a| >> drop, rounded to nearest even; sticky tells that bits below a
// were already lost.
BigInt shiftRound(const BigInt &a, int64_t drop, bool sticky) {
  if (drop <= 0) return a << -drop;
  BigInt q = a >> drop;
  BigInt rem = a - (q << drop);
  BigInt half = BigInt(1) << (drop - 1);
  if (rem > half || (rem == half && (sticky || (q & 1) != 0))) q += 1;
  return q;
}

BF roundBF(const BigInt &m, int64_t e, int prec = kPrec, bool sticky = false) {
  BigInt a = abs(m);
  int64_t drop = msb(a) - prec + 1;
  if (drop <= 0) return {m, e};
  a = shiftRound(a, drop, sticky);
  return {m < 0 ? BigInt(-a) : a, e + drop};
}

// |n| / |d| to prec bits, with sign.
BF quotient(const BigInt &n, const BigInt &d, int64_t e, bool neg) {
  BigInt a = abs(n), b = abs(d);
  if (a == 0) return {0, 0};
  int64_t s = kPrec + 2 + msb(b) - msb(a);
  if (s >= 0)
    a <<= s;
  else
    b <<= -s;
  BigInt q, rem;
  boost::multiprecision::divide_qr(a, b, q, rem);
  BF r = roundBF(q, e - s, kPrec, rem != 0);
  if (neg) r.m = -r.m;
  return r;
}

BF ratBF(const BigRat &r) { return quotient(numerator(r), denominator(r), 0, r < 0); }

BF mulBF(const BF &a, const BF &b, int prec = kPrec) { return roundBF(a.m * b.m, a.e + b.e, prec); }

BF quoBF(const BF &a, const BF &b) { return quotient(a.m, b.m, a.e - b.e, (a.m < 0) != (b.m < 0)); }

BF addBF(const BF &a, const BF &b) {
  if (a.m == 0) return b;
  if (b.m == 0) return a;
  // One operand too small to reach the other's last bit leaves it as is.
  int64_t ta = msb(abs(a.m)) + a.e, tb = msb(abs(b.m)) + b.e;
  if (ta - tb > kPrec + 4) return a;
  if (tb - ta > kPrec + 4) return b;
  if (a.e >= b.e) return roundBF((a.m << (a.e - b.e)) + b.m, b.e);
  return roundBF(a.m + (b.m << (b.e - a.e)), a.e);
}

BF pow10BF(uint64_t n) {
  BF r{1, 0}, b{10, 0};
  for (; n; n >>= 1) {
    if (n & 1) r = mulBF(r, b, kPrec + 64);
    b = mulBF(b, b, kPrec + 64);
  }
  return roundBF(r.m, r.e);
}

// Go's %.6g of a big float: always with an exponent, which is large.
std::string bigString(const BigInt &m, int64_t e) {
  BigInt a = abs(m);
  int64_t lead = std::max<int64_t>(0, msb(a) - 60);
  double l10 = std::log10(static_cast<double>(BigInt(a >> lead))) + double(e + lead) * std::log10(2.0);
  int64_t k = int64_t(std::floor(l10));
  std::string digits;
  for (int tries = 0; tries < 4 && digits.empty(); tries++) {
    BF x{a, e};
    BF s = k >= 5 ? quoBF(x, pow10BF(uint64_t(k - 5))) : mulBF(x, pow10BF(uint64_t(5 - k)));
    BigInt q = s.e >= 0 ? BigInt(s.m << s.e) : shiftRound(s.m, -s.e, false);
    if (q >= 1000000)
      k++;
    else if (q < 100000)
      k--;
    else
      digits = q.str();
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string s = m < 0 ? "-" : "";
  s += digits.substr(0, 1);
  if (digits.size() > 1) s += "." + digits.substr(1);
  std::string ex = std::to_string(k < 0 ? -k : k);
  if (ex.size() < 2) ex = "0" + ex;
  return s + (k < 0 ? "e-" : "e+") + ex;
}

} // namespace

// A float from a rounded value: an exact rational when it is near enough
// to 1, big otherwise, unknown past go/constant's range (as its overflow to
// infinity); too small for the range, it is 0.
ConstVal ConstVal::makeBig(BigInt mant, int64_t exp2) {
  BF r = roundBF(mant, exp2);
  if (r.m == 0) return makeFloat(BigRat(0));
  int64_t top = msb(abs(r.m)) + r.e;
  if (top > kMaxExp) return ConstVal();
  if (top < -kMaxExp) return makeFloat(BigRat(0));
  if (top <= kRatBits && top >= -kRatBits) {
    if (r.e >= 0) return makeFloat(BigRat(BigInt(r.m << r.e)));
    return makeFloat(BigRat(r.m, BigInt(1) << -r.e));
  }
  ConstVal v;
  v.kind_ = Float;
  v.re_ = BigRat(r.m);
  v.exp2_ = r.e;
  return v;
}

double ratToDouble(const BigRat &r, bool &overflow) {
  uint64_t mant;
  int exp;
  overflow = !roundRat(numerator(r), denominator(r), 53, -1074, 1023, mant, exp);
  if (overflow) return r < 0 ? -HUGE_VAL : HUGE_VAL;
  double d = std::ldexp(double(mant), exp);
  return r < 0 && d != 0 ? -d : d; // constants have no -0: a tiny negative rounds to +0, as in gc
}

float ratToFloat(const BigRat &r, bool &overflow) {
  uint64_t mant;
  int exp;
  overflow = !roundRat(numerator(r), denominator(r), 24, -149, 127, mant, exp);
  if (overflow) return r < 0 ? -HUGE_VALF : HUGE_VALF;
  float f = std::ldexp(float(mant), exp);
  return r < 0 && f != 0 ? -f : f;
}

ConstVal ConstVal::makeBool(bool b) {
  ConstVal v;
  v.kind_ = Bool;
  v.b_ = b;
  return v;
}

ConstVal ConstVal::makeString(std::string s) {
  ConstVal v;
  v.kind_ = String;
  v.s_ = std::move(s);
  return v;
}

ConstVal ConstVal::makeInt(BigInt i) {
  ConstVal v;
  v.kind_ = Int;
  v.i_ = std::move(i);
  return v;
}

ConstVal ConstVal::makeFloat(BigRat r) {
  ConstVal v;
  v.kind_ = Float;
  v.re_ = std::move(r);
  return v;
}

ConstVal ConstVal::makeFloat64(double d) {
  int exp;
  double frac = std::frexp(d, &exp);
  // d = frac * 2^exp with 53 significant bits.
  int64_t m = int64_t(std::ldexp(frac, 53));
  exp -= 53;
  BigRat r = BigRat(m);
  if (exp >= 0)
    r *= BigRat(BigInt(1) << exp);
  else
    r /= BigRat(BigInt(1) << -exp);
  return makeFloat(r);
}

ConstVal ConstVal::makeComplex(BigRat re, BigRat im) {
  ConstVal v;
  v.kind_ = Complex;
  v.re_ = std::move(re);
  v.im_ = std::move(im);
  return v;
}

ConstVal ConstVal::fromIntLit(const std::string &lit0) {
  std::string lit = stripUnderscores(lit0);
  int base = 10;
  size_t i = 0;
  if (lit.size() > 1 && lit[0] == '0') {
    char c = char(lit[1] | 0x20);
    if (c == 'x')
      base = 16, i = 2;
    else if (c == 'b')
      base = 2, i = 2;
    else if (c == 'o')
      base = 8, i = 2;
    else
      base = 8, i = 1;
  }
  BigInt v = 0;
  for (; i < lit.size(); i++) {
    // Only an imaginary literal gets here with a digit out of range (0o8i).
    if (digitVal(lit[i]) >= base) return ConstVal();
    v = v * base + digitVal(lit[i]);
  }
  return makeInt(v);
}

ConstVal ConstVal::fromFloatLit(const std::string &lit0) {
  std::string lit = stripUnderscores(lit0);
  bool hex = lit.size() > 1 && lit[0] == '0' && (lit[1] | 0x20) == 'x';
  size_t i = hex ? 2 : 0;
  BigInt mant = 0;
  long fracDigits = 0;
  bool seenPoint = false;
  int base = hex ? 16 : 10;
  for (; i < lit.size(); i++) {
    char c = lit[i];
    if (c == '.') {
      seenPoint = true;
      continue;
    }
    if (!hex && (c | 0x20) == 'e') break;
    if (hex && (c | 0x20) == 'p') break;
    mant = mant * base + digitVal(c);
    if (seenPoint) fracDigits++;
  }
  long long exp = 0;
  if (i < lit.size()) exp = std::strtoll(lit.c_str() + i + 1, nullptr, 10);
  BigRat r(mant);
  if (mant == 0) return makeFloat(r);
  if (hex) {
    long long e2 = exp - 4 * fracDigits;
    if (e2 > kRatBits || e2 < -kRatBits) return makeBig(mant, e2);
    if (e2 >= 0)
      r *= BigRat(BigInt(1) << e2);
    else
      r /= BigRat(BigInt(1) << -e2);
  } else {
    long long e10 = exp - fracDigits;
    // Past this, the exact value would be too large to compute with.
    if (e10 > 10000 || e10 < -10000) {
      if (e10 > kMaxExp || e10 < -kMaxExp) return e10 > 0 ? ConstVal() : makeFloat(BigRat(0));
      BF m = ratBF(r), p = pow10BF(uint64_t(e10 > 0 ? e10 : -e10));
      BF v = e10 > 0 ? mulBF(m, p) : quoBF(m, p);
      return makeBig(v.m, v.e);
    }
    if (e10 >= 0)
      r *= BigRat(pow10(unsigned(e10)));
    else
      r /= BigRat(pow10(unsigned(-e10)));
  }
  return makeFloat(r);
}

ConstVal ConstVal::fromImagLit(const std::string &lit) {
  std::string body = lit.substr(0, lit.size() - 1);
  ConstVal v;
  bool hex = body.size() > 1 && body[0] == '0' && (body[1] | 0x20) == 'x';
  bool isFloat = body.find('.') != std::string::npos || body.find_first_of(hex ? "pP" : "eE") != std::string::npos;
  if (isFloat)
    v = fromFloatLit(body);
  else {
    // 0123i is decimal for backward compatibility.
    std::string digits = stripUnderscores(body);
    bool prefixed = digits.size() > 1 && digits[0] == '0' && std::string("xXbBoO").find(digits[1]) != std::string::npos;
    if (!prefixed) {
      BigInt d = 0;
      for (char c : digits) d = d * 10 + (c - '0');
      v = makeInt(d);
    } else {
      v = fromIntLit(body);
    }
  }
  if (!v.known()) return v;
  return makeComplex(BigRat(0), v.ratVal());
}

BigRat ConstVal::ratVal() const {
  if (kind_ == Int) return BigRat(i_);
  if (big()) {
    BigRat far(BigInt(1) << (2 * kRatBits));
    if (msb(abs(numerator(re_))) + exp2_ < 0) far = 1 / far;
    return re_ < 0 ? BigRat(-far) : far;
  }
  return re_;
}

BigRat ConstVal::real() const { return kind_ == Complex ? re_ : ratVal(); }

BigRat ConstVal::imag() const { return kind_ == Complex ? im_ : BigRat(0); }

ConstVal ConstVal::toInt() const {
  switch (kind_) {
  case Int: return *this;
  case Float:
    if (!big() && denominator(re_) == 1) return makeInt(numerator(re_));
    return ConstVal();
  case Complex:
    if (im_ == 0 && denominator(re_) == 1) return makeInt(numerator(re_));
    return ConstVal();
  default: return ConstVal();
  }
}

ConstVal ConstVal::toFloat() const {
  switch (kind_) {
  case Int: return makeFloat(BigRat(i_));
  case Float: return *this;
  case Complex:
    if (im_ == 0) return makeFloat(re_);
    return ConstVal();
  default: return ConstVal();
  }
}

ConstVal ConstVal::toComplex() const {
  switch (kind_) {
  case Int: return makeComplex(BigRat(i_), BigRat(0));
  case Float: return makeComplex(ratVal(), BigRat(0));
  case Complex: return *this;
  default: return ConstVal();
  }
}

bool ConstVal::int64Val(int64_t &out) const {
  ConstVal i = toInt();
  if (i.kind_ != Int) return false;
  if (i.i_ < BigInt(INT64_MIN) || i.i_ > BigInt(INT64_MAX)) return false;
  out = static_cast<int64_t>(i.i_);
  return true;
}

bool ConstVal::uint64Val(uint64_t &out) const {
  ConstVal i = toInt();
  if (i.kind_ != Int) return false;
  if (i.i_ < 0 || i.i_ > BigInt(UINT64_MAX)) return false;
  out = static_cast<uint64_t>(i.i_);
  return true;
}

bool ConstVal::float64Val(double &out) const {
  if (!isNumeric()) return false;
  bool overflow;
  out = ratToDouble(real(), overflow);
  return !overflow;
}

bool ConstVal::float32Val(float &out) const {
  if (!isNumeric()) return false;
  bool overflow;
  out = ratToFloat(real(), overflow);
  return !overflow;
}

int ConstVal::sign() const {
  switch (kind_) {
  case Int: return i_.sign();
  case Float: return re_.sign();
  case Complex: return re_.sign() | im_.sign();
  default: return 0;
  }
}

static std::string quoteShort(const std::string &s) {
  // go/constant shortens long strings in String().
  std::string q = "\"";
  size_t n = 0;
  for (unsigned char c : s) {
    if (n >= 72) {
      q += "...";
      break;
    }
    if (c == '"' || c == '\\')
      q += '\\', q += char(c);
    else if (c == '\n')
      q += "\\n";
    else if (c == '\t')
      q += "\\t";
    else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      q += buf;
    } else
      q += char(c);
    n++;
  }
  return q + "\"";
}

static std::string floatString(const BigRat &r) {
  bool overflow;
  double d = ratToDouble(r, overflow);
  if (overflow || (d == 0 && r != 0)) {
    // Beyond float64's range either way: go/constant prints such a value
    // as %.6g of its mantissa with the exponent after it (2.25e+600,
    // 1e-400), which bigString does from a binary mantissa and exponent:
    // 64 bits more than the quotient needs are plenty for six digits.
    BigRat a = abs(r);
    const BigInt &num = numerator(a), &den = denominator(a);
    int64_t k = int64_t(msb(den)) - msb(num) + 64;
    BigInt m = k >= 0 ? BigInt((num << k) / den) : BigInt(num / (den << -k));
    return bigString(r < 0 ? BigInt(-m) : m, -k);
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  return buf;
}

std::string ConstVal::str() const {
  switch (kind_) {
  case Bool: return b_ ? "true" : "false";
  case String: return quoteShort(s_);
  case Int: return i_.str();
  case Float: return big() ? bigString(numerator(re_), exp2_) : floatString(re_);
  case Complex: return "(" + floatString(re_) + " + " + floatString(im_) + "i)";
  default: return "unknown";
  }
}

std::string ConstVal::exactString() const {
  if (kind_ == Float && !big() && denominator(re_) == 1) return numerator(re_).str();
  return str();
}

static ConstVal match(const ConstVal &v, ConstVal::Kind k) {
  switch (k) {
  case ConstVal::Int: return v;
  case ConstVal::Float: return v.toFloat();
  case ConstVal::Complex: return v.toComplex();
  default: return v;
  }
}

ConstVal ConstVal::binaryOp(const ConstVal &x0, Tok op, const ConstVal &y0, bool intDiv) {
  if (!x0.known() || !y0.known()) return ConstVal();
  if (x0.kind_ == Bool) {
    switch (op) {
    case Tok::LAnd: return makeBool(x0.b_ && y0.b_);
    case Tok::LOr: return makeBool(x0.b_ || y0.b_);
    default: return ConstVal();
    }
  }
  if (x0.kind_ == String) {
    if (op == Tok::Add) return makeString(x0.s_ + y0.s_);
    return ConstVal();
  }
  Kind k = std::max(x0.kind_, y0.kind_);
  // Untyped integer division is exact (a float result) unless both are
  // integers of typed operands: the checker tells with intDiv.
  if (op == Tok::Quo && k == Int && !intDiv) k = Float;
  ConstVal x = match(x0, k), y = match(y0, k);
  switch (k) {
  case Int: {
    const BigInt &a = x.i_, &b = y.i_;
    switch (op) {
    case Tok::Add: return makeInt(a + b);
    case Tok::Sub: return makeInt(a - b);
    case Tok::Mul: return makeInt(a * b);
    case Tok::Quo: return makeInt(a / b); // truncated, as Go
    case Tok::Rem: return makeInt(a % b);
    case Tok::And: return makeInt(a & b);
    case Tok::Or: return makeInt(a | b);
    case Tok::Xor: return makeInt(a ^ b);
    case Tok::AndNot: return makeInt(a & ~b);
    default: return ConstVal();
    }
  }
  case Float: {
    if (x.big() || y.big()) {
      auto toBF = [](const ConstVal &v) { return v.big() ? BF{numerator(v.re_), v.exp2_} : ratBF(v.re_); };
      BF a = toBF(x), b = toBF(y);
      switch (op) {
      case Tok::Add: a = addBF(a, b); break;
      case Tok::Sub: a = addBF(a, BF{-b.m, b.e}); break;
      case Tok::Mul: a = mulBF(a, b); break;
      case Tok::Quo: a = quoBF(a, b); break;
      default: return ConstVal();
      }
      return makeBig(a.m, a.e);
    }
    const BigRat &a = x.re_, &b = y.re_;
    switch (op) {
    case Tok::Add: return makeFloat(a + b);
    case Tok::Sub: return makeFloat(a - b);
    case Tok::Mul: return makeFloat(a * b);
    case Tok::Quo: return makeFloat(a / b);
    default: return ConstVal();
    }
  }
  case Complex: {
    const BigRat &a = x.re_, &b = x.im_, &c = y.re_, &d = y.im_;
    switch (op) {
    case Tok::Add: return makeComplex(a + c, b + d);
    case Tok::Sub: return makeComplex(a - c, b - d);
    case Tok::Mul: return makeComplex(a * c - b * d, b * c + a * d);
    case Tok::Quo: {
      BigRat s = c * c + d * d;
      return makeComplex((a * c + b * d) / s, (b * c - a * d) / s);
    }
    default: return ConstVal();
    }
  }
  default: return ConstVal();
  }
}

ConstVal ConstVal::unaryOp(Tok op, const ConstVal &x, unsigned prec) {
  if (!x.known()) return x;
  switch (op) {
  case Tok::Add: return x;
  case Tok::Sub:
    switch (x.kind_) {
    case Int: return makeInt(-x.i_);
    case Float: return x.big() ? makeBig(-numerator(x.re_), x.exp2_) : makeFloat(-x.re_);
    case Complex: return makeComplex(-x.re_, -x.im_);
    default: return ConstVal();
    }
  case Tok::Xor: {
    if (x.kind_ != Int) return ConstVal();
    BigInt z = ~x.i_;
    if (prec > 0) z &= (BigInt(1) << prec) - 1; // unsigned: flip only prec bits
    return makeInt(z);
  }
  case Tok::Not: return x.kind_ == Bool ? makeBool(!x.b_) : ConstVal();
  default: return ConstVal();
  }
}

ConstVal ConstVal::shift(const ConstVal &x0, Tok op, unsigned s) {
  ConstVal x = x0.toInt();
  if (x.kind_ != Int) return ConstVal();
  if (op == Tok::Shl) return makeInt(x.i_ << s);
  // >> rounds toward negative infinity, as Go's arithmetic shift.
  if (x.i_ >= 0) return makeInt(x.i_ >> s);
  BigInt q = -((-x.i_ - 1) >> s) - 1;
  return makeInt(q);
}

bool ConstVal::compare(const ConstVal &x0, Tok op, const ConstVal &y0) {
  int c = 0;
  if (x0.kind_ == Bool) {
    c = x0.b_ == y0.b_ ? 0 : 1;
  } else if (x0.kind_ == String) {
    c = x0.s_ < y0.s_ ? -1 : x0.s_ > y0.s_ ? 1 : 0;
  } else {
    Kind k = std::max(x0.kind_, y0.kind_);
    ConstVal x = match(x0, k), y = match(y0, k);
    if (k == Int)
      c = x.i_ < y.i_ ? -1 : x.i_ > y.i_ ? 1 : 0;
    else if (k == Float && (x.big() || y.big()))
      c = ConstVal::binaryOp(x, Tok::Sub, y, false).sign();
    else if (k == Float)
      c = x.re_ < y.re_ ? -1 : x.re_ > y.re_ ? 1 : 0;
    else
      c = (x.re_ == y.re_ && x.im_ == y.im_) ? 0 : 1;
  }
  switch (op) {
  case Tok::Eql: return c == 0;
  case Tok::Neq: return c != 0;
  case Tok::Lss: return c < 0;
  case Tok::Leq: return c <= 0;
  case Tok::Gtr: return c > 0;
  case Tok::Geq: return c >= 0;
  default: return false;
  }
}

} // namespace goterp
