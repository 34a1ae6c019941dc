package explain

import (
	"fmt"
	"strings"

	"github.com/nflint/nflint/schema"
)

// The helpers here say a definition's typed constraints in the words of the explain page.

func enumText(cs []schema.Const) string {
	vals := make([]string, len(cs))
	for i, c := range cs {
		vals[i] = c.Text
	}
	return strings.Join(vals, ", ")
}

func boundWords(c schema.Constraint) string {
	switch {
	case c.Class == schema.ClassMin && c.Exclusive:
		return "greater than " + c.Bound
	case c.Class == schema.ClassMin:
		return "at least " + c.Bound
	case c.Exclusive:
		return "less than " + c.Bound
	}
	return "at most " + c.Bound
}

// lengthWords says a length in characters, or in items for a list; -1 is no limit.
func lengthWords(minLen, maxLen int, d *schema.Def) string {
	unit := "characters"
	if d.Types() == schema.TypeArray {
		unit = "items"
	}
	switch {
	case minLen >= 0 && maxLen >= 0:
		return fmt.Sprintf("length: %d to %d %s", minLen, maxLen, unit)
	case minLen >= 0:
		return fmt.Sprintf("length: at least %d %s", minLen, unit)
	case maxLen >= 0:
		return fmt.Sprintf("length: at most %d %s", maxLen, unit)
	}
	return ""
}

// patternLines gives each pattern, with its plain reading on a line of its own, and each
// format.
func patternLines(d *schema.Def) []string {
	var out []string
	for _, c := range d.Constraints() {
		switch {
		case c.Class == schema.ClassFormat:
			out = append(out, "format: "+c.Format)
		case c.Class != schema.ClassPattern:
		case c.Negated:
			out = append(out, "must not match: "+c.Pattern)
		default:
			out = append(out, "pattern: "+c.Pattern)
			if c.Words != "" {
				out = append(out, "      ("+c.Words+")")
			}
		}
	}
	return out
}
