// A panic on purpose: calling a nil func value.
package main

import "fmt"

func main() {
	handlers := map[string]func(){"hello": func() { fmt.Println("hello!") }}
	handlers["hello"]()
	handlers["missing"]()
}
