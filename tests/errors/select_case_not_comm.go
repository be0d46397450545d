package main

func main() {
	x := 1 // ERROR "declared and not used: x"
	select {
	case x > 0: // ERROR "select case must be send or receive (possibly with assignment)"
	}
}
