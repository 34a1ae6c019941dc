package schema

import "cuelang.org/go/cue"

// The exported helpers below are the old way in; they go once every reader uses Def.

// Conjuncts splits a value written as a & b & c into its parts, recursively.
func Conjuncts(v cue.Value) []cue.Value { return conjuncts(v) }

// KindOf is the set of JSON kinds a definition accepts.
func KindOf(v cue.Value) cue.Kind { return kindOf(v) }

// Elem is the definition of a list's items, and whether the list declares one.
func Elem(v cue.Value) (cue.Value, bool) { return elemOf(v) }

// Attr returns the value of key in a field's @nflint(...) attribute.
func Attr(v cue.Value, key string) (string, bool) { return attr(v, key) }

// A RawField is one field a definition declares.
type RawField = rawField

// Fields lists the data fields v declares.
func Fields(v cue.Value) []RawField { return fieldsOf(v) }
