package main

func main() {
	x := 1
	switch x {
	case "a":
	case 1, 1:
	}
	switch {
	case 1:
	}
	var f func()
	switch f {
	case nil:
	}
	var i interface{}
	switch i.(type) {
	case int, int:
	}
	switch x {
	default:
	default:
	}
}
