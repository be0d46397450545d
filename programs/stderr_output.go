// Writing to stderr and exiting with status 1, like a command-line tool
// reporting a usage error.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("checking arguments")
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: tool FILE")
		os.Exit(1)
	}
}
