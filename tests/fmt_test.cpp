// Unit tests of package fmt's formatting (stdlib/fmt*.cpp): one test per
// verb, flag, method kind or error form.
//
// The printer calls String, Error and Format methods back through the
// interpreter, so it only runs inside a running program: each test runs a
// small program through the goterp binary and compares its standard output
// with what `go run` (Go 1.19) printed for the same program.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <string>
#include <string_view>
#include <unistd.h>

namespace {

// What goterp prints for a program made of decls and a main function with
// body. The imports are those the tests use; the blank variable keeps them
// used when a test needs only fmt.
std::string printed(std::string_view decls, std::string_view body) {
  std::string src = "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"math\"\n)\n\n"
                    "var _, _ = errors.New, math.Inf\n";
  src.append(decls).append("\nfunc main() {").append(body).append("}\n");

  char dir[] = "/tmp/fmt_test.XXXXXX";
  if (!mkdtemp(dir)) return "mkdtemp failed";
  std::string path = std::string(dir) + "/prog.go";
  std::ofstream(path) << src;
  std::string out;
  if (FILE *p = popen((std::string(GOTERP_BINARY) + " run " + path + " 2>&1").c_str(), "r")) {
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0) out.append(chunk, n);
    if (int status = pclose(p); status != 0) out += "\nexit status " + std::to_string(status);
  }
  std::remove(path.c_str());
  rmdir(dir);
  return out;
}

// %v: each kind in its default format.
TEST(Fmt, VerbV) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%v|%v|%v|%v|%v\n", 42, -1.5, "s", true, 'x')
	fmt.Printf("%v|%v|%v\n", []int{1, 2}, [2]string{"a", "b"}, struct{ A, b int }{1, 2})
	fmt.Printf("%v|%v\n", &struct{ A int }{3}, &[]int{4})
	fmt.Printf("%v|%v\n", 1e21, 1e-5)
)go"),
            R"(42|-1.5|s|true|120
[1 2]|[a b]|{1 2}
&{3}|&[4]
1e+21|1e-05
)");
}

// %+v: struct field names.
TEST(Fmt, VerbPlusV) {
  EXPECT_EQ(printed(R"go(
type In struct{ X int }
type Out struct {
	In
	n  int
	P  *In
	Is []In
}
)go",
                    R"go(
	fmt.Printf("%+v\n", Out{In{1}, 2, nil, []In{{3}}})
	fmt.Printf("%+v\n", &In{4})
	fmt.Printf("%+v\n", 5)
)go"),
            R"({In:{X:1} n:2 P:<nil> Is:[{X:3}]}
&{X:4}
5
)");
}

// %#v: Go syntax.
TEST(Fmt, VerbSharpV) {
  EXPECT_EQ(printed(R"go(
type T struct {
	A int
	B string
	C []byte
	D interface{}
}
type Named []int
)go",
                    R"go(
	fmt.Printf("%#v\n", T{1, "x", []byte{1}, nil})
	fmt.Printf("%#v\n", &T{})
	fmt.Printf("%#v|%#v|%#v\n", []int{}, []int(nil), Named{1})
	fmt.Printf("%#v|%#v|%#v|%#v\n", uint(255), int8(-5), "a\"b", 'x')
	fmt.Printf("%#v|%#v|%#v|%#v\n", 1.0, 1e6, 1e21, float32(2.5))
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v|%#v\n", (*int)(nil), []interface{}{1, "s", nil})
)go"),
            R"(main.T{A:1, B:"x", C:[]uint8{0x1}, D:interface {}(nil)}
&main.T{A:0, B:"", C:[]uint8(nil), D:interface {}(nil)}
[]int{}|[]int(nil)|main.Named{1}
0xff|-5|"a\"b"|120
1|1e+06|1e+21|2.5
map[string]int{"a":1, "b":2}
(*int)(nil)|[]interface {}{1, "s", interface {}(nil)}
)");
}

