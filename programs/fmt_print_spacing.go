// Print adds spaces between operands when neither is a string; Println
// always does; Sprint and friends, Fprintln to stdout and stderr.
package main

import (
	"fmt"
	"os"
)

type stringer struct{ name string }

func (s stringer) String() string { return "<" + s.name + ">" }

func main() {
	fmt.Print(1, 2, "a", "b", 3, "\n")
	fmt.Print("x", 1, 2, "y\n")
	fmt.Println(1, 2, "a", "b", 3)
	s := fmt.Sprint(1.5, true, nil, 'r', "s")
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("with", "newline") + "|")
	fmt.Println(stringer{"me"}, &stringer{"ptr"}, []stringer{{"a"}, {"b"}})
	fmt.Fprintln(os.Stdout, "to stdout", 42)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 7)
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr")
}
