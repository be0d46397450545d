package main

func producer(out chan<- int) {
	for i := 0; i < 3; i++ {
		out <- i
	}
	v := <-out
	_ = v
}

func consumer(in <-chan int) {
	in <- 1
	close(in)
}

func main() {
	ch := make(chan int)
	var ro <-chan int = ch
	producer(ro)
	consumer(ch)
	ch <- "s"
}
