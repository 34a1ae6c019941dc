package lint

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/source"

	"cuelang.org/go/cue"

	"github.com/nflint/nflint/schema"
)

// A constraint is one conjunct of a scalar field's definition, classified so that a failure
// can be explained in the user's terms rather than CUE's.
type constraint struct {
	class string    // "enum", "range", "length", "pattern", "alternatives", "other"
	val   cue.Value // the conjunct, to check a value against
	op    cue.Op    // for range: the bound's operator; for pattern: match or not-match
	arg   string    // the bound, length or pattern as written
	enum  []cue.Value
	alts  []cue.Value
}

// constraints splits a scalar definition into its conjuncts, most basic first: a value that is
// not one of the allowed values is reported as such, not as out of range too.
func constraints(s cue.Value) []constraint {
	var out []constraint
	for _, k := range conjuncts(s) {
		out = append(out, classify(k))
	}
	order := map[string]int{"type": 0, "enum": 1, "alternatives": 2, "range": 3, "length": 4, "pattern": 5, "other": 6}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && order[out[j].class] < order[out[j-1].class]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// conjuncts is schema.Conjuncts, named short for the many uses here.
func conjuncts(v cue.Value) []cue.Value { return schema.Conjuncts(v) }

func classify(k cue.Value) constraint {
	op, args := k.Expr()
	c := constraint{class: "other", val: k, op: op}
	switch op {
	case cue.OrOp:
		if allConcrete(args) {
			c.class, c.enum = "enum", args
		} else {
			c.class, c.alts = "alternatives", args
		}
	case cue.GreaterThanOp, cue.GreaterThanEqualOp, cue.LessThanOp, cue.LessThanEqualOp:
		c.class, c.arg = "range", fmt.Sprint(args[0])
	case cue.RegexMatchOp, cue.NotRegexMatchOp:
		s, _ := args[0].String()
		c.class, c.arg = "pattern", s
	case cue.CallOp:
		if len(args) == 2 {
			switch fmt.Sprint(args[0]) {
			case "strings.MinRunes", "list.MinItems":
				c.class, c.op, c.arg = "length", cue.GreaterThanEqualOp, fmt.Sprint(args[1])
			case "strings.MaxRunes", "list.MaxItems":
				c.class, c.op, c.arg = "length", cue.LessThanEqualOp, fmt.Sprint(args[1])
			}
		}
	case cue.NoOp:
		switch {
		case k.IsConcrete() && k.Kind() != cue.StructKind && k.Kind() != cue.ListKind:
			c.class, c.enum = "enum", []cue.Value{k}
		case k.IncompleteKind()&^(cue.NumberKind|cue.StringKind|cue.BoolKind|cue.NullKind) == 0:
			c.class = "type" // int, string, ...: the walk checked the kind already
		}
	}
	return c
}

func allConcrete(vs []cue.Value) bool {
	for _, v := range vs {
		if !v.IsConcrete() {
			return false
		}
		if op, _ := v.Expr(); op != cue.NoOp {
			return false
		}
	}
	return true
}

// kindNames are the JSON names of CUE's kinds, as users know them from the API pages.
var cueKindNames = []struct {
	k    cue.Kind
	name string
}{
	{cue.StructKind, "object"}, {cue.ListKind, "array"}, {cue.StringKind, "string"},
	{cue.IntKind, "integer"}, {cue.FloatKind, "number"}, {cue.BoolKind, "boolean"}, {cue.NullKind, "null"},
}

// expectedKinds names the kinds a definition accepts: "integer", "string or null".
func expectedKinds(k cue.Kind) string {
	var names []string
	if k&cue.NumberKind == cue.NumberKind {
		names = append(names, "number")
		k &^= cue.NumberKind
	}
	for _, e := range cueKindNames {
		if k&e.k != 0 {
			names = append(names, e.name)
		}
	}
	return orList(names)
}

func orList(names []string) string {
	switch len(names) {
	case 0:
		return "nothing"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

func nodeKind(n *source.Node) cue.Kind {
	switch n.Kind {
	case source.Object:
		return cue.StructKind
	case source.Array:
		return cue.ListKind
	case source.String:
		return cue.StringKind
	case source.Int:
		return cue.IntKind
	case source.Float:
		if isIntegral(n.Text) {
			return cue.FloatKind | cue.IntKind
		}
		return cue.FloatKind
	case source.Bool:
		return cue.BoolKind
	}
	return cue.NullKind
}

// isIntegral reports whether a number written as a float ("3.0", "1e3") has an integer value;
// JSON does not tell 3 from 3.0, and neither does the API.
func isIntegral(text string) bool {
	f, err := strconv.ParseFloat(text, 64)
	return err == nil && f == float64(int64(f))
}

// literal renders a concrete CUE value as the pages write allowed values: strings bare.
func literalText(v cue.Value) string {
	if s, err := v.String(); err == nil {
		return s
	}
	return fmt.Sprint(v)
}

// describe says in plain words what one alternative of a scalar accepts, for messages about
// values that match none.
func describe(v cue.Value) string {
	if v.IsConcrete() {
		if s, err := v.String(); err == nil {
			return strconv.Quote(s)
		}
		return fmt.Sprint(v)
	}
	var parts []string
	kind := expectedKinds(v.IncompleteKind())
	minL, maxL := "", ""
	for _, c := range constraints(v) {
		switch c.class {
		case "enum":
			var vals []string
			for _, e := range c.enum {
				vals = append(vals, strconv.Quote(literalText(e)))
			}
			return "one of " + strings.Join(vals, ", ")
		case "length":
			if c.op == cue.GreaterThanEqualOp {
				minL = c.arg
			} else {
				maxL = c.arg
			}
		case "range":
			parts = append(parts, rangeWords(c.op, c.arg))
		case "pattern":
			parts = append(parts, "matching "+c.arg)
		}
	}
	switch {
	case minL != "" && minL == maxL:
		parts = append([]string{"of exactly " + minL + " characters"}, parts...)
	case minL != "" && maxL != "":
		parts = append([]string{"of " + minL + " to " + maxL + " characters"}, parts...)
	case minL != "":
		parts = append([]string{"of at least " + minL + " characters"}, parts...)
	case maxL != "":
		parts = append([]string{"of at most " + maxL + " characters"}, parts...)
	}
	return strings.TrimSpace("a " + kind + " " + strings.Join(parts, ", "))
}

func rangeWords(op cue.Op, arg string) string {
	switch op {
	case cue.GreaterThanEqualOp:
		return "at least " + arg
	case cue.GreaterThanOp:
		return "greater than " + arg
	case cue.LessThanEqualOp:
		return "at most " + arg
	}
	return "less than " + arg
}
