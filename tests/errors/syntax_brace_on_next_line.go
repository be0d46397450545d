package main

func main()
{ // ERROR "unexpected semicolon or newline before {"
}
