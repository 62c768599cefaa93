// Package strconv, written in Go over natives (stdlib/strconv.cpp) that wrap
// the Go-exact conversion core (stdlib/strconv_core.h). The parse natives
// report failures as an error kind; the *NumError values are built here.
package strconv

import "errors"

const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// Error kinds reported by the natives.
const (
	errNone    = 0
	errSyntax  = 1
	errRange   = 2
	errBase    = 3
	errBitSize = 4
)

// mkErr builds the error of a failed conversion by fn of s. Atoi's native
// calls it too.
func mkErr(fn, s string, kind, arg int) error {
	switch kind {
	case errSyntax:
		return &NumError{fn, s, ErrSyntax}
	case errRange:
		return &NumError{fn, s, ErrRange}
	case errBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(arg))}
	case errBitSize:
		return &NumError{fn, s, errors.New("invalid bit size " + Itoa(arg))}
	}
	return nil
}

// ---- Integers ----

func Itoa(i int) string

func Atoi(s string) (int, error)

func FormatInt(i int64, base int) string

func FormatUint(i uint64, base int) string

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func parseInt(s string, base int, bitSize int) (int64, int)

func parseUint(s string, base int, bitSize int) (uint64, int)

func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, k := parseInt(s, base, bitSize)
	if k != errNone {
		arg := base
		if k == errBitSize {
			arg = bitSize
		}
		return v, mkErr("ParseInt", s, k, arg)
	}
	return v, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, k := parseUint(s, base, bitSize)
	if k != errNone {
		arg := base
		if k == errBitSize {
			arg = bitSize
		}
		return v, mkErr("ParseUint", s, k, arg)
	}
	return v, nil
}

// ---- Booleans ----

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, mkErr("ParseBool", str, errSyntax, 0)
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

// ---- Floating point ----

func FormatFloat(f float64, fmt byte, prec, bitSize int) string

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func parseFloat(s string, bitSize int) (float64, int)

func ParseFloat(s string, bitSize int) (float64, error) {
	f, k := parseFloat(s, bitSize)
	if k != errNone {
		return f, mkErr("ParseFloat", s, k, 0)
	}
	return f, nil
}

// parseFloatPrefix parses the longest float at the start of s: the value,
// the bytes read and the error kind.
func parseFloatPrefix(s string, bitSize int) (float64, int, int)

// ---- Complex numbers ----

func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize /= 2
	re := FormatFloat(real(c), fmt, prec, bitSize)
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + re + im + "i)"
}

func ParseComplex(s string, bitSize int) (complex128, error) {
	const fn = "ParseComplex"
	size := 64
	if bitSize == 64 {
		size = 32 // the parts of a complex64 are float32s
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error // a range error is reported only if nothing else fails
	// The real part (or the imaginary part, if an 'i' follows it).
	re, n, k := parseFloatPrefix(s, size)
	if k == errRange {
		pending = mkErr(fn, orig, errRange, 0)
	} else if k != errNone {
		return 0, mkErr(fn, orig, errSyntax, 0)
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// Skip a '+' so that "+NaNi" parses, but not a "++".
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, mkErr(fn, orig, errSyntax, 0)
	default:
		return 0, mkErr(fn, orig, errSyntax, 0)
	}
	im, n, k := parseFloatPrefix(s, size)
	if k == errRange {
		pending = mkErr(fn, orig, errRange, 0)
	} else if k != errNone {
		return 0, mkErr(fn, orig, errSyntax, 0)
	}
	s = s[n:]
	if s != "i" {
		return 0, mkErr(fn, orig, errSyntax, 0)
	}
	return complex(re, im), pending
}

// ---- Quoting ----

func Quote(s string) string

func QuoteToASCII(s string) string

func QuoteToGraphic(s string) string

func QuoteRune(r rune) string

func QuoteRuneToASCII(r rune) string

func QuoteRuneToGraphic(r rune) string

func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}

func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, QuoteToASCII(s)...)
}

func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, QuoteToGraphic(s)...)
}

func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

func CanBackquote(s string) bool

func unquote(s string) (string, bool)

func Unquote(s string) (string, error) {
	u, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return u, nil
}

func quotedPrefix(s string) (string, bool)

func QuotedPrefix(s string) (string, error) {
	q, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return q, nil
}

func unquoteChar(s string, quote byte) (rune, bool, string, bool)

func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, t, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, t, nil
}

func IsPrint(r rune) bool

func IsGraphic(r rune) bool
