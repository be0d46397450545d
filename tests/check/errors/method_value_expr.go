package main

import "fmt"

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Set(n int) { t.n = n }

func main() {
	t := T{1}
	f := t.Get
	g := T.Get
	h := (*T).Set
	h(&t, 5)
	fmt.Println(f(), g(t))
}
