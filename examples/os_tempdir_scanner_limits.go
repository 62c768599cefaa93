// os_tempdir_scanner_limits.go: a file in os.TempDir written, scanned,
// appended to and read after Close; bufio.Scanner's token limit
// (ErrTooLong) and Buffer; bufio.Reader.ReadLine's isPrefix.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

func main() {
	path := os.TempDir() + "/goterp_example_tempdir.txt"
	defer os.Remove(path)
	err := os.WriteFile(path, []byte("line one\nline two\n\nlast line without newline"), 0644)
	fmt.Println("write:", err)
	f, err := os.Open(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	f.Close()
	_, err = f.Read(make([]byte, 1))
	fmt.Println("read after close:", strings.Replace(err.Error(), path, "PATH", 1))
	f2, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err)
	w := bufio.NewWriter(f2)
	fmt.Fprintf(w, "\nappended %d\n", 42)
	w.Flush()
	f2.Close()
	data, _ := os.ReadFile(path)
	fmt.Printf("%q\n", string(data[len(data)-20:]))
	_, err = os.ReadFile(os.TempDir() + "/no/such/file")
	var pe *fs.PathError
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.As(err, &pe), pe.Op)

	long := strings.Repeat("x", 70000)
	sc = bufio.NewScanner(strings.NewReader("short\n" + long + "\nafter"))
	for sc.Scan() {
		fmt.Println("token length", len(sc.Text()))
	}
	fmt.Println("err:", sc.Err(), sc.Err() == bufio.ErrTooLong)
	sc = bufio.NewScanner(strings.NewReader(long + "\nafter"))
	sc.Buffer(make([]byte, 100), 100000)
	for sc.Scan() {
		fmt.Println("token length", len(sc.Text()))
	}
	fmt.Println("err:", sc.Err())
	r := bufio.NewReaderSize(strings.NewReader(long), 16)
	line, isPrefix, err := r.ReadLine()
	fmt.Println(len(line), isPrefix, err)
	b, err := io.ReadAll(io.LimitReader(r, 5))
	fmt.Println(string(b), err)
}

// Output:
// write: <nil>
// 1: "line one"
// 2: "line two"
// 3: ""
// 4: "last line without newline"
// read after close: read PATH: file already closed
// <nil>
// "newline\nappended 42\n"
// true true open
// token length 5
// err: bufio.Scanner: token too long true
// token length 70000
// token length 5
// err: <nil>
// 16 true <nil>
// xxxxx <nil>
