package main

func main() {
	select {
	default:
	default: // ERROR "multiple defaults (first at tests/errors/multiple_defaults_select.go:5:2)"
	}
}
