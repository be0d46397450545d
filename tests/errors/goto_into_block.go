package main

func main() {
	goto inner // ERROR "goto inner jumps into block"
	{
	inner:
		println()
	}
}
