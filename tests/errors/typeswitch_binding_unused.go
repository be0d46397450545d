package main

func main() {
	var v interface{} = 1
	switch x := v.(type) { // ERROR "x declared and not used"
	case int:
	}
}
