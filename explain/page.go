package explain

import (
	"fmt"
	"io"
	"strings"

	"github.com/nflint/nflint/schema"

	"cuelang.org/go/cue"

	"github.com/nflint/nflint/export"
)

// Write prints the page: a header, the description, the constraints and conditions, the
// alternatives and the child fields, each with a one-line description.
func (p *Page) Write(w io.Writer) {
	b := &strings.Builder{}
	fmt.Fprintf(b, "KIND:     %s (%s, %s body)\n", p.Kind.Name, p.Kind.Endpoint, p.Kind.Body)
	if p.Path != "" {
		fmt.Fprintf(b, "FIELD:    %s\n", p.Path)
	}
	fmt.Fprintf(b, "TYPE:     %s\n", typeName(p.Value))
	if p.Field != nil {
		fmt.Fprintf(b, "REQUIRED: %s\n", p.required())
	}
	if p.Alternatives > 0 {
		fmt.Fprintf(b, "IN:       alternative %d of %d of %s\n", p.Alternative, p.Alternatives, p.Parent)
	}
	if p.Field != nil && p.Field.Deprecated != "" {
		fmt.Fprintf(b, "DEPRECATED: %s\n", p.Field.Deprecated)
	}
	desc := ""
	if p.Field != nil {
		desc = p.Field.Doc
	}
	if desc == "" {
		desc = ownDoc(p.Value)
	}
	if desc != "" {
		section(b, "DESCRIPTION", wrap(desc, 4, 92))
	}
	if lines := constraintLines(p.Value); len(lines) > 0 {
		section(b, "CONSTRAINTS", lines)
	}
	writeChildren(b, p.Value)
	io.WriteString(w, b.String())
}

func section(b *strings.Builder, title string, lines []string) {
	fmt.Fprintf(b, "\n%s:\n", title)
	for _, l := range lines {
		if strings.HasPrefix(l, "    ") {
			fmt.Fprintln(b, l)
		} else {
			fmt.Fprintln(b, "    "+l)
		}
	}
}

func (p *Page) required() string {
	switch {
	case p.Field.Required && p.Alternatives > 0:
		return "yes, in this alternative"
	case p.Field.Required:
		return "yes"
	case p.Condition != nil:
		return "when " + conditionWords(*p.Condition)
	}
	return "no"
}

func conditionWords(c export.Condition) string {
	return strings.TrimSuffix(strings.TrimPrefix(c.Text(), "Required when "), ".")
}

// ownDoc is the documentation of a definition a field refers to, when the field has none.
func ownDoc(v cue.Value) string {
	root, path := v.ReferencePath()
	if len(path.Selectors()) == 0 {
		return ""
	}
	return export.Doc(root.LookupPath(path))
}

// typeName names a value's JSON type as the API pages do: "string", "array of object",
// "integer or null"; "any" when it takes every type.
func typeName(v cue.Value) string {
	f := export.Read(v)
	if len(f.Branches) > 0 {
		return "object"
	}
	var names []string
	for _, t := range f.Types {
		if t == "array" {
			if e, ok := export.Elem(v); ok {
				t = "array of " + typeName(e)
			}
		}
		names = append(names, t)
	}
	if len(names) == 0 {
		return "any"
	}
	return strings.Join(names, " or ")
}

// constraintLines says in words what a value accepts beyond its type.
func constraintLines(v cue.Value) []string {
	f := export.Read(v)
	var out []string
	if len(f.Enum) > 0 {
		var vals []string
		for _, e := range f.Enum {
			vals = append(vals, literal(e))
		}
		out = append(out, "one of: "+strings.Join(vals, ", "))
	}
	if r := boundWords(f.Bounds); r != "" {
		out = append(out, r)
	}
	if l := lengthWords(f, v); l != "" {
		out = append(out, l)
	}
	for _, p := range f.Patterns {
		if p.Negated {
			out = append(out, "must not match: "+p.Expr)
			continue
		}
		out = append(out, "pattern: "+p.Expr)
		if words := schema.PatternWords(p.Expr); words != "" {
			out = append(out, "      ("+words+")")
		}
	}
	if f.HasDefault {
		out = append(out, "default: "+literal(f.Default))
	}
	for _, a := range f.Alternatives {
		out = append(out, "or: "+typeName(a)+" "+strings.Join(constraintLines(a), "; "))
	}
	if e, ok := export.Elem(v); ok && v.IncompleteKind() == cue.ListKind {
		for _, l := range constraintLines(e) {
			out = append(out, "each item: "+strings.TrimSpace(l))
		}
	}
	return out
}

func boundWords(bs []export.Bound) string {
	var parts []string
	for _, b := range bs {
		switch b.Op {
		case cue.GreaterThanEqualOp:
			parts = append(parts, "at least "+b.Value)
		case cue.GreaterThanOp:
			parts = append(parts, "greater than "+b.Value)
		case cue.LessThanEqualOp:
			parts = append(parts, "at most "+b.Value)
		case cue.LessThanOp:
			parts = append(parts, "less than "+b.Value)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "range: " + strings.Join(parts, ", ")
}

func lengthWords(f export.Facts, v cue.Value) string {
	unit := "characters"
	if v.IncompleteKind() == cue.ListKind {
		unit = "items"
	}
	switch {
	case f.MinLen >= 0 && f.MaxLen >= 0:
		return fmt.Sprintf("length: %d to %d %s", f.MinLen, f.MaxLen, unit)
	case f.MinLen >= 0:
		return fmt.Sprintf("length: at least %d %s", f.MinLen, unit)
	case f.MaxLen >= 0:
		return fmt.Sprintf("length: at most %d %s", f.MaxLen, unit)
	}
	return ""
}

func literal(v cue.Value) string {
	if s, err := v.String(); err == nil {
		return s
	}
	return fmt.Sprint(v)
}
