// Constants: iota patterns, typed and untyped constants, big untyped
// arithmetic folded exactly, typed constant methods.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed"}[d]
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

const (
	flagA = 1 << iota
	flagB
	flagC
	mask = flagA | flagC
)

const big = 1 << 100
const pi = 3.14159265358979323846264338327950288419716939937510582097494459

func main() {
	fmt.Println(Sunday, Tuesday, Wednesday+0, int(Monday))
	fmt.Printf("%v %d %T\n", Monday, Monday, Monday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(flagA, flagB, flagC, mask)
	fmt.Println(big>>98, big/(1<<99))
	fmt.Println(pi, float32(pi))
	const typed int64 = 5
	var f float64 = 1 / 2
	var g float64 = 1 / 2.0
	fmt.Println(typed*2, f, g, 7/2, 7/2.0)
	const s = "const" + "ant"
	fmt.Println(s, len(s))
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
}
