package main

func main() {
	var p *int
	_ = &p
	_ = &*p
	_ = &1
	x := 5
	_ = -x
	_ = +"s"
	_ = !true
	var u uint = 3
	_ = -u
	_ = ^u
	const k = ^1
	_ = k
}
