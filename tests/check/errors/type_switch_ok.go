package main

import "fmt"

func main() {
	var x interface{} = 1
	switch v := x.(type) {
	case int:
		fmt.Println(v + 1)
	case string, error:
		fmt.Println(v)
	case nil:
	}
}
