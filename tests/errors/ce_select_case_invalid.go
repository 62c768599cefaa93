package main

// Select cases: types2's test (any assignment from a lone receive) and
// wording; an invalid clause, body included, is left unchecked.

func main() {
	ch := make(chan int)
	x := 0
	select {
	case a, b, c := <-ch:
		_, _, _ = a, b, c
	case x += <-ch:
	case <-ch + 1:
	case y := 5:
		undefined()
	}
}

func g() {
	ch := make(chan int)
	select {
	case len(ch):
	case ch <- 1:
	}
}

func h() {
	ch := make(chan int)
	for i, v := range ch {
	}
}