// %T: the dynamic type.
TEST(Fmt, VerbTypeT) {
  EXPECT_EQ(printed(R"go(
type My struct{}
)go",
                    R"go(
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 1.5, 'r', byte(1))
	fmt.Printf("%T %T %T\n", []string{}, map[string][]*int{}, [3]bool{})
	fmt.Printf("%T %T %T\n", My{}, &My{}, struct{ A int }{})
	fmt.Printf("%T %T\n", func(int) string { return "" }, errors.New("e"))
	fmt.Printf("%T|%8T|%-8T|\n", nil, 1, 1)
)go"),
            R"(int string float64 int32 uint8
[]string map[string][]*int [3]bool
main.My *main.My struct { A int }
func(int) string *errors.errorString
<nil>|     int|int     |
)");
}

// %d: signed and unsigned integers of every size.
TEST(Fmt, VerbD) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%d %d %d\n", 0, -42, math.MaxInt64)
	fmt.Printf("%d %d\n", math.MinInt64, uint64(math.MaxUint64))
	fmt.Printf("%d %d %d %d\n", int8(-128), int16(-300), int32(math.MinInt32), uint8(200))
	fmt.Printf("%d %d\n", []int{1, -2}, [2]uint16{3, 4})
)go"),
            R"(0 -42 9223372036854775807
-9223372036854775808 18446744073709551615
-128 -300 -2147483648 200
[1 -2] [3 4]
)");
}

// %b: base 2, and floats' binary exponent form.
TEST(Fmt, VerbB) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%b %b %b %#b\n", 5, -5, 0, 5)
	fmt.Printf("%b %b\n", 1.0, float32(0.5))
	fmt.Printf("%b\n", -2.0)
)go"),
            R"(101 -101 0 0b101
4503599627370496p-52 8388608p-24
-4503599627370496p-51
)");
}

// %o and %O: base 8.
TEST(Fmt, VerbO) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%o %o %#o %#o\n", 8, -8, 8, 0)
	fmt.Printf("%O %O %O\n", 8, -8, 0)
	fmt.Printf("%#.3o|%#.0o|\n", 8, 0)
)go"),
            R"(10 -10 010 0
0o10 -0o10 0o0
010||
)");
}

// %x and %X: integers, strings, byte slices, floats.
TEST(Fmt, VerbX) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%x %X %x %x\n", 255, 255, -255, uint8(171))
	fmt.Printf("%x %X\n", "hi\xff", []byte{0xde, 0xad})
	fmt.Printf("% x|% X|%# x|%#X\n", "abc", []byte("abc"), "abc", "abc")
	fmt.Printf("%x %X %.2x\n", 1.5, -1.5, 3.0)
	fmt.Printf("%x %X\n", []int{10, 11}, [2]uint8{0xab, 0xcd})
	fmt.Printf("%x|%5x|\n", "", "")
)go"),
            R"(ff FF -ff ab
6869ff DEAD
61 62 63|61 62 63|0x61 0x62 0x63|0X616263
0x1.8p+00 -0X1.8P+00 0x1.80p+01
[a b] ABCD
|     |
)");
}

// %c: the character of a code point.
TEST(Fmt, VerbC) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%c%c%c%c\n", 72, 'i', 0x4E16, '😀')
	fmt.Printf("%c|%c\n", -1, 0x110000)
	fmt.Printf("[%3c][%-3c]\n", 'é', 'é')
)go"),
            R"(Hi世😀
�|�
[  é][é  ]
)");
}

// %q: quoted strings and runes.
TEST(Fmt, VerbQ) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%q %q %q\n", "hi", "a\"b\n", "\xffé")
	fmt.Printf("%q %q %q\n", 'x', '\'', '\n')
	fmt.Printf("%+q %+q\n", "héllo", 'é')
	fmt.Printf("%#q %#q %#q\n", "a\"b", "a`b", "tab\t")
	fmt.Printf("%q\n", []string{"a", "b"})
	fmt.Printf("%q %q\n", 0x110000, -1)
)go"),
            R"("hi" "a\"b\n" "\xffé"
