// defer runs in LIFO order, arguments evaluated at defer time; recover in a
// deferred call stops a panic; named results changed by a deferred closure.
package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func mustPositive(n int) {
	if n < 0 {
		panic(errors.New("negative"))
	}
}

func tryIt(n int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caught ", r)
		}
	}()
	mustPositive(n)
	return "ok"
}

func noRecoverOutsideDefer() {
	fmt.Println("recover outside defer:", recover())
}

func main() {
	order()
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(double())
	fmt.Println(tryIt(1), "|", tryIt(-1))
	noRecoverOutsideDefer()
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
		}()
		var arr []int
		_ = arr[3]
	}()
}
