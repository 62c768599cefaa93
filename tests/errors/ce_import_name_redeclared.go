package main

import (
	"fmt"
	str "strings"
)

// A package-level name may not be an import's name too, whichever comes
// first in the file; the import still wins in this file (fmt.Println).
var fmt = 1

func str() {}

func main() {
	fmt.Println(str.ToUpper("x"))
}
