package schema

import "cuelang.org/go/cue"

// The functions here take compiled CUE apart; everything outside this package reads
// definitions through Def instead, so that there is one reading of them.

// conjuncts splits a value written as a & b & c into its parts, recursively.
func conjuncts(v cue.Value) []cue.Value {
	op, args := v.Expr()
	if op == cue.AndOp {
		var out []cue.Value
		for _, a := range args {
			out = append(out, conjuncts(a)...)
		}
		return out
	}
	return []cue.Value{v}
}

// kindOf is the set of kinds a definition accepts. CUE gives no kind for some conjunctions
// with builtins (list.MinItems(1) & [...#Metric]); their conjuncts still have one.
func kindOf(v cue.Value) cue.Kind {
	if k := v.IncompleteKind(); k != cue.BottomKind {
		return k
	}
	k := cue.TopKind
	for _, c := range conjuncts(v) {
		if ck := c.IncompleteKind(); ck != cue.BottomKind {
			k &= ck
		}
	}
	if k == cue.TopKind {
		return cue.BottomKind
	}
	return k
}

// elemOf is the definition of a list's items, and whether the list declares one.
func elemOf(v cue.Value) (cue.Value, bool) {
	e := v.LookupPath(cue.MakePath(cue.AnyIndex))
	if e.Exists() {
		return e, true
	}
	// list.MinItems(1) & [...#Metric]: the item type is on one conjunct
	for _, k := range conjuncts(v) {
		if e := k.LookupPath(cue.MakePath(cue.AnyIndex)); e.Exists() {
			return e, true
		}
	}
	return e, false
}

// attr returns the value of key in a field's @nflint(...) attribute, the marks the generator
// puts on fields: requiredWhen="trigger" for conditional requirements, deprecated="why".
func attr(v cue.Value, key string) (string, bool) {
	a := v.Attribute("nflint")
	s, ok, err := a.Lookup(0, key)
	return s, ok && err == nil
}

// attrFlag reports whether a field's @nflint(...) attribute holds key as a flag: ref.
func attrFlag(v cue.Value, key string) bool {
	a := v.Attribute("nflint")
	for i := 0; i < a.NumArgs(); i++ {
		if k, val := a.Arg(i); k == key && val == "" {
			return true
		}
	}
	return false
}

// A rawField is one field as CUE declares it.
type rawField struct {
	Name     string
	Value    cue.Value
	Required bool // required whatever the other fields say (f!:)
}

// fieldsOf lists the data fields v declares (required, optional or regular), in definition
// order; nested definitions and hidden fields are not data.
func fieldsOf(v cue.Value) []rawField {
	it, err := v.Fields(cue.Optional(true))
	if err != nil {
		return nil
	}
	var out []rawField
	for it.Next() {
		sel := it.Selector()
		if sel.LabelType() == cue.DefinitionLabel || sel.LabelType() == cue.HiddenLabel {
			continue
		}
		out = append(out, rawField{Name: sel.Unquoted(), Value: it.Value(),
			Required: sel.ConstraintType() == cue.RequiredConstraint})
	}
	return out
}
