package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	f := () {
	}
	_ = f
}
