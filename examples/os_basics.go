// os_basics.go: os.Args, os.Getenv/LookupEnv of unset variables, and writing to os.Stdout.
package main

import (
	"fmt"
	"os"
)

func main() {
	// os.Args[0] is the program path, which varies; only its presence is stable.
	fmt.Println("args:", len(os.Args), len(os.Args[1:]))

	v := os.Getenv("GOTERP_SURELY_UNSET_VARIABLE")
	fmt.Printf("Getenv unset: %q\n", v)
	val, ok := os.LookupEnv("GOTERP_SURELY_UNSET_VARIABLE")
	fmt.Printf("LookupEnv unset: %q %v\n", val, ok)

	fmt.Fprintln(os.Stdout, "Fprintln to os.Stdout")
	fmt.Fprintf(os.Stdout, "Fprintf to os.Stdout: %d\n", 42)
	n, err := os.Stdout.WriteString("WriteString to os.Stdout\n")
	fmt.Println(n, err)
	n, err = os.Stdout.Write([]byte("Write bytes\n"))
	fmt.Println(n, err)

	// Writers can be passed around as values.
	out := os.Stdout
	report(out, "via parameter")
}

func report(f *os.File, msg string) {
	fmt.Fprintln(f, "report:", msg)
}

// Output:
// args: 1 0
// Getenv unset: ""
// LookupEnv unset: "" false
// Fprintln to os.Stdout
// Fprintf to os.Stdout: 42
// WriteString to os.Stdout
// 25 <nil>
// Write bytes
// 12 <nil>
// report: via parameter
