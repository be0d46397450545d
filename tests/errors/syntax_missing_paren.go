package main

import (
	"fmt"
	"time"
)

func main() {
	time.Sleep(1 * time.Microsecond // ERROR "unexpected newline in argument list; possibly missing comma or )"
	fmt.Println("x")
}
