// Sscan, Sscanln and Sscanf of many inputs into many types: a broad check
// of the scanner's syntax and of its error messages.
package main

import "fmt"

type MI int
type MF float64

func main() {
	inputs := []string{"", "\n", "42", "-7", "0x1f", "0b11", "017", "1_000", "3.5", "-2.5e3", "inf", "NaN",
		"true", "T", "yes", "abc", "héllo", "1 2", "(1+2i)", `"q"`, "ff", "U+41", "9999999999999999999999", "256", "0x", "12abc", "%"}
	formats := []string{"%d", "%s", "%x", "%q", "%t", "%f", "%U", "%2d", "%c", "%%"}
	for ii, in := range inputs {
		targets := []interface{}{new(int), new(uint8), new(float64), new(float32), new(string), new([]byte), new(bool), new(complex128), new(MI), new(MF)}
		for ti, t := range targets {
			line := fmt.Sprintf("%d/%d", ii, ti)
			n, err := fmt.Sscan(in, t)
			line += fmt.Sprintf(" | %d %v %v", n, err, deref(t))
			n, err = fmt.Sscanln(in, t)
			line += fmt.Sprintf(" | %d %v %v", n, err, deref(t))
			fmt.Println(line)
			line = " "
			for _, f := range formats {
				n, err = fmt.Sscanf(in, f, t)
				line += fmt.Sprintf(" | %s %d %v %v", f, n, err, deref(t))
			}
			fmt.Println(line)
		}
	}
}

func deref(p interface{}) interface{} {
	switch v := p.(type) {
	case *int:
		return *v
	case *uint8:
		return *v
	case *float64:
		return *v
	case *float32:
		return *v
	case *string:
		return fmt.Sprintf("%q", *v)
	case *[]byte:
		return *v
	case *bool:
		return *v
	case *complex128:
		return *v
	case *MI:
		return *v
	case *MF:
		return *v
	}
	return nil
}

