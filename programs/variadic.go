// Variadic functions: zero, several and spread arguments; the slice aliases.
package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func modify(nums ...int) {
	if len(nums) > 0 {
		nums[0] = -1
	}
}

func describe(args ...interface{}) {
	fmt.Println(len(args), args)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	modify(xs...)
	fmt.Println(xs)
	fmt.Println(join("-"), join("-", "a"), join(", ", "a", "b", "c"))
	describe()
	describe(1, "two", 3.0)
	describe([]interface{}{1, 2}...)
	describe(nil)
}
