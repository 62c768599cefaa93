// prog_state_machine.go: a turnstile and a traffic light as state machines using typed constants, maps of transitions and methods.
package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Locked State = iota
	Unlocked
	Broken
)

var stateNames = map[State]string{Locked: "Locked", Unlocked: "Unlocked", Broken: "Broken"}

func (s State) String() string { return stateNames[s] }

type Event string

const (
	Coin   Event = "coin"
	Push   Event = "push"
	Kick   Event = "kick"
	Repair Event = "repair"
)

type transition struct {
	from State
	ev   Event
}

type Turnstile struct {
	state   State
	coins   int
	passed  int
	table   map[transition]State
	actions map[transition]func(t *Turnstile)
}

func NewTurnstile() *Turnstile {
	t := &Turnstile{state: Locked}
	t.table = map[transition]State{
		{Locked, Coin}:   Unlocked,
		{Locked, Push}:   Locked,
		{Unlocked, Coin}: Unlocked,
		{Unlocked, Push}: Locked,
		{Locked, Kick}:   Broken,
		{Unlocked, Kick}: Broken,
		{Broken, Repair}: Locked,
	}
	t.actions = map[transition]func(t *Turnstile){
		{Locked, Coin}:   func(t *Turnstile) { t.coins++ },
		{Unlocked, Coin}: func(t *Turnstile) { t.coins++ }, // thanks for the tip
		{Unlocked, Push}: func(t *Turnstile) { t.passed++ },
	}
	return t
}

func (t *Turnstile) Fire(ev Event) error {
	key := transition{t.state, ev}
	next, ok := t.table[key]
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", ev, t.state)
	}
	if act := t.actions[key]; act != nil {
		act(t)
	}
	t.state = next
	return nil
}

// A traffic light cycles using a switch-based transition function.
type Light int

const (
	Red Light = iota
	Green
	Yellow
)

func (l Light) String() string { return [...]string{"Red", "Green", "Yellow"}[l] }

func (l Light) Next() (Light, int) {
	switch l {
	case Red:
		return Green, 30
	case Green:
		return Yellow, 5
	default:
		return Red, 20
	}
}

func main() {
	t := NewTurnstile()
	events := []Event{Push, Coin, Push, Coin, Coin, Push, Push, Kick, Coin, Repair, Coin, Push}
	for _, ev := range events {
		before := t.state
		if err := t.Fire(ev); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-8v --%-6s--> %v\n", before, ev, t.state)
	}
	fmt.Println("coins:", t.coins, "passed:", t.passed)

	light := Red
	var timeline []string
	elapsed := 0
	for i := 0; i < 7; i++ {
		next, dur := light.Next()
		timeline = append(timeline, fmt.Sprintf("%v@%d", light, elapsed))
		elapsed += dur
		light = next
	}
	fmt.Println(strings.Join(timeline, " "))
}

// Output:
// Locked   --push  --> Locked
// Locked   --coin  --> Unlocked
// Unlocked --push  --> Locked
// Locked   --coin  --> Unlocked
// Unlocked --coin  --> Unlocked
// Unlocked --push  --> Locked
// Locked   --push  --> Locked
// Locked   --kick  --> Broken
// error: invalid event "coin" in state Broken
// Broken   --repair--> Locked
// Locked   --coin  --> Unlocked
// Unlocked --push  --> Locked
// coins: 4 passed: 3
// Red@0 Green@30 Yellow@35 Red@55 Green@85 Yellow@90 Red@110
