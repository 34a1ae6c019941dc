package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"strconv"
	"strings"

	"github.com/nflint/nflint/schema"
)

var genCases = flag.Bool("update-generated", false,
	"write testdata/schema/<kind>/generated-*.txtar from the schema (then run -update-cases and review every want line)")

// The generated cases hold, per kind, valid documents that set every field the definition
// declares (one per branch of its alternatives) and broken documents that each break many
// constraints at once, one mutation per constraint. Mutations inside lists get a list item of
// their own, so that one document can hold dozens of them without one finding hiding another.
// Everything the generator knows of the definitions it reads through schema.Def.

// obj is a JSON object that keeps its keys in the order the definition declares them.
type obj struct {
	keys []string
	vals map[string]any
}

func newObj() *obj { return &obj{vals: map[string]any{}} }

func (o *obj) set(k string, v any) {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
}

func (o *obj) del(k string) {
	delete(o.vals, k)
	for i, x := range o.keys {
		if x == k {
			o.keys = append(o.keys[:i:i], o.keys[i+1:]...)
			return
		}
	}
}

func (o *obj) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		vb, err := json.Marshal(o.vals[k])
		if err != nil {
			return nil, err
		}
		b.Write(kb)
		b.WriteByte(':')
		b.Write(vb)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// A generator builds documents for one kind. choice picks the branch of an alternative.
type generator struct {
	full   bool // every declared field, or only the required (and conditional) ones
	choice func(abs string, n int) int
}

func (g *generator) value(d *schema.Def, abs string) any {
	if d == nil {
		return "value"
	}
	if a := d.Alternatives(); a != nil {
		return g.value(a.Branches[g.choice(abs, len(a.Branches))].Def, abs)
	}
	if isStruct(d) {
		o := newObj()
		fs := d.Fields()
		for _, f := range fs {
			if g.full || f.Required || f.RequiredWhen != "" {
				o.set(f.Name, g.value(f.Def(), joinKey(abs, f.Name)))
			}
		}
		if len(fs) == 0 && d.Allows("EXAMPLE_KEY") {
			o.set("EXAMPLE_KEY", "example-value")
		}
		return o
	}
	if e := d.Elem(); e != nil {
		return []any{g.value(e, abs+"[*]")}
	}
	if d.Any() && (abs == "spec" || strings.HasSuffix(abs, ".spec")) {
		return templateNode() // a template's nodes are open in its definition and walked by the linter
	}
	return validScalar(d)
}

// templateNode is a valid node for the open spec of a template body: an empty workflow.
func templateNode() any {
	spec := newObj()
	spec.set("type", "sequential")
	spec.set("steps", []any{})
	n := newObj()
	n.set("kind", "Workflow")
	n.set("spec", spec)
	return n
}

func isStruct(d *schema.Def) bool { return d.Types() == schema.TypeObject || len(d.Fields()) > 0 }

var stringCandidates = []any{"example-name", "nf-compute-20", "main", "/", "/app", "/Dockerfile",
	"https://github.com/acme/orders", "acme/builder", "web", "abc", "0123456789abcdef0123456789abcdef01234567",
	"0123456789abcdef01234567", "nginx:latest", "x-api-key", "/metrics", "requests_total", "value",
	"2021-11-29T11:47:16.624Z", "0f5e7e3c-9a4b-4c1d-8e2f-3a6b5c4d7e8f", // date-time and uuid formats
	"10.0.0.12", "#3b82f6", "tag:ci"} // an IPv4 address, a colour, a Tailscale tag

var numberCandidates = []any{1, 10, 15, 64, 100, 1024, 16384, 8080}

