package main

type I interface {
	M()
	M()
}

type J interface {
	int
}

type K interface {
	_()
}

func main() {
	var p *I
	p.M()
}
