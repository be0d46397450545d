// gorun:env GOMAXPROCS=1
// The seed's first goroutine example, called from main without any waiting:
// main returns at once, the program ends and the two goroutines are abandoned
// before they print anything. With one P this holds every time (with more,
// a goroutine on another P could print "0 " if main were descheduled for
// longer than the microsecond the goroutines sleep first).
package main

import (
	"fmt"
	"time"
)

func printNumbers2() {
	for i := 0; i < 10; i++ {
		time.Sleep(1 * time.Microsecond)
		fmt.Printf("%d ", i)
	}
}

func printLetters2() {
	for i := 'A'; i < 'A'+10; i++ {
		time.Sleep(1 * time.Microsecond)
		fmt.Printf("%c ", i)
	}
}

func goPrint2() {
	go printNumbers2()
	go printLetters2()
}

func main() {
	goPrint2()
}
