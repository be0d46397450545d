package main

func main() {
	goto L
	{
	L:
	}
A:
	for {
		break B
	}
}
