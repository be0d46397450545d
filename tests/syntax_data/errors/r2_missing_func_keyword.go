package main

import "fmt"

main() {
}
