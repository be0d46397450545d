package main

func main() {
	s := `never closed
	_ = s
}
