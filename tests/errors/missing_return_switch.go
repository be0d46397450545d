package main

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	}
} // ERROR "missing return"

func main() {
	_ = name(0)
}
