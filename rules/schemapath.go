package rules

import (
	"cuelang.org/go/cue"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/lint"
)

// A schemaNode is a value of a body together with what the schema says of it: the candidate
// definitions at its place, more than one where the place lies inside a oneOf/anyOf.
type schemaNode struct {
	node *source.Node
	path diag.Path // from the document root
	at   *schemaPlace
}

// A schemaPlace finds the definitions at one place of a body when first asked: most rules
// look only at objects holding a certain key, and following the schema costs far more than
// walking the data. The Pass reads definitions through the linter's cache.
type schemaPlace struct {
	p      *lint.Pass
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
			s.defs = elemDefs(s.p, s.parent.get())
		} else {
			s.defs = fieldDefs(s.p, s.parent.get(), s.key)
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
	var walk func(n *source.Node, path diag.Path, at *schemaPlace)
	walk = func(n *source.Node, path diag.Path, at *schemaPlace) {
		if n == nil {
			return
		}
		fn(schemaNode{node: n, path: path, at: at})
		for _, m := range n.Members {
			walk(m.Value, path.Key(m.Key), &schemaPlace{p: p, parent: at, key: m.Key})
		}
		for i, it := range n.Items {
			walk(it, path.Index(i), &schemaPlace{p: p, parent: at, index: true})
		}
	}
	walk(p.Root, p.Path, &schemaPlace{p: p, done: true, defs: []cue.Value{p.Def}})
}

// declares reports whether any candidate definition declares every one of the fields.
func (s schemaNode) declares(names ...string) bool {
	for _, d := range s.defs() {
		all := true
		for _, name := range names {
			if _, ok := field(s.at.p, d, name); !ok {
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
func fieldDefs(p *lint.Pass, defs []cue.Value, key string) []cue.Value {
	var out []cue.Value
	for _, d := range defs {
		if v, ok := ownField(p, d, key); ok {
			out = append(out, v)
			continue
		}
		for _, alt := range branches(p, d)[1:] {
			if v, ok := ownField(p, alt, key); ok {
				out = append(out, v)
			}
		}
	}
	return out
}

// elemDefs follows a list index from the candidate definitions.
func elemDefs(p *lint.Pass, defs []cue.Value) []cue.Value {
	var out []cue.Value
	for _, d := range defs {
		if v, ok := p.Elem(d); ok && saysSomething(p, v) {
			out = append(out, v)
		}
	}
	return out
}

// field returns the declaration of a field in a definition or in one of its alternatives.
func field(p *lint.Pass, d cue.Value, name string) (cue.Value, bool) {
	if v, ok := ownField(p, d, name); ok {
		return v, true
	}
	for _, alt := range branches(p, d)[1:] {
		if v, ok := ownField(p, alt, name); ok {
			return v, true
		}
	}
	return cue.Value{}, false
}

// ownField returns the declaration of a field in a definition, whether the field is optional,
// required or regular. An open struct's "..." declares no field.
func ownField(p *lint.Pass, d cue.Value, name string) (cue.Value, bool) {
	if v, ok := p.Field(d, name); ok && saysSomething(p, v) {
		return v, true
	}
	return cue.Value{}, false
}

// saysSomething reports whether a schema value constrains data: it exists and is not top,
// or is top only because it is a oneOf/anyOf whose kind CUE cannot tell.
func saysSomething(p *lint.Pass, v cue.Value) bool {
	return v.Exists() && (v.IncompleteKind() != cue.TopKind || len(p.Alternatives(v)) > 0)
}

// branches returns d followed by its oneOf/anyOf alternatives, recursively.
func branches(p *lint.Pass, d cue.Value) []cue.Value {
	out := []cue.Value{d}
	for _, alt := range p.Alternatives(d) {
		out = append(out, branches(p, alt)...)
	}
	return out
}
