package main

import (
	"bytes"
	"encoding/json"
	"regexp"
	"sort"
	"strings"
)

// An emitter prints the model as CUE. Every object becomes a named definition; objects that
// print the same share one, and names are numbered where different objects want the same
// one (#Port, #Port2, ...).
type emitter struct {
	byText map[string]string // definition text -> name
	names  map[string]bool   // names taken, hand-written definitions included
	defs   map[string]string // name -> text
}

func newEmitter(reserved []string) *emitter {
	e := &emitter{byText: map[string]string{}, names: map[string]bool{}, defs: map[string]string{}}
	for _, r := range reserved {
		e.names[r] = true
	}
	return e
}

// body is the text of a body's own definition.
func (e *emitter) body(v *Val) string {
	if v.Kind == "object" && !v.Open {
		return e.structText(v, 0)
	}
	return e.value(v, 0)
}

// value is the CUE expression for v, at indent ind (the indent of the field it belongs to).
func (e *emitter) value(v *Val, ind int) string {
	switch v.Kind {
	case "string", "integer", "number", "boolean":
		return scalarText(v)
	case "object":
		if v.Open || len(v.Props) == 0 {
			return "{...}"
		}
		return e.named(v)
	case "empty":
		return "close({})"
	case "array":
		l := "[..." + e.value(v.Elem, ind) + "]"
		if v.MinItems > 0 {
			l = "list.MinItems(" + itoa(v.MinItems) + ") & " + l
		}
		return l
	case "union":
		return e.union(v, ind)
	}
	return "_"
}

func (e *emitter) union(v *Val, ind int) string {
	var parts []string
	for _, a := range v.Alts {
		t := e.value(a, ind+1)
		if !contains(parts, t) {
			parts = append(parts, t)
		}
	}
	if v.Count == "" {
		for i, p := range parts {
			parts[i] = "(" + p + ")"
		}
		return strings.Join(parts, " | ")
	}
	tab := func(n int) string { return strings.Repeat("\t", n) }
	return "{\n" + tab(ind+1) + "matchN(" + v.Count + ", [\n" + tab(ind+2) +
		strings.Join(parts, ",\n"+tab(ind+2)) + "])\n" + tab(ind+1) + "...\n" + tab(ind) + "}"
}

// named returns the definition name of an object, defining it when it is new.
func (e *emitter) named(v *Val) string {
	text := e.structText(v, 0)
	if n, ok := e.byText[text]; ok {
		return n
	}
	base := "#" + v.Hint
	name := base
	for k := 2; e.names[name]; k++ {
		name = base + itoa(k)
	}
	e.names[name] = true
	e.byText[text] = name
	e.defs[name] = text
	return name
}

func (e *emitter) structText(v *Val, ind int) string {
	tab := strings.Repeat("\t", ind+1)
	var b strings.Builder
	b.WriteString("{\n")
	for _, p := range v.Props {
		for _, l := range wrap(p.Doc, 110) {
			b.WriteString(tab + "// " + l + "\n")
		}
		mark := "?"
		if p.Required {
			mark = "!"
		}
		b.WriteString(tab + cueLabel(p.Name) + mark + ": " + e.value(p.Val, ind+1) + attrs(p))
		if p.Val.Comment != "" {
			b.WriteString(" // " + p.Val.Comment)
		}
		b.WriteString("\n")
	}
	for _, p := range v.Props {
		if p.When == nil {
			continue
		}
		var tests []string
		for _, val := range p.When.Values {
			tests = append(tests, cueLabel(p.When.Trigger)+" == "+cueString(val))
		}
		b.WriteString(tab + "if " + cueLabel(p.When.Trigger) + " != _|_ if " + strings.Join(tests, " || ") + " {\n")
		b.WriteString(tab + "\t" + cueLabel(p.Name) + "!: _\n" + tab + "}\n")
	}
	b.WriteString(strings.Repeat("\t", ind) + "}")
	return b.String()
}

