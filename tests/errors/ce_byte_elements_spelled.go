package main

type B struct{ data [][]byte }

func main() {
	b := []byte("hi")
	var r rune = b[0]
	var s string = b[1:]
	for _, c := range b {
		var r2 rune = c
		_ = r2
	}
	m := map[string]byte{}
	var i int = m["x"]
	var arr [2]rune
	var f float64 = arr[0]
	p := &arr
	var g float64 = p[1]
	var q = B{}
	var x int = q.data[0]
	var y int = q.data[0][1]
	bb := [][]byte{}
	var z int = bb[0]
	_, _, _, _, _, _, _, _ = r, s, i, f, g, x, y, z
}
