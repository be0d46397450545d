package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func (d Weekday) String() string { return "day" }

func main() {
	var i int = Monday
	d := Monday + 1
	var w Weekday = 3
	_ = w + i
	_ = d.String()
	_ = Sunday * 2.5
	_ = Monday / 0
}
