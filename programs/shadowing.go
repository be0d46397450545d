// Shadowing: inner scopes hide outer names; := in if/for/switch headers
// declares new variables.
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 42; x > 0 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		fmt.Println("for", x)
	}
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	len := func(s string) int { return 7 }
	fmt.Println(len("abc"))
	n, m := 1, 2
	n, k := 3, 4
	fmt.Println(n, m, k)
}
