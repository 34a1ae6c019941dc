package lint

import (
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// The checker reads what a definition demands from package schema's reader; the helpers here
// put those typed readings into the words of the messages.

// expectedTypes names the types a definition accepts: "integer", "string or null".
func expectedTypes(t schema.Types) string { return orList(t.Names()) }

func orList(names []string) string {
	switch len(names) {
	case 0:
		return "nothing"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// nodeTypes is the JSON type of a decoded value. JSON does not tell 3 from 3.0, and neither
// does the API: a number written as a float with an integer value is both.
func nodeTypes(n *source.Node) schema.Types {
	switch n.Kind {
	case source.Object:
		return schema.TypeObject
	case source.Array:
		return schema.TypeArray
	case source.String:
		return schema.TypeString
	case source.Int:
		return schema.TypeInteger
	case source.Float:
		if isIntegral(n.Text) {
			return schema.TypeNumber
		}
		return schema.TypeFloat
	case source.Bool:
		return schema.TypeBoolean
	}
	return schema.TypeNull
}

// isIntegral reports whether a number written as a float ("3.0", "1e3") has an integer value.
func isIntegral(text string) bool {
	f, err := strconv.ParseFloat(text, 64)
	return err == nil && f == float64(int64(f))
}

// describe says in plain words what one alternative of a scalar accepts, for messages about
// values that match none.
func describe(d *schema.Def) string {
	if c, ok := d.Const(); ok {
		return c.Quoted()
	}
	var parts []string
	minL, maxL := "", ""
	for _, c := range d.Constraints() {
		switch c.Class {
		case schema.ClassEnum:
			vals := make([]string, len(c.Enum))
			for i, e := range c.Enum {
				vals[i] = strconv.Quote(e.Text)
			}
			return "one of " + strings.Join(vals, ", ")
		case schema.ClassMinLength:
			minL = strconv.Itoa(c.Length)
		case schema.ClassMaxLength:
			maxL = strconv.Itoa(c.Length)
		case schema.ClassMin, schema.ClassMax:
			parts = append(parts, boundWords(c))
		case schema.ClassPattern:
			parts = append(parts, "matching "+c.Pattern)
		}
	}
	if l := lengthWords(minL, maxL); l != "" {
		parts = append([]string{l}, parts...)
	}
	return strings.TrimSpace("a " + expectedTypes(d.Types()) + " " + strings.Join(parts, ", "))
}

func lengthWords(minL, maxL string) string {
	switch {
	case minL != "" && minL == maxL:
		return "of exactly " + minL + " characters"
	case minL != "" && maxL != "":
		return "of " + minL + " to " + maxL + " characters"
	case minL != "":
		return "of at least " + minL + " characters"
	case maxL != "":
		return "of at most " + maxL + " characters"
	}
	return ""
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
