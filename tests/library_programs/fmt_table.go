// fmt: verbs, flags, widths and bad calls on values of many kinds.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct{ X, Y int }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Boom struct{}

func (Boom) String() string { panic("boom") }

func main() {
	ints := []string{"%d", "%5d", "%-5d|", "%05d", "%+d", "%x", "%#x", "%o", "%b", "%c", "%q", "%U"}
	for _, f := range ints {
		fmt.Printf(f+" ", 65)
	}
	fmt.Println()
	for _, f := range []string{"%v", "%.2f", "%8.3f", "%e", "%g", "%G", "%.3g", "%+.1e"} {
		fmt.Printf(f+" ", 1234.5678)
	}
	fmt.Println()
	fmt.Printf("%s|%q|%x|% X|%10s|%-10s|%.2s\n", "héllo", "héllo", "hi", "hi", "right", "left", "trunc")
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v\n", &p, []*Point{nil})
	fmt.Printf("%v %d %s\n", map[string]int{"b": 2, "a": 1}, []int{1, 2}, []string{"x", "y"})
	fmt.Printf("%v %s %d\n", Temp(21.5), Temp(3), Temp(4))
	fmt.Printf("%v\n", Boom{})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%[2]d %[1]d %*d|%-*d|\n", 1, 2, 4, 7, 3, 8)
	fmt.Print("a", 1, 2, "b", nil, 3.5, "\n")
	fmt.Println(nil, true, 'x', "x", 1e21, 1e-7, float32(0.1), []byte("hi"))
	err := errors.New("oops")
	fmt.Println(fmt.Errorf("wrap: %w", err), fmt.Sprint(err), fmt.Sprintf("%q", err))
	fmt.Fprintln(os.Stdout, "fprintln", 1)
	fmt.Fprintf(os.Stdout, "%08.3f|%-8.2f|%+08d\n", -3.14159, 2.5, 42)
	s := fmt.Sprintln("x", 1)
	fmt.Print(s)
}
