package main

func main() {
	go 1
	defer int(1)
}
