// Package unicode/utf8: every function is native (stdlib/utf8.cpp).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte
	MaxRune   = '\U0010FFFF' // maximum valid Unicode code point
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character
)

func FullRune(p []byte) bool

func FullRuneInString(s string) bool

func DecodeRune(p []byte) (r rune, size int)

func DecodeRuneInString(s string) (r rune, size int)

func DecodeLastRune(p []byte) (r rune, size int)

func DecodeLastRuneInString(s string) (r rune, size int)

func RuneLen(r rune) int

func EncodeRune(p []byte, r rune) int

func AppendRune(p []byte, r rune) []byte

func RuneCount(p []byte) int

func RuneCountInString(s string) (n int)

func RuneStart(b byte) bool

func Valid(p []byte) bool

func ValidString(s string) bool

func ValidRune(r rune) bool
