package main

import (
	"fmt"
	"strings"
)

// dump renders a reader tree compactly, one field per line, for exact expectations:
//
//	name: string! "desc" enum[a b] pattern[x] len[3,54] format[f] ref
func dump(b *Body) string {
	var out strings.Builder
	if b.Root.MO {
		out.WriteString("(multiple options)\n")
	}
	dumpAlts(&out, b.Root.Alts, 0)
	return out.String()
}

func dumpAlts(out *strings.Builder, alts []*Alt, depth int) {
	for i, a := range alts {
		if len(alts) > 1 {
			fmt.Fprintf(out, "%s| alt %d: %s\n", strings.Repeat("  ", depth), i+1, altWords(a))
		}
		dumpFields(out, a, depth+1)
	}
}

func dumpFields(out *strings.Builder, a *Alt, depth int) {
	for _, f := range a.Fields {
		words := make([]string, len(f.Alts))
		for i, x := range f.Alts {
			words[i] = altWords(x)
		}
		mark := ""
		if f.MO {
			mark = " (mo)"
		}
		if f.Ref {
			mark += " ref"
		}
		fmt.Fprintf(out, "%s%s:%s %s\n", strings.Repeat("  ", depth), f.Name, mark, strings.Join(words, " | "))
		for _, x := range f.Alts {
			dumpNested(out, x, depth)
		}
	}
}

// dumpNested prints the objects inside an alternative: its fields, or its items' fields.
func dumpNested(out *strings.Builder, a *Alt, depth int) {
	switch a.Kind {
	case "object":
		if len(a.Fields) > 0 {
			fmt.Fprintf(out, "%s{\n", strings.Repeat("  ", depth+1))
			dumpFields(out, a, depth+2)
			fmt.Fprintf(out, "%s}\n", strings.Repeat("  ", depth+1))
		}
	case "array":
		for _, it := range a.Items {
			dumpNested(out, it, depth)
		}
	}
}

func altWords(a *Alt) string {
	var w []string
	switch a.Kind {
	case "array":
		items := make([]string, len(a.Items))
		for i, it := range a.Items {
			items[i] = altWords(it)
		}
		sep := " | "
		if !a.ItemsMO && len(a.Items) > 1 {
			sep = " |? "
		}
		return "[" + strings.Join(items, sep) + "]"
	case "":
		w = append(w, "?")
	default:
		w = append(w, a.Kind)
	}
	if a.Required {
		w[0] += "!"
	}
	if a.Desc != "" {
		w = append(w, fmt.Sprintf("%q", a.Desc))
	}
	if a.Enum != nil {
		w = append(w, "enum["+strings.Join(a.Enum, " ")+"]")
	}
	if a.Pattern != nil {
		w = append(w, "pattern["+*a.Pattern+"]")
	}
	if a.MinLength != nil || a.MaxLength != nil {
		w = append(w, "len["+intText(a.MinLength)+","+intText(a.MaxLength)+"]")
	}
	if a.Format != "" {
		w = append(w, "format["+a.Format+"]")
	}
	return strings.Join(w, " ")
}
