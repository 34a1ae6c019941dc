package explain

import (
	"fmt"
	"io"
	"strings"

	"github.com/nflint/nflint/schema"
)

// Write prints the page: a header, the description, the constraints and conditions, the
// alternatives and the child fields, each with a one-line description.
func (p *Page) Write(w io.Writer) {
	b := &strings.Builder{}
	fmt.Fprintf(b, "KIND:     %s (%s, %s body)\n", p.Kind.Name, p.Kind.Endpoint, p.Kind.Body)
	if p.Path != "" {
		fmt.Fprintf(b, "FIELD:    %s\n", p.Path)
	}
	if p.KeyOf != "" {
		p.writeKey(b)
		io.WriteString(w, b.String())
		return
	}
	fmt.Fprintf(b, "TYPE:     %s\n", typeName(p.Value))
	if p.Field != nil {
		fmt.Fprintf(b, "REQUIRED: %s\n", p.required())
	}
	if p.Alternatives > 0 {
		fmt.Fprintf(b, "IN:       alternative %d of %d of %s\n", p.Alternative, p.Alternatives, p.Parent)
	}
	if p.Field != nil && p.Field.Deprecated {
		fmt.Fprintf(b, "DEPRECATED: %s\n", orYes(p.Field.DeprecatedNote))
	}
	if p.Field != nil && p.Field.TakesRef {
		fmt.Fprintf(b, "REFERENCE: accepted (a template may write ${...} here)\n")
	}
	desc := ""
	if p.Field != nil {
		desc = p.Field.Doc()
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

// writeKey prints the page of a key the user chooses: the object it is a key of, with that
// object's description, and what the key holds.
func (p *Page) writeKey(b *strings.Builder) {
	typ := "any"
	if p.Value != nil {
		typ = typeName(p.Value)
	}
	fmt.Fprintf(b, "TYPE:     %s\n", typ)
	fmt.Fprintf(b, "IN:       %s, whose keys are your own\n", p.KeyOf)
	if p.Field != nil && p.Field.Doc() != "" {
		section(b, "DESCRIPTION", wrap(p.Field.Doc(), 4, 92))
	}
	if p.Value != nil {
		if lines := constraintLines(p.Value); len(lines) > 0 {
			section(b, "CONSTRAINTS", lines)
		}
		writeChildren(b, p.Value)
	}
}

// orYes is a note, or "yes" for a mark that comes without one.
func orYes(note string) string {
	if note == "" {
		return "yes"
	}
	return note
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

func conditionWords(c schema.Condition) string {
	if w := c.When(); w != "" {
		return w
	}
	return "Required depending on " + c.Trigger
}

// ownDoc is the documentation of a definition a field refers to, when the field has none.
func ownDoc(d *schema.Def) string {
	if ref := d.Ref(); ref != nil {
		return ref.Def.Doc()
	}
	return ""
}

// typeName names a value's JSON type as the API pages do: "string", "array of object",
// "integer or null"; "any" when it takes every type.
func typeName(d *schema.Def) string {
	if d.Alternatives() != nil {
		return "object"
	}
	var names []string
	for _, t := range d.Types().Names() {
		if t == "array" {
			if e := d.Elem(); e != nil {
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
func constraintLines(d *schema.Def) []string {
	var out, bounds, alts []string
	minLen, maxLen := -1, -1
	for _, c := range d.Constraints() {
		switch c.Class {
		case schema.ClassEnum:
			out = []string{"one of: " + enumText(c.Enum)}
		case schema.ClassMin, schema.ClassMax:
			bounds = append(bounds, boundWords(c))
		case schema.ClassMinLength:
			minLen = c.Length
		case schema.ClassMaxLength:
			maxLen = c.Length
		case schema.ClassOneOf:
			alts = nil
			for _, a := range c.OneOf {
				alts = append(alts, "or: "+typeName(a)+" "+strings.Join(constraintLines(a), "; "))
			}
		}
	}
	if len(bounds) > 0 {
		out = append(out, "range: "+strings.Join(bounds, ", "))
	}
	if l := lengthWords(minLen, maxLen, d); l != "" {
		out = append(out, l)
	}
	out = append(out, patternLines(d)...)
	if v, ok := d.Default(); ok {
		out = append(out, "default: "+v.Text)
	}
	out = append(out, alts...)
	if e := d.Elem(); e != nil && d.Types() == schema.TypeArray {
		for _, l := range constraintLines(e) {
			out = append(out, "each item: "+strings.TrimSpace(l))
		}
	}
	return out
}
