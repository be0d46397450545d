package main

func main() {
	nil.Foo()
	var f func()
	f.x = 1
	_ = (*int).String
}
