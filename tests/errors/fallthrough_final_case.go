package main

func main() {
	switch 1 {
	case 1:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}
