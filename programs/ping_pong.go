// Ping-pong: two players pass a ball over two unbuffered channels; each
// hand-off wakes the other player, so the hits strictly alternate.
package main

import "fmt"

type Ball struct{ hits int }

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- *Ball) {
	for ball := range in {
		if ball.hits == 6 {
			done <- ball
			return
		}
		ball.hits++
		fmt.Println(name, ball.hits)
		out <- ball
	}
}

func main() {
	ping, pong := make(chan *Ball), make(chan *Ball)
	done := make(chan *Ball)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- new(Ball)
	b := <-done
	fmt.Println("game over after", b.hits, "hits")
}
