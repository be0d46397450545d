package main

func main() {
	s := []int{}
	append(s, 1) // ERROR "append(s, 1) (value of type []int) is not used"
}
