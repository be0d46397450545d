package main

func f() int { return 1 }

func main() {
	const c = f() // ERROR "f() (value of type int) is not constant"
	_ = c
}
