package main

import "fmt"

func main() {
	if true {
	};
	else {
	}
}
