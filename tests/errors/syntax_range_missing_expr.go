package main

func main() {
	for i := range { // ERROR "syntax error: unexpected {, expected expression"
		_ = i
	} // ERROR "unexpected }, expected { after for clause"
}
