// fmt catches a panic in a String or Error method and prints it in place;
// a nil pointer receiver prints <nil>.
package main

import "fmt"

type Loud struct{}

func (Loud) String() string { panic("boom") }

type Name struct{ s string }

func (n *Name) String() string { return "name:" + n.s }

type BadErr struct{}

func (BadErr) Error() string { panic(fmt.Sprintf("bad %d", 7)) }

func main() {
	fmt.Println(Loud{})
	fmt.Printf("[%v] [%s]\n", Loud{}, BadErr{})
	var n *Name
	fmt.Println(n)
	fmt.Printf("%v %s\n", n, &Name{"x"})
}
