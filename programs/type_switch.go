// Type switches: several types per case, the nil case, binding, default.
package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice with ", len(x), " ints")
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "hey", errors.New("bad"), Temp(21.5),
		[]int{1, 2}, func() int { return 7 }, 3.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s fmt.Stringer = Temp(1)
	switch s.(type) {
	case Temp:
		fmt.Println("a Temp")
	}
}
