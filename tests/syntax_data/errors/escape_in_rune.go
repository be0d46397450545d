package main

func main() {
	r := '\z'
	_ = r
}
