package main
// Cycles through a constant or variable and a type definition: invalid,
// reported from the declaration first in the source (types2's cycleError).

type X [len(y)]int

var y X

const c = len(Z{})

type Z [c]int

var v = unsafeSize(W{})

type W struct{ a [len(v2)]int }

var v2 W

func unsafeSize(w W) int { return 1 }

type Self [len(s)]int

var s Self

func main() {}
