// prog_inventory_errors.go: an inventory with a map of struct pointers, %w-wrapped sentinel and custom errors told apart with errors.Is/As, and a sorted report.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

var ErrNotFound = errors.New("item not found")

type StockError struct {
	SKU       string
	Have, Want int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("insufficient stock for %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(it Item) {
	if existing, ok := inv.items[it.SKU]; ok {
		existing.Qty += it.Qty
		inv.log = append(inv.log, fmt.Sprintf("restock %s +%d", it.SKU, it.Qty))
		return
	}
	cp := it
	inv.items[it.SKU] = &cp
	inv.log = append(inv.log, "add "+it.SKU)
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %q: %w", sku, ErrNotFound)
	}
	if it.Qty < n {
		return fmt.Errorf("remove: %w", &StockError{sku, it.Qty, n})
	}
	it.Qty -= n
	inv.log = append(inv.log, fmt.Sprintf("remove %s -%d", sku, n))
	return nil
}

func (inv *Inventory) Total() float64 {
	t := 0.0
	for _, it := range inv.items {
		t += it.Price * float64(it.Qty)
	}
	return t
}

func (inv *Inventory) Sorted() []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Price != out[j].Price {
			return out[i].Price > out[j].Price
		}
		return out[i].SKU < out[j].SKU
	})
	return out
}

func main() {
	inv := NewInventory()
	inv.Add(Item{"A1", "Widget", 2.50, 10, []string{"small", "metal"}})
	inv.Add(Item{"B2", "Gadget", 12.99, 3, nil})
	inv.Add(Item{"C3", "Doohickey", 2.50, 7, []string{"plastic"}})
	inv.Add(Item{"A1", "Widget", 2.50, 5, nil})

	for _, op := range []struct {
		sku string
		n   int
	}{{"A1", 4}, {"Z9", 1}, {"B2", 5}, {"C3", 7}} {
		if err := inv.Remove(op.sku, op.n); err != nil {
			var se *StockError
			switch {
			case errors.Is(err, ErrNotFound):
				fmt.Println("not found:", err)
			case errors.As(err, &se):
				fmt.Printf("stock error (short by %d): %v\n", se.Want-se.Have, err)
			default:
				fmt.Println("other:", err)
			}
		}
	}
	fmt.Printf("%-5s|%-10s|%8s|%4s|%s\n", "SKU", "Name", "Price", "Qty", "Tags")
	fmt.Println(strings.Repeat("-", 40))
	for _, it := range inv.Sorted() {
		fmt.Printf("%-5s|%-10s|%8.2f|%4d|%v\n", it.SKU, it.Name, it.Price, it.Qty, it.Tags)
	}
	fmt.Printf("total value: $%.2f\n", inv.Total())
	fmt.Println(strings.Join(inv.log, "; "))
	fmt.Printf("%v\n", *inv.items["C3"])
	fmt.Printf("%+v\n", *inv.items["B2"])
}

// Output:
// not found: remove "Z9": item not found
// stock error (short by 2): remove: insufficient stock for B2: have 3, want 5
// SKU  |Name      |   Price| Qty|Tags
// ----------------------------------------
// B2   |Gadget    |   12.99|   3|[]
// A1   |Widget    |    2.50|  11|[small metal]
// C3   |Doohickey |    2.50|   0|[plastic]
// total value: $66.47
// add A1; add B2; add C3; restock A1 +5; remove A1 -4; remove C3 -7
// {C3 Doohickey 2.5 0 [plastic]}
// {SKU:B2 Name:Gadget Price:12.99 Qty:3 Tags:[]}
