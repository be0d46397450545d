// context: cancellation propagating to children, values, deadlines and
// the String forms.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	root := context.Background()
	fmt.Println(root, context.TODO())
	ctx, cancel := context.WithCancel(root)
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	vctx := context.WithValue(child, key("user"), "gopher")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")))
	fmt.Println(ctx.Err(), child.Err())
	cancel()
	<-child.Done()
	fmt.Println(ctx.Err(), child.Err(), vctx.Err())
	fmt.Println(ctx, vctx)
	tctx, tcancel := context.WithTimeout(root, 2*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Second):
		fmt.Println("too slow")
	}
	_, ok := tctx.Deadline()
	fmt.Println(ok)
	cctx, ccancel := context.WithCancelCause(root)
	ccancel(errors.New("shutdown"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
}
