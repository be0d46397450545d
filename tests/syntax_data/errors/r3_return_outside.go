package main

import "fmt"

return 1

func main() {}
