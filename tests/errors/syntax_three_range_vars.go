package main

func main() {
	for a, b, c := range []int{} { // ERROR "range clause permits at most two iteration variables"
		_, _, _ = a, b, c // ERROR "undefined: c"
	}
}
