package schema

import "cuelang.org/go/cue"

// The functions here read the compiled definitions the same way everywhere: the linter, the
// JSON Schema export and explain all ask "which kinds does this accept", "what are its
// conjuncts", "what are its items", and must agree on the answers.

// Conjuncts splits a value written as a & b & c into its parts, recursively.
func Conjuncts(v cue.Value) []cue.Value {
	op, args := v.Expr()
	if op == cue.AndOp {
		var out []cue.Value
		for _, a := range args {
			out = append(out, Conjuncts(a)...)
		}
		return out
	}
	return []cue.Value{v}
}

// KindOf is the set of JSON kinds a definition accepts. CUE gives no kind for some
// conjunctions with builtins (list.MinItems(1) & [...#Metric]); their conjuncts still have one.
func KindOf(v cue.Value) cue.Kind {
	if k := v.IncompleteKind(); k != cue.BottomKind {
		return k
	}
	k := cue.TopKind
	for _, c := range Conjuncts(v) {
		if ck := c.IncompleteKind(); ck != cue.BottomKind {
			k &= ck
		}
	}
	if k == cue.TopKind {
		return cue.BottomKind
	}
	return k
}

// Elem is the definition of a list's items, and whether the list declares one.
func Elem(v cue.Value) (cue.Value, bool) {
	e := v.LookupPath(cue.MakePath(cue.AnyIndex))
	if e.Exists() {
		return e, true
	}
	// list.MinItems(1) & [...#Metric]: the item type is on one conjunct
	for _, k := range Conjuncts(v) {
		if e := k.LookupPath(cue.MakePath(cue.AnyIndex)); e.Exists() {
			return e, true
		}
	}
	return e, false
}

// Attr returns the value of key in a field's @nflint(...) attribute, the marks the generator
// puts on fields: requiredWhen="trigger" for conditional requirements, deprecated="why".
func Attr(v cue.Value, key string) (string, bool) {
	a := v.Attribute("nflint")
	s, ok, err := a.Lookup(0, key)
	return s, ok && err == nil
}

// A Field is one field a definition declares.
type Field struct {
	Name     string
	Value    cue.Value
	Required bool // required whatever the other fields say (f!:)
}

// Fields lists the data fields v declares (required, optional or regular), in definition
// order; nested definitions and hidden fields are not data.
func Fields(v cue.Value) []Field {
	it, err := v.Fields(cue.Optional(true))
	if err != nil {
		return nil
	}
	var out []Field
	for it.Next() {
		sel := it.Selector()
		if sel.LabelType() == cue.DefinitionLabel || sel.LabelType() == cue.HiddenLabel {
			continue
		}
		out = append(out, Field{Name: sel.Unquoted(), Value: it.Value(),
			Required: sel.ConstraintType() == cue.RequiredConstraint})
	}
	return out
}
