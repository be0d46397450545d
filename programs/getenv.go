// gorun:env GREETING=hello
// os.Getenv reads the environment; unset variables are empty.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("%q\n", os.Getenv("GREETING"))
	fmt.Printf("%q\n", os.Getenv("GORUN_SURELY_UNSET_VARIABLE"))
}
