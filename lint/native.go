package lint

import (
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// The native engine. CUE is where every constraint is written and the reference for what it
// means; but asking CUE whether a document satisfies its definition builds a CUE value of the
// document and unifies it, which was most of a run's time (issue 16: about 870 µs of a valid
// document's 1.05 ms). The native engine compiles each definition, the first time a document
// needs it, into a prog of checks on decoded nodes — types, allowed values, bounds, lengths,
// patterns, formats, required and conditional fields, closed objects, alternatives — read
// through package schema's one reader of definitions, and answers the checker's three
// questions without CUE: does this value satisfy this definition, does it break this one
// constraint, which conditional fields does this object require. What it cannot answer
// exactly (a whole placeholder where an object is expected, a value cut at MaxDepth, a
// conjunct the reader does not classify) it answers "ask", and the checker asks CUE: the
// findings are the same with either engine, which the differential tests hold it to.

// A tri is a native answer.
type tri int8

const (
	no  tri = iota // the value fails, and CUE would say so
	yes            // the value passes, and CUE would say so
	ask            // only CUE can tell
)

// and combines the answers about two parts of one value: CUE excuses a failure only where it
// is, so one definite failure fails the whole, whatever the other parts need CUE for.
func (a tri) and(b tri) tri {
	switch {
	case a == no || b == no:
		return no
	case a == ask || b == ask:
		return ask
	}
	return yes
}

func triOf(ok bool) tri {
	if ok {
		return yes
	}
	return no
}

// Engine names the way a linter checks documents against the schema.
type Engine string

// The engines.
const (
	EngineNative Engine = "native" // checks compiled from the definitions; CUE where they cannot tell
	EngineCUE    Engine = "cue"    // CUE unification for every check: the reference
)

// Engines lists the engines, for flags and help.
var Engines = []Engine{EngineNative, EngineCUE}

// natives holds the progs compiled from one schema's definitions.
type natives struct {
	progs map[*schema.Def]*prog
}

// A prog is one definition compiled for checking nodes.
type prog struct {
	def   *schema.Def
	types schema.Types
	ask   bool    // the definition has a part native checks do not cover
	cons  []check // one per def.Constraints(), in their order
	// objects
	required []string
	conds    []cond
	alts     *schema.Alternatives
	open     bool            // every undeclared key is allowed (...)
	allowed  map[string]bool // undeclared keys of a closed definition, as CUE answered
	extra    *schema.Def     // the definition of undeclared keys, when it constrains them
	// lists
	elem    *schema.Def
	noItems bool // a list type without an item definition: a fixed list only CUE reads
}

// A cond is a field required when its trigger has one of some values.
type cond struct {
	field, trigger string
	values         []enumValue
}

// of returns def's prog, compiling it on first use.
func (e *natives) of(d *schema.Def) *prog {
	if p := e.progs[d]; p != nil {
		return p
	}
	if e.progs == nil {
		e.progs = map[*schema.Def]*prog{}
	}
	p := compile(d)
	e.progs[d] = p
	return p
}

func compile(d *schema.Def) *prog {
	p := &prog{def: d, types: d.Types(), alts: d.Alternatives()}
	// A definition CUE cannot evaluate has no type. One that has a type but an error is
	// still read: list.MinItems(1) & [...#Metric] is an error to CUE (its empty list breaks
	// the minimum) and is checked here as what it means.
	if p.types == 0 {
		p.ask = true
		return p
	}
	for _, k := range d.Constraints() {
		c := compileCheck(k)
		p.ask = p.ask || c.ask && k.Class != schema.ClassOneOf && k.Class != schema.ClassPattern && k.Class != schema.ClassFormat
		p.cons = append(p.cons, c)
	}
	if p.types&schema.TypeObject != 0 {
		p.compileObject(d)
	}
	if p.types&schema.TypeArray != 0 {
		p.elem = d.Elem()
		p.noItems = p.elem == nil
	}
	return p
}

func (p *prog) compileObject(d *schema.Def) {
	for _, f := range d.Fields() {
		if f.Required {
			p.required = append(p.required, f.Name)
		}
	}
	byField := map[string]schema.Condition{}
	for _, c := range d.Conditions() {
		byField[c.Field] = c
	}
	for _, f := range d.Fields() {
		if f.Required || f.RequiredWhen == "" {
			continue
		}
		c, ok := byField[f.Name]
		if !ok || len(c.Values) == 0 {
			p.ask = true // a condition whose values the reader cannot list
			continue
		}
		nc := cond{field: c.Field, trigger: c.Trigger}
		for _, v := range c.Values {
			ev, ok := enumValueOf(v)
			if !ok {
				p.ask = true
			}
			nc.values = append(nc.values, ev)
		}
		p.conds = append(p.conds, nc)
	}
	p.open = !d.Closed()
	p.extra = d.Extra()
}

// allows reports whether an object of this definition may hold an undeclared key.
func (p *prog) allows(key string) bool {
	if p.open {
		return true
	}
	ok, seen := p.allowed[key]
	if !seen {
		if p.allowed == nil {
			p.allowed = map[string]bool{}
		}
		ok = p.def.Allows(key)
		p.allowed[key] = ok
	}
	return ok
}

// valid answers whether n satisfies d, as the CUE engine's failure would: in templates
// (lenient) a failure at a placeholder does not count.
func (e *natives) valid(d *schema.Def, n *source.Node, lenient bool) tri {
	if n == nil || n.Truncated {
		return ask // a cut value stands for any value: CUE's excuses decide
	}
	if lenient && n.Kind == source.String && source.HasPlaceholder(n.Text) {
		if !source.IsWholePlaceholder(n.Text) {
			return yes // "some string": every failure of a string is at the placeholder, and excused
		}
		if e.of(d).types&(schema.TypeObject|schema.TypeArray) == 0 {
			return yes // any value: a scalar definition fails, if at all, at the placeholder
		}
		return ask // any value against an object: its required fields are reported below it
	}
	p := e.of(d)
	if p.ask {
		return ask
	}
	t, ok := cueType(n)
	if !ok {
		return ask
	}
	if p.types&t == 0 {
		return no
	}
	r := yes
	for i := range p.cons {
		if r = r.and(p.cons[i].holds(e, n, lenient)); r == no {
			return no
		}
	}
	switch n.Kind {
	case source.Object:
		r = r.and(e.object(p, n, lenient))
	case source.Array:
		r = r.and(e.items(p, n, lenient))
	}
	return r
}

func (e *natives) object(p *prog, n *source.Node, lenient bool) tri {
	r := yes
	for _, m := range n.Members {
		switch f, ok := p.def.Field(m.Key); {
		case ok:
			r = r.and(e.valid(f.Def(), m.Value, lenient))
		case !p.allows(m.Key):
			return no
		case p.extra != nil:
			r = r.and(e.valid(p.extra, m.Value, lenient))
		}
		if r == no {
			return no
		}
	}
	for _, name := range p.required {
		if n.Member(name) == nil {
			return no
		}
	}
	for _, c := range p.conds {
		if n.Member(c.field) != nil {
			continue
		}
		switch c.requires(n, lenient) {
		case yes:
			return no // required, and missing
		case ask:
			r = ask
		}
	}
	if p.alts != nil {
		r = r.and(e.count(p.alts, n, lenient))
	}
	return r
}

// requires answers whether the object's trigger value requires the condition's field.
func (c cond) requires(n *source.Node, lenient bool) tri {
	tm := n.Member(c.trigger)
	if tm == nil {
		return no
	}
	v := tm.Value
	if v.Truncated || lenient && v.Kind == source.String && source.HasPlaceholder(v.Text) {
		return ask // CUE cannot compare a value it does not have
	}
	for _, want := range c.values {
		switch want.matches(v) {
		case yes:
			return yes
		case ask:
			return ask
		}
	}
	return no
}

// count answers whether the number of branches n satisfies meets the alternatives' count.
func (e *natives) count(a *schema.Alternatives, n *source.Node, lenient bool) tri {
	valid, maybe := 0, 0
	for _, b := range a.Branches {
		switch e.valid(b.Def, n, lenient) {
		case yes:
			valid++
		case ask:
			maybe++
		}
	}
	if maybe == 0 {
		return triOf(a.Count.Met(valid))
	}
	return ask
}

func (e *natives) items(p *prog, n *source.Node, lenient bool) tri {
	if p.noItems {
		if len(n.Items) == 0 {
			return yes
		}
		return ask
	}
	r := yes
	for _, it := range n.Items {
		if r = r.and(e.valid(p.elem, it, lenient)); r == no {
			return no
		}
	}
	return r
}

// requiredWith answers which conditional fields of d the object n requires, as
// schema.Def.RequiredWith reads them from CUE; ok is false when only CUE can tell.
func (e *natives) requiredWith(d *schema.Def, n *source.Node, lenient bool) (map[string]bool, bool) {
	p := e.of(d)
	if p.ask {
		return nil, false
	}
	out := map[string]bool{}
	for _, name := range p.required {
		out[name] = true
	}
	for _, c := range p.conds {
		switch c.requires(n, lenient) {
		case yes:
			out[c.field] = true
		case ask:
			return nil, false
		}
	}
	return out, true
}

// holds answers whether n meets constraint i of d alone, as the CUE engine's scalar and list
// checks unify it with the constraint; partial is set for a string with a placeholder inside,
// which stands for some string.
func (e *natives) holds(d *schema.Def, i int, n *source.Node, partial, lenient bool) tri {
	p := e.of(d)
	if i >= len(p.cons) || n.Truncated {
		return ask
	}
	if partial {
		return p.cons[i].holdsPartial()
	}
	return p.cons[i].holds(e, n, lenient)
}
