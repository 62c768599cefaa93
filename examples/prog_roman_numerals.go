// prog_roman_numerals.go: converting integers to Roman numerals and back, with validation errors.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var numerals = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("%d out of range 1..3999", n)
	}
	var sb strings.Builder
	for _, nm := range numerals {
		for n >= nm.value {
			sb.WriteString(nm.symbol)
			n -= nm.value
		}
	}
	return sb.String(), nil
}

var values = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

var errEmpty = errors.New("empty numeral")

func fromRoman(s string) (int, error) {
	if s == "" {
		return 0, errEmpty
	}
	s = strings.ToUpper(s)
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, fmt.Errorf("invalid character %q at %d", s[i], i)
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// Reject non-canonical forms such as "IIII" or "IC".
	if canon, _ := toRoman(total); canon != s {
		return 0, fmt.Errorf("non-canonical numeral %s (did you mean %s?)", s, canon)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2023, 3999, 0, 4000} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%4d = %s\n", n, r)
	}
	for _, s := range []string{"MCMXCIV", "mmxxiii", "IIII", "IC", "ABC", ""} {
		n, err := fromRoman(s)
		if err != nil {
			fmt.Printf("%-8q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-8q = %d\n", s, n)
	}

	// Round-trip check over the whole range.
	bad := 0
	for i := 1; i < 4000; i++ {
		r, _ := toRoman(i)
		if back, err := fromRoman(r); err != nil || back != i {
			bad++
		}
	}
	fmt.Println("round-trip failures:", bad)
}

// Output:
//    1 = I
//    4 = IV
//    9 = IX
//   14 = XIV
//   40 = XL
//   90 = XC
//  400 = CD
// 1994 = MCMXCIV
// 2023 = MMXXIII
// 3999 = MMMCMXCIX
// error: 0 out of range 1..3999
// error: 4000 out of range 1..3999
// "MCMXCIV" = 1994
// "mmxxiii" = 2023
// "IIII"   error: non-canonical numeral IIII (did you mean IV?)
// "IC"     error: non-canonical numeral IC (did you mean XCIX?)
// "ABC"    error: invalid character 'A' at 0
// ""       error: empty numeral
// round-trip failures: 0
