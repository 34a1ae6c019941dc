package schema

import (
	"fmt"
	"sort"
	"strings"

	"cuelang.org/go/cue"
)

// Alternatives are an object's oneOf or anyOf, written in CUE as matchN(n, [...]).
type Alternatives struct {
	Count    Count
	Branches []*Branch
}

// Count is how many branches a value must match.
type Count string

// The counts the schema uses.
const (
	ExactlyOne Count = "1"   // oneOf
	AtLeastOne Count = ">=1" // anyOf
	AtMostOne  Count = "<=1" // oneOf or none
)

// Met reports whether matching n branches satisfies the count.
func (c Count) Met(n int) bool {
	switch c {
	case ExactlyOne:
		return n == 1
	case AtLeastOne:
		return n >= 1
	case AtMostOne:
		return n <= 1
	}
	return false
}

// A Branch is one alternative, with what tells it from the others.
type Branch struct {
	Def *Def
	// Keys are the fields this branch requires and no other does: internal, external, vcs;
	// dockerfile, buildpack. Their presence says which branch a document means.
	Keys []string
	// Fixed are the fields with a single allowed string, such as routingMode: "regex".
	Fixed map[string]string
	// Empty is set for a branch with no fields at all: "choose later", an empty object.
	Empty bool
}

// Alternatives returns the definition's oneOf/anyOf, or nil when it has none.
func (d *Def) Alternatives() *Alternatives {
	return d.alts.get(func() *Alternatives {
		for _, k := range conjuncts(d.Value) {
			op, args := k.Expr()
			if op != cue.CallOp || len(args) != 3 || fmt.Sprint(args[0]) != "matchN" {
				continue
			}
			list, err := args[2].List()
			if err != nil {
				return nil
			}
			a := &Alternatives{Count: Count(strings.ReplaceAll(fmt.Sprint(args[1]), " ", ""))}
			for list.Next() {
				a.Branches = append(a.Branches, newBranch(d.s.Read(list.Value())))
			}
			markKeys(a.Branches)
			return a
		}
		return nil
	})
}

func newBranch(d *Def) *Branch {
	b := &Branch{Def: d, Fixed: map[string]string{}}
	fs := d.Fields()
	b.Empty = len(fs) == 0
	for _, f := range fs {
		if f.value.IsConcrete() {
			if s, err := f.value.String(); err == nil {
				b.Fixed[f.Name] = s
			}
		}
	}
	return b
}

// markKeys finds, for each branch, the required fields that no other branch requires.
func markKeys(bs []*Branch) {
	requiredBy := map[string]int{}
	for _, b := range bs {
		for _, f := range b.Def.Fields() {
			if f.Required {
				requiredBy[f.Name]++
			}
		}
	}
	for _, b := range bs {
		for _, f := range b.Def.Fields() {
			if f.Required && requiredBy[f.Name] == 1 {
				b.Keys = append(b.Keys, f.Name)
			}
		}
		sort.Strings(b.Keys)
	}
}
