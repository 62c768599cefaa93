// embedding_interface_in_struct.go: embedding an interface in a struct to decorate it, overriding some methods and delegating the rest.
package main

import (
	"fmt"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, value string)
	Keys() []string
}

type mapStore struct {
	data  map[string]string
	order []string
}

func newMapStore() *mapStore { return &mapStore{data: map[string]string{}} }

func (m *mapStore) Get(k string) (string, bool) { v, ok := m.data[k]; return v, ok }
func (m *mapStore) Set(k, v string) {
	if _, ok := m.data[k]; !ok {
		m.order = append(m.order, k)
	}
	m.data[k] = v
}
func (m *mapStore) Keys() []string { return m.order }

// loggingStore overrides Set and inherits Get and Keys from the embedded Store.
type loggingStore struct {
	Store
	log []string
}

func (l *loggingStore) Set(k, v string) {
	l.log = append(l.log, "set "+k)
	l.Store.Set(k, v)
}

// upperStore overrides Get only.
type upperStore struct{ Store }

func (u upperStore) Get(k string) (string, bool) {
	v, ok := u.Store.Get(k)
	return strings.ToUpper(v), ok
}

func fill(s Store) {
	s.Set("a", "apple")
	s.Set("b", "banana")
	s.Set("a", "avocado")
}

func main() {
	base := newMapStore()
	ls := &loggingStore{Store: base}
	fill(ls)
	fmt.Println(ls.log)
	fmt.Println(ls.Keys())
	v, ok := ls.Get("a")
	fmt.Println(v, ok)

	var s Store = upperStore{ls}
	v, _ = s.Get("b")
	fmt.Println(v)
	s.Set("c", "cherry") // goes through loggingStore
	fmt.Println(ls.log, s.Keys())

	// An embedded nil interface panics when a delegated method is called.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var broken upperStore
		broken.Keys()
	}()
}

// Output:
// [set a set b set a]
// [a b]
// avocado true
// BANANA
// [set a set b set a set c] [a b c]
// recovered: runtime error: invalid memory address or nil pointer dereference
