package main

func f(a, b) {} // ERROR "undefined: a"

func main() {
}
