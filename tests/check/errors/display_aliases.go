package main

import "fmt"

type T struct{}

func handler(a int, b string) error { return nil }

func get() any { return 1 }

func main() {
	var xs []any
	var m map[string]any
	var f func(x int) string
	var n int = xs
	n = m
	n = f
	n = handler
	n = get()
	var p fmt.Stringer
	n = p
	var e error
	n = e
	var bs []byte
	n = bs
	_ = n
}

func more() {
	var a []any = 1
	var b map[string]any
	b = 2
	var c func(x int) = 3
	_, _, _ = a, b, c
}
