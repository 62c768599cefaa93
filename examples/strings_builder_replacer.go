// strings_builder_replacer.go: strings.Builder, strings.NewReplacer and strings.NewReader.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "item%d", i)
	}
	b.WriteByte('!')
	b.WriteRune('✓')
	fmt.Println(b.String())
	fmt.Println(b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())

	// Grow then write many pieces.
	var sb strings.Builder
	sb.Grow(64)
	for _, w := range []string{"alpha", "beta", "gamma"} {
		n, err := sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
		fmt.Println(n, err)
	}
	fmt.Println(sb.String(), sb.Cap() >= 64)

	// Replacer performs all replacements in one pass, earlier pairs take priority.
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))

	swap := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(swap.Replace("abba"))

	multi := strings.NewReplacer("hello", "HI", "he", "HE", "world", "WORLD")
	fmt.Println(multi.Replace("hello world, hey"))

	// Write the replaced string to a Builder.
	var out strings.Builder
	n, err := r.WriteString(&out, "1 < 2")
	fmt.Println(n, err, out.String())

	// Reader over a string.
	rd := strings.NewReader("héllo")
	fmt.Println(rd.Len(), rd.Size())
	buf := make([]byte, 3)
	k, _ := rd.Read(buf)
	fmt.Println(k, buf[:k], rd.Len())
	ch, size, _ := rd.ReadRune()
	fmt.Println(string(ch), size, rd.Len())

	// Building a table with padding.
	var tb strings.Builder
	rows := [][2]string{{"name", "value"}, {"x", "1"}, {"longer", "22"}}
	for _, row := range rows {
		tb.WriteString(fmt.Sprintf("%-8s%5s\n", row[0], row[1]))
	}
	fmt.Print(tb.String())
}

// Output:
// item0, item1, item2, item3, item4!✓
// 37
// "" 0
// 5 <nil>
// 4 <nil>
// 5 <nil>
// AlphaBetaGamma true
// &lt;a href="x"&gt;Tom &amp; Jerry&lt;/a&gt;
// baab
// HI WORLD, HEy
// 8 <nil> 1 &lt; 2
// 6 6
// 3 [104 195 169] 3
// l 1 2
// name    value
// x           1
// longer     22
