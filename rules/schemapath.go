package rules

import (
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"

	"github.com/nflint/nflint/lint"
)

// A schemaNode is a value of a body together with what the schema says of it: the candidate
// definitions at its place, more than one where the place lies inside a oneOf/anyOf.
type schemaNode struct {
	node *source.Node
	at   *schemaPlace
}

// path is the node's path from the document root, built when asked: rules need it only to
// report, and building every node's path was most of the walk's cost.
func (s schemaNode) path() diag.Path { return s.at.path() }

// A schemaPlace finds the definitions at one place of a body when first asked: most rules
// look only at objects holding a certain key, and following the schema costs more than
// walking the data.
type schemaPlace struct {
	parent *schemaPlace
	key    string
	index  bool
	i      int       // the item's index, when index is set
	base   diag.Path // at the body itself: where the body sits in the document
	done   bool
	defs   []*schema.Def // empty where the schema says nothing (free-form maps, unknown fields)
}

func (s *schemaPlace) get() []*schema.Def {
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

// path spells the place's path from the document root.
func (s *schemaPlace) path() diag.Path {
	depth := 0
	for at := s; at.parent != nil; at = at.parent {
		depth++
	}
	top := s
	for top.parent != nil {
		top = top.parent
	}
	p := make(diag.Path, len(top.base)+depth)
	copy(p, top.base)
	for at, k := s, len(p)-1; at.parent != nil; at, k = at.parent, k-1 {
		if at.index {
			p[k] = diag.PathElem{Index: at.i, IsIndex: true}
		} else {
			p[k] = diag.PathElem{Key: at.key}
		}
	}
	return p
}

// defs returns the candidate definitions at the node's place.
func (s schemaNode) defs() []*schema.Def { return s.at.get() }

// walkSchema calls fn for every node of the pass's body, parents first, with the schema
// definitions at its place. The nodes, their paths and places are built once per body and
// shared by the rules that walk it.
func walkSchema(p *lint.Pass, fn func(schemaNode)) {
	if p.Def == nil {
		return
	}
	for _, s := range p.Shared(schemaWalk{}, func() any { return schemaNodes(p) }).([]schemaNode) {
		fn(s)
	}
}

// schemaWalk is the key of a body's schema nodes among what its rules share.
type schemaWalk struct{}

// schemaNodes lists the body's nodes, parents first, with their places. The nodes are counted
// first, so that the list and the places are two allocations, not one place per node.
func schemaNodes(p *lint.Pass) []schemaNode {
	count := countNodes(p.Root)
	out := make([]schemaNode, 0, count)
	places := make([]schemaPlace, count)
	var walk func(n *source.Node, place schemaPlace)
	walk = func(n *source.Node, place schemaPlace) {
		if n == nil {
			return
		}
		at := &places[len(out)]
		*at = place
		out = append(out, schemaNode{node: n, at: at})
		for _, m := range n.Members {
			walk(m.Value, schemaPlace{parent: at, key: m.Key})
		}
		for i, it := range n.Items {
			walk(it, schemaPlace{parent: at, index: true, i: i})
		}
	}
	walk(p.Root, schemaPlace{done: true, defs: []*schema.Def{p.Def}, base: p.Path})
	return out
}

// countNodes counts n and the nodes below it.
func countNodes(n *source.Node) int {
	if n == nil {
		return 0
	}
	c := 1
	for _, m := range n.Members {
		c += countNodes(m.Value)
	}
	for _, it := range n.Items {
		c += countNodes(it)
	}
	return c
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
func fieldDefs(defs []*schema.Def, key string) []*schema.Def {
	var out []*schema.Def
	for _, d := range defs {
		if f, ok := ownField(d, key); ok {
			out = append(out, f.Def())
			continue
		}
		for _, alt := range branches(d)[1:] {
			if f, ok := ownField(alt, key); ok {
				out = append(out, f.Def())
			}
		}
	}
	return out
}

// elemDefs follows a list index from the candidate definitions.
func elemDefs(defs []*schema.Def) []*schema.Def {
	var out []*schema.Def
	for _, d := range defs {
		if e := d.Elem(); e != nil && !e.Any() {
			out = append(out, e)
		}
	}
	return out
}

// field returns the declaration of a field in a definition or in one of its alternatives.
func field(d *schema.Def, name string) (*schema.Field, bool) {
	for _, alt := range branches(d) {
		if f, ok := ownField(alt, name); ok {
			return f, true
		}
	}
	return nil, false
}

// ownField returns the declaration of a field in a definition, whether the field is optional,
// required or regular, when it constrains its values. An open struct's "..." declares no field.
func ownField(d *schema.Def, name string) (*schema.Field, bool) {
	if f, ok := d.Field(name); ok && !f.Def().Any() {
		return f, true
	}
	return nil, false
}

// branches returns d followed by its oneOf/anyOf alternatives, recursively.
func branches(d *schema.Def) []*schema.Def {
	out := []*schema.Def{d}
	if a := d.Alternatives(); a != nil {
		for _, b := range a.Branches {
			out = append(out, branches(b.Def)...)
		}
	}
	return out
}
