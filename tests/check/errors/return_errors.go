package main

func f() {
	return 1
}

func g() (x int, err error) {
	return
}

func h() (int, string) {
	return "a", 1
}

func main() { f(); g(); h() }
