package schema

import "cuelang.org/go/cue"

// Types is a set of JSON types, the kinds of value a definition accepts. The zero value is the
// empty set: CUE gives no kind at all (an error), and nothing can be said about the data.
type Types uint8

// The JSON types. JSON has one number type; the API pages, like JSON Schema, tell integers
// from other numbers, so a number is an Integer, a Float or both (3.0 is both).
const (
	TypeObject Types = 1 << iota
	TypeArray
	TypeString
	TypeInteger
	TypeFloat
	TypeBoolean
	TypeNull

	TypeNumber = TypeInteger | TypeFloat
	// TypeAny is every JSON type: a definition that says nothing of the kind, such as _.
	TypeAny = TypeObject | TypeArray | TypeString | TypeNumber | TypeBoolean | TypeNull
)

// typesOf converts a CUE kind. Bytes have no JSON form and are dropped.
func typesOf(k cue.Kind) Types {
	var t Types
	for _, e := range cueKinds {
		if k&e.k != 0 {
			t |= e.t
		}
	}
	return t
}

var cueKinds = []struct {
	k cue.Kind
	t Types
}{
	{cue.StructKind, TypeObject}, {cue.ListKind, TypeArray}, {cue.StringKind, TypeString},
	{cue.IntKind, TypeInteger}, {cue.FloatKind, TypeFloat}, {cue.BoolKind, TypeBoolean}, {cue.NullKind, TypeNull},
}

// Names lists the types as the API pages and JSON Schema name them: "object", "array",
// "string", "number" (or "integer" when only integers are allowed), "boolean", "null". Every
// type, and no type, are both an empty list: neither names a type to expect.
func (t Types) Names() []string {
	if t == TypeAny || t == 0 {
		return nil
	}
	var out []string
	for _, e := range []struct {
		t    Types
		name string
	}{{TypeObject, "object"}, {TypeArray, "array"}, {TypeString, "string"}} {
		if t&e.t != 0 {
			out = append(out, e.name)
		}
	}
	switch {
	case t&TypeFloat != 0:
		out = append(out, "number")
	case t&TypeInteger != 0:
		out = append(out, "integer")
	}
	if t&TypeBoolean != 0 {
		out = append(out, "boolean")
	}
	if t&TypeNull != 0 {
		out = append(out, "null")
	}
	return out
}
