package main

func main() {
	_ = cap(map[int]int{})
	_ = make(int)
	_ = make([]int, "a")
	_ = make([]int, -1)
	_ = new(1)
	var m map[string]int
	delete(m, 1)
	delete(1, 1)
	copy([]int{}, []string{})
	_ = append(nil, 1)
	len("abc")
}
