// Multiple results, named results, blank identifier, passing results on.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty input")
	}
	return len(s), nil
}

func pair() (string, int) { return "answer", 42 }

func show(s string, n int) { fmt.Println(s, n) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(split(17))
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	if n, err := parse("abc"); err == nil {
		fmt.Println("parsed", n)
	}
	if _, err := parse(""); err != nil {
		fmt.Println("error:", err)
	}
	show(pair())
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	xs := []int{1, 2, 3}
	xs[0], xs[2] = xs[2], xs[0]
	fmt.Println(xs)
}
