// fmt's texts for bad calls: wrong verb, missing and extra operands, no verb.
// The formats sit in variables, as in real code that builds them at run time.
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
	var none []interface{}
	fmt.Printf(format, none...)
	fmt.Println()
	format = "%.2q|%t\n"
	fmt.Printf(format, 3.5, 7)
	fmt.Println(fmt.Sprintf(format, nil, nil))
	format = "%d %x\n"
	fmt.Printf(format, struct {
		A int
		B []int
	}{3, []int{10, 11}}, "hi")
}
