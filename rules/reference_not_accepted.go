package rules

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// ReferenceNotAccepted reports a ${...} reference in a template node's field that takes none.
var ReferenceNotAccepted = &lint.Rule{
	Name: "reference-not-accepted",
	Doc: "a template reference in a field that takes none\n\n" +
		"Northflank's template page says field by field whether a node's field takes a ${...} reference: such a " +
		"field has an extra alternative, a string holding one. A field without it (an enum, a boolean, an integer, " +
		"a string with a pattern) takes only its own values, so a reference there is not substituted into a valid " +
		"value. A plain string without pattern accepts any text, references included.",
	Severity: diag.Error,
	Run: func(p *lint.Pass) {
		if !p.Lenient || p.Kind == nil || p.Kind.Body != "node" || p.Def == nil {
			return
		}
		path := make(diag.Path, len(p.Path), len(p.Path)+16) // one buffer for the walk; a finding copies it
		copy(path, p.Path)
		walkRefs(p, p.Root, path, []*schema.Def{p.Def}, true, false)
	},
}

// walkRefs visits a node's spec with what the schema says at each place: defs are the
// definitions of the value n (several inside alternatives), declared whether a field there
// is declared at all (a free-form map's members are not), and ref whether that field, or the
// list n is an item of, takes a reference.
func walkRefs(p *lint.Pass, n *source.Node, path diag.Path, defs []*schema.Def, declared, ref bool) {
	if n == nil || n.Truncated {
		return
	}
	switch n.Kind {
	case source.Object:
		for _, m := range n.Members {
			fs := membersOf(defs, m.Key)
			var sub []*schema.Def
			takes := false
			for _, f := range fs {
				sub = append(sub, f.Def())
				takes = takes || f.TakesRef
			}
			walkRefs(p, m.Value, append(path, diag.PathElem{Key: m.Key}), sub, len(fs) > 0, takes)
		}
	case source.Array:
		var elems []*schema.Def
		for _, d := range defs {
			if e := d.Elem(); e != nil {
				elems = append(elems, e)
			}
		}
		for i, it := range n.Items {
			walkRefs(p, it, append(path, diag.PathElem{Index: i, IsIndex: true}), elems, declared && len(elems) > 0, ref)
		}
	case source.String:
		if ref || !declared || !source.HasPlaceholder(n.Text) {
			return
		}
		if want := constrained(defs); want != "" {
			p.Reportf(n, slices.Clone(path), "%s is a template reference, which %s does not take: Northflank's template page gives "+
				"this field no ${...} alternative; write the value itself, %s", quote(n.Text), quote(fieldName(path)), want)
		}
	}
}

// fieldName is the field a value at path belongs to: "protocol" for ports[0].protocol, and
// for ports[0] too.
func fieldName(path diag.Path) string {
	for i := len(path) - 1; i >= 0; i-- {
		if !path[i].IsIndex {
			return path[i].Key
		}
	}
	return ""
}

// membersOf lists the declarations of a key in the definitions and their alternatives.
func membersOf(defs []*schema.Def, key string) []*schema.Field {
	var out []*schema.Field
	for _, d := range defs {
		for _, alt := range branches(d) {
			if f, ok := alt.Field(key); ok {
				out = append(out, f)
			}
		}
	}
	return out
}

// constrained says what a value must be where the definitions constrain it beyond "any
// string": "one of \"TCP\", \"UDP\"", "a boolean". "" when one of them takes any text (a
// plain string, an open value): there a reference is text like any other.
func constrained(defs []*schema.Def) string {
	want := ""
	for _, d := range defs {
		if d.Any() || d.Alternatives() != nil {
			return ""
		}
		w := valueWords(d)
		if w == "" {
			return ""
		}
		if want == "" {
			want = w
		}
	}
	return want
}

// valueWords describes what a scalar definition accepts, "" for a string of any text.
func valueWords(d *schema.Def) string {
	t := d.Types()
	if t&schema.TypeString == 0 {
		switch {
		case t == schema.TypeBoolean:
			return "true or false"
		case t&schema.TypeNumber == schema.TypeInteger:
			return "an integer"
		case t&schema.TypeNumber != 0:
			return "a number"
		case t&(schema.TypeObject|schema.TypeArray) != 0:
			return "an " + strings.Join(t.Names(), " or ")
		}
		return ""
	}
	var limits []string
	for _, c := range d.Constraints() {
		switch c.Class {
		case schema.ClassEnum:
			vals := make([]string, len(c.Enum))
			for i, e := range c.Enum {
				vals[i] = strconv.Quote(e.Text)
			}
			if len(vals) == 1 {
				return vals[0]
			}
			return "one of " + strings.Join(vals, ", ")
		case schema.ClassPattern:
			limits = append(limits, "matching "+c.Pattern)
		case schema.ClassFormat:
			limits = append(limits, fmt.Sprintf("in the %s format", c.Format))
		}
	}
	if len(limits) == 0 {
		return ""
	}
	return "a string " + strings.Join(limits, " and ")
}
