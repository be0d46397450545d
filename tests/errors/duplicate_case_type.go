package main

func main() {
	var v interface{} = 1
	switch v.(type) {
	case int:
	case string, int: // ERROR "duplicate case int in type switch"
	}
}
