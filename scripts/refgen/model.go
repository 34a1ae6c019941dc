package main

// The model is what the generator writes: the reference's tree with every source merged in.
// merge.go builds it, emit.go prints it as CUE.

// A Prop is one field of an object definition.
type Prop struct {
	Name       string
	Path       string // from the body: "ports[].internalPort", items as [], alternatives transparent
	Required   bool
	When       *Cond   // required when a sibling has one of some values
	Deprecated *string // deprecated, with the note ("" when the reference gives none)
	Ref        bool    // accepts a template reference (issue 13): recorded, not part of the type
	Doc        string
	Val        *Val
}

// A Cond is "Required when trigger is one of values".
type Cond struct {
	Trigger string
	Values  []string
}

// A Val is what a field, an item or an alternative accepts.
type Val struct {
	Kind string // string, integer, number, boolean, object, array, union, any, empty
	// scalars
	Enum      []string
	Pattern   *string
	NotMatch  *string // a pattern the value must not match: the reference's ^((?!x).)*$
	MinLength *int
	MaxLength *int
	Min, Max  *string // numbers as written
	Format    string
	// objects
	Props []*Prop
	Open  bool   // printed without fields: any members
	Hint  string // the name the definition is given, before numbering: "Billing"
	// arrays
	Elem     *Val
	MinItems int
	// unions
	Alts  []*Val
	Count string // objects: "1" (oneOf) or ">=1" (anyOf); "" for a disjunction of scalars
	// any
	Comment string // why the value is left open
}
