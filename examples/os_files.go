// Files: Create, Open, OpenFile, Close, Remove, ReadFile, and the errors
// they return (PathError wrapping an errno that errors.Is matches against
// os.ErrNotExist, os.ErrExist, os.ErrClosed).
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
)

func main() {
	name := "/tmp/goterp_example_os_files_" + strconv.Itoa(os.Getpid()) + ".txt"
	f, err := os.Create(name)
	if err != nil {
		fmt.Println("create:", err)
		return
	}
	w := bufio.NewWriter(f)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(w, "line %d: %s\n", i, strings.Repeat("*", i))
	}
	w.Flush()
	fmt.Println(f.Name() == name, f.Close())
	err = f.Close()
	fmt.Println(strings.Replace(err.Error(), name, "NAME", 1))
	_, err = f.Write([]byte("x"))
	fmt.Println(errors.Is(err, os.ErrClosed))

	g, err := os.Open(name)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer g.Close()
	sc := bufio.NewScanner(g)
	for n := 1; sc.Scan(); n++ {
		fmt.Printf("%d %q\n", n, sc.Text())
	}
	_, err = g.Read(make([]byte, 4))
	fmt.Println(err == io.EOF)

	h, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0644)
	fmt.Println(err)
	h.WriteString("appended\n")
	h.Close()
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)

	_, err = os.Open("/nonexistent/file.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrNotExist), os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), os.IsExist(err))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Printf("%T op=%s path=%s err=%v\n", err, pe.Op, pe.Path, pe.Err)
	}
	_, err = os.ReadFile("/")
	fmt.Println(err)
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(os.IsExist(err), errors.Is(err, os.ErrExist))
	fmt.Println(os.Remove(name))
	err = os.Remove(name)
	fmt.Println(os.IsNotExist(err))
	wrapped := fmt.Errorf("ctx: %w", err)
	fmt.Println(os.IsNotExist(wrapped), errors.Is(wrapped, os.ErrNotExist))
	var nf *os.File
	fmt.Println(nf.Close())
	fmt.Println(os.FileMode(0644), os.ModeDir|0755, fs.ModeSymlink|0777, (os.ModeDir | 0751).Perm())
}

// Output:
// true <nil>
// close NAME: file already closed
// true
// 1 "line 1: *"
// 2 "line 2: **"
// 3 "line 3: ***"
// true
// <nil>
// "line 1: *\nline 2: **\nline 3: ***\nappended\n" <nil>
// open /nonexistent/file.txt: no such file or directory
// true true true false
// *fs.PathError op=open path=/nonexistent/file.txt err=no such file or directory
// read /: is a directory
// true true
// <nil>
// true
// false true
// invalid argument
// -rw-r--r-- drwxr-xr-x Lrwxrwxrwx -rwxr-x--x
