// A hand-written errgroup: run tasks concurrently, wait for all, return the
// first error; the first failure cancels the others through a context.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  func()
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

func main() {
	g, ctx := WithContext(context.Background())
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		g.Go(func() error {
			results[i] = i * i
			return nil
		})
	}
	fmt.Println(g.Wait(), results)

	g, ctx = WithContext(context.Background())
	g.Go(func() error { return errors.New("task failed") })
	g.Go(func() error {
		<-ctx.Done()
		return nil
	})
	fmt.Println("error:", g.Wait())
	fmt.Println("context:", ctx.Err())
}
