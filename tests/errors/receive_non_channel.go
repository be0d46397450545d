package main

func main() {
	x := 1
	<-x // ERROR "cannot receive from non-channel int x (variable of type int)"
}
