package main

func main() {
	_ = len()
	_ = len(1, 2)
	_ = make([]int)
}
