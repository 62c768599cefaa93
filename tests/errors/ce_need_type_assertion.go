package main
// An interface value where a type implementing it is wanted, assigned or
// converted: "need type assertion"; a conversion shows the cause.

import (
	"fmt"
	"io"
	"strings"
)

type T struct{}

func (T) String() string { return "" }

func main() {
	var iface interface{} = 1
	var k int = iface
	var s fmt.Stringer = T{}
	var t T = s
	t = T(s)
	var r io.Reader = strings.NewReader("")
	var sr *strings.Reader = r
	n := int(iface)
	var w io.Writer = r
	_ = io.Writer(r)
	_ = fmt.Stringer(T{})
	_ = io.Writer(T{})
	fmt.Println(k, t, sr, n, w)
	f(iface)
}

func f(x string) {}
