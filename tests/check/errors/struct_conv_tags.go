package main

type A struct {
	X int `json:"x"`
}
type B struct {
	X int
}
type C struct {
	Y int
}

func main() {
	a := A{1}
	b := B(a)
	c := C(a)
	_, _ = b, c
	var pa *A = &a
	pb := (*B)(pa)
	_ = pb
}
