package main

func main() {
	goto end // ERROR "goto end jumps over declaration of x at tests/errors/goto_over_declaration.go:5:4"
	x := 1
	_ = x
end:
}
