// prog_bank_account.go: a bank simulation with accounts, methods, sentinel and custom errors, and a transaction log.
package main

import (
	"errors"
	"fmt"
	"sort"
)

var (
	ErrInsufficientFunds = errors.New("insufficient funds")
	ErrInvalidAmount     = errors.New("invalid amount")
	ErrAccountNotFound   = errors.New("account not found")
)

type FrozenError struct{ ID string }

func (e *FrozenError) Error() string { return "account " + e.ID + " is frozen" }

type Account struct {
	ID      string
	Owner   string
	balance int64 // cents
	frozen  bool
	history []string
}

func (a *Account) Balance() int64 { return a.balance }

func (a *Account) Deposit(cents int64) error {
	if cents <= 0 {
		return fmt.Errorf("deposit %d: %w", cents, ErrInvalidAmount)
	}
	if a.frozen {
		return &FrozenError{a.ID}
	}
	a.balance += cents
	a.history = append(a.history, fmt.Sprintf("+%s", money(cents)))
	return nil
}

func (a *Account) Withdraw(cents int64) error {
	if cents <= 0 {
		return fmt.Errorf("withdraw %d: %w", cents, ErrInvalidAmount)
	}
	if a.frozen {
		return &FrozenError{a.ID}
	}
	if cents > a.balance {
		return fmt.Errorf("withdraw %s from %s (balance %s): %w", money(cents), a.ID, money(a.balance), ErrInsufficientFunds)
	}
	a.balance -= cents
	a.history = append(a.history, fmt.Sprintf("-%s", money(cents)))
	return nil
}

type Bank struct {
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(id, owner string) *Account {
	a := &Account{ID: id, Owner: owner}
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, cents int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer failed: %w", err)
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("%q: %w", from, ErrAccountNotFound)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("%q: %w", to, ErrAccountNotFound)
	}
	if err := src.Withdraw(cents); err != nil {
		return err
	}
	return dst.Deposit(cents)
}

func money(cents int64) string { return fmt.Sprintf("$%d.%02d", cents/100, cents%100) }

func main() {
	bank := NewBank()
	alice := bank.Open("A-1", "Alice")
	bob := bank.Open("B-2", "Bob")

	fmt.Println(alice.Deposit(100_00), bob.Deposit(25_50))
	fmt.Println(alice.Deposit(-5))
	fmt.Println(bank.Transfer("A-1", "B-2", 30_25))
	err := bank.Transfer("B-2", "A-1", 1000_00)
	fmt.Println(err)
	fmt.Println("insufficient?", errors.Is(err, ErrInsufficientFunds))
	err = bank.Transfer("A-1", "Z-9", 1)
	fmt.Println(err, errors.Is(err, ErrAccountNotFound))

	bob.frozen = true
	err = bank.Transfer("A-1", "B-2", 10_00)
	var fe *FrozenError
	fmt.Println(err, errors.As(err, &fe), fe.ID)
	// Note: the withdrawal happened before the deposit failed.
	fmt.Println("alice:", money(alice.Balance()), "bob:", money(bob.Balance()))

	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("%s %-6s %9s %v\n", a.ID, a.Owner, money(a.Balance()), a.history)
	}
}

// Output:
// <nil> <nil>
// deposit -5: invalid amount
// <nil>
// transfer failed: withdraw $1000.00 from B-2 (balance $55.75): insufficient funds
// insufficient? true
// transfer failed: "Z-9": account not found true
// transfer failed: account B-2 is frozen true B-2
// alice: $59.75 bob: $55.75
// A-1 Alice     $59.75 [+$100.00 -$30.25 -$10.00]
// B-2 Bob       $55.75 [+$25.50 +$30.25]
