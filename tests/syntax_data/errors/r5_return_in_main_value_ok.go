package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	return
}
