package main

import "foo/bar" // ERROR "package foo/bar is not in std"

func main() {
	bar.Do()
}
