package main

type celsius float64
type fahrenheit float64

func main() {
	var c celsius = 1
	var f fahrenheit = 2
	_ = c == f // ERROR "mismatched types celsius and fahrenheit"
}
