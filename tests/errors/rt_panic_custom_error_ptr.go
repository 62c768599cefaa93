package main

type MyErr struct {
	msg string
}

func (e *MyErr) Error() string { return "myerr: " + e.msg }

func main() {
	var err error = &MyErr{"bad thing"}
	panic(err)
}
