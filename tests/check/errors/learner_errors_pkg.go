package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type E struct{}

func (E) Error() string { return "e" }

func find() error { return ErrNotFound }

func main() {
	err := find()
	if err == ErrNotFound {
		fmt.Println(err.Error())
	}
	var e E
	if errors.Is(err, e) {
	}
	return err
}
