package main

func f(a int, string) {} // ERROR "syntax error: missing parameter type"

func main() {
}
