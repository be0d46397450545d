package main

import (
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		_, isRt := r.(runtime.Error)
		fmt.Printf("%v | %T | %v %v\n", r, r, ok, isRt)
		if ok {
			fmt.Println("Error():", err.Error())
		}
	}()
	f()
}

func main() {
	try(func() { a := []int{}; i := 3; _ = a[i] })
	try(func() { var m map[int]int; m[1] = 2 })
	try(func() { x := 0; _ = 5 / x })
	try(func() { var p *struct{ x int }; _ = p.x })
	try(func() { var i any = 1; _ = i.(string) })
	try(func() { panic("plain") })
	try(func() { ch := make(chan int); close(ch); close(ch) })
}
