package lint

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/errors"
)

// scalar checks a string, number, boolean or null against each conjunct of its definition in
// turn and reports the first it breaks: one value, one finding.
func (c *checker) scalar(s cue.Value, n *source.Node, path diag.Path) {
	v := value(c.ctx, n, c.mode())
	partial := c.lenient && n.Kind == source.String && source.HasPlaceholder(n.Text)
	for _, k := range c.sh.constraints(s) {
		if k.class == "type" || partial && (k.class == "length" || k.class == "pattern") {
			continue
		}
		if partial {
			// the value is "some string" until Northflank substitutes it: only a constraint no
			// string can meet fails
			if k.val.Unify(v).Validate() == nil {
				continue
			}
		} else if k.val.Unify(v).Validate(cue.Concrete(true)) == nil {
			continue
		}
		d := diag.Diagnostic{Pos: n.Pos, End: n.End, Path: path}
		switch k.class {
		case "enum":
			d.Rule = "enum"
			d.Message, d.Suggestion = c.enumMessage(s, k, n)
		case "alternatives":
			var words []string
			for _, a := range k.alts {
				words = append(words, describe(a))
			}
			d.Rule = "one-of"
			d.Message = fmt.Sprintf("%s is not %s", n.Describe(), orList(words))
		case "range":
			d.Rule, d.Message = "range", rangeMessage(n, k)
		case "length":
			d.Rule, d.Message = "length", lengthMessage(n, k)
		case "pattern":
			d.Rule, d.Message = "pattern", patternMessage(n, k)
		default:
			d.Rule = "schema"
			d.Message = fmt.Sprintf("%s is not allowed here", n.Describe())
		}
		c.report(d)
		return
	}
}

// enumMessage lists the allowed values that the field's other constraints leave standing:
// the build storage sizes the page lists above its own maximum are not offered.
func (c *checker) enumMessage(s cue.Value, k constraint, n *source.Node) (string, string) {
	var allowed, texts []string
	for _, e := range k.enum {
		if e.Unify(s).Validate(cue.Concrete(true)) != nil {
			continue
		}
		allowed = append(allowed, literalText(e))
	}
	if len(allowed) == 0 {
		for _, e := range k.enum {
			allowed = append(allowed, literalText(e))
		}
	}
	texts = append(texts, allowed...)
	msg := fmt.Sprintf("%s is not one of %s", n.Describe(), strings.Join(texts, ", "))
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

func rangeMessage(n *source.Node, k constraint) string {
	switch k.op {
	case cue.GreaterThanEqualOp:
		return fmt.Sprintf("%s is below the minimum %s", n.Describe(), k.arg)
	case cue.GreaterThanOp:
		return fmt.Sprintf("%s must be greater than %s", n.Describe(), k.arg)
	case cue.LessThanEqualOp:
		return fmt.Sprintf("%s is above the maximum %s", n.Describe(), k.arg)
	}
	return fmt.Sprintf("%s must be less than %s", n.Describe(), k.arg)
}

func lengthMessage(n *source.Node, k constraint) string {
	count := utf8.RuneCountInString(n.Text)
	unit := "characters"
	if count == 1 {
		unit = "character"
	}
	if k.op == cue.GreaterThanEqualOp {
		return fmt.Sprintf("%s is %d %s, the minimum is %s", n.Describe(), count, unit, k.arg)
	}
	return fmt.Sprintf("%s is %d %s, the maximum is %s", n.Describe(), count, unit, k.arg)
}

func patternMessage(n *source.Node, k constraint) string {
	if k.op == cue.NotRegexMatchOp {
		return fmt.Sprintf("%s must not match the pattern %s", n.Describe(), k.arg)
	}
	msg := fmt.Sprintf("%s does not match the pattern %s", n.Describe(), k.arg)
	if w := schema.PatternWords(k.arg); w != "" {
		msg += " (" + w + ")"
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

var _ = strconv.Quote