// Output:
// 0/0 | 0 EOF 0 | 0 EOF 0
//   | %d 0 EOF 0 | %s 0 EOF 0 | %x 0 EOF 0 | %q 0 EOF 0 | %t 0 EOF 0 | %f 0 EOF 0 | %U 0 EOF 0 | %2d 0 EOF 0 | %c 0 EOF 0 | %% 0 unexpected EOF 0
// 0/1 | 0 EOF 0 | 0 EOF 0
//   | %d 0 EOF 0 | %s 0 EOF 0 | %x 0 EOF 0 | %q 0 EOF 0 | %t 0 EOF 0 | %f 0 EOF 0 | %U 0 EOF 0 | %2d 0 EOF 0 | %c 0 EOF 0 | %% 0 unexpected EOF 0
// 0/2 | 0 EOF 0 | 0 EOF 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 0 EOF 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 unexpected EOF 0
// 0/3 | 0 EOF 0 | 0 EOF 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 0 EOF 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 unexpected EOF 0
// 0/4 | 0 EOF "" | 0 EOF ""
//   | %d 0 bad verb '%d' for string "" | %s 0 EOF "" | %x 0 EOF "" | %q 0 EOF "" | %t 0 bad verb '%t' for string "" | %f 0 bad verb '%f' for string "" | %U 0 bad verb '%U' for string "" | %2d 0 bad verb '%d' for string "" | %c 0 bad verb '%c' for string "" | %% 0 unexpected EOF ""
// 0/5 | 0 EOF [] | 0 EOF []
//   | %d 0 bad verb '%d' for string [] | %s 0 EOF [] | %x 0 EOF [] | %q 0 EOF [] | %t 0 bad verb '%t' for string [] | %f 0 bad verb '%f' for string [] | %U 0 bad verb '%U' for string [] | %2d 0 bad verb '%d' for string [] | %c 0 bad verb '%c' for string [] | %% 0 unexpected EOF []
// 0/6 | 0 EOF false | 0 EOF false
//   | %d 0 EOF false | %s 0 EOF false | %x 0 EOF false | %q 0 EOF false | %t 0 EOF false | %f 0 EOF false | %U 0 EOF false | %2d 0 EOF false | %c 0 EOF false | %% 0 unexpected EOF false
// 0/7 | 0 EOF (0+0i) | 0 EOF (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 EOF (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 unexpected EOF (0+0i)
// 0/8 | 0 EOF 0 | 0 EOF 0
//   | %d 0 EOF 0 | %s 0 EOF 0 | %x 0 EOF 0 | %q 0 EOF 0 | %t 0 EOF 0 | %f 0 EOF 0 | %U 0 EOF 0 | %2d 0 EOF 0 | %c 0 EOF 0 | %% 0 unexpected EOF 0
// 0/9 | 0 EOF 0 | 0 EOF 0
//   | %d 0 EOF 0 | %s 0 EOF 0 | %x 0 EOF 0 | %q 0 EOF 0 | %t 0 EOF 0 | %f 0 EOF 0 | %U 0 EOF 0 | %2d 0 EOF 0 | %c 0 EOF 0 | %% 0 unexpected EOF 0
// 1/0 | 0 EOF 0 | 0 unexpected newline 0
//   | %d 0 unexpected newline 0 | %s 0 unexpected newline 0 | %x 0 unexpected newline 0 | %q 0 unexpected newline 0 | %t 0 unexpected newline 0 | %f 0 unexpected newline 0 | %U 0 unexpected newline 0 | %2d 0 unexpected newline 0 | %c 1 <nil> 10 | %% 0 unexpected newline 10
// 1/1 | 0 EOF 0 | 0 unexpected newline 0
//   | %d 0 unexpected newline 0 | %s 0 unexpected newline 0 | %x 0 unexpected newline 0 | %q 0 unexpected newline 0 | %t 0 unexpected newline 0 | %f 0 unexpected newline 0 | %U 0 unexpected newline 0 | %2d 0 unexpected newline 0 | %c 1 <nil> 10 | %% 0 unexpected newline 10
// 1/2 | 0 EOF 0 | 0 unexpected newline 0
//   | %d 0 unexpected newline 0 | %s 0 unexpected newline 0 | %x 0 unexpected newline 0 | %q 0 unexpected newline 0 | %t 0 unexpected newline 0 | %f 0 unexpected newline 0 | %U 0 unexpected newline 0 | %2d 0 unexpected newline 0 | %c 0 bad verb '%c' for float64 0 | %% 0 unexpected newline 0
// 1/3 | 0 EOF 0 | 0 unexpected newline 0
//   | %d 0 unexpected newline 0 | %s 0 unexpected newline 0 | %x 0 unexpected newline 0 | %q 0 unexpected newline 0 | %t 0 unexpected newline 0 | %f 0 unexpected newline 0 | %U 0 unexpected newline 0 | %2d 0 unexpected newline 0 | %c 0 bad verb '%c' for float32 0 | %% 0 unexpected newline 0
// 1/4 | 0 EOF "" | 0 unexpected newline ""
//   | %d 0 unexpected newline "" | %s 0 unexpected newline "" | %x 0 unexpected newline "" | %q 0 unexpected newline "" | %t 0 unexpected newline "" | %f 0 unexpected newline "" | %U 0 unexpected newline "" | %2d 0 unexpected newline "" | %c 0 bad verb '%c' for string "" | %% 0 unexpected newline ""
// 1/5 | 0 EOF [] | 0 unexpected newline []
//   | %d 0 unexpected newline [] | %s 0 unexpected newline [] | %x 0 unexpected newline [] | %q 0 unexpected newline [] | %t 0 unexpected newline [] | %f 0 unexpected newline [] | %U 0 unexpected newline [] | %2d 0 unexpected newline [] | %c 0 bad verb '%c' for string [] | %% 0 unexpected newline []
// 1/6 | 0 EOF false | 0 unexpected newline false
//   | %d 0 unexpected newline false | %s 0 unexpected newline false | %x 0 unexpected newline false | %q 0 unexpected newline false | %t 0 unexpected newline false | %f 0 unexpected newline false | %U 0 unexpected newline false | %2d 0 unexpected newline false | %c 0 unexpected newline false | %% 0 unexpected newline false
// 1/7 | 0 EOF (0+0i) | 0 unexpected newline (0+0i)
//   | %d 0 unexpected newline (0+0i) | %s 0 unexpected newline (0+0i) | %x 0 unexpected newline (0+0i) | %q 0 unexpected newline (0+0i) | %t 0 unexpected newline (0+0i) | %f 0 unexpected newline (0+0i) | %U 0 unexpected newline (0+0i) | %2d 0 unexpected newline (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 unexpected newline (0+0i)
// 1/8 | 0 EOF 0 | 0 unexpected newline 0
//   | %d 0 unexpected newline 0 | %s 0 unexpected newline 0 | %x 0 unexpected newline 0 | %q 0 unexpected newline 0 | %t 0 unexpected newline 0 | %f 0 unexpected newline 0 | %U 0 unexpected newline 0 | %2d 0 unexpected newline 0 | %c 1 <nil> 10 | %% 0 unexpected newline 10
// 1/9 | 0 EOF 0 | 0 unexpected newline 0
//   | %d 0 unexpected newline 0 | %s 0 unexpected newline 0 | %x 0 unexpected newline 0 | %q 0 unexpected newline 0 | %t 0 unexpected newline 0 | %f 0 unexpected newline 0 | %U 0 unexpected newline 0 | %2d 0 unexpected newline 0 | %c 0 unexpected newline 0 | %% 0 unexpected newline 0
// 2/0 | 1 <nil> 42 | 1 <nil> 42
//   | %d 1 <nil> 42 | %s 0 bad verb '%s' for integer 42 | %x 1 <nil> 66 | %q 0 bad verb '%q' for integer 66 | %t 0 bad verb '%t' for integer 66 | %f 0 bad verb '%f' for integer 66 | %U 0 bad unicode format  66 | %2d 1 <nil> 42 | %c 1 <nil> 52 | %% 0 missing literal % 52
// 2/1 | 1 <nil> 42 | 1 <nil> 42
//   | %d 1 <nil> 42 | %s 0 bad verb '%s' for integer 42 | %x 1 <nil> 66 | %q 0 bad verb '%q' for integer 66 | %t 0 bad verb '%t' for integer 66 | %f 0 bad verb '%f' for integer 66 | %U 0 bad unicode format  66 | %2d 1 <nil> 42 | %c 1 <nil> 52 | %% 0 missing literal % 52
// 2/2 | 1 <nil> 42 | 1 <nil> 42
//   | %d 0 bad verb '%d' for float64 42 | %s 0 bad verb '%s' for float64 42 | %x 0 bad verb '%x' for float64 42 | %q 0 bad verb '%q' for float64 42 | %t 0 bad verb '%t' for float64 42 | %f 1 <nil> 42 | %U 0 bad verb '%U' for float64 42 | %2d 0 bad verb '%d' for float64 42 | %c 0 bad verb '%c' for float64 42 | %% 0 missing literal % 42
// 2/3 | 1 <nil> 42 | 1 <nil> 42
//   | %d 0 bad verb '%d' for float32 42 | %s 0 bad verb '%s' for float32 42 | %x 0 bad verb '%x' for float32 42 | %q 0 bad verb '%q' for float32 42 | %t 0 bad verb '%t' for float32 42 | %f 1 <nil> 42 | %U 0 bad verb '%U' for float32 42 | %2d 0 bad verb '%d' for float32 42 | %c 0 bad verb '%c' for float32 42 | %% 0 missing literal % 42
// 2/4 | 1 <nil> "42" | 1 <nil> "42"
//   | %d 0 bad verb '%d' for string "42" | %s 1 <nil> "42" | %x 1 <nil> "B" | %q 0 expected quoted string "B" | %t 0 bad verb '%t' for string "B" | %f 0 bad verb '%f' for string "B" | %U 0 bad verb '%U' for string "B" | %2d 0 bad verb '%d' for string "B" | %c 0 bad verb '%c' for string "B" | %% 0 missing literal % "B"
// 2/5 | 1 <nil> [52 50] | 1 <nil> [52 50]
//   | %d 0 bad verb '%d' for string [52 50] | %s 1 <nil> [52 50] | %x 1 <nil> [66] | %q 0 expected quoted string [66] | %t 0 bad verb '%t' for string [66] | %f 0 bad verb '%f' for string [66] | %U 0 bad verb '%U' for string [66] | %2d 0 bad verb '%d' for string [66] | %c 0 bad verb '%c' for string [66] | %% 0 missing literal % [66]
// 2/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 2/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 2/8 | 1 <nil> 42 | 1 <nil> 42
//   | %d 1 <nil> 42 | %s 0 bad verb '%s' for integer 42 | %x 1 <nil> 66 | %q 0 bad verb '%q' for integer 66 | %t 0 bad verb '%t' for integer 66 | %f 0 bad verb '%f' for integer 66 | %U 0 bad unicode format  66 | %2d 1 <nil> 42 | %c 1 <nil> 52 | %% 0 missing literal % 52
// 2/9 | 1 <nil> 42 | 1 <nil> 42
//   | %d 1 <nil> 42 | %s 1 <nil> 42 | %x 1 <nil> 42 | %q 1 <nil> 42 | %t 1 <nil> 42 | %f 1 <nil> 42 | %U 1 <nil> 42 | %2d 1 <nil> 42 | %c 1 <nil> 42 | %% 0 missing literal % 42
// 3/0 | 1 <nil> -7 | 1 <nil> -7
//   | %d 1 <nil> -7 | %s 0 bad verb '%s' for integer -7 | %x 1 <nil> -7 | %q 0 bad verb '%q' for integer -7 | %t 0 bad verb '%t' for integer -7 | %f 0 bad verb '%f' for integer -7 | %U 0 bad unicode format  -7 | %2d 1 <nil> -7 | %c 1 <nil> 45 | %% 0 missing literal % 45
// 3/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 45 | %% 0 missing literal % 45
// 3/2 | 1 <nil> -7 | 1 <nil> -7
//   | %d 0 bad verb '%d' for float64 -7 | %s 0 bad verb '%s' for float64 -7 | %x 0 bad verb '%x' for float64 -7 | %q 0 bad verb '%q' for float64 -7 | %t 0 bad verb '%t' for float64 -7 | %f 1 <nil> -7 | %U 0 bad verb '%U' for float64 -7 | %2d 0 bad verb '%d' for float64 -7 | %c 0 bad verb '%c' for float64 -7 | %% 0 missing literal % -7
// 3/3 | 1 <nil> -7 | 1 <nil> -7
//   | %d 0 bad verb '%d' for float32 -7 | %s 0 bad verb '%s' for float32 -7 | %x 0 bad verb '%x' for float32 -7 | %q 0 bad verb '%q' for float32 -7 | %t 0 bad verb '%t' for float32 -7 | %f 1 <nil> -7 | %U 0 bad verb '%U' for float32 -7 | %2d 0 bad verb '%d' for float32 -7 | %c 0 bad verb '%c' for float32 -7 | %% 0 missing literal % -7
// 3/4 | 1 <nil> "-7" | 1 <nil> "-7"
//   | %d 0 bad verb '%d' for string "-7" | %s 1 <nil> "-7" | %x 0 no hex data for %x string "-7" | %q 0 expected quoted string "-7" | %t 0 bad verb '%t' for string "-7" | %f 0 bad verb '%f' for string "-7" | %U 0 bad verb '%U' for string "-7" | %2d 0 bad verb '%d' for string "-7" | %c 0 bad verb '%c' for string "-7" | %% 0 missing literal % "-7"
// 3/5 | 1 <nil> [45 55] | 1 <nil> [45 55]
//   | %d 0 bad verb '%d' for string [45 55] | %s 1 <nil> [45 55] | %x 0 no hex data for %x string [45 55] | %q 0 expected quoted string [45 55] | %t 0 bad verb '%t' for string [45 55] | %f 0 bad verb '%f' for string [45 55] | %U 0 bad verb '%U' for string [45 55] | %2d 0 bad verb '%d' for string [45 55] | %c 0 bad verb '%c' for string [45 55] | %% 0 missing literal % [45 55]
// 3/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 3/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 3/8 | 1 <nil> -7 | 1 <nil> -7
//   | %d 1 <nil> -7 | %s 0 bad verb '%s' for integer -7 | %x 1 <nil> -7 | %q 0 bad verb '%q' for integer -7 | %t 0 bad verb '%t' for integer -7 | %f 0 bad verb '%f' for integer -7 | %U 0 bad unicode format  -7 | %2d 1 <nil> -7 | %c 1 <nil> 45 | %% 0 missing literal % 45
// 3/9 | 1 <nil> -7 | 1 <nil> -7
//   | %d 1 <nil> -7 | %s 1 <nil> -7 | %x 1 <nil> -7 | %q 1 <nil> -7 | %t 1 <nil> -7 | %f 1 <nil> -7 | %U 1 <nil> -7 | %2d 1 <nil> -7 | %c 1 <nil> -7 | %% 0 missing literal % -7
// 4/0 | 1 <nil> 31 | 1 <nil> 31
//   | %d 1 <nil> 0 | %s 0 bad verb '%s' for integer 0 | %x 1 <nil> 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 1 <nil> 0 | %c 1 <nil> 48 | %% 0 missing literal % 48
// 4/1 | 1 <nil> 31 | 1 <nil> 31
//   | %d 1 <nil> 0 | %s 0 bad verb '%s' for integer 0 | %x 1 <nil> 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 1 <nil> 0 | %c 1 <nil> 48 | %% 0 missing literal % 48
// 4/2 | 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0 | 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 missing literal % 0
// 4/3 | 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0 | 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 missing literal % 0
// 4/4 | 1 <nil> "0x1f" | 1 <nil> "0x1f"
//   | %d 0 bad verb '%d' for string "0x1f" | %s 1 <nil> "0x1f" | %x 0 illegal hex digit "0x1f" | %q 0 expected quoted string "0x1f" | %t 0 bad verb '%t' for string "0x1f" | %f 0 bad verb '%f' for string "0x1f" | %U 0 bad verb '%U' for string "0x1f" | %2d 0 bad verb '%d' for string "0x1f" | %c 0 bad verb '%c' for string "0x1f" | %% 0 missing literal % "0x1f"
// 4/5 | 1 <nil> [48 120 49 102] | 1 <nil> [48 120 49 102]
//   | %d 0 bad verb '%d' for string [48 120 49 102] | %s 1 <nil> [48 120 49 102] | %x 0 illegal hex digit [48 120 49 102] | %q 0 expected quoted string [48 120 49 102] | %t 0 bad verb '%t' for string [48 120 49 102] | %f 0 bad verb '%f' for string [48 120 49 102] | %U 0 bad verb '%U' for string [48 120 49 102] | %2d 0 bad verb '%d' for string [48 120 49 102] | %c 0 bad verb '%c' for string [48 120 49 102] | %% 0 missing literal % [48 120 49 102]
// 4/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 4/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 4/8 | 1 <nil> 31 | 1 <nil> 31
//   | %d 1 <nil> 0 | %s 0 bad verb '%s' for integer 0 | %x 1 <nil> 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 1 <nil> 0 | %c 1 <nil> 48 | %% 0 missing literal % 48
// 4/9 | 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0 | 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0
//   | %d 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0 | %s 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0 | %x 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0 | %q 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0 | %t 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0 | %f 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0 | %U 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0 | %2d 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | %c 0 strconv.ParseFloat: parsing "0x1f": invalid syntax 0 | %% 0 missing literal % 0
// 5/0 | 1 <nil> 3 | 1 <nil> 3
//   | %d 1 <nil> 0 | %s 0 bad verb '%s' for integer 0 | %x 1 <nil> 2833 | %q 0 bad verb '%q' for integer 2833 | %t 0 bad verb '%t' for integer 2833 | %f 0 bad verb '%f' for integer 2833 | %U 0 bad unicode format  2833 | %2d 1 <nil> 0 | %c 1 <nil> 48 | %% 0 missing literal % 48
// 5/1 | 1 <nil> 3 | 1 <nil> 3
//   | %d 1 <nil> 0 | %s 0 bad verb '%s' for integer 0 | %x 0 unsigned integer overflow on token 0b11 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 1 <nil> 0 | %c 1 <nil> 48 | %% 0 missing literal % 48
// 5/2 | 1 <nil> 0 | 1 expected newline 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 1 <nil> 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 missing literal % 0
// 5/3 | 1 <nil> 0 | 1 expected newline 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 1 <nil> 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 missing literal % 0
// 5/4 | 1 <nil> "0b11" | 1 <nil> "0b11"
//   | %d 0 bad verb '%d' for string "0b11" | %s 1 <nil> "0b11" | %x 1 <nil> "\v\x11" | %q 0 expected quoted string "\v\x11" | %t 0 bad verb '%t' for string "\v\x11" | %f 0 bad verb '%f' for string "\v\x11" | %U 0 bad verb '%U' for string "\v\x11" | %2d 0 bad verb '%d' for string "\v\x11" | %c 0 bad verb '%c' for string "\v\x11" | %% 0 missing literal % "\v\x11"
// 5/5 | 1 <nil> [48 98 49 49] | 1 <nil> [48 98 49 49]
//   | %d 0 bad verb '%d' for string [48 98 49 49] | %s 1 <nil> [48 98 49 49] | %x 1 <nil> [11 17] | %q 0 expected quoted string [11 17] | %t 0 bad verb '%t' for string [11 17] | %f 0 bad verb '%f' for string [11 17] | %U 0 bad verb '%U' for string [11 17] | %2d 0 bad verb '%d' for string [11 17] | %c 0 bad verb '%c' for string [11 17] | %% 0 missing literal % [11 17]
// 5/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 5/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 5/8 | 1 <nil> 3 | 1 <nil> 3
//   | %d 1 <nil> 0 | %s 0 bad verb '%s' for integer 0 | %x 1 <nil> 2833 | %q 0 bad verb '%q' for integer 2833 | %t 0 bad verb '%t' for integer 2833 | %f 0 bad verb '%f' for integer 2833 | %U 0 bad unicode format  2833 | %2d 1 <nil> 0 | %c 1 <nil> 48 | %% 0 missing literal % 48
// 5/9 | 1 <nil> 0 | 1 expected newline 0
//   | %d 1 <nil> 0 | %s 1 <nil> 0 | %x 1 <nil> 0 | %q 1 <nil> 0 | %t 1 <nil> 0 | %f 1 <nil> 0 | %U 1 <nil> 0 | %2d 1 <nil> 0 | %c 1 <nil> 0 | %% 0 missing literal % 0
// 6/0 | 1 <nil> 15 | 1 <nil> 15
//   | %d 1 <nil> 17 | %s 0 bad verb '%s' for integer 17 | %x 1 <nil> 23 | %q 0 bad verb '%q' for integer 23 | %t 0 bad verb '%t' for integer 23 | %f 0 bad verb '%f' for integer 23 | %U 0 bad unicode format  23 | %2d 1 <nil> 1 | %c 1 <nil> 48 | %% 0 missing literal % 48
// 6/1 | 1 <nil> 15 | 1 <nil> 15
//   | %d 1 <nil> 17 | %s 0 bad verb '%s' for integer 17 | %x 1 <nil> 23 | %q 0 bad verb '%q' for integer 23 | %t 0 bad verb '%t' for integer 23 | %f 0 bad verb '%f' for integer 23 | %U 0 bad unicode format  23 | %2d 1 <nil> 1 | %c 1 <nil> 48 | %% 0 missing literal % 48
// 6/2 | 1 <nil> 17 | 1 <nil> 17
//   | %d 0 bad verb '%d' for float64 17 | %s 0 bad verb '%s' for float64 17 | %x 0 bad verb '%x' for float64 17 | %q 0 bad verb '%q' for float64 17 | %t 0 bad verb '%t' for float64 17 | %f 1 <nil> 17 | %U 0 bad verb '%U' for float64 17 | %2d 0 bad verb '%d' for float64 17 | %c 0 bad verb '%c' for float64 17 | %% 0 missing literal % 17
// 6/3 | 1 <nil> 17 | 1 <nil> 17
//   | %d 0 bad verb '%d' for float32 17 | %s 0 bad verb '%s' for float32 17 | %x 0 bad verb '%x' for float32 17 | %q 0 bad verb '%q' for float32 17 | %t 0 bad verb '%t' for float32 17 | %f 1 <nil> 17 | %U 0 bad verb '%U' for float32 17 | %2d 0 bad verb '%d' for float32 17 | %c 0 bad verb '%c' for float32 17 | %% 0 missing literal % 17
// 6/4 | 1 <nil> "017" | 1 <nil> "017"
//   | %d 0 bad verb '%d' for string "017" | %s 1 <nil> "017" | %x 0 unexpected EOF "017" | %q 0 expected quoted string "017" | %t 0 bad verb '%t' for string "017" | %f 0 bad verb '%f' for string "017" | %U 0 bad verb '%U' for string "017" | %2d 0 bad verb '%d' for string "017" | %c 0 bad verb '%c' for string "017" | %% 0 missing literal % "017"
// 6/5 | 1 <nil> [48 49 55] | 1 <nil> [48 49 55]
//   | %d 0 bad verb '%d' for string [48 49 55] | %s 1 <nil> [48 49 55] | %x 0 unexpected EOF [48 49 55] | %q 0 expected quoted string [48 49 55] | %t 0 bad verb '%t' for string [48 49 55] | %f 0 bad verb '%f' for string [48 49 55] | %U 0 bad verb '%U' for string [48 49 55] | %2d 0 bad verb '%d' for string [48 49 55] | %c 0 bad verb '%c' for string [48 49 55] | %% 0 missing literal % [48 49 55]
// 6/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 6/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 6/8 | 1 <nil> 15 | 1 <nil> 15
//   | %d 1 <nil> 17 | %s 0 bad verb '%s' for integer 17 | %x 1 <nil> 23 | %q 0 bad verb '%q' for integer 23 | %t 0 bad verb '%t' for integer 23 | %f 0 bad verb '%f' for integer 23 | %U 0 bad unicode format  23 | %2d 1 <nil> 1 | %c 1 <nil> 48 | %% 0 missing literal % 48
// 6/9 | 1 <nil> 17 | 1 <nil> 17
//   | %d 1 <nil> 17 | %s 1 <nil> 17 | %x 1 <nil> 17 | %q 1 <nil> 17 | %t 1 <nil> 17 | %f 1 <nil> 17 | %U 1 <nil> 17 | %2d 1 <nil> 1 | %c 1 <nil> 17 | %% 0 missing literal % 17
// 7/0 | 1 <nil> 1000 | 1 <nil> 1000
//   | %d 1 <nil> 1 | %s 0 bad verb '%s' for integer 1 | %x 1 <nil> 1 | %q 0 bad verb '%q' for integer 1 | %t 0 bad verb '%t' for integer 1 | %f 0 bad verb '%f' for integer 1 | %U 0 bad unicode format  1 | %2d 1 <nil> 1 | %c 1 <nil> 49 | %% 0 missing literal % 49
// 7/1 | 0 unsigned integer overflow on token 1_000 0 | 0 unsigned integer overflow on token 1_000 0
//   | %d 1 <nil> 1 | %s 0 bad verb '%s' for integer 1 | %x 1 <nil> 1 | %q 0 bad verb '%q' for integer 1 | %t 0 bad verb '%t' for integer 1 | %f 0 bad verb '%f' for integer 1 | %U 0 bad unicode format  1 | %2d 1 <nil> 1 | %c 1 <nil> 49 | %% 0 missing literal % 49
// 7/2 | 1 <nil> 1000 | 1 <nil> 1000
//   | %d 0 bad verb '%d' for float64 1000 | %s 0 bad verb '%s' for float64 1000 | %x 0 bad verb '%x' for float64 1000 | %q 0 bad verb '%q' for float64 1000 | %t 0 bad verb '%t' for float64 1000 | %f 1 <nil> 1000 | %U 0 bad verb '%U' for float64 1000 | %2d 0 bad verb '%d' for float64 1000 | %c 0 bad verb '%c' for float64 1000 | %% 0 missing literal % 1000
// 7/3 | 1 <nil> 1000 | 1 <nil> 1000
//   | %d 0 bad verb '%d' for float32 1000 | %s 0 bad verb '%s' for float32 1000 | %x 0 bad verb '%x' for float32 1000 | %q 0 bad verb '%q' for float32 1000 | %t 0 bad verb '%t' for float32 1000 | %f 1 <nil> 1000 | %U 0 bad verb '%U' for float32 1000 | %2d 0 bad verb '%d' for float32 1000 | %c 0 bad verb '%c' for float32 1000 | %% 0 missing literal % 1000
// 7/4 | 1 <nil> "1_000" | 1 <nil> "1_000"
//   | %d 0 bad verb '%d' for string "1_000" | %s 1 <nil> "1_000" | %x 0 illegal hex digit "1_000" | %q 0 expected quoted string "1_000" | %t 0 bad verb '%t' for string "1_000" | %f 0 bad verb '%f' for string "1_000" | %U 0 bad verb '%U' for string "1_000" | %2d 0 bad verb '%d' for string "1_000" | %c 0 bad verb '%c' for string "1_000" | %% 0 missing literal % "1_000"
// 7/5 | 1 <nil> [49 95 48 48 48] | 1 <nil> [49 95 48 48 48]
//   | %d 0 bad verb '%d' for string [49 95 48 48 48] | %s 1 <nil> [49 95 48 48 48] | %x 0 illegal hex digit [49 95 48 48 48] | %q 0 expected quoted string [49 95 48 48 48] | %t 0 bad verb '%t' for string [49 95 48 48 48] | %f 0 bad verb '%f' for string [49 95 48 48 48] | %U 0 bad verb '%U' for string [49 95 48 48 48] | %2d 0 bad verb '%d' for string [49 95 48 48 48] | %c 0 bad verb '%c' for string [49 95 48 48 48] | %% 0 missing literal % [49 95 48 48 48]
// 7/6 | 1 <nil> true | 1 expected newline true
//   | %d 0 bad verb '%d' for boolean true | %s 0 bad verb '%s' for boolean true | %x 0 bad verb '%x' for boolean true | %q 0 bad verb '%q' for boolean true | %t 1 <nil> true | %f 0 bad verb '%f' for boolean true | %U 0 bad verb '%U' for boolean true | %2d 0 bad verb '%d' for boolean true | %c 0 bad verb '%c' for boolean true | %% 0 missing literal % true
// 7/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 7/8 | 1 <nil> 1000 | 1 <nil> 1000
//   | %d 1 <nil> 1 | %s 0 bad verb '%s' for integer 1 | %x 1 <nil> 1 | %q 0 bad verb '%q' for integer 1 | %t 0 bad verb '%t' for integer 1 | %f 0 bad verb '%f' for integer 1 | %U 0 bad unicode format  1 | %2d 1 <nil> 1 | %c 1 <nil> 49 | %% 0 missing literal % 49
// 7/9 | 1 <nil> 1000 | 1 <nil> 1000
//   | %d 1 <nil> 1000 | %s 1 <nil> 1000 | %x 1 <nil> 1000 | %q 1 <nil> 1000 | %t 1 <nil> 1000 | %f 1 <nil> 1000 | %U 1 <nil> 1000 | %2d 0 strconv.ParseFloat: parsing "1_": invalid syntax 1000 | %c 1 <nil> 1000 | %% 0 missing literal % 1000
// 8/0 | 1 <nil> 3 | 1 expected newline 3
//   | %d 1 <nil> 3 | %s 0 bad verb '%s' for integer 3 | %x 1 <nil> 3 | %q 0 bad verb '%q' for integer 3 | %t 0 bad verb '%t' for integer 3 | %f 0 bad verb '%f' for integer 3 | %U 0 bad unicode format  3 | %2d 1 <nil> 3 | %c 1 <nil> 51 | %% 0 missing literal % 51
// 8/1 | 1 <nil> 3 | 1 expected newline 3
//   | %d 1 <nil> 3 | %s 0 bad verb '%s' for integer 3 | %x 1 <nil> 3 | %q 0 bad verb '%q' for integer 3 | %t 0 bad verb '%t' for integer 3 | %f 0 bad verb '%f' for integer 3 | %U 0 bad unicode format  3 | %2d 1 <nil> 3 | %c 1 <nil> 51 | %% 0 missing literal % 51
// 8/2 | 1 <nil> 3.5 | 1 <nil> 3.5
//   | %d 0 bad verb '%d' for float64 3.5 | %s 0 bad verb '%s' for float64 3.5 | %x 0 bad verb '%x' for float64 3.5 | %q 0 bad verb '%q' for float64 3.5 | %t 0 bad verb '%t' for float64 3.5 | %f 1 <nil> 3.5 | %U 0 bad verb '%U' for float64 3.5 | %2d 0 bad verb '%d' for float64 3.5 | %c 0 bad verb '%c' for float64 3.5 | %% 0 missing literal % 3.5
// 8/3 | 1 <nil> 3.5 | 1 <nil> 3.5
//   | %d 0 bad verb '%d' for float32 3.5 | %s 0 bad verb '%s' for float32 3.5 | %x 0 bad verb '%x' for float32 3.5 | %q 0 bad verb '%q' for float32 3.5 | %t 0 bad verb '%t' for float32 3.5 | %f 1 <nil> 3.5 | %U 0 bad verb '%U' for float32 3.5 | %2d 0 bad verb '%d' for float32 3.5 | %c 0 bad verb '%c' for float32 3.5 | %% 0 missing literal % 3.5
// 8/4 | 1 <nil> "3.5" | 1 <nil> "3.5"
//   | %d 0 bad verb '%d' for string "3.5" | %s 1 <nil> "3.5" | %x 0 illegal hex digit "3.5" | %q 0 expected quoted string "3.5" | %t 0 bad verb '%t' for string "3.5" | %f 0 bad verb '%f' for string "3.5" | %U 0 bad verb '%U' for string "3.5" | %2d 0 bad verb '%d' for string "3.5" | %c 0 bad verb '%c' for string "3.5" | %% 0 missing literal % "3.5"
// 8/5 | 1 <nil> [51 46 53] | 1 <nil> [51 46 53]
//   | %d 0 bad verb '%d' for string [51 46 53] | %s 1 <nil> [51 46 53] | %x 0 illegal hex digit [51 46 53] | %q 0 expected quoted string [51 46 53] | %t 0 bad verb '%t' for string [51 46 53] | %f 0 bad verb '%f' for string [51 46 53] | %U 0 bad verb '%U' for string [51 46 53] | %2d 0 bad verb '%d' for string [51 46 53] | %c 0 bad verb '%c' for string [51 46 53] | %% 0 missing literal % [51 46 53]
// 8/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 8/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 8/8 | 1 <nil> 3 | 1 expected newline 3
//   | %d 1 <nil> 3 | %s 0 bad verb '%s' for integer 3 | %x 1 <nil> 3 | %q 0 bad verb '%q' for integer 3 | %t 0 bad verb '%t' for integer 3 | %f 0 bad verb '%f' for integer 3 | %U 0 bad unicode format  3 | %2d 1 <nil> 3 | %c 1 <nil> 51 | %% 0 missing literal % 51
// 8/9 | 1 <nil> 3.5 | 1 <nil> 3.5
//   | %d 1 <nil> 3.5 | %s 1 <nil> 3.5 | %x 1 <nil> 3.5 | %q 1 <nil> 3.5 | %t 1 <nil> 3.5 | %f 1 <nil> 3.5 | %U 1 <nil> 3.5 | %2d 1 <nil> 3 | %c 1 <nil> 3.5 | %% 0 missing literal % 3.5
// 9/0 | 1 <nil> -2 | 1 expected newline -2
//   | %d 1 <nil> -2 | %s 0 bad verb '%s' for integer -2 | %x 1 <nil> -2 | %q 0 bad verb '%q' for integer -2 | %t 0 bad verb '%t' for integer -2 | %f 0 bad verb '%f' for integer -2 | %U 0 bad unicode format  -2 | %2d 1 <nil> -2 | %c 1 <nil> 45 | %% 0 missing literal % 45
// 9/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 45 | %% 0 missing literal % 45
// 9/2 | 1 <nil> -2500 | 1 <nil> -2500
//   | %d 0 bad verb '%d' for float64 -2500 | %s 0 bad verb '%s' for float64 -2500 | %x 0 bad verb '%x' for float64 -2500 | %q 0 bad verb '%q' for float64 -2500 | %t 0 bad verb '%t' for float64 -2500 | %f 1 <nil> -2500 | %U 0 bad verb '%U' for float64 -2500 | %2d 0 bad verb '%d' for float64 -2500 | %c 0 bad verb '%c' for float64 -2500 | %% 0 missing literal % -2500
// 9/3 | 1 <nil> -2500 | 1 <nil> -2500
//   | %d 0 bad verb '%d' for float32 -2500 | %s 0 bad verb '%s' for float32 -2500 | %x 0 bad verb '%x' for float32 -2500 | %q 0 bad verb '%q' for float32 -2500 | %t 0 bad verb '%t' for float32 -2500 | %f 1 <nil> -2500 | %U 0 bad verb '%U' for float32 -2500 | %2d 0 bad verb '%d' for float32 -2500 | %c 0 bad verb '%c' for float32 -2500 | %% 0 missing literal % -2500
// 9/4 | 1 <nil> "-2.5e3" | 1 <nil> "-2.5e3"
//   | %d 0 bad verb '%d' for string "-2.5e3" | %s 1 <nil> "-2.5e3" | %x 0 no hex data for %x string "-2.5e3" | %q 0 expected quoted string "-2.5e3" | %t 0 bad verb '%t' for string "-2.5e3" | %f 0 bad verb '%f' for string "-2.5e3" | %U 0 bad verb '%U' for string "-2.5e3" | %2d 0 bad verb '%d' for string "-2.5e3" | %c 0 bad verb '%c' for string "-2.5e3" | %% 0 missing literal % "-2.5e3"
// 9/5 | 1 <nil> [45 50 46 53 101 51] | 1 <nil> [45 50 46 53 101 51]
//   | %d 0 bad verb '%d' for string [45 50 46 53 101 51] | %s 1 <nil> [45 50 46 53 101 51] | %x 0 no hex data for %x string [45 50 46 53 101 51] | %q 0 expected quoted string [45 50 46 53 101 51] | %t 0 bad verb '%t' for string [45 50 46 53 101 51] | %f 0 bad verb '%f' for string [45 50 46 53 101 51] | %U 0 bad verb '%U' for string [45 50 46 53 101 51] | %2d 0 bad verb '%d' for string [45 50 46 53 101 51] | %c 0 bad verb '%c' for string [45 50 46 53 101 51] | %% 0 missing literal % [45 50 46 53 101 51]
// 9/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 9/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 9/8 | 1 <nil> -2 | 1 expected newline -2
//   | %d 1 <nil> -2 | %s 0 bad verb '%s' for integer -2 | %x 1 <nil> -2 | %q 0 bad verb '%q' for integer -2 | %t 0 bad verb '%t' for integer -2 | %f 0 bad verb '%f' for integer -2 | %U 0 bad unicode format  -2 | %2d 1 <nil> -2 | %c 1 <nil> 45 | %% 0 missing literal % 45
// 9/9 | 1 <nil> -2500 | 1 <nil> -2500
//   | %d 1 <nil> -2500 | %s 1 <nil> -2500 | %x 1 <nil> -2500 | %q 1 <nil> -2500 | %t 1 <nil> -2500 | %f 1 <nil> -2500 | %U 1 <nil> -2500 | %2d 1 <nil> -2 | %c 1 <nil> -2500 | %% 0 missing literal % -2500
// 10/0 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 105 | %% 0 missing literal % 105
// 10/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 105 | %% 0 missing literal % 105
// 10/2 | 1 <nil> +Inf | 1 <nil> +Inf
//   | %d 0 bad verb '%d' for float64 +Inf | %s 0 bad verb '%s' for float64 +Inf | %x 0 bad verb '%x' for float64 +Inf | %q 0 bad verb '%q' for float64 +Inf | %t 0 bad verb '%t' for float64 +Inf | %f 1 <nil> +Inf | %U 0 bad verb '%U' for float64 +Inf | %2d 0 bad verb '%d' for float64 +Inf | %c 0 bad verb '%c' for float64 +Inf | %% 0 missing literal % +Inf
// 10/3 | 1 <nil> +Inf | 1 <nil> +Inf
//   | %d 0 bad verb '%d' for float32 +Inf | %s 0 bad verb '%s' for float32 +Inf | %x 0 bad verb '%x' for float32 +Inf | %q 0 bad verb '%q' for float32 +Inf | %t 0 bad verb '%t' for float32 +Inf | %f 1 <nil> +Inf | %U 0 bad verb '%U' for float32 +Inf | %2d 0 bad verb '%d' for float32 +Inf | %c 0 bad verb '%c' for float32 +Inf | %% 0 missing literal % +Inf
// 10/4 | 1 <nil> "inf" | 1 <nil> "inf"
//   | %d 0 bad verb '%d' for string "inf" | %s 1 <nil> "inf" | %x 0 no hex data for %x string "inf" | %q 0 expected quoted string "inf" | %t 0 bad verb '%t' for string "inf" | %f 0 bad verb '%f' for string "inf" | %U 0 bad verb '%U' for string "inf" | %2d 0 bad verb '%d' for string "inf" | %c 0 bad verb '%c' for string "inf" | %% 0 missing literal % "inf"
// 10/5 | 1 <nil> [105 110 102] | 1 <nil> [105 110 102]
//   | %d 0 bad verb '%d' for string [105 110 102] | %s 1 <nil> [105 110 102] | %x 0 no hex data for %x string [105 110 102] | %q 0 expected quoted string [105 110 102] | %t 0 bad verb '%t' for string [105 110 102] | %f 0 bad verb '%f' for string [105 110 102] | %U 0 bad verb '%U' for string [105 110 102] | %2d 0 bad verb '%d' for string [105 110 102] | %c 0 bad verb '%c' for string [105 110 102] | %% 0 missing literal % [105 110 102]
// 10/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 10/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 10/8 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 105 | %% 0 missing literal % 105
// 10/9 | 1 <nil> +Inf | 1 <nil> +Inf
//   | %d 1 <nil> +Inf | %s 1 <nil> +Inf | %x 1 <nil> +Inf | %q 1 <nil> +Inf | %t 1 <nil> +Inf | %f 1 <nil> +Inf | %U 1 <nil> +Inf | %2d 0 strconv.ParseFloat: parsing "in": invalid syntax +Inf | %c 1 <nil> +Inf | %% 0 missing literal % +Inf
// 11/0 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 78 | %% 0 missing literal % 78
// 11/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 78 | %% 0 missing literal % 78
// 11/2 | 1 <nil> NaN | 1 <nil> NaN
//   | %d 0 bad verb '%d' for float64 NaN | %s 0 bad verb '%s' for float64 NaN | %x 0 bad verb '%x' for float64 NaN | %q 0 bad verb '%q' for float64 NaN | %t 0 bad verb '%t' for float64 NaN | %f 1 <nil> NaN | %U 0 bad verb '%U' for float64 NaN | %2d 0 bad verb '%d' for float64 NaN | %c 0 bad verb '%c' for float64 NaN | %% 0 missing literal % NaN
// 11/3 | 1 <nil> NaN | 1 <nil> NaN
//   | %d 0 bad verb '%d' for float32 NaN | %s 0 bad verb '%s' for float32 NaN | %x 0 bad verb '%x' for float32 NaN | %q 0 bad verb '%q' for float32 NaN | %t 0 bad verb '%t' for float32 NaN | %f 1 <nil> NaN | %U 0 bad verb '%U' for float32 NaN | %2d 0 bad verb '%d' for float32 NaN | %c 0 bad verb '%c' for float32 NaN | %% 0 missing literal % NaN
// 11/4 | 1 <nil> "NaN" | 1 <nil> "NaN"
//   | %d 0 bad verb '%d' for string "NaN" | %s 1 <nil> "NaN" | %x 0 no hex data for %x string "NaN" | %q 0 expected quoted string "NaN" | %t 0 bad verb '%t' for string "NaN" | %f 0 bad verb '%f' for string "NaN" | %U 0 bad verb '%U' for string "NaN" | %2d 0 bad verb '%d' for string "NaN" | %c 0 bad verb '%c' for string "NaN" | %% 0 missing literal % "NaN"
// 11/5 | 1 <nil> [78 97 78] | 1 <nil> [78 97 78]
//   | %d 0 bad verb '%d' for string [78 97 78] | %s 1 <nil> [78 97 78] | %x 0 no hex data for %x string [78 97 78] | %q 0 expected quoted string [78 97 78] | %t 0 bad verb '%t' for string [78 97 78] | %f 0 bad verb '%f' for string [78 97 78] | %U 0 bad verb '%U' for string [78 97 78] | %2d 0 bad verb '%d' for string [78 97 78] | %c 0 bad verb '%c' for string [78 97 78] | %% 0 missing literal % [78 97 78]
// 11/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 11/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 11/8 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 78 | %% 0 missing literal % 78
// 11/9 | 1 <nil> NaN | 1 <nil> NaN
//   | %d 1 <nil> NaN | %s 1 <nil> NaN | %x 1 <nil> NaN | %q 1 <nil> NaN | %t 1 <nil> NaN | %f 1 <nil> NaN | %U 1 <nil> NaN | %2d 0 strconv.ParseFloat: parsing "Na": invalid syntax NaN | %c 1 <nil> NaN | %% 0 missing literal % NaN
// 12/0 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 116 | %% 0 missing literal % 116
// 12/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 116 | %% 0 missing literal % 116
// 12/2 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 missing literal % 0
// 12/3 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 missing literal % 0
// 12/4 | 1 <nil> "true" | 1 <nil> "true"
//   | %d 0 bad verb '%d' for string "true" | %s 1 <nil> "true" | %x 0 no hex data for %x string "true" | %q 0 expected quoted string "true" | %t 0 bad verb '%t' for string "true" | %f 0 bad verb '%f' for string "true" | %U 0 bad verb '%U' for string "true" | %2d 0 bad verb '%d' for string "true" | %c 0 bad verb '%c' for string "true" | %% 0 missing literal % "true"
// 12/5 | 1 <nil> [116 114 117 101] | 1 <nil> [116 114 117 101]
//   | %d 0 bad verb '%d' for string [116 114 117 101] | %s 1 <nil> [116 114 117 101] | %x 0 no hex data for %x string [116 114 117 101] | %q 0 expected quoted string [116 114 117 101] | %t 0 bad verb '%t' for string [116 114 117 101] | %f 0 bad verb '%f' for string [116 114 117 101] | %U 0 bad verb '%U' for string [116 114 117 101] | %2d 0 bad verb '%d' for string [116 114 117 101] | %c 0 bad verb '%c' for string [116 114 117 101] | %% 0 missing literal % [116 114 117 101]
// 12/6 | 1 <nil> true | 1 <nil> true
//   | %d 0 bad verb '%d' for boolean true | %s 0 bad verb '%s' for boolean true | %x 0 bad verb '%x' for boolean true | %q 0 bad verb '%q' for boolean true | %t 1 <nil> true | %f 0 bad verb '%f' for boolean true | %U 0 bad verb '%U' for boolean true | %2d 0 bad verb '%d' for boolean true | %c 0 bad verb '%c' for boolean true | %% 0 missing literal % true
// 12/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 12/8 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 116 | %% 0 missing literal % 116
// 12/9 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %s 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %x 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %q 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %t 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %2d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %c 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %% 0 missing literal % 0
// 13/0 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 84 | %% 0 missing literal % 84
// 13/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 84 | %% 0 missing literal % 84
// 13/2 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 missing literal % 0
// 13/3 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 missing literal % 0
// 13/4 | 1 <nil> "T" | 1 <nil> "T"
//   | %d 0 bad verb '%d' for string "T" | %s 1 <nil> "T" | %x 0 no hex data for %x string "T" | %q 0 expected quoted string "T" | %t 0 bad verb '%t' for string "T" | %f 0 bad verb '%f' for string "T" | %U 0 bad verb '%U' for string "T" | %2d 0 bad verb '%d' for string "T" | %c 0 bad verb '%c' for string "T" | %% 0 missing literal % "T"
// 13/5 | 1 <nil> [84] | 1 <nil> [84]
//   | %d 0 bad verb '%d' for string [84] | %s 1 <nil> [84] | %x 0 no hex data for %x string [84] | %q 0 expected quoted string [84] | %t 0 bad verb '%t' for string [84] | %f 0 bad verb '%f' for string [84] | %U 0 bad verb '%U' for string [84] | %2d 0 bad verb '%d' for string [84] | %c 0 bad verb '%c' for string [84] | %% 0 missing literal % [84]
// 13/6 | 1 <nil> true | 1 <nil> true
//   | %d 0 bad verb '%d' for boolean true | %s 0 bad verb '%s' for boolean true | %x 0 bad verb '%x' for boolean true | %q 0 bad verb '%q' for boolean true | %t 1 <nil> true | %f 0 bad verb '%f' for boolean true | %U 0 bad verb '%U' for boolean true | %2d 0 bad verb '%d' for boolean true | %c 0 bad verb '%c' for boolean true | %% 0 missing literal % true
// 13/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 13/8 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 84 | %% 0 missing literal % 84
// 13/9 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %s 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %x 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %q 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %t 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %2d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %c 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %% 0 missing literal % 0
// 14/0 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 121 | %% 0 missing literal % 121
// 14/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 121 | %% 0 missing literal % 121
// 14/2 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 missing literal % 0
// 14/3 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 missing literal % 0
// 14/4 | 1 <nil> "yes" | 1 <nil> "yes"
//   | %d 0 bad verb '%d' for string "yes" | %s 1 <nil> "yes" | %x 0 no hex data for %x string "yes" | %q 0 expected quoted string "yes" | %t 0 bad verb '%t' for string "yes" | %f 0 bad verb '%f' for string "yes" | %U 0 bad verb '%U' for string "yes" | %2d 0 bad verb '%d' for string "yes" | %c 0 bad verb '%c' for string "yes" | %% 0 missing literal % "yes"
// 14/5 | 1 <nil> [121 101 115] | 1 <nil> [121 101 115]
//   | %d 0 bad verb '%d' for string [121 101 115] | %s 1 <nil> [121 101 115] | %x 0 no hex data for %x string [121 101 115] | %q 0 expected quoted string [121 101 115] | %t 0 bad verb '%t' for string [121 101 115] | %f 0 bad verb '%f' for string [121 101 115] | %U 0 bad verb '%U' for string [121 101 115] | %2d 0 bad verb '%d' for string [121 101 115] | %c 0 bad verb '%c' for string [121 101 115] | %% 0 missing literal % [121 101 115]
// 14/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 14/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 14/8 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 121 | %% 0 missing literal % 121
// 14/9 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %s 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %x 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %q 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %t 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %2d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %c 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %% 0 missing literal % 0
// 15/0 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 1 <nil> 2748 | %q 0 bad verb '%q' for integer 2748 | %t 0 bad verb '%t' for integer 2748 | %f 0 bad verb '%f' for integer 2748 | %U 0 bad unicode format  2748 | %2d 0 expected integer 2748 | %c 1 <nil> 97 | %% 0 missing literal % 97
// 15/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 unsigned integer overflow on token abc 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 97 | %% 0 missing literal % 97
// 15/2 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 missing literal % 0
// 15/3 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 missing literal % 0
// 15/4 | 1 <nil> "abc" | 1 <nil> "abc"
//   | %d 0 bad verb '%d' for string "abc" | %s 1 <nil> "abc" | %x 0 unexpected EOF "abc" | %q 0 expected quoted string "abc" | %t 0 bad verb '%t' for string "abc" | %f 0 bad verb '%f' for string "abc" | %U 0 bad verb '%U' for string "abc" | %2d 0 bad verb '%d' for string "abc" | %c 0 bad verb '%c' for string "abc" | %% 0 missing literal % "abc"
// 15/5 | 1 <nil> [97 98 99] | 1 <nil> [97 98 99]
//   | %d 0 bad verb '%d' for string [97 98 99] | %s 1 <nil> [97 98 99] | %x 0 unexpected EOF [97 98 99] | %q 0 expected quoted string [97 98 99] | %t 0 bad verb '%t' for string [97 98 99] | %f 0 bad verb '%f' for string [97 98 99] | %U 0 bad verb '%U' for string [97 98 99] | %2d 0 bad verb '%d' for string [97 98 99] | %c 0 bad verb '%c' for string [97 98 99] | %% 0 missing literal % [97 98 99]
// 15/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 15/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 15/8 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 1 <nil> 2748 | %q 0 bad verb '%q' for integer 2748 | %t 0 bad verb '%t' for integer 2748 | %f 0 bad verb '%f' for integer 2748 | %U 0 bad unicode format  2748 | %2d 0 expected integer 2748 | %c 1 <nil> 97 | %% 0 missing literal % 97
// 15/9 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %s 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %x 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %q 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %t 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %2d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %c 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %% 0 missing literal % 0
// 16/0 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 104 | %% 0 missing literal % 104
// 16/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 104 | %% 0 missing literal % 104
// 16/2 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 missing literal % 0
// 16/3 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 missing literal % 0
// 16/4 | 1 <nil> "héllo" | 1 <nil> "héllo"
//   | %d 0 bad verb '%d' for string "héllo" | %s 1 <nil> "héllo" | %x 0 no hex data for %x string "héllo" | %q 0 expected quoted string "héllo" | %t 0 bad verb '%t' for string "héllo" | %f 0 bad verb '%f' for string "héllo" | %U 0 bad verb '%U' for string "héllo" | %2d 0 bad verb '%d' for string "héllo" | %c 0 bad verb '%c' for string "héllo" | %% 0 missing literal % "héllo"
// 16/5 | 1 <nil> [104 195 169 108 108 111] | 1 <nil> [104 195 169 108 108 111]
//   | %d 0 bad verb '%d' for string [104 195 169 108 108 111] | %s 1 <nil> [104 195 169 108 108 111] | %x 0 no hex data for %x string [104 195 169 108 108 111] | %q 0 expected quoted string [104 195 169 108 108 111] | %t 0 bad verb '%t' for string [104 195 169 108 108 111] | %f 0 bad verb '%f' for string [104 195 169 108 108 111] | %U 0 bad verb '%U' for string [104 195 169 108 108 111] | %2d 0 bad verb '%d' for string [104 195 169 108 108 111] | %c 0 bad verb '%c' for string [104 195 169 108 108 111] | %% 0 missing literal % [104 195 169 108 108 111]
// 16/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 16/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 16/8 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 104 | %% 0 missing literal % 104
// 16/9 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %s 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %x 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %q 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %t 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %2d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %c 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %% 0 missing literal % 0
// 17/0 | 1 <nil> 1 | 1 expected newline 1
//   | %d 1 <nil> 1 | %s 0 bad verb '%s' for integer 1 | %x 1 <nil> 1 | %q 0 bad verb '%q' for integer 1 | %t 0 bad verb '%t' for integer 1 | %f 0 bad verb '%f' for integer 1 | %U 0 bad unicode format  1 | %2d 1 <nil> 1 | %c 1 <nil> 49 | %% 0 missing literal % 49
// 17/1 | 1 <nil> 1 | 1 expected newline 1
//   | %d 1 <nil> 1 | %s 0 bad verb '%s' for integer 1 | %x 1 <nil> 1 | %q 0 bad verb '%q' for integer 1 | %t 0 bad verb '%t' for integer 1 | %f 0 bad verb '%f' for integer 1 | %U 0 bad unicode format  1 | %2d 1 <nil> 1 | %c 1 <nil> 49 | %% 0 missing literal % 49
// 17/2 | 1 <nil> 1 | 1 expected newline 1
//   | %d 0 bad verb '%d' for float64 1 | %s 0 bad verb '%s' for float64 1 | %x 0 bad verb '%x' for float64 1 | %q 0 bad verb '%q' for float64 1 | %t 0 bad verb '%t' for float64 1 | %f 1 <nil> 1 | %U 0 bad verb '%U' for float64 1 | %2d 0 bad verb '%d' for float64 1 | %c 0 bad verb '%c' for float64 1 | %% 0 missing literal % 1
// 17/3 | 1 <nil> 1 | 1 expected newline 1
//   | %d 0 bad verb '%d' for float32 1 | %s 0 bad verb '%s' for float32 1 | %x 0 bad verb '%x' for float32 1 | %q 0 bad verb '%q' for float32 1 | %t 0 bad verb '%t' for float32 1 | %f 1 <nil> 1 | %U 0 bad verb '%U' for float32 1 | %2d 0 bad verb '%d' for float32 1 | %c 0 bad verb '%c' for float32 1 | %% 0 missing literal % 1
// 17/4 | 1 <nil> "1" | 1 expected newline "1"
//   | %d 0 bad verb '%d' for string "1" | %s 1 <nil> "1" | %x 0 illegal hex digit "1" | %q 0 expected quoted string "1" | %t 0 bad verb '%t' for string "1" | %f 0 bad verb '%f' for string "1" | %U 0 bad verb '%U' for string "1" | %2d 0 bad verb '%d' for string "1" | %c 0 bad verb '%c' for string "1" | %% 0 missing literal % "1"
// 17/5 | 1 <nil> [49] | 1 expected newline [49]
//   | %d 0 bad verb '%d' for string [49] | %s 1 <nil> [49] | %x 0 illegal hex digit [49] | %q 0 expected quoted string [49] | %t 0 bad verb '%t' for string [49] | %f 0 bad verb '%f' for string [49] | %U 0 bad verb '%U' for string [49] | %2d 0 bad verb '%d' for string [49] | %c 0 bad verb '%c' for string [49] | %% 0 missing literal % [49]
// 17/6 | 1 <nil> true | 1 expected newline true
//   | %d 0 bad verb '%d' for boolean true | %s 0 bad verb '%s' for boolean true | %x 0 bad verb '%x' for boolean true | %q 0 bad verb '%q' for boolean true | %t 1 <nil> true | %f 0 bad verb '%f' for boolean true | %U 0 bad verb '%U' for boolean true | %2d 0 bad verb '%d' for boolean true | %c 0 bad verb '%c' for boolean true | %% 0 missing literal % true
// 17/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 17/8 | 1 <nil> 1 | 1 expected newline 1
//   | %d 1 <nil> 1 | %s 0 bad verb '%s' for integer 1 | %x 1 <nil> 1 | %q 0 bad verb '%q' for integer 1 | %t 0 bad verb '%t' for integer 1 | %f 0 bad verb '%f' for integer 1 | %U 0 bad unicode format  1 | %2d 1 <nil> 1 | %c 1 <nil> 49 | %% 0 missing literal % 49
// 17/9 | 1 <nil> 1 | 1 expected newline 1
//   | %d 1 <nil> 1 | %s 1 <nil> 1 | %x 1 <nil> 1 | %q 1 <nil> 1 | %t 1 <nil> 1 | %f 1 <nil> 1 | %U 1 <nil> 1 | %2d 1 <nil> 1 | %c 1 <nil> 1 | %% 0 missing literal % 1
// 18/0 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 40 | %% 0 missing literal % 40
// 18/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 40 | %% 0 missing literal % 40
// 18/2 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 missing literal % 0
// 18/3 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 missing literal % 0
// 18/4 | 1 <nil> "(1+2i)" | 1 <nil> "(1+2i)"
//   | %d 0 bad verb '%d' for string "(1+2i)" | %s 1 <nil> "(1+2i)" | %x 0 no hex data for %x string "(1+2i)" | %q 0 expected quoted string "(1+2i)" | %t 0 bad verb '%t' for string "(1+2i)" | %f 0 bad verb '%f' for string "(1+2i)" | %U 0 bad verb '%U' for string "(1+2i)" | %2d 0 bad verb '%d' for string "(1+2i)" | %c 0 bad verb '%c' for string "(1+2i)" | %% 0 missing literal % "(1+2i)"
// 18/5 | 1 <nil> [40 49 43 50 105 41] | 1 <nil> [40 49 43 50 105 41]
//   | %d 0 bad verb '%d' for string [40 49 43 50 105 41] | %s 1 <nil> [40 49 43 50 105 41] | %x 0 no hex data for %x string [40 49 43 50 105 41] | %q 0 expected quoted string [40 49 43 50 105 41] | %t 0 bad verb '%t' for string [40 49 43 50 105 41] | %f 0 bad verb '%f' for string [40 49 43 50 105 41] | %U 0 bad verb '%U' for string [40 49 43 50 105 41] | %2d 0 bad verb '%d' for string [40 49 43 50 105 41] | %c 0 bad verb '%c' for string [40 49 43 50 105 41] | %% 0 missing literal % [40 49 43 50 105 41]
// 18/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 18/7 | 1 <nil> (1+2i) | 1 <nil> (1+2i)
//   | %d 0 bad verb '%d' for complex (1+2i) | %s 0 bad verb '%s' for complex (1+2i) | %x 0 bad verb '%x' for complex (1+2i) | %q 0 bad verb '%q' for complex (1+2i) | %t 0 bad verb '%t' for complex (1+2i) | %f 1 <nil> (1+2i) | %U 0 bad verb '%U' for complex (1+2i) | %2d 0 bad verb '%d' for complex (1+2i) | %c 0 bad verb '%c' for complex (1+2i) | %% 0 missing literal % (1+2i)
// 18/8 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 40 | %% 0 missing literal % 40
// 18/9 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %s 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %x 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %q 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %t 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %2d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %c 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %% 0 missing literal % 0
// 19/0 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 34 | %% 0 missing literal % 34
// 19/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 34 | %% 0 missing literal % 34
// 19/2 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 missing literal % 0
// 19/3 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 missing literal % 0
// 19/4 | 1 <nil> "\"q\"" | 1 <nil> "\"q\""
//   | %d 0 bad verb '%d' for string "\"q\"" | %s 1 <nil> "\"q\"" | %x 0 no hex data for %x string "\"q\"" | %q 1 <nil> "q" | %t 0 bad verb '%t' for string "q" | %f 0 bad verb '%f' for string "q" | %U 0 bad verb '%U' for string "q" | %2d 0 bad verb '%d' for string "q" | %c 0 bad verb '%c' for string "q" | %% 0 missing literal % "q"
// 19/5 | 1 <nil> [34 113 34] | 1 <nil> [34 113 34]
//   | %d 0 bad verb '%d' for string [34 113 34] | %s 1 <nil> [34 113 34] | %x 0 no hex data for %x string [34 113 34] | %q 1 <nil> [113] | %t 0 bad verb '%t' for string [113] | %f 0 bad verb '%f' for string [113] | %U 0 bad verb '%U' for string [113] | %2d 0 bad verb '%d' for string [113] | %c 0 bad verb '%c' for string [113] | %% 0 missing literal % [113]
// 19/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 19/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 19/8 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 34 | %% 0 missing literal % 34
// 19/9 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %s 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %x 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %q 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %t 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %2d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %c 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %% 0 missing literal % 0
// 20/0 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 1 <nil> 255 | %q 0 bad verb '%q' for integer 255 | %t 0 bad verb '%t' for integer 255 | %f 0 bad verb '%f' for integer 255 | %U 0 bad unicode format  255 | %2d 0 expected integer 255 | %c 1 <nil> 102 | %% 0 missing literal % 102
// 20/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 1 <nil> 255 | %q 0 bad verb '%q' for integer 255 | %t 0 bad verb '%t' for integer 255 | %f 0 bad verb '%f' for integer 255 | %U 0 bad unicode format  255 | %2d 0 expected integer 255 | %c 1 <nil> 102 | %% 0 missing literal % 102
// 20/2 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 missing literal % 0
// 20/3 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 missing literal % 0
// 20/4 | 1 <nil> "ff" | 1 <nil> "ff"
//   | %d 0 bad verb '%d' for string "ff" | %s 1 <nil> "ff" | %x 1 <nil> "\xff" | %q 0 expected quoted string "\xff" | %t 0 bad verb '%t' for string "\xff" | %f 0 bad verb '%f' for string "\xff" | %U 0 bad verb '%U' for string "\xff" | %2d 0 bad verb '%d' for string "\xff" | %c 0 bad verb '%c' for string "\xff" | %% 0 missing literal % "\xff"
// 20/5 | 1 <nil> [102 102] | 1 <nil> [102 102]
//   | %d 0 bad verb '%d' for string [102 102] | %s 1 <nil> [102 102] | %x 1 <nil> [255] | %q 0 expected quoted string [255] | %t 0 bad verb '%t' for string [255] | %f 0 bad verb '%f' for string [255] | %U 0 bad verb '%U' for string [255] | %2d 0 bad verb '%d' for string [255] | %c 0 bad verb '%c' for string [255] | %% 0 missing literal % [255]
// 20/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 20/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 20/8 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 1 <nil> 255 | %q 0 bad verb '%q' for integer 255 | %t 0 bad verb '%t' for integer 255 | %f 0 bad verb '%f' for integer 255 | %U 0 bad unicode format  255 | %2d 0 expected integer 255 | %c 1 <nil> 102 | %% 0 missing literal % 102
// 20/9 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %s 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %x 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %q 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %t 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %2d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %c 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %% 0 missing literal % 0
// 21/0 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 1 <nil> 65 | %2d 0 expected integer 65 | %c 1 <nil> 85 | %% 0 missing literal % 85
// 21/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 1 <nil> 65 | %2d 0 expected integer 65 | %c 1 <nil> 85 | %% 0 missing literal % 85
// 21/2 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 missing literal % 0
// 21/3 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 missing literal % 0
// 21/4 | 1 <nil> "U+41" | 1 <nil> "U+41"
//   | %d 0 bad verb '%d' for string "U+41" | %s 1 <nil> "U+41" | %x 0 no hex data for %x string "U+41" | %q 0 expected quoted string "U+41" | %t 0 bad verb '%t' for string "U+41" | %f 0 bad verb '%f' for string "U+41" | %U 0 bad verb '%U' for string "U+41" | %2d 0 bad verb '%d' for string "U+41" | %c 0 bad verb '%c' for string "U+41" | %% 0 missing literal % "U+41"
// 21/5 | 1 <nil> [85 43 52 49] | 1 <nil> [85 43 52 49]
//   | %d 0 bad verb '%d' for string [85 43 52 49] | %s 1 <nil> [85 43 52 49] | %x 0 no hex data for %x string [85 43 52 49] | %q 0 expected quoted string [85 43 52 49] | %t 0 bad verb '%t' for string [85 43 52 49] | %f 0 bad verb '%f' for string [85 43 52 49] | %U 0 bad verb '%U' for string [85 43 52 49] | %2d 0 bad verb '%d' for string [85 43 52 49] | %c 0 bad verb '%c' for string [85 43 52 49] | %% 0 missing literal % [85 43 52 49]
// 21/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 21/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 21/8 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 1 <nil> 65 | %2d 0 expected integer 65 | %c 1 <nil> 85 | %% 0 missing literal % 85
// 21/9 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %s 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %x 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %q 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %t 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %2d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %c 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %% 0 missing literal % 0
// 22/0 | 0 strconv.ParseInt: parsing "9999999999999999999999": value out of range 0 | 0 strconv.ParseInt: parsing "9999999999999999999999": value out of range 0
//   | %d 0 strconv.ParseInt: parsing "9999999999999999999999": value out of range 0 | %s 0 bad verb '%s' for integer 0 | %x 0 strconv.ParseInt: parsing "9999999999999999999999": value out of range 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 1 <nil> 99 | %c 1 <nil> 57 | %% 0 missing literal % 57
// 22/1 | 0 strconv.ParseUint: parsing "9999999999999999999999": value out of range 0 | 0 strconv.ParseUint: parsing "9999999999999999999999": value out of range 0
//   | %d 0 strconv.ParseUint: parsing "9999999999999999999999": value out of range 0 | %s 0 bad verb '%s' for integer 0 | %x 0 strconv.ParseUint: parsing "9999999999999999999999": value out of range 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 1 <nil> 99 | %c 1 <nil> 57 | %% 0 missing literal % 57
// 22/2 | 1 <nil> 1e+22 | 1 <nil> 1e+22
//   | %d 0 bad verb '%d' for float64 1e+22 | %s 0 bad verb '%s' for float64 1e+22 | %x 0 bad verb '%x' for float64 1e+22 | %q 0 bad verb '%q' for float64 1e+22 | %t 0 bad verb '%t' for float64 1e+22 | %f 1 <nil> 1e+22 | %U 0 bad verb '%U' for float64 1e+22 | %2d 0 bad verb '%d' for float64 1e+22 | %c 0 bad verb '%c' for float64 1e+22 | %% 0 missing literal % 1e+22
// 22/3 | 1 <nil> 1e+22 | 1 <nil> 1e+22
//   | %d 0 bad verb '%d' for float32 1e+22 | %s 0 bad verb '%s' for float32 1e+22 | %x 0 bad verb '%x' for float32 1e+22 | %q 0 bad verb '%q' for float32 1e+22 | %t 0 bad verb '%t' for float32 1e+22 | %f 1 <nil> 1e+22 | %U 0 bad verb '%U' for float32 1e+22 | %2d 0 bad verb '%d' for float32 1e+22 | %c 0 bad verb '%c' for float32 1e+22 | %% 0 missing literal % 1e+22
// 22/4 | 1 <nil> "9999999999999999999999" | 1 <nil> "9999999999999999999999"
//   | %d 0 bad verb '%d' for string "9999999999999999999999" | %s 1 <nil> "9999999999999999999999" | %x 1 <nil> "\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99" | %q 0 expected quoted string "\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99" | %t 0 bad verb '%t' for string "\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99" | %f 0 bad verb '%f' for string "\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99" | %U 0 bad verb '%U' for string "\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99" | %2d 0 bad verb '%d' for string "\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99" | %c 0 bad verb '%c' for string "\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99" | %% 0 missing literal % "\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99\x99"
// 22/5 | 1 <nil> [57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57] | 1 <nil> [57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57]
//   | %d 0 bad verb '%d' for string [57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57] | %s 1 <nil> [57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57 57] | %x 1 <nil> [153 153 153 153 153 153 153 153 153 153 153] | %q 0 expected quoted string [153 153 153 153 153 153 153 153 153 153 153] | %t 0 bad verb '%t' for string [153 153 153 153 153 153 153 153 153 153 153] | %f 0 bad verb '%f' for string [153 153 153 153 153 153 153 153 153 153 153] | %U 0 bad verb '%U' for string [153 153 153 153 153 153 153 153 153 153 153] | %2d 0 bad verb '%d' for string [153 153 153 153 153 153 153 153 153 153 153] | %c 0 bad verb '%c' for string [153 153 153 153 153 153 153 153 153 153 153] | %% 0 missing literal % [153 153 153 153 153 153 153 153 153 153 153]
// 22/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 22/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 22/8 | 0 strconv.ParseInt: parsing "9999999999999999999999": value out of range 0 | 0 strconv.ParseInt: parsing "9999999999999999999999": value out of range 0
//   | %d 0 strconv.ParseInt: parsing "9999999999999999999999": value out of range 0 | %s 0 bad verb '%s' for integer 0 | %x 0 strconv.ParseInt: parsing "9999999999999999999999": value out of range 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 1 <nil> 99 | %c 1 <nil> 57 | %% 0 missing literal % 57
// 22/9 | 1 <nil> 1e+22 | 1 <nil> 1e+22
//   | %d 1 <nil> 1e+22 | %s 1 <nil> 1e+22 | %x 1 <nil> 1e+22 | %q 1 <nil> 1e+22 | %t 1 <nil> 1e+22 | %f 1 <nil> 1e+22 | %U 1 <nil> 1e+22 | %2d 1 <nil> 99 | %c 1 <nil> 1e+22 | %% 0 missing literal % 1e+22
// 23/0 | 1 <nil> 256 | 1 <nil> 256
//   | %d 1 <nil> 256 | %s 0 bad verb '%s' for integer 256 | %x 1 <nil> 598 | %q 0 bad verb '%q' for integer 598 | %t 0 bad verb '%t' for integer 598 | %f 0 bad verb '%f' for integer 598 | %U 0 bad unicode format  598 | %2d 1 <nil> 25 | %c 1 <nil> 50 | %% 0 missing literal % 50
// 23/1 | 0 unsigned integer overflow on token 256 0 | 0 unsigned integer overflow on token 256 0
//   | %d 0 unsigned integer overflow on token 256 0 | %s 0 bad verb '%s' for integer 0 | %x 0 unsigned integer overflow on token 256 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 1 <nil> 25 | %c 1 <nil> 50 | %% 0 missing literal % 50
// 23/2 | 1 <nil> 256 | 1 <nil> 256
//   | %d 0 bad verb '%d' for float64 256 | %s 0 bad verb '%s' for float64 256 | %x 0 bad verb '%x' for float64 256 | %q 0 bad verb '%q' for float64 256 | %t 0 bad verb '%t' for float64 256 | %f 1 <nil> 256 | %U 0 bad verb '%U' for float64 256 | %2d 0 bad verb '%d' for float64 256 | %c 0 bad verb '%c' for float64 256 | %% 0 missing literal % 256
// 23/3 | 1 <nil> 256 | 1 <nil> 256
//   | %d 0 bad verb '%d' for float32 256 | %s 0 bad verb '%s' for float32 256 | %x 0 bad verb '%x' for float32 256 | %q 0 bad verb '%q' for float32 256 | %t 0 bad verb '%t' for float32 256 | %f 1 <nil> 256 | %U 0 bad verb '%U' for float32 256 | %2d 0 bad verb '%d' for float32 256 | %c 0 bad verb '%c' for float32 256 | %% 0 missing literal % 256
// 23/4 | 1 <nil> "256" | 1 <nil> "256"
//   | %d 0 bad verb '%d' for string "256" | %s 1 <nil> "256" | %x 0 unexpected EOF "256" | %q 0 expected quoted string "256" | %t 0 bad verb '%t' for string "256" | %f 0 bad verb '%f' for string "256" | %U 0 bad verb '%U' for string "256" | %2d 0 bad verb '%d' for string "256" | %c 0 bad verb '%c' for string "256" | %% 0 missing literal % "256"
// 23/5 | 1 <nil> [50 53 54] | 1 <nil> [50 53 54]
//   | %d 0 bad verb '%d' for string [50 53 54] | %s 1 <nil> [50 53 54] | %x 0 unexpected EOF [50 53 54] | %q 0 expected quoted string [50 53 54] | %t 0 bad verb '%t' for string [50 53 54] | %f 0 bad verb '%f' for string [50 53 54] | %U 0 bad verb '%U' for string [50 53 54] | %2d 0 bad verb '%d' for string [50 53 54] | %c 0 bad verb '%c' for string [50 53 54] | %% 0 missing literal % [50 53 54]
// 23/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 23/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 23/8 | 1 <nil> 256 | 1 <nil> 256
//   | %d 1 <nil> 256 | %s 0 bad verb '%s' for integer 256 | %x 1 <nil> 598 | %q 0 bad verb '%q' for integer 598 | %t 0 bad verb '%t' for integer 598 | %f 0 bad verb '%f' for integer 598 | %U 0 bad unicode format  598 | %2d 1 <nil> 25 | %c 1 <nil> 50 | %% 0 missing literal % 50
// 23/9 | 1 <nil> 256 | 1 <nil> 256
//   | %d 1 <nil> 256 | %s 1 <nil> 256 | %x 1 <nil> 256 | %q 1 <nil> 256 | %t 1 <nil> 256 | %f 1 <nil> 256 | %U 1 <nil> 256 | %2d 1 <nil> 25 | %c 1 <nil> 256 | %% 0 missing literal % 256
// 24/0 | 0 strconv.ParseInt: parsing "0x": invalid syntax 0 | 0 strconv.ParseInt: parsing "0x": invalid syntax 0
//   | %d 1 <nil> 0 | %s 0 bad verb '%s' for integer 0 | %x 1 <nil> 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 1 <nil> 0 | %c 1 <nil> 48 | %% 0 missing literal % 48
// 24/1 | 0 strconv.ParseUint: parsing "0x": invalid syntax 0 | 0 strconv.ParseUint: parsing "0x": invalid syntax 0
//   | %d 1 <nil> 0 | %s 0 bad verb '%s' for integer 0 | %x 1 <nil> 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 1 <nil> 0 | %c 1 <nil> 48 | %% 0 missing literal % 48
// 24/2 | 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | 0 strconv.ParseFloat: parsing "0x": invalid syntax 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 missing literal % 0
// 24/3 | 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | 0 strconv.ParseFloat: parsing "0x": invalid syntax 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 missing literal % 0
// 24/4 | 1 <nil> "0x" | 1 <nil> "0x"
//   | %d 0 bad verb '%d' for string "0x" | %s 1 <nil> "0x" | %x 0 illegal hex digit "0x" | %q 0 expected quoted string "0x" | %t 0 bad verb '%t' for string "0x" | %f 0 bad verb '%f' for string "0x" | %U 0 bad verb '%U' for string "0x" | %2d 0 bad verb '%d' for string "0x" | %c 0 bad verb '%c' for string "0x" | %% 0 missing literal % "0x"
// 24/5 | 1 <nil> [48 120] | 1 <nil> [48 120]
//   | %d 0 bad verb '%d' for string [48 120] | %s 1 <nil> [48 120] | %x 0 illegal hex digit [48 120] | %q 0 expected quoted string [48 120] | %t 0 bad verb '%t' for string [48 120] | %f 0 bad verb '%f' for string [48 120] | %U 0 bad verb '%U' for string [48 120] | %2d 0 bad verb '%d' for string [48 120] | %c 0 bad verb '%c' for string [48 120] | %% 0 missing literal % [48 120]
// 24/6 | 1 <nil> false | 1 expected newline false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 missing literal % false
// 24/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 24/8 | 0 strconv.ParseInt: parsing "0x": invalid syntax 0 | 0 strconv.ParseInt: parsing "0x": invalid syntax 0
//   | %d 1 <nil> 0 | %s 0 bad verb '%s' for integer 0 | %x 1 <nil> 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 1 <nil> 0 | %c 1 <nil> 48 | %% 0 missing literal % 48
// 24/9 | 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | 0 strconv.ParseFloat: parsing "0x": invalid syntax 0
//   | %d 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | %s 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | %x 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | %q 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | %t 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | %f 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | %U 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | %2d 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | %c 0 strconv.ParseFloat: parsing "0x": invalid syntax 0 | %% 0 missing literal % 0
// 25/0 | 1 <nil> 12 | 1 expected newline 12
//   | %d 1 <nil> 12 | %s 0 bad verb '%s' for integer 12 | %x 1 <nil> 76476 | %q 0 bad verb '%q' for integer 76476 | %t 0 bad verb '%t' for integer 76476 | %f 0 bad verb '%f' for integer 76476 | %U 0 bad unicode format  76476 | %2d 1 <nil> 12 | %c 1 <nil> 49 | %% 0 missing literal % 49
// 25/1 | 1 <nil> 12 | 1 expected newline 12
//   | %d 1 <nil> 12 | %s 0 bad verb '%s' for integer 12 | %x 0 unsigned integer overflow on token 12abc 12 | %q 0 bad verb '%q' for integer 12 | %t 0 bad verb '%t' for integer 12 | %f 0 bad verb '%f' for integer 12 | %U 0 bad unicode format  12 | %2d 1 <nil> 12 | %c 1 <nil> 49 | %% 0 missing literal % 49
// 25/2 | 1 <nil> 12 | 1 expected newline 12
//   | %d 0 bad verb '%d' for float64 12 | %s 0 bad verb '%s' for float64 12 | %x 0 bad verb '%x' for float64 12 | %q 0 bad verb '%q' for float64 12 | %t 0 bad verb '%t' for float64 12 | %f 1 <nil> 12 | %U 0 bad verb '%U' for float64 12 | %2d 0 bad verb '%d' for float64 12 | %c 0 bad verb '%c' for float64 12 | %% 0 missing literal % 12
// 25/3 | 1 <nil> 12 | 1 expected newline 12
//   | %d 0 bad verb '%d' for float32 12 | %s 0 bad verb '%s' for float32 12 | %x 0 bad verb '%x' for float32 12 | %q 0 bad verb '%q' for float32 12 | %t 0 bad verb '%t' for float32 12 | %f 1 <nil> 12 | %U 0 bad verb '%U' for float32 12 | %2d 0 bad verb '%d' for float32 12 | %c 0 bad verb '%c' for float32 12 | %% 0 missing literal % 12
// 25/4 | 1 <nil> "12abc" | 1 <nil> "12abc"
//   | %d 0 bad verb '%d' for string "12abc" | %s 1 <nil> "12abc" | %x 0 unexpected EOF "12abc" | %q 0 expected quoted string "12abc" | %t 0 bad verb '%t' for string "12abc" | %f 0 bad verb '%f' for string "12abc" | %U 0 bad verb '%U' for string "12abc" | %2d 0 bad verb '%d' for string "12abc" | %c 0 bad verb '%c' for string "12abc" | %% 0 missing literal % "12abc"
// 25/5 | 1 <nil> [49 50 97 98 99] | 1 <nil> [49 50 97 98 99]
//   | %d 0 bad verb '%d' for string [49 50 97 98 99] | %s 1 <nil> [49 50 97 98 99] | %x 0 unexpected EOF [49 50 97 98 99] | %q 0 expected quoted string [49 50 97 98 99] | %t 0 bad verb '%t' for string [49 50 97 98 99] | %f 0 bad verb '%f' for string [49 50 97 98 99] | %U 0 bad verb '%U' for string [49 50 97 98 99] | %2d 0 bad verb '%d' for string [49 50 97 98 99] | %c 0 bad verb '%c' for string [49 50 97 98 99] | %% 0 missing literal % [49 50 97 98 99]
// 25/6 | 1 <nil> true | 1 expected newline true
//   | %d 0 bad verb '%d' for boolean true | %s 0 bad verb '%s' for boolean true | %x 0 bad verb '%x' for boolean true | %q 0 bad verb '%q' for boolean true | %t 1 <nil> true | %f 0 bad verb '%f' for boolean true | %U 0 bad verb '%U' for boolean true | %2d 0 bad verb '%d' for boolean true | %c 0 bad verb '%c' for boolean true | %% 0 missing literal % true
// 25/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 missing literal % (0+0i)
// 25/8 | 1 <nil> 12 | 1 expected newline 12
//   | %d 1 <nil> 12 | %s 0 bad verb '%s' for integer 12 | %x 1 <nil> 76476 | %q 0 bad verb '%q' for integer 76476 | %t 0 bad verb '%t' for integer 76476 | %f 0 bad verb '%f' for integer 76476 | %U 0 bad unicode format  76476 | %2d 1 <nil> 12 | %c 1 <nil> 49 | %% 0 missing literal % 49
// 25/9 | 1 <nil> 12 | 1 expected newline 12
//   | %d 1 <nil> 12 | %s 1 <nil> 12 | %x 1 <nil> 12 | %q 1 <nil> 12 | %t 1 <nil> 12 | %f 1 <nil> 12 | %U 1 <nil> 12 | %2d 1 <nil> 12 | %c 1 <nil> 12 | %% 0 missing literal % 12
// 26/0 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 37 | %% 0 too many operands 37
// 26/1 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 37 | %% 0 too many operands 37
// 26/2 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float64 0 | %s 0 bad verb '%s' for float64 0 | %x 0 bad verb '%x' for float64 0 | %q 0 bad verb '%q' for float64 0 | %t 0 bad verb '%t' for float64 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float64 0 | %2d 0 bad verb '%d' for float64 0 | %c 0 bad verb '%c' for float64 0 | %% 0 too many operands 0
// 26/3 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 bad verb '%d' for float32 0 | %s 0 bad verb '%s' for float32 0 | %x 0 bad verb '%x' for float32 0 | %q 0 bad verb '%q' for float32 0 | %t 0 bad verb '%t' for float32 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 bad verb '%U' for float32 0 | %2d 0 bad verb '%d' for float32 0 | %c 0 bad verb '%c' for float32 0 | %% 0 too many operands 0
// 26/4 | 1 <nil> "%" | 1 <nil> "%"
//   | %d 0 bad verb '%d' for string "%" | %s 1 <nil> "%" | %x 0 no hex data for %x string "%" | %q 0 expected quoted string "%" | %t 0 bad verb '%t' for string "%" | %f 0 bad verb '%f' for string "%" | %U 0 bad verb '%U' for string "%" | %2d 0 bad verb '%d' for string "%" | %c 0 bad verb '%c' for string "%" | %% 0 too many operands "%"
// 26/5 | 1 <nil> [37] | 1 <nil> [37]
//   | %d 0 bad verb '%d' for string [37] | %s 1 <nil> [37] | %x 0 no hex data for %x string [37] | %q 0 expected quoted string [37] | %t 0 bad verb '%t' for string [37] | %f 0 bad verb '%f' for string [37] | %U 0 bad verb '%U' for string [37] | %2d 0 bad verb '%d' for string [37] | %c 0 bad verb '%c' for string [37] | %% 0 too many operands [37]
// 26/6 | 1 <nil> false | 1 <nil> false
//   | %d 0 bad verb '%d' for boolean false | %s 0 bad verb '%s' for boolean false | %x 0 bad verb '%x' for boolean false | %q 0 bad verb '%q' for boolean false | %t 1 <nil> false | %f 0 bad verb '%f' for boolean false | %U 0 bad verb '%U' for boolean false | %2d 0 bad verb '%d' for boolean false | %c 0 bad verb '%c' for boolean false | %% 0 too many operands false
// 26/7 | 0 syntax error scanning complex number (0+0i) | 0 syntax error scanning complex number (0+0i)
//   | %d 0 bad verb '%d' for complex (0+0i) | %s 0 bad verb '%s' for complex (0+0i) | %x 0 bad verb '%x' for complex (0+0i) | %q 0 bad verb '%q' for complex (0+0i) | %t 0 bad verb '%t' for complex (0+0i) | %f 0 syntax error scanning complex number (0+0i) | %U 0 bad verb '%U' for complex (0+0i) | %2d 0 bad verb '%d' for complex (0+0i) | %c 0 bad verb '%c' for complex (0+0i) | %% 0 too many operands (0+0i)
// 26/8 | 0 expected integer 0 | 0 expected integer 0
//   | %d 0 expected integer 0 | %s 0 bad verb '%s' for integer 0 | %x 0 expected integer 0 | %q 0 bad verb '%q' for integer 0 | %t 0 bad verb '%t' for integer 0 | %f 0 bad verb '%f' for integer 0 | %U 0 bad unicode format  0 | %2d 0 expected integer 0 | %c 1 <nil> 37 | %% 0 too many operands 37
// 26/9 | 0 strconv.ParseFloat: parsing "": invalid syntax 0 | 0 strconv.ParseFloat: parsing "": invalid syntax 0
//   | %d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %s 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %x 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %q 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %t 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %f 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %U 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %2d 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %c 0 strconv.ParseFloat: parsing "": invalid syntax 0 | %% 0 too many operands 0
