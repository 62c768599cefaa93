// prog_bank_embedded_accounts.go: accounts through an interface, embedded structs (value and pointer), an overriding method, Unwrap-able errors.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Account interface {
	ID() string
	Balance() Money
	Deposit(Money) error
	Withdraw(Money) error
}

type baseAccount struct {
	id      string
	balance Money
	history []string
}

func (b *baseAccount) ID() string      { return b.id }
func (b *baseAccount) Balance() Money  { return b.balance }
func (b *baseAccount) record(s string) { b.history = append(b.history, s) }
func (b *baseAccount) Deposit(m Money) error {
	if m <= 0 {
		return ErrInvalidAmount
	}
	b.balance += m
	b.record("dep " + m.String())
	return nil
}
func (b *baseAccount) Withdraw(m Money) error {
	if m > b.balance {
		return &InsufficientFunds{b.id, b.balance, m}
	}
	b.balance -= m
	b.record("wd " + m.String())
	return nil
}

type Checking struct {
	baseAccount
	overdraft Money
}

func (c *Checking) Withdraw(m Money) error {
	if m > c.balance+c.overdraft {
		return &InsufficientFunds{c.id, c.balance, m}
	}
	c.balance -= m
	c.record("wd(od) " + m.String())
	return nil
}

type Savings struct {
	*baseAccount
	rate float64
}

func (s Savings) AddInterest() {
	s.balance += Money(float64(s.balance) * s.rate)
	s.record("interest")
}

var ErrInvalidAmount = errors.New("invalid amount")

type InsufficientFunds struct {
	ID        string
	Have, Req Money
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("account %s: insufficient funds (have %v, need %v)", e.ID, e.Have, e.Req)
}

type TransferError struct {
	From, To string
	Err      error
}

func (e TransferError) Error() string { return "transfer " + e.From + "->" + e.To + ": " + e.Err.Error() }
func (e TransferError) Unwrap() error { return e.Err }

func Transfer(from, to Account, m Money) error {
	if err := from.Withdraw(m); err != nil {
		return TransferError{from.ID(), to.ID(), err}
	}
	if err := to.Deposit(m); err != nil {
		_ = from.Deposit(m)
		return TransferError{from.ID(), to.ID(), err}
	}
	return nil
}

func main() {
	chk := &Checking{baseAccount{id: "CHK-1"}, 5000}
	sav := Savings{&baseAccount{id: "SAV-1", balance: 100000}, 0.015}
	accts := map[string]Account{"chk": chk, "sav": sav}
	fmt.Println(chk.Deposit(2550), chk.Deposit(-1))
	errs := []error{
		Transfer(chk, sav, 7000),
		Transfer(chk, sav, 1000),
		Transfer(sav, chk, 200000),
		Transfer(sav, chk, 0),
	}
	for i, err := range errs {
		var ins *InsufficientFunds
		var te TransferError
		fmt.Printf("%d: %v\n", i, err)
		if errors.As(err, &ins) {
			fmt.Printf("   short by %v\n", ins.Req-ins.Have)
		}
		if errors.As(err, &te) {
			fmt.Printf("   from=%s is-invalid=%t\n", te.From, errors.Is(err, ErrInvalidAmount))
		}
	}
	sav.AddInterest()
	keys := make([]string, 0)
	for k := range accts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		a := accts[k]
		fmt.Printf("%s %s %v\n", k, a.ID(), a.Balance())
	}
	fmt.Println(chk.history)
	fmt.Println(sav.history, len(sav.baseAccount.history))
	fmt.Printf("%v|%d|%s\n", Money(-12345), Money(5), Money(7))
	fmt.Printf("%+v\n", *chk)
}

// Output:
// <nil> invalid amount
// 0: <nil>
// 1: transfer CHK-1->SAV-1: account CHK-1: insufficient funds (have -$44.50, need $10.00)
//    short by $54.50
//    from=CHK-1 is-invalid=false
// 2: transfer SAV-1->CHK-1: account SAV-1: insufficient funds (have $1070.00, need $2000.00)
//    short by $930.00
//    from=SAV-1 is-invalid=false
// 3: transfer SAV-1->CHK-1: invalid amount
//    from=SAV-1 is-invalid=true
// chk CHK-1 -$44.50
// sav SAV-1 $1086.05
// [dep $25.50 wd(od) $70.00]
// [dep $70.00 wd $0.00 interest] 3
// -$123.45|5|$0.07
// {baseAccount:{id:CHK-1 balance:-4450 history:[dep $25.50 wd(od) $70.00]} overdraft:5000}
