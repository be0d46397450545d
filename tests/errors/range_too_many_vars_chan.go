package main

func main() {
	c := make(chan int)
	for i, v := range c { // ERROR "range over c (variable of type chan int) permits only one iteration variable"
		_, _ = i, v
	}
}
