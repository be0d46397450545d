// A bank account guarded by a Mutex: concurrent deposits and withdrawals
// keep the balance consistent; overdrafts are refused.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return fmt.Errorf("withdraw %d: %w", n, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func main() {
	acc := &Account{}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); acc.Deposit(10) }()
		go func() { defer wg.Done(); acc.Deposit(5) }()
	}
	wg.Wait()
	fmt.Println("balance:", acc.Balance())
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := acc.Withdraw(20); err != nil {
				panic(err)
			}
		}()
	}
	wg.Wait()
	fmt.Println("balance:", acc.Balance())
	err := acc.Withdraw(1000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
}
