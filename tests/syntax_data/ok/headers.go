package p

func f() {
	if x == (T{}) {
	}
	if v := (T{a: 1}); v.a > 0 {
	}
	for _, v := range []T{{1}, {2}} {
	}
	switch (T{}) {
	}
	for i := 0; i < len(T{}.s); i++ {
	}
	_ = <-chan int(nil)
	_ = make(chan (<-chan int))
	switch a := f(); t := a.(type) {
	}
L:
	for {
		break L
	}
	{
	L2:
	}
}
