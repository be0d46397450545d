package main

type key struct {
	a int
	b string
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	println(sum, len(m))
	delete(m, "two")
	v, ok := m["two"]
	println(v, ok, len(m))
	m["four"]++
	println(m["four"])
	km := map[key]bool{}
	km[key{1, "x"}] = true
	println(km[key{1, "x"}], km[key{2, "x"}])
	var im = map[interface{}]int{}
	im[1] = 1
	im["1"] = 2
	im[1.0] = 3
	println(len(im), im[1], im["1"])
	cnt := map[rune]int{}
	for _, r := range "hello" {
		cnt[r]++
	}
	println(cnt['l'], cnt['h'], cnt['z'])
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	println(len(nested["a"]))
	n := 0
	for k := range m {
		delete(m, k)
		n++
	}
	println(n, len(m))
}
