package main

func main() {
	f, g := func() {}, func() {}
	_ = f == g // ERROR "func can only be compared to nil"
}
