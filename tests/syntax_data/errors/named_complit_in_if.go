package main

type T struct{ a int }

func main() {
	if T{a: 1}.a == 1 {
	}
}
