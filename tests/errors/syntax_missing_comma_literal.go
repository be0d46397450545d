package main

func main() {
	xs := []int{
		1,
		2 // ERROR "unexpected newline in composite literal; possibly missing comma or }"
	}
	_ = xs
}
