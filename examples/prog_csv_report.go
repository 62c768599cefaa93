// prog_csv_report.go: parsing CSV-ish text with strings.Split and strconv, a custom error type wrapping *strconv.NumError (errors.As twice), sorting on two keys, a formatted table.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `name,dept,salary,age
Alice,Engineering,120000.50,34
Bob,Sales,65000,45
Carol,Engineering,135000,29
Dan,Marketing,abc,40
Eve,Sales,72000.25,
Frank,Engineering,99000,51
Grace,Marketing,88000,38
`

type Employee struct {
	Name   string
	Dept   string
	Salary float64
	Age    int
}

var ErrBadRow = errors.New("bad row")

type FieldError struct {
	Line  int
	Field string
	Err   error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("line %d: field %s: %v", e.Line, e.Field, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

func parse(line string, n int) (Employee, error) {
	parts := strings.Split(line, ",")
	if len(parts) != 4 {
		return Employee{}, fmt.Errorf("line %d: %w", n, ErrBadRow)
	}
	sal, err := strconv.ParseFloat(parts[2], 64)
	if err != nil {
		return Employee{}, &FieldError{n, "salary", err}
	}
	age, err := strconv.Atoi(parts[3])
	if err != nil {
		return Employee{}, &FieldError{n, "age", err}
	}
	return Employee{parts[0], parts[1], sal, age}, nil
}

func main() {
	lines := strings.Split(strings.TrimSpace(data), "\n")
	var emps []Employee
	for i, l := range lines[1:] {
		e, err := parse(l, i+2)
		if err != nil {
			var fe *FieldError
			if errors.As(err, &fe) {
				var ne *strconv.NumError
				if errors.As(err, &ne) {
					fmt.Fprintf(os.Stdout, "skip: %v [func=%s num=%q errIsSyntax=%t]\n", err, ne.Func, ne.Num, errors.Is(err, strconv.ErrSyntax))
				}
			} else {
				fmt.Println("skip:", err)
			}
			continue
		}
		emps = append(emps, e)
	}
	sort.SliceStable(emps, func(i, j int) bool {
		if emps[i].Dept != emps[j].Dept {
			return emps[i].Dept < emps[j].Dept
		}
		return emps[i].Salary > emps[j].Salary
	})
	fmt.Printf("%-10s|%-12s|%12s|%4s\n", "Name", "Dept", "Salary", "Age")
	fmt.Println(strings.Repeat("-", 41))
	totals := map[string]float64{}
	counts := map[string]int{}
	for _, e := range emps {
		fmt.Printf("%-10s|%-12s|%12.2f|%4d\n", e.Name, e.Dept, e.Salary, e.Age)
		totals[e.Dept] += e.Salary
		counts[e.Dept]++
	}
	depts := make([]string, 0, len(totals))
	for d := range totals {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		fmt.Printf("%-12s avg=%10.3f n=%d\n", d, totals[d]/float64(counts[d]), counts[d])
	}
	fmt.Printf("%#v\n", emps[0])
	fmt.Printf("%v\n", totals)
}

// Output:
// skip: line 5: field salary: strconv.ParseFloat: parsing "abc": invalid syntax [func=ParseFloat num="abc" errIsSyntax=true]
// skip: line 6: field age: strconv.Atoi: parsing "": invalid syntax [func=Atoi num="" errIsSyntax=true]
// Name      |Dept        |      Salary| Age
// -----------------------------------------
// Carol     |Engineering |   135000.00|  29
// Alice     |Engineering |   120000.50|  34
// Frank     |Engineering |    99000.00|  51
// Grace     |Marketing   |    88000.00|  38
// Bob       |Sales       |    65000.00|  45
// Engineering  avg=118000.167 n=3
// Marketing    avg= 88000.000 n=1
// Sales        avg= 65000.000 n=1
// main.Employee{Name:"Carol", Dept:"Engineering", Salary:135000, Age:29}
// map[Engineering:354000.5 Marketing:88000 Sales:65000]