// attrs are the marks schema.Def reads: requiredWhen, deprecated, and ref for issue 13.
func attrs(p *Prop) string {
	var args []string
	if p.When != nil {
		args = append(args, "requiredWhen="+cueString(p.When.Trigger))
	}
	if p.Deprecated != nil {
		args = append(args, "deprecated="+cueString(*p.Deprecated))
	}
	if p.Ref {
		args = append(args, "ref")
	}
	if len(args) == 0 {
		return ""
	}
	return " @nflint(" + strings.Join(args, ",") + ")"
}

var cueBase = map[string]string{"string": "string", "integer": "int", "number": "number", "boolean": "bool"}

// cueFormats are the formats with a CUE validator that schema.Def reads back as a format.
var cueFormats = map[string]string{"date-time": "time.Time()", "uuid": "uuid.Valid()"}

func scalarText(v *Val) string {
	parts := []string{cueBase[v.Kind]}
	if v.Enum != nil {
		var lits []string
		for _, x := range v.Enum {
			if v.Kind == "string" {
				lits = append(lits, cueString(x))
			} else {
				lits = append(lits, x)
			}
		}
		parts[0] += " & (" + strings.Join(lits, " | ") + ")"
	}
	if v.Min != nil {
		parts = append(parts, ">="+*v.Min)
	}
	if v.Max != nil {
		parts = append(parts, "<="+*v.Max)
	}
	if v.MinLength != nil {
		parts = append(parts, "strings.MinRunes("+itoa(*v.MinLength)+")")
	}
	if v.MaxLength != nil {
		parts = append(parts, "strings.MaxRunes("+itoa(*v.MaxLength)+")")
	}
	if v.Pattern != nil {
		parts = append(parts, "=~"+cueRegex(*v.Pattern))
	}
	if v.NotMatch != nil {
		parts = append(parts, "!~"+cueRegex(*v.NotMatch))
	}
	if f := cueFormats[v.Format]; f != "" && v.Kind == "string" {
		parts = append(parts, f)
	}
	return strings.Join(parts, " & ")
}

var ident = regexp.MustCompile(`^[A-Za-z$][A-Za-z0-9_$]*$`)

var cueKeywords = map[string]bool{"if": true, "for": true, "in": true, "let": true, "true": true, "false": true,
	"null": true, "import": true, "package": true, "func": true}

// cueLabel quotes a field name CUE would read as something else: "vm.max_map_count", "_x", "if".
func cueLabel(name string) string {
	if ident.MatchString(name) && !cueKeywords[name] {
		return name
	}
	return cueString(name)
}

// cueString is a CUE string literal; JSON's escapes are CUE's.
func cueString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// cueRegex writes a pattern as a raw string #"..."#, with as many # as it needs.
func cueRegex(p string) string {
	h := "#"
	for strings.Contains(p, `"`+h) || strings.Contains(p, `\`+h) {
		h += "#"
	}
	return h + `"` + p + `"` + h
}

func wrap(text string, width int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(text) {
		if cur != "" && len(cur)+1+len(w) > width {
			lines = append(lines, cur)
			cur = w
		} else if cur != "" {
			cur += " " + w
		} else {
			cur = w
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// imports is the import declaration a file's text needs.
func imports(text string) string {
	var code strings.Builder
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "//") {
			continue
		}
		if i := strings.Index(l, " // "); i >= 0 {
			l = l[:i]
		}
		code.WriteString(l + "\n")
	}
	var pkgs []string
	for _, p := range []string{"list", "strings", "time", "uuid"} {
		if strings.Contains(code.String(), p+".") {
			pkgs = append(pkgs, p)
		}
	}
	switch len(pkgs) {
	case 0:
		return ""
	case 1:
		return "import \"" + pkgs[0] + "\"\n\n"
	}
	return "import (\n\t\"" + strings.Join(pkgs, "\"\n\t\"") + "\"\n)\n\n"
}

// sharedNames lists the shared definitions in name order.
func (e *emitter) sharedNames() []string {
	var out []string
	for n := range e.defs {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
