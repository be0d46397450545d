// errors.As with value and pointer targets and a custom Is method.
package main

import (
	"errors"
	"fmt"
)

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string { return e.Op + ": timeout" }

func (e TimeoutError) Is(target error) bool { return target == ErrTemporary }

var ErrTemporary = errors.New("temporary")

type HTTPError struct{ Code int }

func (e *HTTPError) Error() string { return fmt.Sprintf("http %d", e.Code) }

func main() {
	err := fmt.Errorf("fetch: %w", TimeoutError{"read"})
	var te TimeoutError
	fmt.Println(errors.As(err, &te), te.Op)
	fmt.Println(errors.Is(err, ErrTemporary))
	var he *HTTPError
	fmt.Println(errors.As(err, &he), he == nil)
	err = fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", &HTTPError{404}))
	fmt.Println(err)
	if errors.As(err, &he) {
		fmt.Println("code", he.Code)
	}
}
