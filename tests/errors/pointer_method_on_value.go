package main

type counter struct{ n int }

func (c *counter) Inc() { c.n++ }

func main() {
	counter{}.Inc() // ERROR "cannot call pointer method Inc on counter"
}
