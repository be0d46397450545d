// Benchmark: 120x120 float64 matrix multiply with [][]float64.
package main

import "fmt"

func matrix(n int, seed float64) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = float64((i*n+j)%13) + seed
		}
	}
	return m
}

func main() {
	const n = 120
	a, b := matrix(n, 0.5), matrix(n, 0.25)
	c := make([][]float64, n)
	for i := 0; i < n; i++ {
		c[i] = make([]float64, n)
		for j := 0; j < n; j++ {
			s := 0.0
			for k := 0; k < n; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	trace := 0.0
	for i := 0; i < n; i++ {
		trace += c[i][i]
	}
	fmt.Printf("trace: %.2f\n", trace)
}
