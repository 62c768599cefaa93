// const_iota.go: constants, iota, skipped values, expressions with iota and typed constants.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type ByteSize float64

const (
	_           = iota // skip 0
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	A = iota * 10 // 0
	B             // 10
	_             // 20 skipped
	D             // 30
	E = "e"       // iota still counts (4)
	F             // "e" repeated
	G = iota      // 6
)

const (
	FlagRead = 1 << iota
	FlagWrite
	FlagExec
)

const (
	x0, y0 = iota, iota + 100
	x1, y1
	x2, y2
)

const typedMax uint8 = 255
const pi = 3.14159
const greeting string = "hi"

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Printf("%d %v %T\n", Friday, Friday, Friday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, D, E, F, G)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagRead|FlagExec)
	fmt.Println(x0, y0, x1, y1, x2, y2)
	fmt.Printf("%T %v\n", typedMax, typedMax)
	fmt.Printf("%T %v\n", pi, pi)
	var f32 float32 = pi
	fmt.Printf("%T %v\n", f32, f32)
	fmt.Printf("%T %v\n", greeting, greeting)
	const local = len("hello") * 2
	fmt.Println(local)
}

// Output:
// Sun Wed Sat
// 5 Fri main.Weekday
// 1024 1.048576e+06 1.073741824e+09
// 0 10 30 e e 6
// 1 2 4 5
// 0 100 1 101 2 102
// uint8 255
// float64 3.14159
// float32 3.14159
// string hi
// 10
