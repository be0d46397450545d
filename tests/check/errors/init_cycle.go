package main

type Node interface {
	Next() Node
}

type List struct {
	head *elem
}

type elem struct {
	val  int
	next *elem
	list *List
}

func (e *elem) Next() Node { return e.next }

var a = b + 1
var b = f()

func f() int { return a }

const (
	X = Y * 2
	Y = 3
)

func main() {
	var n Node = &elem{}
	_ = n
}
