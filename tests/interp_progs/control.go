package main

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "big"
}

func main() {
	for _, n := range []int{-1, 0, 5, 50} {
		println(classify(n))
	}
	switch x := 2; x {
	case 1, 2:
		println("one or two")
		fallthrough
	case 3:
		println("three")
	case 4:
		println("four")
	default:
		println("other")
	}
	i := 0
loop:
	if i < 3 {
		println("goto", i)
		i++
		goto loop
	}
	for i := range 3 {
		if i == 1 {
			continue
		}
		println("range int", i)
	}
	k := 0
	for {
		k++
		if k > 4 {
			break
		}
	}
	println("k", k)
	var x interface{} = 3.5
	switch v := x.(type) {
	case int, string:
		println("int or string")
	case float64:
		println("float", v > 3)
	case nil:
		println("nil")
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		println(i, j)
	}
}
