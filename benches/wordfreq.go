// Benchmark: word frequency, 300,000 map increments with strconv keys, then
// a sort of the keys.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

func main() {
	counts := map[string]int{}
	x := 1
	for i := 0; i < 300000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		counts["w"+strconv.Itoa(x%5000)]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("distinct:", len(keys), "first:", keys[0], counts[keys[0]], "last:", keys[len(keys)-1])
}
