package main

type MyErr struct{ code int }

func (e MyErr) Error() string { return "my error" }

type Level int

func main() {
	defer func() {
		r := recover()
		println("recovered:", r.(MyErr).code)
		var l Level = 3
		panic(l)
	}()
	panic(MyErr{7})
}
