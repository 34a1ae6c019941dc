package explain

import (
	"fmt"
	"strings"

	"cuelang.org/go/cue"

	"github.com/nflint/nflint/export"
)

// writeChildren lists the fields of an object (of a list's items, for a list) and of each of
// its alternatives.
func writeChildren(b *strings.Builder, v cue.Value) {
	for isListOnly(v) {
		e, ok := export.Elem(v)
		if !ok {
			return
		}
		v = e
	}
	if v.IncompleteKind()&cue.StructKind == 0 {
		return
	}
	if lines := fieldLines(v, "    "); len(lines) > 0 {
		section(b, "FIELDS", lines)
	}
	f := export.Read(v)
	if len(f.Branches) == 0 {
		return
	}
	how := map[string]string{"1": "exactly one", ">=1": "at least one", "<=1": "at most one"}[f.Count]
	var lines []string
	for i, br := range f.Branches {
		fl := fieldLines(br, "        ")
		head := fmt.Sprintf("    %d. %s", i+1, branchSummary(br))
		lines = append(lines, head)
		lines = append(lines, fl...)
	}
	section(b, "ALTERNATIVES ("+how+" of these)", lines)
}

// branchSummary names an alternative by the fields it requires.
func branchSummary(v cue.Value) string {
	fields := export.Fields(v)
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
func fieldLines(v cue.Value, indent string) []string {
	fields := export.Fields(v)
	conds := map[string]export.Condition{}
	for _, c := range export.Conditions(v, fields) {
		conds[c.Field] = c
	}
	var out []string
	for _, f := range fields {
		line := fmt.Sprintf("%s%s <%s>", indent, f.Name, typeName(f.Value))
		if f.Required {
			line += " -required-"
		} else if c, ok := conds[f.Name]; ok {
			line += " -required when " + conditionWords(c) + "-"
		}
		if f.Deprecated != "" {
			line += " -deprecated-"
		}
		out = append(out, line)
		doc := f.Doc
		if doc == "" {
			doc = ownDoc(f.Value)
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
