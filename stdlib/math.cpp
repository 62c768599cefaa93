// Natives of package math. Results must be Go 1.19's on amd64 bit for bit,
// so each function follows the algorithm Go uses there (not the C library's,
// which rounds differently in the last place): Go's amd64 assembly for Exp
// (with its FMA variant on CPUs that have FMA, as Go picks at run time),
// Log, Hypot, Max and Min; otherwise the Cephes and FreeBSD-derived
// algorithms of Go's portable code, operation for operation. Floor, Ceil,
// Trunc, Sqrt, FMA, Round, RoundToEven, Mod, Remainder, Frexp and Ldexp are
// exact operations, for which the C library's versions give Go's results.
//
// Constant expressions Go evaluates exactly and rounds once (4/Pi, 3*Pi/4)
// are written as hexadecimal literals, printed by Go itself.
//
// The special functions built on these (Gamma, Lgamma, the error
// functions) are in math_special.cpp.
#include <cmath>
#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "stdlib/math.h"
#include "stdlib/native.h"

namespace goterp {

namespace mathpkg {

// frexp with Go's special cases.
double frexp_(double f, int64_t &e) {
  if (f == 0 || std::isinf(f) || std::isnan(f)) {
    e = 0;
    return f;
  }
  int ie;
  double fr = std::frexp(f, &ie);
  e = ie;
  return fr;
}

double ldexp_(double f, int64_t e) {
  if (e > 5000) e = 5000;
  if (e < -5000) e = -5000;
  return std::ldexp(f, int(e));
}

// Go's Modf: for |f| >= 1 the fraction is f - int(f), so Modf(±Inf) has a
// NaN fraction.
double modf_(double f, double &frac) {
  if (f < 1) {
    if (f < 0) {
      double i = modf_(-f, frac);
      frac = -frac;
      return -i;
    }
    if (f == 0) {
      frac = f;
      return f;
    }
    frac = f;
    return 0;
  }
  double i = std::isnan(f) ? f : std::trunc(f);
  frac = f - i;
  return i;
}

// ---- Exp and Log: Go's amd64 assembly ----

bool haveFMA() {
#if defined(__x86_64__)
  static const bool fma = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return fma;
#else
  return false;
#endif
}

// CVTSD2SL: to int32 in the current rounding mode (to nearest, even), the
// "integer indefinite" INT32_MIN when out of range.
int32_t cvtsd2sl(double x) {
#if defined(__x86_64__)
  return _mm_cvtsd_si32(_mm_set_sd(x));
#else
  if (!(x > -2147483648.5 && x < 2147483647.5)) return INT32_MIN;
  return int32_t(std::nearbyint(x));
#endif
}

double exp_(double x) {
  constexpr double kLog2e = 1.4426950408889634073599246810018920;
  constexpr double kLn2U = 0.69314718055966295651160180568695068359375;
  constexpr double kLn2L = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double kOverflow = 7.09782712893384e+02;
  constexpr double c[] = {
      2.4801587301587301587e-5,
      1.9841269841269841270e-4,
      1.3888888888888888889e-3,
      8.3333333333333333333e-3,
      4.1666666666666666667e-2,
      1.6666666666666666667e-1,
      0.5,
      1.0,
  };
  uint64_t b = bitsOf(x);
  if ((b & ~kSignMask) >= kPosInf) return b == kNegInf ? 0 : x; // ±Inf, NaN
  if (x > kOverflow) return inf(1);
  int32_t e = cvtsd2sl(kLog2e * x);
  double k = e;
  double y;
  if (haveFMA()) {
    x = std::fma(-kLn2U, k, x);
    x = std::fma(-kLn2L, k, x);
    x *= 0.0625;
    double p = c[0];
    for (int i = 1; i < 8; i++) p = std::fma(p, x, c[i]);
    y = x * p;
    for (int i = 0; i < 3; i++) y *= y + 2.0;
    y = std::fma(y, y + 2.0, 1.0);
  } else {
    x -= kLn2U * k;
    x -= kLn2L * k;
    x *= 0.0625;
    double p = c[0] * x;
    for (int i = 1; i < 7; i++) p = (p + c[i]) * x;
    p += 1.0;
    y = x * p;
    for (int i = 0; i < 4; i++) y *= y + 2.0;
    y += 1.0;
  }
  // y * 2**e, through a denormal step if needed.
  int32_t be = e + 0x3FF;
  if (be <= 0) {
    if (be < -52) return 0;
    y *= fromBits(uint64_t(be + 0x3FE) << 52);
    be = 1;
  } else if (be >= 0x7FF) {
    return inf(1);
  }
  return y * fromBits(uint64_t(be) << 52);
}

double log_(double x) {
  constexpr double kHSqrt2 = 7.07106781186547524401e-01;
  constexpr double kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10;
  constexpr double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
                   L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                   L7 = 1.479819860511658591e-01;
  uint64_t b = bitsOf(x);
  if ((b & ~kSignMask) == 0) return inf(-1);
  if (int64_t(b) < 0) return goNaN();
  if (b >= kPosInf) return x;
  // The assembly takes the exponent field as is (denormals are not
  // normalised) and halves when f1 <= Sqrt2/2.
  double f1 = fromBits((b & 0x000FFFFFFFFFFFFF) | bitsOf(0.5));
  double k = double(int32_t((b >> 52) & 0x7FF) - 0x3FE);
  if (kHSqrt2 >= f1) {
    k -= 1;
    f1 *= 2;
  }
  double f = f1 - 1;
  double s = f / (2.0 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
  double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * kLn2Hi - ((hfsq - (s * (hfsq + R) + k * kLn2Lo)) - f);
}

// ---- Portable algorithms ----

double expmulti(double hi, double lo, int64_t k) {
  constexpr double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05,
                   P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
  double r = hi - lo;
  double t = r * r;
  double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return ldexp_(y, k);
}

double exp2_(double x) {
  constexpr double kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10;
  if (std::isnan(x) || isInf(x, 1)) return x;
  if (isInf(x, -1)) return 0;
  if (x > 1.0239999999999999e+03) return inf(1);
  if (x < -1.0740e+03) return 0;
  int64_t k = 0;
  if (x > 0)
    k = int64_t(x + 0.5);
  else if (x < 0)
    k = int64_t(x - 0.5);
  double t = x - double(k);
  return expmulti(t * kLn2Hi, -t * kLn2Lo, k);
}

double expm1_(double x) {
  constexpr double kOthreshold = 7.09782712893383973096e+02, kLn2X56 = 3.88162421113569373274e+01,
                   kLn2HalfX3 = 1.03972077083991796413e+00, kLn2Half = 3.46573590279972654709e-01,
                   kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10,
                   kInvLn2e = 1.44269504088896338700e+00, kTiny = 0x1p-54;
  constexpr double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
                   Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;
  if (isInf(x, 1) || std::isnan(x)) return x;
  if (isInf(x, -1)) return -1;
  bool neg = x < 0;
  double ax = neg ? -x : x;
  if (ax >= kLn2X56) {
    if (neg) return -1;
    if (ax >= kOthreshold) return inf(1);
  }
  double c = 0;
  int64_t k = 0;
  if (ax > kLn2Half) {
    double hi, lo;
    if (ax < kLn2HalfX3) {
      if (!neg) {
        hi = x - kLn2Hi;
        lo = kLn2Lo;
        k = 1;
      } else {
        hi = x + kLn2Hi;
        lo = -kLn2Lo;
        k = -1;
      }
    } else {
      k = neg ? int64_t(kInvLn2e * x - 0.5) : int64_t(kInvLn2e * x + 0.5);
      double t = double(k);
      hi = x - t * kLn2Hi;
      lo = t * kLn2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (ax < kTiny) {
    return x;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  e = (x * (e - c) - c);
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    double y = 1 - (e - x);
    y = fromBits(bitsOf(y) + (uint64_t(k) << 52));
    return y - 1;
  }
  if (k < 20) {
    double t1 = fromBits(0x3ff0000000000000 - (0x20000000000000 >> k)); // 1-2**-k
    double y = t1 - (e - x);
    return fromBits(bitsOf(y) + (uint64_t(k) << 52));
  }
  double t2 = fromBits(uint64_t(0x3ff - k) << 52); // 2**-k
  double y = x - (e + t2);
  y += 1;
  return fromBits(bitsOf(y) + (uint64_t(k) << 52));
}

double log1p_(double x) {
  constexpr double kSqrt2M1 = 4.142135623730950488017e-01, kSqrt2HalfM1 = -2.928932188134524755992e-01,
                   kSmall = 0x1p-29, kTiny = 0x1p-54, kTwo53 = 0x1p53, kLn2Hi = 6.93147180369123816490e-01,
                   kLn2Lo = 1.90821492927058770002e-10;
  constexpr double Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01, Lp3 = 2.857142874366239149e-01,
                   Lp4 = 2.222219843214978396e-01, Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
                   Lp7 = 1.479819860511658591e-01;
  if (x < -1 || std::isnan(x)) return goNaN();
  if (x == -1) return inf(-1);
  if (isInf(x, 1)) return inf(1);
  double ax = std::fabs(x);
  double f = 0;
  uint64_t iu = 0;
  int64_t k = 1;
  if (ax < kSqrt2M1) {
    if (ax < kSmall) {
      if (ax < kTiny) return x;
      return x - x * x * 0.5;
    }
    if (x > kSqrt2HalfM1) {
      k = 0;
      f = x;
      iu = 1;
    }
  }
  double c = 0;
  if (k != 0) {
    double u;
    if (ax < kTwo53) {
      u = 1.0 + x;
      iu = bitsOf(u);
      k = int64_t((iu >> 52) - 1023);
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      iu = bitsOf(u);
      k = int64_t((iu >> 52) - 1023);
      c = 0;
    }
    iu &= 0x000fffffffffffff;
    if (iu < 0x0006a09e667f3bcd) {
      u = fromBits(iu | 0x3ff0000000000000);
    } else {
      k++;
      u = fromBits(iu | 0x3fe0000000000000);
      iu = (0x0010000000000000 - iu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  double dk = double(k);
  if (iu == 0) {
    if (f == 0) {
      if (k == 0) return 0;
      c += dk * kLn2Lo;
      return dk * kLn2Hi + c;
    }
    double R = hfsq * (1.0 - 0x1.5555555555555p-01 * f);
    if (k == 0) return f - R;
    return dk * kLn2Hi - ((R - (dk * kLn2Lo + c)) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return dk * kLn2Hi - ((hfsq - (s * (hfsq + R) + (dk * kLn2Lo + c))) - f);
}

double log2_(double x) {
  int64_t e;
  double fr = frexp_(x, e);
  if (fr == 0.5) return double(e - 1);
  return log_(fr) * kInvLn2 + double(e);
}

bool isOddInt(double x) {
  double xf;
  double xi = modf_(x, xf);
  if (xf != 0 || std::fabs(xi) >= 0x1p53) return false; // large floats are even
  return (int64_t(xi) & 1) == 1;
}

double pow_(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (std::isnan(x) || std::isnan(y)) return goNaN();
  if (x == 0) {
    if (y < 0) return isOddInt(y) ? std::copysign(inf(1), x) : inf(1);
    if (y > 0) return isOddInt(y) ? x : 0;
  }
  if (std::isinf(y)) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == isInf(y, 1)) return 0;
    return inf(1);
  }
  if (std::isinf(x)) {
    if (isInf(x, -1)) return pow_(1 / x, -y);
    if (y < 0) return 0;
    if (y > 0) return inf(1);
  }
  if (y == 0.5) return std::sqrt(x);
  if (y == -0.5) return 1 / std::sqrt(x);
  double yf;
  double yi = modf_(std::fabs(y), yf);
  if (yf != 0 && x < 0) return goNaN();
  if (yi >= 0x1p63) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return inf(1);
  }
  double a1 = 1.0;
  int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp_(yf * log_(x));
  }
  int64_t xe;
  double x1 = frexp_(x, xe);
  for (auto i = int64_t(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      ae += xe;
      break;
    }
    if ((i & 1) == 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe *= 2;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp_(a1, ae);
}

double cbrt_(double x) {
  constexpr uint64_t B1 = 715094163, B2 = 696219795;
  constexpr double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01, E = 1.41428571428571436819e+00,
                   F = 1.60714285714285720630e+00, G = 3.57142857142857150787e-01,
                   kSmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || std::isnan(x) || std::isinf(x)) return x;
  bool neg = x < 0;
  if (neg) x = -x;
  double t = fromBits(bitsOf(x) / 3 + (B1 << 32));
  if (x < kSmallestNormal) {
    t = 0x1p54;
    t *= x;
    t = fromBits(bitsOf(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = fromBits((bitsOf(t) & (uint64_t(0xFFFFFFFFC) << 28)) + (uint64_t(1) << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return neg ? -t : t;
}

double hypot_(double p, double q) {
  uint64_t pb = bitsOf(p) & ~kSignMask, qb = bitsOf(q) & ~kSignMask;
  if (pb >= kPosInf || qb >= kPosInf) return pb == kPosInf || qb == kPosInf ? inf(1) : goNaN();
  if ((pb | qb) == 0) return 0;
  double a = fromBits(pb), b = fromBits(qb);
  double hi = a > b ? a : b, lo = a > b ? b : a;
  double r = lo / hi;
  return hi * std::sqrt(r * r + 1.0);
}

// ---- Trigonometric functions ----

const double kSinCoef[] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
const double kCosCoef[] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9,  -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};

// Pi/4 in three parts for the reduction.
constexpr double kPi4A = 7.85398125648498535156e-1, kPi4B = 3.77489470793079817668e-8,
                 kPi4C = 2.69515142907905952645e-15;
constexpr double kReduceThreshold = 1 << 29;

// The bits of 4/Pi (1.45f306dc...): mPi4[0] is the integer part.
const uint64_t kFourOverPi[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083, 0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d, 0xd1046bea5d768909, 0xd338e04d68befc82,
    0x7323ac7306a673e9, 0x3908bf177bf25076, 0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a, 0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

// Payne-Hanek reduction of a large x (>= 2**29): the octant j and the
// remainder z, in [0, Pi/4), as Go computes them.
void trigReduce(double x, uint64_t &j, double &z) {
  if (x < kPi4) {
    j = 0;
    z = x;
    return;
  }
  uint64_t ix = bitsOf(x);
  int e = int((ix >> kShift) & kMask) - kBias - kShift;
  ix &= ~(kMask << kShift);
  ix |= uint64_t(1) << kShift;
  unsigned digit = unsigned(e + 61) / 64, shift = unsigned(e + 61) % 64;
  auto word = [&](unsigned d) {
    // Words shifted left by `shift`, with the next word's top bits.
    return shift == 0 ? kFourOverPi[d] : (kFourOverPi[d] << shift) | (kFourOverPi[d + 1] >> (64 - shift));
  };
  uint64_t z0 = word(digit), z1 = word(digit + 1), z2 = word(digit + 2);
  using u128 = unsigned __int128;
  uint64_t z2hi = uint64_t((u128(z2) * ix) >> 64);
  u128 p1 = u128(z1) * ix;
  uint64_t z1hi = uint64_t(p1 >> 64), z1lo = uint64_t(p1);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t carry = lo < z1lo ? 1 : 0;
  uint64_t hi = z0lo + z1hi + carry;
  j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  // Go's shifts: by 64 or more gives 0.
  auto shl = [](uint64_t v, unsigned n) { return n >= 64 ? 0 : v << n; };
  auto shr = [](uint64_t v, unsigned n) { return n >= 64 ? 0 : v >> n; };
  unsigned lz = hi ? unsigned(__builtin_clzll(hi)) : 64;
  uint64_t ex = uint64_t(kBias - (lz + 1));
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 64 - kShift;
  hi |= ex << kShift;
  z = fromBits(hi);
  if (j & 1) {
    j++;
    j &= 7;
    z--;
  }
  z *= kPi4;
}

// The octant of x (>= 0) and the reduced argument.
void reduce(double x, uint64_t &j, double &z) {
  if (x >= kReduceThreshold) {
    trigReduce(x, j, z);
    return;
  }
  j = uint64_t(x * k4OverPi);
  double y = double(j);
  if (j & 1) {
    j++;
    y++;
  }
  j &= 7;
  z = ((x - y * kPi4A) - y * kPi4B) - y * kPi4C;
}

double sinPoly(double z, double zz) {
  const double *s = kSinCoef;
  return z + z * zz * ((((((s[0] * zz) + s[1]) * zz + s[2]) * zz + s[3]) * zz + s[4]) * zz + s[5]);
}

double cosPoly(double zz) {
  const double *c = kCosCoef;
  return 1.0 - 0.5 * zz + zz * zz * ((((((c[0] * zz) + c[1]) * zz + c[2]) * zz + c[3]) * zz + c[4]) * zz + c[5]);
}

double cos_(double x) {
  if (std::isnan(x) || std::isinf(x)) return goNaN();
  bool neg = false;
  x = std::fabs(x);
  uint64_t j;
  double z;
  reduce(x, j, z);
  if (j > 3) {
    j -= 4;
    neg = !neg;
  }
  if (j > 1) neg = !neg;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sinPoly(z, zz) : cosPoly(zz);
  return neg ? -y : y;
}

double sin_(double x) {
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return goNaN();
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  uint64_t j;
  double z;
  reduce(x, j, z);
  if (j > 3) {
    neg = !neg;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cosPoly(zz) : sinPoly(z, zz);
  return neg ? -y : y;
}

void sincos_(double x, double &s, double &c) {
  if (x == 0) {
    s = x;
    c = 1;
    return;
  }
  if (std::isnan(x) || std::isinf(x)) {
    s = c = goNaN();
    return;
  }
  bool sinNeg = false, cosNeg = false;
  if (x < 0) {
    x = -x;
    sinNeg = true;
  }
  uint64_t j;
  double z;
  reduce(x, j, z);
  if (j > 3) {
    j -= 4;
    sinNeg = !sinNeg;
    cosNeg = !cosNeg;
  }
  if (j > 1) cosNeg = !cosNeg;
  double zz = z * z;
  c = cosPoly(zz);
  s = sinPoly(z, zz);
  if (j == 1 || j == 2) std::swap(s, c);
  if (cosNeg) c = -c;
  if (sinNeg) s = -s;
}

double tan_(double x) {
  constexpr double P0 = -1.30936939181383777646e4, P1 = 1.15351664838587416140e6, P2 = -1.79565251976484877988e7;
  constexpr double Q1 = 1.36812963470692954678e4, Q2 = -1.32089234440210967447e6, Q3 = 2.50083801823357915839e7,
                   Q4 = -5.38695755929454629881e7;
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return goNaN();
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  uint64_t j;
  double z;
  if (x >= kReduceThreshold) {
    trigReduce(x, j, z);
  } else {
    // Unlike sin and cos, the octant is not reduced modulo 8.
    j = uint64_t(x * k4OverPi);
    double y = double(j);
    if (j & 1) {
      j++;
      y++;
    }
    z = ((x - y * kPi4A) - y * kPi4B) - y * kPi4C;
  }
  double zz = z * z;
  double y = z;
  if (zz > 1e-14) y = z + z * (zz * ((P0 * zz + P1) * zz + P2) / ((((zz + Q1) * zz + Q2) * zz + Q3) * zz + Q4));
  if (j & 2) y = -1 / y;
  return neg ? -y : y;
}

// atan on [0, 0.66].
double xatan(double x) {
  constexpr double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                   P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                   P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                   Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                   Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

// atan of x >= 0, reduced to [0, 0.66].
double satan(double x) {
  constexpr double kMorebits = 6.123233995736765886130e-17; // Pi/2 = PIO2 + Morebits
  constexpr double kHalfMorebits = 0x1.1a62633145c07p-55;
  constexpr double kTan3Pi8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > kTan3Pi8) return kPi2 - xatan(1 / x) + kMorebits;
  return kPi4 + xatan((x - 1) / (x + 1)) + kHalfMorebits;
}

double atan_(double x) {
  if (x == 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

double asin_(double x) {
  if (x == 0) return x;
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  if (x > 1) return goNaN();
  double t = std::sqrt(1 - x * x);
  t = x > 0.7 ? kPi2 - satan(t / x) : satan(x / t);
  return neg ? -t : t;
}

double acos_(double x) { return kPi2 - asin_(x); }

double atan2_(double y, double x) {
  if (std::isnan(y) || std::isnan(x)) return goNaN();
  if (y == 0) return x >= 0 && !std::signbit(x) ? std::copysign(0, y) : std::copysign(kPi, y);
  if (x == 0) return std::copysign(kPi2, y);
  if (std::isinf(x)) {
    if (isInf(x, 1)) return std::isinf(y) ? std::copysign(kPi4, y) : std::copysign(0, y);
    return std::isinf(y) ? std::copysign(k3Pi4, y) : std::copysign(kPi, y);
  }
  if (std::isinf(y)) return std::copysign(kPi2, y);
  double q = atan_(y / x);
  if (x < 0) return q <= 0 ? q + kPi : q - kPi;
  return q;
}

// ---- Hyperbolic functions ----

double sinh_(double x) {
  constexpr double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                   P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                   Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                   Q2 = -0.173678953558233699533450911e+3;
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  double t;
  if (x > 21) {
    t = exp_(x) * 0.5;
  } else if (x > 0.5) {
    double ex = exp_(x);
    t = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    t = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    t = t / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return neg ? -t : t;
}

double cosh_(double x) {
  x = std::fabs(x);
  if (x > 21) return exp_(x) * 0.5;
  double ex = exp_(x);
  return (ex + 1 / ex) * 0.5;
}

double tanh_(double x) {
  constexpr double P0 = -9.64399179425052238628e-1, P1 = -9.92877231001918586564e1, P2 = -1.61468768441708447952e3;
  constexpr double Q0 = 1.12811678491632931402e2, Q1 = 2.23548839060100448583e3, Q2 = 4.84406305325125486048e3;
  constexpr double kMaxLog = 8.8029691931113054295988e+01; // log(2**127)
  double z = std::fabs(x);
  if (z > 0.5 * kMaxLog) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = exp_(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P0 * s + P1) * s + P2) / (((s + Q0) * s + Q1) * s + Q2);
}

double asinh_(double x) {
  constexpr double kNearZero = 0x1p-28, kLarge = 0x1p28;
  if (std::isnan(x) || std::isinf(x)) return x;
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  double t;
  if (x > kLarge)
    t = log_(x) + kLn2;
  else if (x > 2)
    t = log_(2 * x + 1 / (std::sqrt(x * x + 1) + x));
  else if (x < kNearZero)
    t = x;
  else
    t = log1p_(x + x * x / (1 + std::sqrt(1 + x * x)));
  return neg ? -t : t;
}

double acosh_(double x) {
  if (x < 1 || std::isnan(x)) return goNaN();
  if (x == 1) return 0;
  if (x >= 0x1p28) return log_(x) + kLn2;
  if (x > 2) return log_(2 * x - 1 / (x + std::sqrt(x * x - 1)));
  double t = x - 1;
  return log1p_(t + std::sqrt(2 * t + t * t));
}

double atanh_(double x) {
  if (x < -1 || x > 1 || std::isnan(x)) return goNaN();
  if (x == 1) return inf(1);
  if (x == -1) return inf(-1);
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  double t;
  if (x < 0x1p-28) {
    t = x;
  } else if (x < 0.5) {
    t = x + x;
    t = 0.5 * log1p_(t + t * x / (1 - x));
  } else {
    t = 0.5 * log1p_((x + x) / (1 - x));
  }
  return neg ? -t : t;
}

} // namespace mathpkg

namespace {

using namespace mathpkg;

// ---- Natives ----

double a0(Frame &f) { return f.arg<double>(0); }
double a1(Frame &f) { return f.arg<double>(1); }
void ret(Frame &f, double v) { f.result<double>(0) = v; }

void Inf_(Frame &f) { ret(f, inf(f.arg<int64_t>(0) >= 0 ? 1 : -1)); }
void NaN_(Frame &f) { ret(f, goNaN()); }
void IsNaN_(Frame &f) { f.result<bool>(0) = std::isnan(a0(f)); }
void IsInf_(Frame &f) {
  double x = a0(f);
  int64_t s = f.arg<int64_t>(1);
  f.result<bool>(0) = (s >= 0 && isInf(x, 1)) || (s <= 0 && isInf(x, -1));
}
void Signbit_(Frame &f) { f.result<bool>(0) = std::signbit(a0(f)); }
void Copysign_(Frame &f) { ret(f, std::copysign(a0(f), a1(f))); }
void Abs_(Frame &f) { ret(f, std::fabs(a0(f))); }
void Float64bits_(Frame &f) { f.result<uint64_t>(0) = bitsOf(a0(f)); }
void Float64frombits_(Frame &f) { ret(f, fromBits(f.arg<uint64_t>(0))); }
void Float32bits_(Frame &f) {
  float x = f.arg<float>(0);
  uint32_t b;
  std::memcpy(&b, &x, 4);
  f.result<uint32_t>(0) = b;
}
void Float32frombits_(Frame &f) {
  uint32_t b = f.arg<uint32_t>(0);
  float x;
  std::memcpy(&x, &b, 4);
  f.result<float>(0) = x;
}

void Nextafter_(Frame &f) {
  double x = a0(f), y = a1(f), r;
  if (std::isnan(x) || std::isnan(y))
    r = goNaN();
  else if (x == y)
    r = x;
  else if (x == 0)
    r = std::copysign(fromBits(1), y);
  else if ((y > x) == (x > 0))
    r = fromBits(bitsOf(x) + 1);
  else
    r = fromBits(bitsOf(x) - 1);
  ret(f, r);
}

void Nextafter32_(Frame &f) {
  float x = f.arg<float>(0), y = f.arg<float>(1), r;
  auto bits32 = [](float v) {
    uint32_t b;
    std::memcpy(&b, &v, 4);
    return b;
  };
  auto from32 = [](uint32_t b) {
    float v;
    std::memcpy(&v, &b, 4);
    return v;
  };
  if (std::isnan(x) || std::isnan(y))
    r = float(goNaN());
  else if (x == y)
    r = x;
  else if (x == 0)
    r = std::copysign(from32(1), y);
  else if ((y > x) == (x > 0))
    r = from32(bits32(x) + 1);
  else
    r = from32(bits32(x) - 1);
  f.result<float>(0) = r;
}

void Floor_(Frame &f) { ret(f, std::floor(a0(f))); }
void Ceil_(Frame &f) { ret(f, std::ceil(a0(f))); }
void Trunc_(Frame &f) { ret(f, std::trunc(a0(f))); }
void Round_(Frame &f) { ret(f, std::round(a0(f))); }
void RoundToEven_(Frame &f) { ret(f, std::nearbyint(a0(f))); }

void Modf_(Frame &f) {
  double frac;
  double i = modf_(a0(f), frac);
  f.result<double>(0) = i;
  f.result<double>(1) = frac;
}

void Frexp_(Frame &f) {
  int64_t e;
  double fr = frexp_(a0(f), e);
  f.result<double>(0) = fr;
  f.result<int64_t>(1) = e;
}

void Ldexp_(Frame &f) { ret(f, ldexp_(a0(f), f.arg<int64_t>(1))); }

int64_t ilogb_(double x) {
  int e;
  std::frexp(x, &e);
  return e - 1;
}

void Ilogb_(Frame &f) {
  double x = a0(f);
  if (x == 0)
    f.result<int64_t>(0) = INT32_MIN;
  else if (std::isnan(x) || std::isinf(x))
    f.result<int64_t>(0) = INT32_MAX;
  else
    f.result<int64_t>(0) = ilogb_(x);
}

void Logb_(Frame &f) {
  double x = a0(f);
  if (x == 0)
    ret(f, inf(-1));
  else if (std::isinf(x))
    ret(f, inf(1));
  else if (std::isnan(x))
    ret(f, x);
  else
    ret(f, double(ilogb_(x)));
}

void Mod_(Frame &f) {
  double x = a0(f), y = a1(f);
  if (y == 0 || std::isinf(x) || std::isnan(x) || std::isnan(y))
    ret(f, goNaN());
  else
    ret(f, std::fmod(x, y));
}

void Remainder_(Frame &f) {
  double x = a0(f), y = a1(f);
  if (std::isnan(x) || std::isnan(y) || std::isinf(x) || y == 0)
    ret(f, goNaN());
  else if (std::isinf(y))
    ret(f, x);
  else
    ret(f, std::remainder(x, y));
}

void Dim_(Frame &f) {
  double v = a0(f) - a1(f);
  ret(f, v <= 0 ? 0 : v);
}

void Max_(Frame &f) {
  double x = a0(f), y = a1(f);
  uint64_t xb = bitsOf(x), yb = bitsOf(y);
  if (xb == kPosInf || yb == kPosInf)
    ret(f, inf(1));
  else if ((xb & ~kSignMask) > kPosInf || (yb & ~kSignMask) > kPosInf)
    ret(f, goNaN());
  else if (((xb | yb) & ~kSignMask) == 0)
    ret(f, xb == kSignMask ? y : x); // +0 wins
  else
    ret(f, x > y ? x : y);
}

void Min_(Frame &f) {
  double x = a0(f), y = a1(f);
  uint64_t xb = bitsOf(x), yb = bitsOf(y);
  if (xb == kNegInf || yb == kNegInf)
    ret(f, inf(-1));
  else if ((xb & ~kSignMask) > kPosInf || (yb & ~kSignMask) > kPosInf)
    ret(f, goNaN());
  else if (((xb | yb) & ~kSignMask) == 0)
    ret(f, xb == kSignMask ? x : y); // -0 wins
  else
    ret(f, x < y ? x : y);
}

void FMA_(Frame &f) { ret(f, std::fma(a0(f), a1(f), f.arg<double>(2))); }

void Sqrt_(Frame &f) { ret(f, std::sqrt(a0(f))); }
void Cbrt_(Frame &f) { ret(f, cbrt_(a0(f))); }
void Hypot_(Frame &f) { ret(f, hypot_(a0(f), a1(f))); }
void Pow_(Frame &f) { ret(f, pow_(a0(f), a1(f))); }

void Pow10_(Frame &f) {
  static const double tab[] = {1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10,
                               1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
                               1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31};
  static const double pos32[] = {1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
  static const double neg32[] = {1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
  int64_t n = f.arg<int64_t>(0);
  if (0 <= n && n <= 308)
    ret(f, pos32[n / 32] * tab[n % 32]);
  else if (-323 <= n && n <= 0)
    ret(f, neg32[-n / 32] / tab[-n % 32]);
  else
    ret(f, n > 0 ? inf(1) : 0);
}

void Exp_(Frame &f) { ret(f, exp_(a0(f))); }
void Exp2_(Frame &f) { ret(f, exp2_(a0(f))); }
void Expm1_(Frame &f) { ret(f, expm1_(a0(f))); }
void Log_(Frame &f) { ret(f, log_(a0(f))); }
void Log2_(Frame &f) { ret(f, log2_(a0(f))); }
void Log10_(Frame &f) { ret(f, log_(a0(f)) * kInvLn10); }
void Log1p_(Frame &f) { ret(f, log1p_(a0(f))); }

void Sin_(Frame &f) { ret(f, sin_(a0(f))); }
void Cos_(Frame &f) { ret(f, cos_(a0(f))); }
void Tan_(Frame &f) { ret(f, tan_(a0(f))); }
void Sincos_(Frame &f) {
  double s, c;
  sincos_(a0(f), s, c);
  f.result<double>(0) = s;
  f.result<double>(1) = c;
}
void Asin_(Frame &f) { ret(f, asin_(a0(f))); }
void Acos_(Frame &f) { ret(f, acos_(a0(f))); }
void Atan_(Frame &f) { ret(f, atan_(a0(f))); }
void Atan2_(Frame &f) { ret(f, atan2_(a0(f), a1(f))); }
void Sinh_(Frame &f) { ret(f, sinh_(a0(f))); }
void Cosh_(Frame &f) { ret(f, cosh_(a0(f))); }
void Tanh_(Frame &f) { ret(f, tanh_(a0(f))); }
void Asinh_(Frame &f) { ret(f, asinh_(a0(f))); }
void Acosh_(Frame &f) { ret(f, acosh_(a0(f))); }
void Atanh_(Frame &f) { ret(f, atanh_(a0(f))); }

Natives reg{
    {"math.Inf", Inf_},
    {"math.NaN", NaN_},
    {"math.IsNaN", IsNaN_},
    {"math.IsInf", IsInf_},
    {"math.Signbit", Signbit_},
    {"math.Copysign", Copysign_},
    {"math.Abs", Abs_},
    {"math.Float64bits", Float64bits_},
    {"math.Float64frombits", Float64frombits_},
    {"math.Float32bits", Float32bits_},
    {"math.Float32frombits", Float32frombits_},
    {"math.Nextafter", Nextafter_},
    {"math.Nextafter32", Nextafter32_},
    {"math.Floor", Floor_},
    {"math.Ceil", Ceil_},
    {"math.Trunc", Trunc_},
    {"math.Round", Round_},
    {"math.RoundToEven", RoundToEven_},
    {"math.Modf", Modf_},
    {"math.Frexp", Frexp_},
    {"math.Ldexp", Ldexp_},
    {"math.Ilogb", Ilogb_},
    {"math.Logb", Logb_},
    {"math.Mod", Mod_},
    {"math.Remainder", Remainder_},
    {"math.Dim", Dim_},
    {"math.Max", Max_},
    {"math.Min", Min_},
    {"math.FMA", FMA_},
    {"math.Sqrt", Sqrt_},
    {"math.Cbrt", Cbrt_},
    {"math.Hypot", Hypot_},
    {"math.Pow", Pow_},
    {"math.Pow10", Pow10_},
    {"math.Exp", Exp_},
    {"math.Exp2", Exp2_},
    {"math.Expm1", Expm1_},
    {"math.Log", Log_},
    {"math.Log2", Log2_},
    {"math.Log10", Log10_},
    {"math.Log1p", Log1p_},
    {"math.Sin", Sin_},
    {"math.Cos", Cos_},
    {"math.Tan", Tan_},
    {"math.Sincos", Sincos_},
    {"math.Asin", Asin_},
    {"math.Acos", Acos_},
    {"math.Atan", Atan_},
    {"math.Atan2", Atan2_},
    {"math.Sinh", Sinh_},
    {"math.Cosh", Cosh_},
    {"math.Tanh", Tanh_},
    {"math.Asinh", Asinh_},
    {"math.Acosh", Acosh_},
    {"math.Atanh", Atanh_},
};

} // namespace

} // namespace goterp
