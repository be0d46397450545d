// Errors: wrapping with %w, errors.Is and errors.As through the chain,
// Unwrap, custom error types, errors.Join.
package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	return &QueryError{q, ErrNotFound}
}

func main() {
	err := fmt.Errorf("lookup failed: %w", find("users"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, os.ErrNotExist))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Println(errors.Unwrap(err) == error(qe))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound))

	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound))

	joined := errors.Join(ErrNotFound, errors.New("second"))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound))
	two := fmt.Errorf("%w and %w", ErrNotFound, os.ErrExist)
	fmt.Println(two, errors.Is(two, os.ErrExist))
	fmt.Printf("%v|%s|%q\n", ErrNotFound, ErrNotFound, ErrNotFound)
}
