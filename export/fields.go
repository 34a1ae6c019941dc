package export

import (
	"strings"

	"cuelang.org/go/cue"

	"github.com/nflint/nflint/schema"
)

// A Field is one field an object definition declares.
type Field struct {
	Name       string
	Value      cue.Value
	Required   bool   // required whatever the other fields say
	Doc        string // the description from the API page, "" when the page gives none
	Deprecated string // why the field is deprecated and what replaces it; "" when it is not
	// RequiredWhen names the field whose value makes this one required; the values that do
	// are in the parent's Conditions.
	RequiredWhen string
}

// Fields lists the fields v declares, in the order of the definition.
func Fields(v cue.Value) []Field {
	var out []Field
	for _, f := range schema.Fields(v) {
		out = append(out, Field{
			Name: f.Name, Value: f.Value, Required: f.Required,
			Doc: Doc(f.Value), Deprecated: attrText(f.Value, "deprecated"), RequiredWhen: attrText(f.Value, "requiredWhen"),
		})
	}
	return out
}

// Closed reports whether an object definition rejects fields it does not declare.
func Closed(v cue.Value) bool {
	return !v.Allows(cue.Str("\x00 nflint: any other key"))
}

// Extra is the definition of fields an object allows beyond the declared ones ({[string]: T}),
// and whether it constrains them at all.
func Extra(v cue.Value) (cue.Value, bool) {
	x := v.LookupPath(cue.MakePath(cue.AnyString))
	if !x.Exists() || x.IncompleteKind() == cue.TopKind {
		return x, false
	}
	return x, true
}

// Elem is the definition of a list's items.
func Elem(v cue.Value) (cue.Value, bool) { return schema.Elem(v) }

// Doc is the documentation comment of a value, joined into one paragraph per comment.
func Doc(v cue.Value) string {
	var parts []string
	for _, g := range v.Doc() {
		t := strings.TrimSpace(g.Text())
		if t != "" && !strings.HasPrefix(t, "Code generated") {
			parts = append(parts, strings.Join(strings.Fields(t), " "))
		}
	}
	return strings.Join(parts, "\n")
}

// A Condition is a field required only when another field has one of some values, such as
// customCommand when configType is "customCommand".
type Condition struct {
	Field   string
	Trigger string
	Values  []cue.Value // the trigger's values that make Field required; nil when they cannot be listed
}

// Conditions finds an object's conditional requirements. The definition marks each such field
// @nflint(requiredWhen=trigger); filling the trigger with each of its allowed values tells
// which values require it, so the answer comes from the same CUE the linter evaluates rather
// than from reading the `if` clauses a second way.
func Conditions(v cue.Value, fields []Field) []Condition {
	byName := map[string]Field{}
	for _, f := range fields {
		byName[f.Name] = f
	}
	var out []Condition
	for _, f := range fields {
		if f.Required || f.RequiredWhen == "" {
			continue
		}
		t, ok := byName[f.RequiredWhen]
		if !ok {
			continue
		}
		c := Condition{Field: f.Name, Trigger: t.Name}
		vals := candidates(t.Value)
		if vals == nil {
			// a trigger without a set of values: the condition is known, its values are not
			out = append(out, c)
			continue
		}
		for _, val := range vals {
			if requiredIn(v.FillPath(cue.MakePath(cue.Str(t.Name)), val), f.Name) {
				c.Values = append(c.Values, val)
			}
		}
		if len(c.Values) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// candidates are the values a trigger field can take: its allowed constants, or true and
// false for a boolean.
func candidates(v cue.Value) []cue.Value {
	f := Read(v)
	if len(f.Enum) > 0 {
		return f.Enum
	}
	if v.IncompleteKind() == cue.BoolKind {
		ctx := v.Context()
		return []cue.Value{ctx.CompileString("true"), ctx.CompileString("false")}
	}
	return nil
}

func requiredIn(v cue.Value, name string) bool {
	for _, f := range Fields(v) {
		if f.Name == name {
			return f.Required
		}
	}
	return false
}

func attrText(v cue.Value, key string) string {
	s, _ := schema.Attr(v, key)
	return s
}
