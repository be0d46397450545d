package main

func main() {
	switch {
	default:
	default: // ERROR "multiple defaults (first at tests/errors/multiple_defaults_switch.go:5:2)"
	}
}
