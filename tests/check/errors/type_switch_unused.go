package main

func main() {
	var x interface{} = 1
	switch v := x.(type) {
	case int:
	}
}
