package main

func helper() // ERROR "missing function body"

func main() {
}
