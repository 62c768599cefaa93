// launch: the start-up cost of a program, measured without a shell.
//
//	launch N COMMAND [ARGS...]
//
// Runs COMMAND N times, one after the other, with stdin and stdout on
// /dev/null (stderr is kept), and prints each run's wall time in seconds,
// one per line. A failed run makes it exit 1 at once.
//
// run.sh measures every other program through bash, whose fork and job
// control add a few milliseconds to each run: nothing beside a run of
// seconds, most of a hello world. os/exec starts the child with
// clone(CLONE_VFORK), the cheapest way Linux has.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"time"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: launch N COMMAND [ARGS...]")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[1])
	if err != nil || n < 1 {
		fmt.Fprintln(os.Stderr, "launch: N must be a positive integer")
		os.Exit(2)
	}
	null, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	if err != nil {
		fmt.Fprintln(os.Stderr, "launch:", err)
		os.Exit(1)
	}
	for i := 0; i < n; i++ {
		cmd := exec.Command(os.Args[2], os.Args[3:]...)
		cmd.Stdin = null
		cmd.Stdout = null
		cmd.Stderr = os.Stderr
		start := time.Now()
		err := cmd.Run()
		secs := time.Since(start).Seconds()
		if err != nil {
			fmt.Fprintf(os.Stderr, "launch: %s: %v\n", os.Args[2], err)
			os.Exit(1)
		}
		fmt.Printf("%.6f\n", secs)
	}
}
