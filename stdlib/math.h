// Package math's internals shared by math.cpp (the elementary functions
// and most natives) and math_special.cpp (Gamma, Lgamma and the error
// functions, which are built on the elementary ones).
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>

namespace goterp {

namespace mathpkg {

inline uint64_t bitsOf(double f) {
  uint64_t b;
  std::memcpy(&b, &f, 8);
  return b;
}

inline double fromBits(uint64_t b) {
  double f;
  std::memcpy(&f, &b, 8);
  return f;
}

inline constexpr uint64_t kSignMask = uint64_t(1) << 63;
inline constexpr uint64_t kPosInf = 0x7FF0000000000000;
inline constexpr uint64_t kNegInf = 0xFFF0000000000000;
inline constexpr uint64_t kNaN = 0x7FF8000000000001; // Go's NaN()
inline constexpr int kShift = 52, kBias = 1023;
inline constexpr uint64_t kMask = 0x7FF;

inline double goNaN() { return fromBits(kNaN); }
inline double inf(int sign) { return sign >= 0 ? HUGE_VAL : -HUGE_VAL; }
inline bool isInf(double f, int sign) { return sign >= 0 ? f > 1.7976931348623157e308 : f < -1.7976931348623157e308; }

inline constexpr double kPi = 0x1.921fb54442d18p+01;
inline constexpr double kPi2 = 0x1.921fb54442d18p+00;     // Pi/2
inline constexpr double kPi4 = 0x1.921fb54442d18p-01;     // Pi/4
inline constexpr double k3Pi4 = 0x1.2d97c7f3321d2p+01;    // 3*Pi/4
inline constexpr double k4OverPi = 0x1.45f306dc9c883p+00; // 4/Pi
inline constexpr double kInvLn10 = 0x1.bcb7b1526e50ep-02; // 1/Ln10
inline constexpr double kInvLn2 = 0x1.71547652b82fep+00;  // 1/Ln2
inline constexpr double kLn2 = 0x1.62e42fefa39efp-01;

// Go's algorithms for the elementary functions (math.cpp).
double exp_(double x);
double log_(double x);
double pow_(double x, double y);
double sin_(double x);
double cos_(double x);
double modf_(double f, double &frac);

} // namespace mathpkg

} // namespace goterp
