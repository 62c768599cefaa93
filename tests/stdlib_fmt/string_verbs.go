// String and []byte verbs: %s %q %x % x %X %#q %+q, width and precision.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Printf("[%s] [%q] [%x] [% x] [%X] [% X] [%#x] [%# x] [%#X]\n", s, s, s, s, s, s, s, s, s)
	fmt.Printf("[%10s] [%-10s] [%.3s] [%10.2s] [%-10.4s|] [%010s]\n", "abc", "abc", s, s, s, "abc")
	fmt.Printf("[%q] [%+q] [%#q] [%#q] [%#+q] [%.4q]\n", "a\tb\"c", "héllo", "raw`tick", "new\nline", "tab\there", s)
	fmt.Printf("[%x] [%.2x] [%8x] [%-8x] [%08x] [% 8x]\n", "abc", "abc", "ab", "ab", "ab", "ab")
	fmt.Printf("[%x] [%5x] [% x] [%#x]\n", "", "", "", "")
	b := []byte("hi there")
	fmt.Printf("[%s] [%q] [%x] [% X] [%v] [%d] [%.2s] [%o]\n", b, b, b, b, b, b, b, b)
	fmt.Printf("[%#v] [%#v] [%T] [%5v]\n", b, []byte(nil), b, []byte{1, 2})
	fmt.Printf("[%v] [%s] [%q]\n", []byte{}, []byte(nil), []byte(nil))
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("[%s] [%x] [%v] [%#v] [%q]\n", arr, arr, arr, arr, arr)
	type bs []byte
	fmt.Printf("[%s] [%v] [%#v] [%x]\n", bs("xy"), bs("xy"), bs("xy"), bs("xy"))
	fmt.Printf("[%s] [%v] [%q]\n", []string{"a", "b"}, []string{"a b", "c"}, []string{"a", "b\n"})
	fmt.Printf("[%x] [%X] [% x]\n", []string{"ab", "cd"}, "\xff\x00", []byte{0xde, 0xad})
	fmt.Printf("%x|%q|%q|%+q\n", "\xff\xfe", "a\x00b", "\xff", "\xff")
	fmt.Printf("%q %+q %#q\n", "☺", "☺", "☺")
	fmt.Printf("%d %t\n", "str", "str")
	fmt.Printf("[%5.1q] [%-6q]\n", "xyz", "é")
	type name string
	fmt.Printf("%v %s %q %#v %x\n", name("bob"), name("bob"), name("bob"), name("bob"), name("bob"))
	fmt.Printf("%#v %#v\n", "plain", "with \"quotes\"")
}

// Output:
// [héllo, 世界] ["héllo, 世界"] [68c3a96c6c6f2c20e4b896e7958c] [68 c3 a9 6c 6c 6f 2c 20 e4 b8 96 e7 95 8c] [68C3A96C6C6F2C20E4B896E7958C] [68 C3 A9 6C 6C 6F 2C 20 E4 B8 96 E7 95 8C] [0x68c3a96c6c6f2c20e4b896e7958c] [0x68 0xc3 0xa9 0x6c 0x6c 0x6f 0x2c 0x20 0xe4 0xb8 0x96 0xe7 0x95 0x8c] [0X68C3A96C6C6F2C20E4B896E7958C]
// [       abc] [abc       ] [hél] [        hé] [héll      |] [0000000abc]
// ["a\tb\"c"] ["h\u00e9llo"] ["raw`tick"] ["new\nline"] [`tab	here`] ["héll"]
// [616263] [6162] [    6162] [6162    ] [00006162] [   61 62]
// [] [     ] [] []
// [hi there] ["hi there"] [6869207468657265] [68 69 20 74 68 65 72 65] [[104 105 32 116 104 101 114 101]] [[104 105 32 116 104 101 114 101]] [hi] [[150 151 40 164 150 145 162 145]]
// [[]byte{0x68, 0x69, 0x20, 0x74, 0x68, 0x65, 0x72, 0x65}] [[]byte(nil)] [[]uint8] [[    1     2]]
// [[]] [] [""]
// [abc] [616263] [[97 98 99]] [[3]uint8{0x61, 0x62, 0x63}] ["abc"]
// [xy] [[120 121]] [main.bs{0x78, 0x79}] [7879]
// [[a b]] [[a b c]] [["a" "b\n"]]
// [[6162 6364]] [FF00] [de ad]
// fffe|"a\x00b"|"\xff"|"\xff"
// "☺" "\u263a" `☺`
// %!d(string=str) %!t(string=str)
// [  "x"] ["é"   ]
// bob bob "bob" "bob" 626f62
// "plain" "with \"quotes\""
