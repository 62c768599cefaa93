// prog_bank_errors_as.go: transfers between accounts with a value error type and its pointer (errors.As to both), %w chains built in a deferred closure, errors.Unwrap.
package main

import (
	"errors"
	"fmt"
	"sort"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrFrozen       = errors.New("account frozen")
	ErrNotFound     = errors.New("account not found")
)

type TxError struct {
	Op     string
	Acct   string
	Amount int64
	Err    error
}

func (e TxError) Error() string {
	return fmt.Sprintf("%s %s %d.%02d: %v", e.Op, e.Acct, e.Amount/100, e.Amount%100, e.Err)
}
func (e TxError) Unwrap() error { return e.Err }

type Account struct {
	ID      string
	Balance int64
	Frozen  bool
	History []string
}

type Bank struct {
	accts map[string]*Account
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accts[id]
	if !ok {
		return nil, fmt.Errorf("lookup %q: %w", id, ErrNotFound)
	}
	return a, nil
}

func (b *Bank) Withdraw(id string, amt int64) error {
	a, err := b.get(id)
	if err != nil {
		return TxError{"withdraw", id, amt, err}
	}
	if a.Frozen {
		return TxError{"withdraw", id, amt, ErrFrozen}
	}
	if a.Balance < amt {
		return TxError{"withdraw", id, amt, fmt.Errorf("have %d: %w", a.Balance, ErrInsufficient)}
	}
	a.Balance -= amt
	a.History = append(a.History, fmt.Sprintf("-%d", amt))
	return nil
}

func (b *Bank) Deposit(id string, amt int64) error {
	a, err := b.get(id)
	if err != nil {
		return &TxError{"deposit", id, amt, err}
	}
	a.Balance += amt
	a.History = append(a.History, fmt.Sprintf("+%d", amt))
	return nil
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s failed: %w", from, to, err)
		}
	}()
	if err := b.Withdraw(from, amt); err != nil {
		return err
	}
	if err := b.Deposit(to, amt); err != nil {
		b.Deposit(from, amt)
		return err
	}
	return nil
}

func main() {
	b := &Bank{accts: map[string]*Account{}}
	for _, id := range []string{"alice", "bob", "carol"} {
		b.accts[id] = &Account{ID: id, Balance: 10000}
	}
	b.accts["carol"].Frozen = true
	ops := []struct {
		from, to string
		amt      int64
	}{
		{"alice", "bob", 2550},
		{"bob", "alice", 99999},
		{"carol", "bob", 100},
		{"alice", "dave", 100},
		{"zed", "alice", 1},
		{"bob", "carol", 12345},
	}
	for _, op := range ops {
		err := b.Transfer(op.from, op.to, op.amt)
		if err == nil {
			fmt.Println("ok", op)
			continue
		}
		fmt.Println("ERR", err)
		var te TxError
		var pte *TxError
		switch {
		case errors.As(err, &te):
			fmt.Printf("  TxError value: op=%s insufficient=%v frozen=%v notfound=%v\n", te.Op,
				errors.Is(err, ErrInsufficient), errors.Is(err, ErrFrozen), errors.Is(err, ErrNotFound))
		case errors.As(err, &pte):
			fmt.Printf("  *TxError: %+v\n", *pte)
		}
		fmt.Printf("  unwrap once: %v\n", errors.Unwrap(err))
	}
	ids := make([]string, 0)
	for id := range b.accts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := b.accts[id]
		fmt.Printf("%-6s %8.2f %v %q\n", a.ID, float64(a.Balance)/100, a.Frozen, a.History)
	}
	fmt.Printf("%v\n", *b.accts["alice"])
	fmt.Printf("%+v\n", b.accts["bob"].History)
}

// Output:
// ok {alice bob 2550}
// ERR transfer bob->alice failed: withdraw bob 999.99: have 12550: insufficient funds
//   TxError value: op=withdraw insufficient=true frozen=false notfound=false
//   unwrap once: withdraw bob 999.99: have 12550: insufficient funds
// ERR transfer carol->bob failed: withdraw carol 1.00: account frozen
//   TxError value: op=withdraw insufficient=false frozen=true notfound=false
//   unwrap once: withdraw carol 1.00: account frozen
// ERR transfer alice->dave failed: deposit dave 1.00: lookup "dave": account not found
//   *TxError: deposit dave 1.00: lookup "dave": account not found
//   unwrap once: deposit dave 1.00: lookup "dave": account not found
// ERR transfer zed->alice failed: withdraw zed 0.01: lookup "zed": account not found
//   TxError value: op=withdraw insufficient=false frozen=false notfound=true
//   unwrap once: withdraw zed 0.01: lookup "zed": account not found
// ok {bob carol 12345}
// alice     74.50 false ["-2550" "-100" "+100"]
// bob        2.05 false ["+2550" "-12345"]
// carol    223.45 true ["+12345"]
// {alice 7450 false [-2550 -100 +100]}
// [+2550 -12345]
