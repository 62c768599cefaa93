// bufio_writer.go: bufio.Writer over os.Stdout: buffered writes, Buffered/Available, and Flush.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()

	fmt.Fprintln(w, "buffered line 1")
	w.WriteString("buffered line 2\n")
	w.WriteByte('>')
	w.WriteRune('é')
	w.Write([]byte(" bytes\n"))
	fmt.Fprintf(w, "%d pending bytes before flush\n", w.Buffered())
	w.Flush()
	fmt.Fprintln(w, "after flush buffered =", w.Buffered())

	// A small buffer flushes automatically when full.
	small := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Println("size:", small.Size(), "available:", small.Available())
	for i := 0; i < 5; i++ {
		fmt.Fprintf(small, "chunk-%d;", i)
	}
	small.WriteString("\n")
	small.Flush()

	// Writing many numbers efficiently.
	for i := 1; i <= 10; i++ {
		fmt.Fprint(w, i*i)
		if i < 10 {
			w.WriteByte(',')
		}
	}
	w.WriteByte('\n')
	// The deferred Flush writes the rest.
}

// Output:
// buffered line 1
// buffered line 2
// >é bytes
// 42 pending bytes before flush
// size: 16 available: 16
// chunk-0;chunk-1;chunk-2;chunk-3;chunk-4;
// after flush buffered = 0
// 1,4,9,16,25,36,49,64,81,100
