package main

for {
}

func main() {}
