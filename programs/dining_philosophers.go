// Dining philosophers: five forks as Mutexes; taking the lower-numbered fork
// first prevents deadlock. Each philosopher eats three times.
package main

import (
	"fmt"
	"sync"
)

type philosopher struct {
	name        string
	left, right int
	meals       int
}

func (p *philosopher) dine(forks []sync.Mutex, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.left, p.right
	if second < first {
		first, second = second, first
	}
	for i := 0; i < 3; i++ {
		forks[first].Lock()
		forks[second].Lock()
		p.meals++
		forks[second].Unlock()
		forks[first].Unlock()
	}
}

func main() {
	names := []string{"Plato", "Kant", "Hume", "Locke", "Marx"}
	forks := make([]sync.Mutex, len(names))
	var wg sync.WaitGroup
	ps := make([]*philosopher, len(names))
	for i, n := range names {
		ps[i] = &philosopher{name: n, left: i, right: (i + 1) % len(names)}
	}
	for _, p := range ps {
		wg.Add(1)
		go p.dine(forks, &wg)
	}
	wg.Wait()
	for _, p := range ps {
		fmt.Printf("%s ate %d times\n", p.name, p.meals)
	}
}
