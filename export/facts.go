// Package export reads nflint's CUE definitions as plain facts about fields (types, allowed
// values, bounds, patterns, alternatives, conditions, documentation) and writes them out for
// tools other than the linter: a JSON Schema for editors, and the field documentation that
// `nflint explain` prints. Both read the same definitions the linter checks with, so an
// editor, the explain page and CI never disagree about what a field accepts.
package export

import (
	"fmt"
	"strings"

	"cuelang.org/go/cue"

	"github.com/nflint/nflint/schema"
)

// Facts is what a CUE value says about the values it accepts, in JSON terms.
type Facts struct {
	Types        []string    // JSON types: object, array, string, integer, number, boolean, null; none means any
	Enum         []cue.Value // the only values allowed, when the value is a set of constants
	Bounds       []Bound     // numeric bounds
	MinLen       int         // minimum length (characters of a string, items of a list); -1 when none
	MaxLen       int         // maximum length; -1 when none
	Patterns     []Pattern   // regular expressions a string must (or must not) match
	Alternatives []cue.Value // a disjunction of non-constant values: the value must satisfy one
	Branches     []cue.Value // an object's exclusive or inclusive alternatives (oneOf/anyOf)
	Count        string      // how many Branches must match: "1", ">=1" or "<=1"
	Default      cue.Value   // the default value, when HasDefault
	HasDefault   bool
	Other        []string // constraints nflint checks that have no JSON reading, as written in CUE
}

// A Bound is a numeric limit.
type Bound struct {
	Op    cue.Op // GreaterThanEqualOp, GreaterThanOp, LessThanEqualOp or LessThanOp
	Value string // the number as written
}

// A Pattern is a regular expression (RE2 syntax, as in Go and CUE).
type Pattern struct {
	Expr    string
	Negated bool // the value must not match
}

// Read classifies every conjunct of v.
func Read(v cue.Value) Facts {
	f := Facts{Types: types(schema.KindOf(v)), MinLen: -1, MaxLen: -1}
	if d, ok := v.Default(); ok && d.IsConcrete() {
		if op, _ := v.Expr(); op == cue.OrOp {
			f.Default, f.HasDefault = d, true
		}
	}
	for _, k := range conjuncts(v) {
		f.add(k)
	}
	return f
}

func (f *Facts) add(k cue.Value) {
	op, args := k.Expr()
	switch op {
	case cue.OrOp:
		if allConstant(args) {
			f.Enum = dedupe(args)
		} else {
			f.Alternatives = args
		}
	case cue.GreaterThanOp, cue.GreaterThanEqualOp, cue.LessThanOp, cue.LessThanEqualOp:
		f.Bounds = append(f.Bounds, Bound{Op: op, Value: fmt.Sprint(args[0])})
	case cue.RegexMatchOp, cue.NotRegexMatchOp:
		s, _ := args[0].String()
		f.Patterns = append(f.Patterns, Pattern{Expr: s, Negated: op == cue.NotRegexMatchOp})
	case cue.CallOp:
		f.call(k, args)
	case cue.NoOp:
		if k.IsConcrete() && k.Kind() != cue.StructKind && k.Kind() != cue.ListKind {
			f.Enum = []cue.Value{k}
		}
	default:
		f.Other = append(f.Other, fmt.Sprint(k))
	}
}

// call reads the builtin calls the generated schema uses.
func (f *Facts) call(k cue.Value, args []cue.Value) {
	name := fmt.Sprint(args[0])
	switch {
	case len(args) == 2 && (name == "strings.MinRunes" || name == "list.MinItems"):
		f.MinLen = intArg(args[1])
	case len(args) == 2 && (name == "strings.MaxRunes" || name == "list.MaxItems"):
		f.MaxLen = intArg(args[1])
	case len(args) == 3 && name == "matchN":
		list, err := args[2].List()
		if err != nil {
			f.Other = append(f.Other, fmt.Sprint(k))
			return
		}
		for list.Next() {
			f.Branches = append(f.Branches, list.Value())
		}
		f.Count = strings.ReplaceAll(fmt.Sprint(args[1]), " ", "")
	default:
		f.Other = append(f.Other, fmt.Sprint(k))
	}
}

func intArg(v cue.Value) int {
	n, err := v.Int64()
	if err != nil {
		return -1
	}
	return int(n)
}

func conjuncts(v cue.Value) []cue.Value { return schema.Conjuncts(v) }

func allConstant(vs []cue.Value) bool {
	for _, v := range vs {
		if op, _ := v.Expr(); op != cue.NoOp || !v.IsConcrete() {
			return false
		}
		if k := v.Kind(); k == cue.StructKind || k == cue.ListKind {
			return false
		}
	}
	return true
}

// dedupe drops repeated constants: a default (*"a" | "b") lists its value twice.
func dedupe(vs []cue.Value) []cue.Value {
	seen := map[string]bool{}
	var out []cue.Value
	for _, v := range vs {
		key := fmt.Sprint(v)
		if !seen[key] {
			seen[key] = true
			out = append(out, v)
		}
	}
	return out
}

// types names the JSON types a CUE kind admits; nil when it admits every type.
func types(k cue.Kind) []string {
	if k == cue.TopKind || k == cue.BottomKind {
		return nil
	}
	var out []string
	table := []struct {
		k    cue.Kind
		name string
	}{{cue.StructKind, "object"}, {cue.ListKind, "array"}, {cue.StringKind, "string"}}
	for _, e := range table {
		if k&e.k != 0 {
			out = append(out, e.name)
		}
	}
	switch {
	case k&cue.FloatKind != 0:
		out = append(out, "number")
	case k&cue.IntKind != 0:
		out = append(out, "integer")
	}
	if k&cue.BoolKind != 0 {
		out = append(out, "boolean")
	}
	if k&cue.NullKind != 0 {
		out = append(out, "null")
	}
	return out
}
