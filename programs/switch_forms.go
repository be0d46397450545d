// switch: with init, tagless, several values per case, fallthrough,
// break inside switch, default in the middle.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for _, s := range []int{95, 85, 20} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		switch i {
		case 0, 1:
			fmt.Println(i, "small")
		case 2:
			fmt.Println(i, "two, falls through")
			fallthrough
		case 3:
			fmt.Println(i, "three-ish")
		default:
			fmt.Println(i, "other")
		case 5:
			if i == 5 {
				break
			}
			fmt.Println("unreachable")
		}
	}
	switch x := 7 * 6; x {
	case 42:
		fmt.Println("the answer")
	}
	switch day := "sat"; day {
	case "sat", "sun":
		fmt.Println("weekend")
	}
}
