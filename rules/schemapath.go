package rules

import (
	"fmt"

	"cuelang.org/go/cue"

	"github.com/nflint/nflint/lint"
)

// A schemaNode is a value of a body together with what the schema says of it: the candidate
// definitions at its place, more than one where the place lies inside a oneOf/anyOf.
//
// This belongs in package lint (a Pass could offer "the schema at this node"); it lives here
// because rules may not change lint.
type schemaNode struct {
	node *lint.Node
	path lint.Path // from the document root
	at   *schemaPlace
}

// A schemaPlace finds the definitions at one place of a body when first asked: most rules
// look only at objects holding a certain key, and following the schema costs far more than
// walking the data.
type schemaPlace struct {
	parent *schemaPlace
	key    string
	index  bool
	done   bool
	defs   []cue.Value // empty where the schema says nothing (free-form maps, unknown fields)
}

func (s *schemaPlace) get() []cue.Value {
	if !s.done {
		s.done = true
		if s.index {
			s.defs = elemDefs(s.parent.get())
		} else {
			s.defs = fieldDefs(s.parent.get(), s.key)
		}
	}
	return s.defs
}

// defs returns the candidate definitions at the node's place.
func (s schemaNode) defs() []cue.Value { return s.at.get() }

// walkSchema calls fn for every node of the pass's body, parents first, with the schema
// definitions at its place.
func walkSchema(p *lint.Pass, fn func(schemaNode)) {
	if !p.Def.Exists() {
		return
	}
	var walk func(n *lint.Node, path lint.Path, at *schemaPlace)
	walk = func(n *lint.Node, path lint.Path, at *schemaPlace) {
		if n == nil {
			return
		}
		fn(schemaNode{node: n, path: path, at: at})
		for _, m := range n.Members {
			walk(m.Value, path.Key(m.Key), &schemaPlace{parent: at, key: m.Key})
		}
		for i, it := range n.Items {
			walk(it, path.Index(i), &schemaPlace{parent: at, index: true})
		}
	}
	walk(p.Root, p.Path, &schemaPlace{done: true, defs: []cue.Value{p.Def}})
}

// declares reports whether any candidate definition declares every one of the fields.
func (s schemaNode) declares(names ...string) bool {
	for _, d := range s.defs() {
		all := true
		for _, name := range names {
			if _, ok := field(d, name); !ok {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// fieldDefs follows an object key from the candidate definitions.
func fieldDefs(defs []cue.Value, key string) []cue.Value {
	var out []cue.Value
	for _, d := range defs {
		if v, ok := ownField(d, key); ok {
			out = append(out, v)
			continue
		}
		for _, alt := range branches(d)[1:] {
			if v, ok := ownField(alt, key); ok {
				out = append(out, v)
			}
		}
	}
	return out
}

// elemDefs follows a list index from the candidate definitions.
func elemDefs(defs []cue.Value) []cue.Value {
	var out []cue.Value
	for _, d := range defs {
		if v := d.LookupPath(cue.MakePath(cue.AnyIndex)); saysSomething(v) {
			out = append(out, v)
		}
	}
	return out
}

// field returns the declaration of a field in a definition or in one of its alternatives.
func field(d cue.Value, name string) (cue.Value, bool) {
	if v, ok := ownField(d, name); ok {
		return v, true
	}
	for _, alt := range branches(d)[1:] {
		if v, ok := ownField(alt, name); ok {
			return v, true
		}
	}
	return cue.Value{}, false
}

// ownField returns the declaration of a field in a definition, whether the field is optional,
// required or regular. An open struct's "..." answers every name with top (_), which says
// nothing and is not a declaration.
func ownField(d cue.Value, name string) (cue.Value, bool) {
	for _, sel := range []cue.Selector{cue.Str(name).Optional(), cue.Str(name).Required(), cue.Str(name)} {
		if v := d.LookupPath(cue.MakePath(sel)); saysSomething(v) {
			return v, true
		}
	}
	return cue.Value{}, false
}

// saysSomething reports whether a schema value constrains data: it exists and is not top,
// or is top only because it is a oneOf/anyOf whose kind CUE cannot tell.
func saysSomething(v cue.Value) bool {
	return v.Exists() && (v.IncompleteKind() != cue.TopKind || len(branches(v)) > 1)
}

// branches returns d followed by the alternatives of any matchN(n, [...]) among its conjuncts,
// recursively: the generated schema writes oneOf/anyOf so (see lint/alternatives.go).
func branches(d cue.Value) []cue.Value {
	out := []cue.Value{d}
	if d.IncompleteKind() != cue.TopKind {
		return out // a oneOf/anyOf of objects has no kind CUE can tell; anything else is not one
	}
	for _, c := range conjuncts(d) {
		op, args := c.Expr()
		if op != cue.CallOp || len(args) != 3 || fmt.Sprint(args[0]) != "matchN" {
			continue
		}
		list, err := args[2].List()
		if err != nil {
			continue
		}
		for list.Next() {
			out = append(out, branches(list.Value())...)
		}
	}
	return out
}

func conjuncts(v cue.Value) []cue.Value {
	op, args := v.Expr()
	if op != cue.AndOp {
		return []cue.Value{v}
	}
	var out []cue.Value
	for _, a := range args {
		out = append(out, conjuncts(a)...)
	}
	return out
}

// attribute returns the value of key in a field's @nflint(...) attribute.
func attribute(v cue.Value, key string) (string, bool) {
	a := v.Attribute("nflint")
	s, ok, err := a.Lookup(0, key)
	return s, ok && err == nil
}
