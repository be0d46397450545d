// A panic on purpose: a nil pointer dereference through a method.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Second() int { return n.Next.Val }

func main() {
	n := &Node{Val: 1, Next: &Node{Val: 2}}
	fmt.Println(n.Second())
	n.Next = nil
	fmt.Println(n.Second())
}
