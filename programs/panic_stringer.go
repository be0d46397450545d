// A panic on purpose with a value whose type has a String method: Go prints
// the panic value through String().
package main

import "fmt"

type State struct{ name string }

func (s State) String() string { return "state " + s.name }

func main() {
	fmt.Println(State{"ok"})
	panic(State{"broken"})
}
