package main

func main() {
	x := 1
	x <- 1
	<-x
	close(x)
	var r <-chan int
	for range r {
	}
	var s chan<- int
	for v := range s {
		_ = v
	}
}