'x' '\'' '\n'
"h\u00e9llo" '\u00e9'
`a"b` "a`b" `tab	`
["a" "b"]
'�' '�'
)");
}

// %U: Unicode format.
TEST(Fmt, VerbU) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%U %U %U\n", 'x', 0x1F600, 0x7)
	fmt.Printf("%#U %#U %#U\n", 'x', 0x1F600, 0x7)
	fmt.Printf("%.6U|%8U|%-8U|%08U\n", 'A', 'A', 'A', 'A')
	fmt.Printf("%U\n", -1)
)go"),
            R"(U+0078 U+1F600 U+0007
U+0078 'x' U+1F600 '😀' U+0007
U+000041|  U+0041|U+0041  |  U+0041
U+FFFFFFFFFFFFFFFF
)");
}

// %e and %E: scientific notation.
TEST(Fmt, VerbE) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%e %E\n", 1234.5678, 1234.5678)
	fmt.Printf("%e %e %e\n", 0.0, -1e-10, 1e100)
	fmt.Printf("%.2e %.0e %#.0e\n", 1234.5678, 5.0, 5.0)
	fmt.Printf("%e %e\n", float32(0.1), math.Inf(1))
)go"),
            R"(1.234568e+03 1.234568E+03
0.000000e+00 -1.000000e-10 1.000000e+100
1.23e+03 5e+00 5.e+00
1.000000e-01 +Inf
)");
}

// %f and %F: decimal notation.
TEST(Fmt, VerbF) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%f %F\n", 3.14159265, 3.14159265)
	fmt.Printf("%f %f %f\n", 0.0, -1e-7, 1e21)
	fmt.Printf("%.0f %.0f %.0f %.3f\n", 0.5, 1.5, 2.5, 2.0005)
	fmt.Printf("%f %f %f\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%.20f\n", 0.1)
)go"),
            R"(3.141593 3.141593
0.000000 -0.000000 1000000000000000000000.000000
0 2 2 2.001
+Inf -Inf NaN
0.10000000000000000555
)");
}

// %g and %G: shortest representation.
TEST(Fmt, VerbG) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%g %G\n", 1e21, 1e21)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1e-4, 1e-5, 123456789.0)
	fmt.Printf("%g %g\n", float32(1)/3, 1.0/3)
	fmt.Printf("%.3g %.3G %.10g\n", 1234.5678, 1e-10, 0.1)
	fmt.Printf("%g %g\n", 5e-324, math.MaxFloat64)
)go"),
            R"(1e+21 1E+21
100000 0.0001 1e-05 1.23456789e+08
0.33333334 0.3333333333333333
1.23e+03 1E-10 0.1
5e-324 1.7976931348623157e+308
)");
}

// %s: strings, byte slices and what is not a string.
TEST(Fmt, VerbS) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%s|%s|%s\n", "str", []byte("bytes"), [3]byte{65, 66, 67})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%s\n", struct{ A, B string }{"x", "y"})
	fmt.Printf("%s|%s\n", 1, 1.5)
)go"),
            R"(str|bytes|ABC
[a b]
{x y}
%!s(int=1)|%!s(float64=1.5)
)");
}

// %t: booleans.
TEST(Fmt, VerbLowerT) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%t %t\n", true, false)
	fmt.Printf("%t\n", []bool{true, false})
	fmt.Printf("%t %t\n", 1, "true")
)go"),
            R"(true false
[true false]
%!t(int=1) %!t(string=true)
)");
}

// A width pads on the left, counting runes.
TEST(Fmt, Width) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("[%5d][%5s][%5.1f][%5t]\n", 42, "ab", 3.14159, true)
	fmt.Printf("[%5s][%2s]\n", "世界", "long")
	fmt.Printf("[%6v][%4d]\n", []int{1, 2}, []int{1, 2})
	fmt.Printf("[%10v]\n", errors.New("boom"))
)go"),
            R"([   42][   ab][  3.1][ true]
