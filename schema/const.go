package schema

import (
	"fmt"
	"strconv"

	"cuelang.org/go/cue"
)

// A Const is one constant value a definition names: an allowed value, a default, a value
// that triggers a conditional requirement.
type Const struct {
	Text string // as the API pages write it: strings bare, numbers as written
	JSON string // the JSON encoding: "\"HTTP\"", 8080, true, null
	Type Types  // its JSON type
	// Excluded is set for allowed values the definition's other constraints rule out: the
	// build storage sizes the page lists above its own maximum.
	Excluded bool

	v cue.Value
}

// Quoted is the value as messages quote it: strings in Go quotes, other values as written.
func (c Const) Quoted() string {
	if c.Type == TypeString {
		return strconv.Quote(c.Text)
	}
	return c.Text
}

// Go is the value as encoding/json would decode it, with integers as int.
func (c Const) Go() any {
	var x any
	if err := c.v.Decode(&x); err != nil {
		return nil
	}
	return x
}

func constOf(v cue.Value) Const {
	c := Const{v: v, Type: typesOf(v.Kind())}
	if s, err := v.String(); err == nil {
		c.Text = s
	} else {
		c.Text = fmt.Sprint(v)
	}
	if b, err := v.MarshalJSON(); err == nil {
		c.JSON = string(b)
	} else {
		c.JSON = "null"
	}
	return c
}

// isScalarConst reports whether v is written as one constant string, number, boolean or null.
func isScalarConst(v cue.Value) bool {
	if op, _ := v.Expr(); op != cue.NoOp || !v.IsConcrete() {
		return false
	}
	k := v.Kind()
	return k != cue.StructKind && k != cue.ListKind
}

// enum reads allowed values, dropping repeats (a default, *"a" | "b", lists its value twice)
// and marking those the rest of the definition rules out.
func (d *Def) enum(vs []cue.Value) []Const {
	seen := map[string]bool{}
	var out []Const
	for _, v := range vs {
		c := constOf(v)
		if seen[c.JSON] {
			continue
		}
		seen[c.JSON] = true
		c.Excluded = v.Unify(d.Value).Validate(cue.Concrete(true)) != nil
		out = append(out, c)
	}
	return out
}

// Const is the value, when the definition is one constant string, number, boolean or null.
func (d *Def) Const() (Const, bool) {
	c := d.konst.get(func() *Const {
		k := d.Value.Kind()
		if !d.Value.IsConcrete() || k == cue.StructKind || k == cue.ListKind {
			return nil
		}
		c := constOf(d.Value)
		return &c
	})
	if c == nil {
		return Const{}, false
	}
	return *c, true
}

// Default is the definition's default value (*"a" | "b"), if it has one.
func (d *Def) Default() (Const, bool) {
	v, ok := d.Value.Default()
	if !ok || !v.IsConcrete() {
		return Const{}, false
	}
	if op, _ := d.Value.Expr(); op != cue.OrOp {
		return Const{}, false
	}
	return constOf(v), true
}
