// Parallel sum: split a slice into parts, sum each in its own goroutine,
// combine the partial sums received from a channel.
package main

import "fmt"

func sum(part []int, out chan<- int) {
	total := 0
	for _, v := range part {
		total += v
	}
	out <- total
}

func main() {
	nums := make([]int, 10000)
	for i := range nums {
		nums[i] = i + 1
	}
	const parts = 4
	out := make(chan int)
	size := len(nums) / parts
	for p := 0; p < parts; p++ {
		go sum(nums[p*size:(p+1)*size], out)
	}
	total := 0
	for p := 0; p < parts; p++ {
		total += <-out
	}
	fmt.Println("total:", total)
	fmt.Println("formula:", len(nums)*(len(nums)+1)/2)
}