[   世界][long]
[[     1      2]][[   1    2]]
[      boom]
)");
}

// Precision: digits for numbers, runes for strings.
TEST(Fmt, Precision) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("[%.3d][%8.3d][%.0d][%5.0d]\n", 7, 7, 0, 0)
	fmt.Printf("[%.2f][%.0f][%.3e][%.3g]\n", 3.14159, 2.5, 31415.9, 31415.9)
	fmt.Printf("[%.2s][%.10s][%.0s][%5.2s]\n", "abcdef", "abc", "abc", "世界世界")
	fmt.Printf("[%.1q][%.3x][%.1x]\n", "abc", "abcdef", "abc")
	fmt.Printf("[%6.2v][%.3v]\n", 3.14159, "abcdef")
)go"),
            R"([007][     007][][     ]
[3.14][2][3.142e+04][3.14e+04]
[ab][abc][][   世界]
["a"][616263][61]
[   3.1][abc]
)");
}

// * takes the width or precision from an operand.
TEST(Fmt, Star) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("[%*d][%-*d]\n", 5, 1, 5, 2)
	fmt.Printf("[%.*f][%*.*f]\n", 2, 3.14159, 8, 3, 3.14159)
	fmt.Printf("[%*d]\n", -5, 3)
	fmt.Printf("[%.*d]\n", -5, 3)
	fmt.Printf("[%*d]\n", uint8(3), 4)
	fmt.Printf("[%[2]*[1]d]\n", 7, 4)
)go"),
            R"([    1][2    ]
[3.14][   3.142]
[3    ]
[%!(BADPREC)3]
[  4]
[   7]
)");
}

// -: pad on the right, never with zeros.
TEST(Fmt, FlagMinus) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("[%-5d][%-5s][%-8.2f][%-5x]\n", 1, "ab", 1.5, 255)
	fmt.Printf("[%-05d][%0-5d]\n", 3, 3)
	fmt.Printf("[%-6v]\n", []int{1})
)go"),
            R"([1    ][ab   ][1.50    ][ff   ]
[3    ][3    ]
[[1     ]]
)");
}

// +: always a sign; %+q in ASCII.
TEST(Fmt, FlagPlus) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%+d %+d %+d %+d\n", 5, -5, 0, uint(5))
	fmt.Printf("%+f %+.1e %+g\n", 1.5, 1.5, -1.5)
	fmt.Printf("%+v %+v\n", math.NaN(), math.Inf(1))
	fmt.Printf("%+q\n", "世界")
)go"),
            R"(+5 -5 +0 +5
+1.500000 +1.5e+00 -1.5
NaN +Inf
"\u4e16\u754c"
)");
}

// #: alternate formats.
TEST(Fmt, FlagSharp) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%#x %#X %#o %#b\n", 255, 255, 8, 5)
	fmt.Printf("%#x %#X\n", "hi", []byte("hi"))
	fmt.Printf("%#q %#U\n", "hi", 'é')
	fmt.Printf("%#g %#.3g %#.0f %#e\n", 1.0, 1.0, 1.0, 1.0)
	fmt.Printf("%#.4g %#g\n", 123456.0, 1e-7)
	fmt.Printf("%#v\n", 1+2i)
)go"),
            R"(0xff 0XFF 010 0b101
0x6869 0X6869
`hi` U+00E9 'é'
1.00000 1.00 1. 1.000000e+00
1.235e+05 1.00000e-07
(1+2i)
)");
}

// ' ': a space for the sign, spaces between hex bytes.
TEST(Fmt, FlagSpace) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("[% d][% d][% f][% .2e]\n", 5, -5, 1.5, -1.5)
	fmt.Printf("[% x][% X][%# x]\n", "abc", []byte{1, 171}, "ab")
	fmt.Printf("[% x]\n", 255)
	fmt.Printf("[%+ d]\n", 5)
)go"),
            R"([ 5][-5][ 1.500000][-1.50e+00]
