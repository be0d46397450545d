// select picks uniformly among ready cases: with both channels always
// ready, each case is chosen a fair share of 2000 times.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := map[string]int{}
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			counts["a"]++
			<-b
		case <-b:
			counts["b"]++
			<-a
		}
	}
	fmt.Println("a fair:", counts["a"] > 800 && counts["a"] < 1200)
	fmt.Println("total:", counts["a"]+counts["b"])

	var nilCh chan int
	select {
	case <-nilCh:
		fmt.Println("never: nil channels are never ready")
	default:
		fmt.Println("default")
	}
}
