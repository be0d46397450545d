package main

type T struct{}

func (T) M() {}
func (T) M() {} // ERROR "method T.M already declared"

func main() {
}
