package lint

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"

	"cuelang.org/go/cue/errors"
)

// scalar checks a string, number, boolean or null against each constraint of its definition
// in checking order and reports the first it breaks: one value, one finding.
func (c *checker) scalar(s *schema.Def, n *source.Node, path diag.Path) {
	partial := c.lenient && n.Kind == source.String && source.HasPlaceholder(n.Text)
	for i, k := range s.Constraints() {
		if k.Class == schema.ClassType || partial && textual(k.Class) {
			continue
		}
		if !c.holds(s, i, n, partial) {
			c.report(broken(k, n, path))
			return
		}
	}
}

// textual reports whether a class constrains a string's text, which a string with a
// placeholder inside does not have yet.
func textual(c schema.Class) bool {
	switch c {
	case schema.ClassMinLength, schema.ClassMaxLength, schema.ClassPattern, schema.ClassFormat:
		return true
	}
	return false
}

// broken is the finding for a value that breaks constraint k.
func broken(k schema.Constraint, n *source.Node, path diag.Path) diag.Diagnostic {
	d := diag.Diagnostic{Pos: n.Pos, End: n.End, Path: path}
	switch k.Class {
	case schema.ClassEnum:
		d.Rule = "enum"
		d.Message, d.Suggestion = enumMessage(k, n)
	case schema.ClassOneOf:
		words := make([]string, len(k.OneOf))
		for i, a := range k.OneOf {
			words[i] = describe(a)
		}
		d.Rule = "one-of"
		d.Message = fmt.Sprintf("%s is not %s", n.Describe(), orList(words))
	case schema.ClassMin, schema.ClassMax:
		d.Rule, d.Message = "range", rangeMessage(n, k)
	case schema.ClassMinLength, schema.ClassMaxLength:
		d.Rule, d.Message = "length", lengthMessage(n, k)
	case schema.ClassPattern:
		d.Rule, d.Message = "pattern", patternMessage(n, k)
	case schema.ClassFormat:
		d.Rule, d.Message = "pattern", fmt.Sprintf("%s does not have the format %s", n.Describe(), k.Format)
	default:
		d.Rule = "schema"
		d.Message = fmt.Sprintf("%s is not allowed here", n.Describe())
	}
	return d
}

// enumMessage lists the allowed values that the field's other constraints leave standing:
// the build storage sizes the page lists above its own maximum are not offered.
func enumMessage(k schema.Constraint, n *source.Node) (string, string) {
	var allowed []string
	for _, e := range k.Enum {
		if !e.Excluded {
			allowed = append(allowed, e.Text)
		}
	}
	if len(allowed) == 0 {
		for _, e := range k.Enum {
			allowed = append(allowed, e.Text)
		}
	}
	msg := fmt.Sprintf("%s is not one of %s", n.Describe(), strings.Join(allowed, ", "))
	if len(allowed) == 1 {
		msg = fmt.Sprintf("%s is not allowed here: the only value is %q", n.Describe(), allowed[0])
	}
	if n.Kind == source.String {
		if g := diag.Closest(n.Text, allowed); g != "" {
			return msg, fmt.Sprintf("did you mean %q?", g)
		}
	}
	return msg, ""
}

func rangeMessage(n *source.Node, k schema.Constraint) string {
	switch {
	case k.Class == schema.ClassMin && !k.Exclusive:
		return fmt.Sprintf("%s is below the minimum %s", n.Describe(), k.Bound)
	case k.Class == schema.ClassMin:
		return fmt.Sprintf("%s must be greater than %s", n.Describe(), k.Bound)
	case !k.Exclusive:
		return fmt.Sprintf("%s is above the maximum %s", n.Describe(), k.Bound)
	}
	return fmt.Sprintf("%s must be less than %s", n.Describe(), k.Bound)
}

func lengthMessage(n *source.Node, k schema.Constraint) string {
	count := utf8.RuneCountInString(n.Text)
	unit := "characters"
	if count == 1 {
		unit = "character"
	}
	if k.Class == schema.ClassMinLength {
		return fmt.Sprintf("%s is %d %s, the minimum is %d", n.Describe(), count, unit, k.Length)
	}
	return fmt.Sprintf("%s is %d %s, the maximum is %d", n.Describe(), count, unit, k.Length)
}

func patternMessage(n *source.Node, k schema.Constraint) string {
	if k.Negated {
		return fmt.Sprintf("%s must not match the pattern %s", n.Describe(), k.Pattern)
	}
	msg := fmt.Sprintf("%s does not match the pattern %s", n.Describe(), k.Pattern)
	if k.Words != "" {
		msg += " (" + k.Words + ")"
	}
	return msg
}

// cueErrors lists the data paths of a CUE error, for the rare failure no check explains.
func cueErrors(err error) [][]string {
	var out [][]string
	for _, e := range errors.Errors(err) {
		out = append(out, e.Path())
	}
	return out
}
