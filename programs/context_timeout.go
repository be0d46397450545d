// context.WithTimeout: a slow operation is abandoned when the deadline passes.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slow(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err := slow(ctx, 5*time.Millisecond)
	fmt.Println("fast:", err)
	err = slow(ctx, time.Second)
	fmt.Println("slow:", err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)
}
