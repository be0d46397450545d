// A panic on purpose with a custom error type: Go prints it through Error().
package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func validate(age int) error {
	if age < 0 {
		return &ValidationError{"age", age}
	}
	return nil
}

func main() {
	fmt.Println(validate(30))
	if err := validate(-4); err != nil {
		panic(err)
	}
}