[61 62 63][01 AB][0x61 0x62]
[ ff]
[+5]
)");
}

// 0: pad with zeros after the sign.
TEST(Fmt, FlagZero) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("[%05d][%05d][%+05d][% 05d]\n", 42, -42, 42, 42)
	fmt.Printf("[%08.3f][%08.3f][%+08.2f]\n", 3.14159, -3.14159, 1.5)
	fmt.Printf("[%08.3d][%#08x][%08b]\n", 5, 255, 5)
	fmt.Printf("[%05s][%05q][%05t]\n", "ab", "ab", true)
	fmt.Printf("[%06.2f][%06v][%06f]\n", math.NaN(), math.Inf(-1), math.Inf(1))
	fmt.Printf("[%05d]\n", []int{1, -2})
)go"),
            R"([00042][-0042][+0042][ 0042]
[0003.142][-003.142][+0001.50]
[     005][0x000000ff][00000101]
[000ab][0"ab"][0true]
[   NaN][  -Inf][  +Inf]
[[00001 -0002]]
)");
}

// String methods, on values and through pointers.
TEST(Fmt, Stringer) {
  EXPECT_EQ(printed(R"go(
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Ptr struct{ n int }

func (p *Ptr) String() string { return fmt.Sprint("Ptr", p.n) }
)go",
                    R"go(
	fmt.Printf("%v|%s|%q|%x|%d\n", Temp(21.5), Temp(21.5), Temp(1), Temp(1), Temp(2))
	fmt.Printf("%v|%v\n", &Ptr{3}, Ptr{4})
	fmt.Printf("%v|%8v|\n", []Temp{1, 2}, Temp(3))
	fmt.Println(Temp(5), &Ptr{6})
	fmt.Printf("%v\n", struct{ T, t Temp }{7, 8})
)go"),
            R"(21.5°C|21.5°C|"1.0°C"|312e30c2b043|%!d(main.Temp=2)
Ptr3|{4}
[1.0°C 2.0°C]|   3.0°C|
5.0°C Ptr6
{7.0°C 8}
)");
}

// Error methods, preferred to String.
TEST(Fmt, ErrorMethod) {
  EXPECT_EQ(printed(R"go(
type E struct{}

func (E) Error() string  { return "error text" }
func (E) String() string { return "string text" }
)go",
                    R"go(
	fmt.Printf("%v|%s|%q|%x\n", E{}, E{}, E{}, E{})
	fmt.Printf("%v|%v\n", errors.New("plain"), fmt.Errorf("wrapped: %w", errors.New("inner")))
	fmt.Println([]error{E{}, nil})
	fmt.Printf("%d\n", E{})
)go"),
            R"(error text|error text|"error text"|6572726f722074657874
plain|wrapped: inner
[error text <nil>]
{}
)");
}

// GoString methods serve %#v only.
TEST(Fmt, GoStringer) {
  EXPECT_EQ(printed(R"go(
type G struct{ A int }

func (G) GoString() string { return "G!" }
)go",
                    R"go(
	fmt.Printf("%#v|%v|%+v\n", G{1}, G{1}, G{1})
	fmt.Printf("%#v\n", []G{{1}, {2}})
	fmt.Printf("%#v\n", struct{ F G }{})
)go"),
            R"(G!|{1}|{A:1}
[]main.G{G!, G!}
struct { F main.G }{F:G!}
)");
}

// Format methods see the verb, flags, width and precision.
TEST(Fmt, Formatter) {
  EXPECT_EQ(printed(R"go(
type F struct{}

func (F) Format(s fmt.State, c rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "%c w=%d,%v p=%d,%v", c, w, wok, p, pok)
	for _, f := range "+-# 0" {
		if s.Flag(int(f)) {
			fmt.Fprintf(s, " %c", f)
		}
	}
}
)go",
                    R"go(
	fmt.Printf("[%v][%+v][%#v]\n", F{}, F{}, F{})
	fmt.Printf("[%-8.3x][%+08d][% 5s]\n", F{}, F{}, F{})
)go"),
            R"([v w=0,false p=0,false][v w=0,false p=0,false +][v w=0,false p=0,false #]
