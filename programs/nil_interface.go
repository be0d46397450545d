// The nil interface vs an interface holding a nil pointer.
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func properly(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	fmt.Println(properly(false) == nil, properly(true))
	var i interface{}
	fmt.Println(i == nil, i)
	var p *int
	i = p
	fmt.Println(i == nil, i)
}
