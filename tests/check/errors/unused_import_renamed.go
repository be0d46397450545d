package main

import foo "strings"

func main() {
}
