// ConstVal: the values of Go constant expressions, with exact arithmetic.
//
// Go evaluates constant expressions exactly: untyped integer constants are
// unbounded and float constants keep their exact value until they meet a
// type (1<<100>>98 is 4; 0.1+0.2 == 0.3 is true). Integers are arbitrary
// precision (boost::multiprecision::cpp_int), floats exact rationals
// (cpp_rational), complex values a pair of rationals. Rejected: IEEE doubles
// (wrong results for the cases above) and GMP (a library for what header-only
// Boost already does).
//
// A float too large or too small for a rational of reasonable size
// (1e646456992, which gc accepts) is held as go/constant holds every large
// float: a 512-bit mantissa and a binary exponent, rounded after each
// operation.
//
// Conversions to machine values round correctly (to nearest, ties to even)
// and report overflow, which the checker turns into gc's errors.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>
#include <string>

namespace goterp {

using BigInt = boost::multiprecision::cpp_int;
using BigRat = boost::multiprecision::cpp_rational;

enum class Tok : uint8_t;

class ConstVal {
public:
  enum Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };

  ConstVal() : kind_(Unknown) {}
  static ConstVal makeBool(bool b);
  static ConstVal makeString(std::string s);
  static ConstVal makeInt(BigInt i);
  static ConstVal makeInt64(int64_t i) { return makeInt(BigInt(i)); }
  static ConstVal makeUint64(uint64_t u) { return makeInt(BigInt(u)); }
  static ConstVal makeFloat(BigRat r);
  static ConstVal makeFloat64(double d); // d must be finite
  static ConstVal makeComplex(BigRat re, BigRat im);
  // From a literal's text (the lexer has already validated it).
  static ConstVal fromIntLit(const std::string &lit);
  static ConstVal fromFloatLit(const std::string &lit);
  static ConstVal fromImagLit(const std::string &lit);

  Kind kind() const { return kind_; }
  bool known() const { return kind_ != Unknown; }
  bool isNumeric() const { return kind_ == Int || kind_ == Float || kind_ == Complex; }

  bool boolVal() const { return b_; }
  const std::string &stringVal() const { return s_; }
  const BigInt &intVal() const { return i_; } // kind Int
  // The value as a rational (Int or Float), the real/imaginary parts. A big
  // float gives a rational of its sign and of a magnitude past every machine
  // type, which is all its consumers (conversions, complex) can tell apart.
  BigRat ratVal() const;
  BigRat real() const;
  BigRat imag() const;

  // Conversions between numeric kinds; the result is Unknown when the value
  // does not fit the target kind exactly (1.5 to Int).
  ConstVal toInt() const;
  ConstVal toFloat() const;
  ConstVal toComplex() const;

  // Machine values; ok is false if out of range (ints) or overflowing
  // (floats round to nearest even).
  bool int64Val(int64_t &out) const;
  bool uint64Val(uint64_t &out) const;
  bool float64Val(double &out) const;
  bool float32Val(float &out) const;

  // Go's String(): the value as go/constant prints it in messages.
  std::string str() const;
  // The exact value, for %v of constants in messages ("300").
  std::string exactString() const;

  int sign() const;

  // Arithmetic. The operands have been matched to the same kind; division of
  // Ints is integer division when intDiv is set (typed integer operands).
  static ConstVal binaryOp(const ConstVal &x, Tok op, const ConstVal &y, bool intDiv);
  // Unary + - ^ !; for ^ on unsigned values, prec is the type's bit size
  // (0 for signed or untyped).
  static ConstVal unaryOp(Tok op, const ConstVal &x, unsigned prec);
  static ConstVal shift(const ConstVal &x, Tok op, unsigned s);
  static bool compare(const ConstVal &x, Tok op, const ConstVal &y);

private:
  Kind kind_;
  bool b_ = false;
  std::string s_;
  BigInt i_;
  BigRat re_, im_;   // Float uses re_
  int64_t exp2_ = 0; // a big Float: re_ is an integer mantissa, the value re_ * 2^exp2_
  bool big() const { return exp2_ != 0; }
  static ConstVal makeBig(BigInt mant, int64_t exp2);
};

// Correctly rounded conversion of a rational to double / float (nearest,
// ties to even). overflow is set when the magnitude exceeds the format.
double ratToDouble(const BigRat &r, bool &overflow);
float ratToFloat(const BigRat &r, bool &overflow);

} // namespace goterp
