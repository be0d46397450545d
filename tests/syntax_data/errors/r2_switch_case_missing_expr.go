package main

import "fmt"

func main() {
	switch {
	case :
	}
}
