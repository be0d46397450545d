// fmt's texts for bad calls: wrong verb, missing and extra operands, no verb.
// (go vet would flag these calls; the point is what fmt prints for them.)
package main

import "fmt"

func main() {
	format := "%d|%s|%!|%z\n"
	fmt.Printf(format, "hi", 3, 4)
	format = "%d %d\n"
	fmt.Printf(format, 1)
	format = "%d\n"
	fmt.Printf(format, 1, 2, "x")
	format = "trailing %"
	fmt.Printf(format)
	fmt.Println()
	format = "%.2q|%t\n"
	fmt.Printf(format, 3.5, 7)
	fmt.Println(fmt.Sprintf(format, nil, nil))
}
