// errors: New, wrapping with %w, Is, As, Unwrap, Join, custom Is methods.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type timeout struct{}

func (timeout) Error() string        { return "timeout" }
func (timeout) Is(target error) bool { return target == ErrNotFound }

func main() {
	err := fmt.Errorf("lookup failed: %w", &QueryError{"users", ErrNotFound})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("as:", qe.Query)
	}
	j := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrNotFound), errors.Join(nil, nil) == nil)
	fmt.Println(errors.Is(timeout{}, ErrNotFound))
	two := fmt.Errorf("%w and %w", ErrNotFound, timeout{})
	fmt.Println(two, errors.Is(two, ErrNotFound), errors.Unwrap(two) == nil)
	var te timeout
	fmt.Println(errors.As(two, &te))
	fmt.Println(fmt.Errorf("no wrap %d", 1), fmt.Errorf("bad %w", 5))
}
