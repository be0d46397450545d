// fmt flags and argument indexes: space and plus flags, zero padding with
// signs, # forms, explicit argument indexes, width and precision from args.
package main

import "fmt"

func main() {
	fmt.Printf("[% d] [% d] [%+d] [%+d]\n", 5, -5, 5, -5)
	fmt.Printf("[%05d] [%-5d] [%+05d] [%x] [%X]\n", -42, -42, 42, -42, 3054)
	fmt.Printf("[%#x] [%#X] [%#o] [%#b] [%#v]\n", "go", []byte{1, 171}, 64, 5, []byte{1, 2})
	fmt.Printf("[% x] [% X] [%x]\n", []byte("abc"), "xyz", []int{10, 255})
	fmt.Printf("[%[2]d %[1]d] [%[1]v %[1]x] [%d %[1]d %d]\n", 1, 2, 3)
	fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", 5, 42, 5, 42, 2, 3.14159, 8, 3, 2.5)
	fmt.Printf("[%6.2v] [%10v] [%-10v] [%v]\n", 3.14159, "right", "left", [2]bool{})
	fmt.Printf("[%8.3s] [%-8q] [%.0d] [%.3d]\n", "abcdef", "q", 0, 7)
	fmt.Printf("[%c%c%c] [%U] [%#U] [%q]\n", 72, 105, 0x1F600, 0x1F600, 'x', rune(0x7F))
	fmt.Printf("[%+v] [%+.2e] [% .3f] [%+g]\n", -0.0, 12345.6789, 2.0, 1e-9)
	fmt.Printf("[%t] [%5t] [%-6t|]\n", false, true, true)
	fmt.Printf("[%v] [%d] [%v]\n", &[]int{1}, &[2]int{3, 4}, &map[string]int{"k": 1})
	fmt.Printf("[%x] [%.2x] [%X]\n", "héllo", 255, -1)
	s := fmt.Sprintf("%3c|%-3c|%03d|%+.1f", 'a', 'b', 7, 2.55)
	fmt.Println(s, len(s))
	fmt.Printf("%v %v %v\n", int64(-1)<<63, ^uint64(0), uint8(255))
	fmt.Printf("%08b %o %O %x\n", 37, -8, 8, uint32(1)<<31)
}
