// prog_stack_vm.go: a small stack machine: iota opcodes with a String method, a recover that turns crashes into errors.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Op int

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
)

var opNames = [...]string{"PUSH", "ADD", "SUB", "MUL", "DIV", "DUP", "SWAP", "JZ", "JMP", "PRINT", "HALT"}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "Op(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  Op
	Arg int
}

type VM struct {
	stack []int
	pc    int
	out   strings.Builder
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }
func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm crashed at pc=%d (%v): %v", vm.pc, prog[vm.pc].Op, r)
		}
	}()
	for steps := 0; steps < 1000; steps++ {
		in := prog[vm.pc]
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD, SUB, MUL, DIV:
			b, a := vm.pop(), vm.pop()
			var r int
			switch in.Op {
			case ADD:
				r = a + b
			case SUB:
				r = a - b
			case MUL:
				r = a * b
			case DIV:
				r = a / b
			}
			vm.push(r)
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case JZ:
			if vm.pop() == 0 {
				vm.pc = in.Arg
				continue
			}
		case JMP:
			vm.pc = in.Arg
			continue
		case PRINT:
			fmt.Fprintf(&vm.out, "%d ", vm.stack[len(vm.stack)-1])
		case HALT:
			return nil
		default:
			return fmt.Errorf("bad op %v", in.Op)
		}
		vm.pc++
	}
	return fmt.Errorf("step limit")
}

func main() {
	// countdown from 5
	prog := []Instr{
		{PUSH, 5},
		{PRINT, 0},
		{DUP, 0},
		{JZ, 7},
		{PUSH, 1},
		{SUB, 0},
		{JMP, 1},
		{HALT, 0},
	}
	vm := &VM{}
	err := vm.Run(prog)
	fmt.Println(vm.out.String(), err)

	vm2 := &VM{}
	err = vm2.Run([]Instr{{PUSH, 1}, {PUSH, 0}, {DIV, 0}, {HALT, 0}})
	fmt.Println("err:", err)

	vm3 := &VM{}
	err = vm3.Run([]Instr{{ADD, 0}})
	fmt.Println("err:", err)

	vm4 := &VM{}
	err = vm4.Run([]Instr{{Op(42), 0}})
	fmt.Println("err:", err)
	fmt.Printf("%v %d %s %x\n", MUL, MUL, Op(99), JZ)
	fmt.Println(prog[:3])
}

// Output:
// 5 4 3 2 1 0  <nil>
// err: vm crashed at pc=2 (DIV): runtime error: integer divide by zero
// err: vm crashed at pc=0 (ADD): runtime error: index out of range [-1]
// err: bad op Op(42)
// MUL 3 Op(99) 4a5a
// [{PUSH 5} {PRINT 0} {DUP 0}]
