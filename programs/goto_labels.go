// goto, labeled break and continue across nested loops, switch and select.
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println("goto", i)
		i++
		goto loop
	}

outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			fmt.Println(a, b)
		}
	}

	ch := make(chan int, 5)
	for n := 0; n < 5; n++ {
		ch <- n
	}
recv:
	for {
		select {
		case v := <-ch:
			switch {
			case v == 3:
				break recv
			case v%2 == 0:
				fmt.Println("even", v)
				continue recv
			}
			fmt.Println("odd", v)
		}
	}
	fmt.Println("left in channel:", len(ch))
}
