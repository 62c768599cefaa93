package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrFrozen = errors.New("account frozen")

type TxError struct {
	Op     string
	Amount int
	Err    error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("%s %d: %v", e.Op, e.Amount, e.Err)
}

func (e *TxError) Unwrap() error { return e.Err }

type Account struct {
	ID      int
	Owner   string
	Balance int
	Frozen  bool
	History []string
}

func (a *Account) Withdraw(n int) error {
	if a.Frozen {
		return &TxError{"withdraw", n, ErrFrozen}
	}
	if n > a.Balance {
		return &TxError{"withdraw", n, fmt.Errorf("balance %d: %w", a.Balance, ErrInsufficient)}
	}
	a.Balance -= n
	a.History = append(a.History, fmt.Sprintf("-%d", n))
	return nil
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, fmt.Sprintf("+%d", n))
}

func Transfer(from, to *Account, n int) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %d->%d: %w", from.ID, to.ID, err)
		}
	}()
	if err := from.Withdraw(n); err != nil {
		return err
	}
	to.Deposit(n)
	return nil
}

func main() {
	accts := map[string]*Account{
		"alice": {ID: 1, Owner: "alice", Balance: 100},
		"bob":   {ID: 2, Owner: "bob", Balance: 20},
		"carol": {ID: 3, Owner: "carol", Frozen: true, Balance: 500},
	}
	tries := []struct {
		from, to string
		amt      int
	}{
		{"alice", "bob", 30},
		{"bob", "alice", 100},
		{"carol", "bob", 1},
		{"bob", "carol", 50},
	}
	for _, t := range tries {
		err := Transfer(accts[t.from], accts[t.to], t.amt)
		switch {
		case err == nil:
			fmt.Println("ok", t)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("NSF:", err)
		case errors.Is(err, ErrFrozen):
			var te *TxError
			if errors.As(err, &te) {
				fmt.Printf("frozen: op=%s amount=%d inner=%v\n", te.Op, te.Amount, te.Err)
			}
		default:
			fmt.Println("other", err)
		}
	}
	for _, name := range []string{"alice", "bob", "carol"} {
		a := accts[name]
		fmt.Printf("%+v\n", *a)
	}
	fmt.Printf("%v\n", accts["bob"].History)
	fmt.Printf("%#v\n", accts["alice"].History)
	e := errors.Unwrap(errors.Unwrap(Transfer(accts["bob"], accts["alice"], 1000)))
	fmt.Printf("%T %v\n", e, e)
	wrapped := fmt.Errorf("two: %w and %v", ErrFrozen, ErrInsufficient)
	fmt.Println(wrapped, errors.Is(wrapped, ErrFrozen), errors.Is(wrapped, ErrInsufficient))
}

// Output:
// ok {alice bob 30}
// NSF: transfer 2->1: withdraw 100: balance 50: insufficient funds
// frozen: op=withdraw amount=1 inner=account frozen
// ok {bob carol 50}
// {ID:1 Owner:alice Balance:70 Frozen:false History:[-30]}
// {ID:2 Owner:bob Balance:0 Frozen:false History:[+30 -50]}
// {ID:3 Owner:carol Balance:550 Frozen:true History:[+50]}
// [+30 -50]
// []string{"-30"}
// *fmt.wrapError balance 0: insufficient funds
// two: account frozen and insufficient funds true false
