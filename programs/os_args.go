// gorun:args alpha beta "gamma delta"
// os.Args holds the program's arguments after the program name.
package main

import (
	"fmt"
	"os"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(args))
	for i, a := range args {
		fmt.Printf("%d: %q\n", i, a)
	}
}
