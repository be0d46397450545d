package main

func get(a []int, i int) int { return a[i] }

func main() {
	defer println("deferred 1")
	defer func() {
		println("deferred 2")
	}()
	a := []int{1, 2, 3}
	println(get(a, 2))
	println(get(a, 5))
}
