package main

func main() {
	var ch chan<- int
	x := <-ch
	_ = x
}