[x w=8,true p=3,true -][d w=8,true p=3,false + 0][s w=5,true p=3,false  ]
)");
}

// A panicking method prints its panic; a nil receiver prints <nil>.
TEST(Fmt, MethodPanics) {
  EXPECT_EQ(printed(R"go(
type P int

func (P) String() string { panic("boom") }

type N struct{ s string }

func (n *N) String() string { return n.s }
)go",
                    R"go(
	fmt.Printf("%v|%s|%d\n", P(1), P(2), P(3))
	var n *N
	fmt.Printf("%v|%s\n", n, n)
)go"),
            R"(%!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|3
<nil>|<nil>
)");
}

// Map keys are printed in sorted order.
TEST(Fmt, MapsSorted) {
  EXPECT_EQ(printed(R"go(
type K int

func (k K) String() string { return fmt.Sprint("k", 10-int(k)) }
)go",
                    R"go(
	fmt.Println(map[string]int{"b": 2, "c": 3, "a": 1})
	fmt.Println(map[int]string{3: "c", -1: "a", 2: "b"})
	fmt.Println(map[float64]int{math.NaN(): 1, 1: 2, math.Inf(-1): 3})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[[2]int]string{{2, 1}: "a", {1, 2}: "b"})
	fmt.Println(map[K]int{1: 1, 2: 2, 9: 9})
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4})
	fmt.Printf("%v|%#v\n", map[string]int(nil), map[string]int(nil))
)go"),
            R"(map[a:1 b:2 c:3]
map[-1:a 2:b 3:c]
map[NaN:1 -Inf:3 1:2]
map[false:0 true:1]
map[[1 2]:b [2 1]:a]
map[k9:1 k8:2 k1:9]
map[1:4 2:2 a:3 b:1]
map[]|map[string]int(nil)
)");
}

// A verb wrong for its operand: %!verb(type=value).
TEST(Fmt, BadVerb) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s %t %x\n", 5, 1.5, true)
	fmt.Printf("%z\n", []int{1})
	fmt.Printf("%d\n", nil)
	fmt.Printf("%!\n", 1)
)go"),
            R"(%!d(string=hi)
%!s(int=5) %!t(float64=1.5) %!x(bool=true)
[%!z(int=1)]
%!d(<nil>)
%!!(int=1)
)");
}

// Operands left over: %!(EXTRA type=value, ...).
TEST(Fmt, Extra) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Println()
	fmt.Printf("hi", nil)
	fmt.Println()
	fmt.Printf("%[2]d\n", 1, 2)
)go"),
            R"(1
%!(EXTRA int=2, string=x)
hi%!(EXTRA <nil>)
2
)");
}

// Too few operands: %!verb(MISSING).
TEST(Fmt, Missing) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%s|%-5v|%.2f\n")
)go"),
            R"(1 %!d(MISSING)
%!s(MISSING)|%!v(MISSING)|%!f(MISSING)
)");
}

// A format ending after %: %!(NOVERB).
TEST(Fmt, NoVerb) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("abc%-5")
	fmt.Println()
	fmt.Printf("%.3", 1)
	fmt.Println()
)go"),
            R"(%!(NOVERB)
abc%!(NOVERB)
%!(NOVERB)%!(EXTRA int=1)
)");
}

// A * operand that is not an int: %!(BADWIDTH), %!(BADPREC).
TEST(Fmt, BadWidth) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("[%*d]\n", "x", 5)
	fmt.Printf("[%.*d]\n", "x", 5)
	fmt.Printf("[%*d]\n", 10000000, 5)
	fmt.Printf("[%*d]\n", uint64(math.MaxUint64), 5)
	fmt.Printf("[%*d]\n", 1.5, 5)
)go"),
            R"([%!(BADWIDTH)5]
