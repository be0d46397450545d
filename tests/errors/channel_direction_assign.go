package main

func main() {
	var r <-chan int
	var s chan int = r // ERROR "cannot use r (variable of type <-chan int) as chan int value in variable declaration"
	_ = s
}
