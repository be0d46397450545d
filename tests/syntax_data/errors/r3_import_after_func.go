package main

import "fmt"

func f() {}

import "os"

func main() {}
