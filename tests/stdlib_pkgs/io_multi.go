// io.MultiReader, MultiWriter, TeeReader, Discard, NopCloser, LimitReader
// and WriteString.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// A writer with nothing but Write, recording each call.
type log struct{ calls []string }

func (l *log) Write(p []byte) (int, error) {
	l.calls = append(l.calls, "W"+string(p))
	return len(p), nil
}

// A writer that also has WriteString.
type slog struct{ log }

func (s *slog) WriteString(str string) (int, error) {
	s.calls = append(s.calls, "S"+str)
	return len(str), nil
}

type halfWriter struct{}

func (halfWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type errReader struct{}

func (errReader) Read(p []byte) (int, error) { return 0, errors.New("bad disk") }

func main() {
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cde"))
	p := make([]byte, 10)
	for {
		n, err := mr.Read(p)
		fmt.Printf("%d %q %v\n", n, p[:n], err)
		if err != nil {
			break
		}
	}
	b, err := io.ReadAll(io.MultiReader(strings.NewReader("x"), errReader{}, strings.NewReader("y")))
	fmt.Printf("%q %v\n", b, err)
	nested := io.MultiReader(strings.NewReader("1"), io.MultiReader(strings.NewReader("2"), strings.NewReader("3")))
	var sb strings.Builder
	n64, err := io.Copy(&sb, nested)
	fmt.Println(n64, err, sb.String())
	_, isWT := nested.(io.WriterTo)
	fmt.Println("MultiReader is a WriterTo:", isWT)

	a, s := &log{}, &slog{}
	var buf bytes.Buffer
	mw := io.MultiWriter(a, io.MultiWriter(s, &buf))
	n, err := mw.Write([]byte("one"))
	fmt.Println(n, err)
	n, err = io.WriteString(mw, "two")
	fmt.Println(n, err, a.calls, s.calls, buf.String())
	n, err = io.MultiWriter(&log{}, halfWriter{}, a).Write([]byte("four"))
	fmt.Println(n, err, len(a.calls))
	_, isSW := mw.(io.StringWriter)
	fmt.Println("MultiWriter is a StringWriter:", isSW)

	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed text"), &tee)
	b, _ = io.ReadAll(tr)
	fmt.Printf("%q %q\n", b, tee.String())

	n, err = io.Discard.Write([]byte("gone"))
	fmt.Println(n, err)
	n, err = io.WriteString(io.Discard, "also gone")
	fmt.Println(n, err)
	n64, err = io.Copy(io.Discard, strings.NewReader(strings.Repeat("z", 20000)))
	fmt.Println(n64, err)
	_, isRF := io.Discard.(io.ReaderFrom)
	fmt.Println("Discard is a ReaderFrom:", isRF)

	rc := io.NopCloser(strings.NewReader("closable"))
	fmt.Println(rc.Close())
	_, keepsWT := rc.(io.WriterTo)
	_, plainWT := io.NopCloser(errReader{}).(io.WriterTo)
	fmt.Println(keepsWT, plainWT)

	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	b, err = io.ReadAll(lr)
	fmt.Printf("%q %v %d\n", b, err, lr.(*io.LimitedReader).N)

	n, err = io.WriteString(a, "plain")
	fmt.Println(n, err, a.calls[len(a.calls)-1])
	n, err = io.WriteString(s, "stringer")
	fmt.Println(n, err, s.calls[len(s.calls)-1])
}

// Output:
// 2 "ab" <nil>
// 3 "cde" <nil>
// 0 "" EOF
// "x" bad disk
// 3 <nil> 123
// MultiReader is a WriterTo: true
// 3 <nil>
// 3 <nil> [Wone Wtwo] [Wone Stwo] onetwo
// 2 short write 2
// MultiWriter is a StringWriter: true
// "teed text" "teed text"
// 4 <nil>
// 9 <nil>
// 20000 <nil>
// Discard is a ReaderFrom: true
// <nil>
// true false
// "limited" <nil> 0
// 5 <nil> Wplain
// 8 <nil> Sstringer
