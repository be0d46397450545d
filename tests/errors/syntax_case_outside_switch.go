package main

func main() {
	case 1: // ERROR "syntax error: unexpected keyword case"
}
