package main

func producer(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
}

func main() {
	ch := make(chan int, 3)
	go producer(ch, 5)
	sum := 0
	for v := range ch {
		sum += v
	}
	println("sum", sum)

	done := make(chan bool)
	res := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			res <- "msg"
		}
		done <- true
	}()
	n := 0
loop:
	for {
		select {
		case s := <-res:
			n++
			_ = s
		case <-done:
			break loop
		}
	}
	println("got", n)
	v, ok := <-ch
	println(v, ok)
	var nilch chan int
	select {
	case x := <-nilch:
		println("no", x)
	default:
		println("default")
	}
	c2 := make(chan int)
	go func() { c2 <- 42 }()
	println(<-c2)
	<-nilch
}
