package schema

import (
	"strings"
	"sync"

	"cuelang.org/go/cue"
)

// A Def is what one definition says about the values it accepts, read from the compiled CUE:
// its JSON types, fields, alternatives, item type, scalar constraints and documentation. The
// checker, the JSON Schema export, explain, the rules and the coverage test all read
// definitions as Defs, so they agree on what a definition means.
//
// Each part is read when first asked for and kept: decomposing CUE expressions costs far more
// than walking the data, and the same few hundred definitions come back for every document.
// A Def may be used from several goroutines.
type Def struct {
	// Value is the compiled definition, for the checker's unification with data.
	Value cue.Value

	s      *Schema
	types  lazy[Types]
	fields lazy[fieldSet]
	alts   lazy[*Alternatives]
	elem   lazy[*Def]
	extra  lazy[*Def]
	closed lazy[bool]
	cons   lazy[[]Constraint]
	konst  lazy[*Const]
	ref    lazy[*Ref]
	doc    lazy[string]
	conds  lazy[[]Condition]
}

// lazy holds one part of a Def, computed once.
type lazy[T any] struct {
	once sync.Once
	v    T
}

func (l *lazy[T]) get(read func() T) T {
	l.once.Do(func() { l.v = read() })
	return l.v
}

// A reader caches the Defs of one compiled schema. Values of cuelang.org/go v0.17 are
// immutable, so a cue.Value is a sound key: a value reached another way may miss the cache,
// never hit a wrong entry. Values reached through a Def (its fields, items, branches) are
// the ones kept, so walking the Defs hits the cache.
type reader struct {
	mu    sync.Mutex
	defs  map[cue.Value]*Def
	kinds map[*Kind]*Def // each kind's definition, so that asking again costs no lookup
}

// Read returns the Def of a value of this schema.
func (s *Schema) Read(v cue.Value) *Def {
	s.reader.mu.Lock()
	defer s.reader.mu.Unlock()
	if s.reader.defs == nil {
		s.reader.defs = map[cue.Value]*Def{}
	}
	d := s.reader.defs[v]
	if d == nil {
		d = &Def{Value: v, s: s}
		s.reader.defs[v] = d
	}
	return d
}

// Def returns the definition of a kind's documents.
func (s *Schema) Def(k *Kind) *Def {
	s.reader.mu.Lock()
	d := s.reader.kinds[k]
	s.reader.mu.Unlock()
	if d != nil {
		return d
	}
	d = s.Read(s.Definition(k))
	s.reader.mu.Lock()
	defer s.reader.mu.Unlock()
	if s.reader.kinds == nil {
		s.reader.kinds = map[*Kind]*Def{}
	}
	s.reader.kinds[k] = d
	return d
}

// Err is the definition's own error, if it does not compile.
func (d *Def) Err() error { return d.Value.Err() }

// Types is the set of JSON types the definition accepts.
func (d *Def) Types() Types { return d.types.get(func() Types { return typesOf(kindOf(d.Value)) }) }

// Any reports whether the definition says nothing about the data: it accepts every type and
// has no alternatives (CUE gives a oneOf of objects no kind of its own).
func (d *Def) Any() bool { return d.Types() == TypeAny && d.Alternatives() == nil }

// Elem is the definition of a list's items; nil when the definition declares none.
func (d *Def) Elem() *Def {
	return d.elem.get(func() *Def {
		if e, ok := elemOf(d.Value); ok {
			return d.s.Read(e)
		}
		return nil
	})
}

// Allows reports whether an object of this definition may hold a key it does not declare
// (an open object, or one whose pattern constraint matches the key).
func (d *Def) Allows(key string) bool {
	d.s.asked(key)
	return d.Value.Allows(cue.Str(key))
}

// Closed reports whether an object definition rejects every key it does not declare.
func (d *Def) Closed() bool {
	return d.closed.get(func() bool { return !d.Allows("\x00 nflint: any other key") })
}

// Extra is the definition of the keys an object allows beyond the declared ones
// ({[string]: T}); nil when it does not constrain them.
func (d *Def) Extra() *Def {
	return d.extra.get(func() *Def {
		x := d.Value.LookupPath(cue.MakePath(cue.AnyString))
		if !x.Exists() || x.IncompleteKind() == cue.TopKind {
			return nil
		}
		return d.s.Read(x)
	})
}

// A Ref is the named definition a value refers to, such as #Port.
type Ref struct {
	Path string // the definition's CUE path: "#Port", "#Outer.#Inner"
	Def  *Def   // the definition itself, with its own documentation
}

// Name is the path without the # marks, "Port", "Outer.Inner": a name for other formats.
func (r *Ref) Name() string { return strings.ReplaceAll(r.Path, "#", "") }

// Ref is the named definition the value is a reference to; nil for values written inline.
func (d *Def) Ref() *Ref {
	return d.ref.get(func() *Ref {
		root, p := d.Value.ReferencePath()
		sels := p.Selectors()
		if len(sels) == 0 || sels[0].LabelType() != cue.DefinitionLabel {
			return nil
		}
		return &Ref{Path: p.String(), Def: d.s.Read(root.LookupPath(p))}
	})
}

// Doc is the definition's documentation comment, one paragraph per comment: for a field,
// the description from the API page.
func (d *Def) Doc() string { return d.doc.get(func() string { return docOf(d.Value) }) }

func docOf(v cue.Value) string {
	var parts []string
	for _, g := range v.Doc() {
		t := strings.TrimSpace(g.Text())
		if t != "" && !strings.HasPrefix(t, "Code generated") {
			parts = append(parts, strings.Join(strings.Fields(t), " "))
		}
	}
	return strings.Join(parts, "\n")
}

// Accepts reports whether a Go value, as encoding/json would decode it, satisfies the
// definition.
func (d *Def) Accepts(x any) bool { return accepts(d.s.ctx, d.Value, x) }

func accepts(ctx *cue.Context, v cue.Value, x any) bool {
	return v.Unify(ctx.Encode(x)).Validate(cue.Concrete(true)) == nil
}

// RequiredWith returns the fields the definition requires once data is filled in: a field
// marked requiredWhen is required or not depending on its trigger's value in data.
func (d *Def) RequiredWith(data cue.Value) map[string]bool {
	out := map[string]bool{}
	for _, f := range fieldsOf(d.Value.Unify(data)) {
		out[f.Name] = f.Required
	}
	return out
}
