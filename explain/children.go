package explain

import (
	"fmt"
	"slices"
	"strings"

	"github.com/nflint/nflint/schema"
)

// writeChildren lists the fields of an object (of a list's items, for a list) and of each of
// its alternatives.
func writeChildren(b *strings.Builder, d *schema.Def) {
	for isListOnly(d) {
		if d = d.Elem(); d == nil {
			return
		}
	}
	if d.Types()&schema.TypeObject == 0 {
		return
	}
	if lines := fieldLines(d, "    "); len(lines) > 0 {
		section(b, "FIELDS", lines)
	}
	a := d.Alternatives()
	if a == nil {
		return
	}
	how := map[schema.Count]string{schema.ExactlyOne: "exactly one", schema.AtLeastOne: "at least one",
		schema.AtMostOne: "at most one"}[a.Count]
	var lines []string
	for i, br := range a.Branches {
		lines = append(lines, fmt.Sprintf("    %d. %s", i+1, branchSummary(a.Branches, i)))
		lines = append(lines, fieldLines(br.Def, "        ")...)
	}
	section(b, "ALTERNATIVES ("+how+" of these)", lines)
}

// branchSummary names an alternative by what sets it apart: the fields it requires that other
// branches do not declare, else the fields only it declares (a project in a region or on a
// cluster), else the fields it requires.
func branchSummary(bs []*schema.Branch, i int) string {
	d := bs[i].Def
	fields := d.Fields()
	if len(fields) == 0 {
		return "an empty object: choose later"
	}
	var req, ownReq, own []string
	for _, f := range fields {
		only := true
		for j, o := range bs {
			if _, ok := o.Def.Field(f.Name); ok && j != i {
				only = false
			}
		}
		switch {
		case f.Required && only:
			ownReq = append(ownReq, f.Name)
			req = append(req, f.Name)
		case f.Required:
			req = append(req, f.Name)
		case only:
			own = append(own, f.Name)
		}
	}
	switch {
	case len(ownReq) > 0:
		return "with " + strings.Join(ownReq, ", ")
	case len(own) > 3:
		return "with " + strings.Join(own[:3], ", ") + ", …"
	case len(own) > 0:
		return "with " + strings.Join(own, ", ")
	}
	if others := othersOwnRequired(bs, i); len(others) > 0 {
		return "without " + strings.Join(others, " or ")
	}
	if len(req) > 0 {
		return "with " + strings.Join(req, ", ")
	}
	return "an object with none of the required fields above"
}

// othersOwnRequired lists the fields other branches require and this one does not declare:
// a deployment's "choose later" branch is the one without internal or external.
func othersOwnRequired(bs []*schema.Branch, i int) []string {
	var out []string
	for j, o := range bs {
		if j == i {
			continue
		}
		for _, f := range o.Def.Fields() {
			if _, ok := bs[i].Def.Field(f.Name); f.Required && !ok && !slices.Contains(out, f.Name) {
				out = append(out, f.Name)
			}
		}
	}
	return out
}

// fieldLines lists an object's fields, each with its type, requirement and the first
// sentence of its description.
func fieldLines(d *schema.Def, indent string) []string {
	conds := map[string]schema.Condition{}
	for _, c := range d.Conditions() {
		conds[c.Field] = c
	}
	var out []string
	for _, f := range d.Fields() {
		line := fmt.Sprintf("%s%s <%s>", indent, f.Name, typeName(f.Def()))
		if f.Required {
			line += " -required-"
		} else if c, ok := conds[f.Name]; ok {
			line += " -required when " + conditionWords(c) + "-"
		}
		if f.Deprecated {
			line += " -deprecated-"
		}
		if f.TakesRef {
			line += " -takes ${...}-"
		}
		out = append(out, line)
		doc := f.Doc()
		if doc == "" {
			doc = ownDoc(f.Def())
		}
		if s := firstSentence(doc); s != "" {
			out = append(out, indent+"    "+s)
		}
	}
	return out
}

// firstSentence is the description's first sentence, for one-line summaries.
func firstSentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i+1]
	}
	const max = 100
	if r := []rune(s); len(r) > max {
		s = string(r[:max-1]) + "…"
	}
	return s
}

// wrap breaks text into lines of at most width characters, each indented.
func wrap(text string, indent, width int) []string {
	pad := strings.Repeat(" ", indent)
	var out []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			if line != "" && len(line)+1+len(w) > width-indent {
				out = append(out, pad+line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		if line != "" {
			out = append(out, pad+line)
		}
	}
	return out
}