// validScalar picks a value the definition accepts: an allowed value, a bound, or a sample.
func validScalar(d *schema.Def) any {
	cands := allowedValues(d)
	for _, c := range d.Constraints() {
		switch {
		case c.Class == schema.ClassEnum && len(c.Enum) == 1:
			cands = append(cands, c.Enum[0].Go())
		case c.Class == schema.ClassMin && !c.Exclusive:
			cands = append(cands, number(c.Bound))
		}
	}
	cands = append(cands, stringCandidates...)
	cands = append(cands, numberCandidates...)
	cands = append(cands, true, 1.5)
	for _, c := range cands {
		if d.Accepts(c) {
			return c
		}
	}
	return "value"
}

// allowedValues lists the values of a field's enums, also those of its alternatives, such as
// (string & strings.MinRunes(40)) | "latest".
func allowedValues(d *schema.Def) []any {
	var out []any
	for _, c := range d.Constraints() {
		switch {
		case c.Class == schema.ClassEnum && len(c.Enum) > 1:
			for _, e := range c.Enum {
				out = append(out, e.Go())
			}
		case c.Class == schema.ClassOneOf:
			for _, a := range c.OneOf {
				if k, ok := a.Const(); ok {
					out = append(out, k.Go())
				} else {
					out = append(out, allowedValues(a)...)
				}
			}
		}
	}
	return out
}

// number is a bound as a Go number: an integer when it is written as one.
func number(s string) any {
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return n
	}
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// breaking finds a value that breaks constraint k of field d and keeps every constraint
// checked before it, so that the finding is about k alone.
func breaking(d *schema.Def, k schema.Constraint) (any, bool) {
	var rest []schema.Constraint
	for _, c := range d.Constraints() {
		// nflint reports the first constraint a value breaks, in checking order: later ones
		// may break too
		if !same(c, k) && (coverageClass(c) == "" || c.Class.Order() <= k.Class.Order()) {
			rest = append(rest, c)
		}
	}
	var cands []any
	for _, n := range ints(k) {
		cands = append(cands, n-1, n+1, n, strings.Repeat("a", int(max(n-1, 0))), strings.Repeat("a", int(n+1)),
			[]any{})
	}
	// the page's own allowed values may lie outside its bounds (build storage sizes)
	cands = append(cands, allowedValues(d)...)
	cands = append(cands, "~", "~~~", "~~~~~~~~~~~~~~~~~~~~~~~~", "zzz-not-allowed", "abc", 3, 7, 999999999, -5, "",
		"/data/../etc", "/data:rw") // the patterns that forbid ".." and ":" (volume mounts)
	for _, c := range cands {
		if !k.Accepts(c) && acceptsAll(rest, c) {
			return c, true
		}
	}
	return nil, false
}

func acceptsAll(cs []schema.Constraint, x any) bool {
	for _, c := range cs {
		if !c.Accepts(x) {
			return false
		}
	}
	return true
}

// same reports whether two constraints read the same: a conjunct written twice is one.
func same(a, b schema.Constraint) bool {
	if a.Class != b.Class || a.Bound != b.Bound || a.Exclusive != b.Exclusive || a.Length != b.Length ||
		a.Pattern != b.Pattern || a.Negated != b.Negated || a.Format != b.Format || len(a.Enum) != len(b.Enum) ||
		len(a.OneOf) != len(b.OneOf) {
		return false
	}
	for i := range a.Enum {
		if a.Enum[i].JSON != b.Enum[i].JSON {
			return false
		}
	}
	for i := range a.OneOf {
		if a.OneOf[i] != b.OneOf[i] {
			return false
		}
	}
	return true
}

// ints are the integers a constraint names: its bound, its length, its allowed integers.
func ints(k schema.Constraint) []int64 {
	var out []int64
	add := func(s string) {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			out = append(out, n)
		}
	}
	switch k.Class {
	case schema.ClassMin, schema.ClassMax:
		add(k.Bound)
	case schema.ClassMinLength, schema.ClassMaxLength:
		out = append(out, int64(k.Length))
	case schema.ClassEnum:
		for _, e := range k.Enum {
			if e.Type == schema.TypeInteger {
				add(e.JSON)
			}
		}
	}
	return out
}