[%!(BADPREC)5]
[%!(BADWIDTH)5]
[%!(BADWIDTH)5]
[%!(BADWIDTH)5]
)");
}

// Explicit argument indexes, good and bad.
TEST(Fmt, ArgIndex) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[1]d %[1]x %#[1]o\n", 64)
	fmt.Printf("%[1]d %d\n", 1, 2)
	fmt.Printf("%[3]d|%[0]d|%[x]d\n", 1, 2)
	fmt.Printf("%[2]*.[1]*[3]f|\n", 2, 8, 3.14159)
)go"),
            R"(2 1
64 40 0100
1 2
%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)
    3.14|
)");
}

// Nil operands, pointers, slices, maps, interfaces and funcs.
TEST(Fmt, NilValues) {
  EXPECT_EQ(printed(R"go(
type S struct {
	P *int
	E error
	M map[int]int
	L []int
	F func()
}
)go",
                    R"go(
	fmt.Printf("%v %s %T\n", nil, nil, nil)
	fmt.Printf("%v %d %x\n", (*int)(nil), (*int)(nil), (*int)(nil))
	fmt.Printf("%v %v %v\n", []int(nil), map[int]int(nil), (func())(nil))
	fmt.Printf("%v\n", S{})
	fmt.Printf("%+v\n", S{})
	fmt.Printf("%#v\n", S{})
	var err error
	fmt.Println(err, []interface{}{nil})
)go"),
            R"(<nil> %!s(<nil>) <nil>
<nil> 0 0
[] map[] <nil>
{<nil> <nil> map[] [] <nil>}
{P:<nil> E:<nil> M:map[] L:[] F:<nil>}
main.S{P:(*int)(nil), E:error(nil), M:map[int]int(nil), L:[]int(nil), F:(func())(nil)}
<nil> [<nil>]
)");
}

// Complex numbers, each part formatted by the verb.
TEST(Fmt, Complex) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Printf("%v %v\n", 1+2i, complex64(-1.5-0.5i))
	fmt.Printf("%.2f %+.1e %8.2f\n", 1+2i, 1+2i, 1+2i)
	fmt.Printf("%v\n", complex(math.Inf(1), math.NaN()))
	fmt.Printf("%d\n", 1+2i)
)go"),
            R"((1+2i) (-1.5-0.5i)
(1.00+2.00i) (+1.0e+00+2.0e+00i) (    1.00   +2.00i)
(+Inf+NaNi)
%!d(complex128=(1+2i))
)");
}

// Print separates operands when neither is a string; Println always.
TEST(Fmt, PrintSpacing) {
  EXPECT_EQ(printed("",
                    R"go(
	fmt.Print("a", 1, 2, "b", "c", 3.0, nil, nil, "\n")
	fmt.Println("a", 1, 2, "b")
	fmt.Print(fmt.Sprint(), fmt.Sprintln(), fmt.Sprint(true, false), "\n")
)go"),
            R"(a1 2bc3 <nil> <nil>
a 1 2 b

true false
)");
}

// %p: an address in hexadecimal, 0x0 for nil; # drops the 0x. Addresses
// differ from Go's, so only their shape is compared.
TEST(Fmt, VerbP) {
  std::string out = printed("", R"go(
	x := 1
	m := map[int]int{}
	s := []int{1}
	f := func() {}
	fmt.Printf("%p\n%p\n%p\n%p\n", &x, m, s, f)
	fmt.Printf("%#p\n", &x)
	fmt.Printf("%p %p %p\n", (*int)(nil), []int(nil), 5)
	fmt.Printf("%v\n", &x)
)go");
  std::regex want("(0x[0-9a-f]+\n){4}[0-9a-f]+\n"
                  "0x0 0x0 %!p\\(int=5\\)\n"
                  "0x[0-9a-f]+\n");
  EXPECT_TRUE(std::regex_match(out, want)) << out;
}

} // namespace
