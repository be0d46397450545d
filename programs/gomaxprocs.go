// gorun:env GOMAXPROCS=3
// GOMAXPROCS from the environment, read back and changed at run time.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("previous:", prev, "now:", runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(2)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("NumCPU positive:", runtime.NumCPU() > 0)
}
