// Wrong verbs, missing and extra operands, bad widths and precisions.
package main

import "fmt"

type T struct {
	A int
	b string
}

type S string

func (s S) String() string { return "S:" + string(s) }

func main() {
	fmt.Printf("%d|%s|%t|%z\n", "hi", 42, 1.5, true)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x", nil, []int{3})
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%5")
	fmt.Println()
	fmt.Printf("%-")
	fmt.Println()
	fmt.Printf("%.")
	fmt.Println()
	fmt.Printf("%*d|%.*d|%*.*d\n", "x", 1, "y", 2, 3.0, 4.0, 5)
	fmt.Printf("%*d|%-*d|%*d|\n", 5, 1, 5, 2, -5, 3)
	fmt.Printf("%.*d|%.*f\n", -1, 7, 2, 3.14159)
	fmt.Printf("%*d\n", 10000000, 1)
	fmt.Printf("%*d|%*d\n", uint8(3), 1, int64(4), 2)
	fmt.Printf("%*s|\n", uint64(1<<63), "x")
	fmt.Printf("%d\n")
	fmt.Printf("%s %v\n", nil, nil)
	fmt.Printf("%d\n", T{1, "x"})
	fmt.Printf("%z\n", T{1, "x"})
	fmt.Printf("%d %z\n", S("a"), S("b"))
	fmt.Printf("%5t|\n", 3)
	fmt.Printf("%-8z|\n", "str")
	fmt.Printf("%☺ %ü\n", 1, "x")
	fmt.Printf("%d %s\n", []string{"a"}, []int{1})
	fmt.Printf("%s\n", map[string]int{"a": 1})
	fmt.Printf("%d\n", map[string]string{"a": "b"})
	fmt.Printf("%e %x\n", "s", 1.0)
	fmt.Printf("%c %U\n", "s", 1.5)
	fmt.Printf("%t\n", []byte("ab"))
	fmt.Printf("%w\n", 5)
	fmt.Printf("%w\n", fmt.Errorf("e"))
	fmt.Printf("%v %v\n", 1, 2, 3)
	fmt.Printf("%%|%5%|%-5%|%d%%\n", 50)
	fmt.Printf("%.2%\n")
	fmt.Printf("%x %X\n", struct{ F float64 }{1.5}, []interface{}{"ab", 10})
	fmt.Printf("%s\n", struct {
		a int
		B []byte
	}{1, []byte("x")})
	fmt.Printf("%d\n", struct{ s S }{"x"})
	fmt.Printf("%t\n", 1+2i)
}

// Output:
// %!d(string=hi)|%!s(int=42)|%!t(float64=1.5)|%!z(bool=true)
// 1 %!d(MISSING)
// 1
// %!(EXTRA int=2, string=x, <nil>, []int=[3])no verbs
// %!(EXTRA int=1)%!!(MISSING)
// %!(NOVERB)
// %!(NOVERB)
// %!(NOVERB)
// %!.(MISSING)
// %!(BADWIDTH)1|%!(BADPREC)2|%!(BADWIDTH)%!(BADPREC)5
//     1|2    |3    |
// %!(BADPREC)7|3.14
// %!(BADWIDTH)1
//   1|   2
// %!(BADWIDTH)x|
// %!d(MISSING)
// %!s(<nil>) <nil>
// {1 %!d(string=x)}
// {%!z(int=1) %!z(string=x)}
// %!d(main.S=a) %!z(main.S=b)
// %!t(int=    3)|
// %!z(string=str     )|
// %!☺(int=1) %!ü(string=x)
// [%!d(string=a)] [%!s(int=1)]
// map[a:%!s(int=1)]
// map[%!d(string=a):%!d(string=b)]
// %!e(string=s) 0x1p+00
// %!c(string=s) %!U(float64=1.5)
// [%!t(uint8=97) %!t(uint8=98)]
// %!w(int=5)
// %!w(*errors.errorString=&{e})
// 1 2
// %!(EXTRA int=3)%|%|%|50%
// %
// {0x1.8p+00} [6162 A]
// {%!s(int=1) x}
// {%!d(main.S=x)}
// %!t(complex128=(1+2i))
