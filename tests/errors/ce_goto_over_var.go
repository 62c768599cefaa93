package main

import "fmt"

func main() {
	goto done
	n := 1
	fmt.Println(n)
done:
	fmt.Println("done")
}
