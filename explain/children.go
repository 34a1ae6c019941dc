package explain

import (
	"fmt"
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
		lines = append(lines, fmt.Sprintf("    %d. %s", i+1, branchSummary(br.Def)))
		lines = append(lines, fieldLines(br.Def, "        ")...)
	}
	section(b, "ALTERNATIVES ("+how+" of these)", lines)
}

// branchSummary names an alternative by the fields it requires.
func branchSummary(d *schema.Def) string {
	fields := d.Fields()
	if len(fields) == 0 {
		return "an empty object: choose later"
	}
	var req []string
	for _, f := range fields {
		if f.Required {
			req = append(req, f.Name)
		}
	}
	if len(req) == 0 {
		return "an object with none of the required fields above"
	}
	return "with " + strings.Join(req, ", ")
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
