package lint

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/literal"
	"cuelang.org/go/cue/token"
	cuetime "cuelang.org/go/pkg/time"
	cueuuid "cuelang.org/go/pkg/uuid"

	"github.com/cockroachdb/apd/v3"
)

// A check is one constraint of a definition compiled for the native engine. The formats
// call CUE's own validators (the Go functions behind time.Time and uuid.Valid) and patterns
// are Go regular expressions, as CUE's =~ is: the same code decides, not a second reading.
type check struct {
	class schema.Class
	ask   bool // only CUE can tell

	other schema.Types // ClassOther: the kinds the conjunct accepts (a struct or list literal, _)

	enum []enumValue

	bound     apd.Decimal
	exclusive bool

	length int

	re      *regexp.Regexp
	negated bool
	matched map[string]bool // re's answers: specs repeat their values, file after file

	format func(string) bool

	oneOf []*schema.Def
}

func compileCheck(k schema.Constraint) check {
	c := check{class: k.Class}
	switch k.Class {
	case schema.ClassEnum:
		for _, v := range k.Enum {
			ev, ok := enumValueOf(v)
			c.ask = c.ask || !ok
			c.enum = append(c.enum, ev)
		}
	case schema.ClassMin, schema.ClassMax:
		c.exclusive = k.Exclusive
		c.ask = !parseDecimal(k.Bound, &c.bound)
	case schema.ClassMinLength, schema.ClassMaxLength:
		c.length = k.Length
		c.ask = k.Length < 0
	case schema.ClassPattern:
		c.negated = k.Negated
		c.re = pattern(k.Pattern)
		c.ask = c.re == nil
	case schema.ClassFormat:
		c.format = formatCheck(k.Format)
		c.ask = c.format == nil
	case schema.ClassOneOf:
		c.oneOf = k.OneOf
	case schema.ClassOther:
		switch kind := k.Value.IncompleteKind(); kind {
		case cue.TopKind:
			c.other = schema.TypeAny
		case cue.StructKind:
			c.other = schema.TypeObject
		case cue.ListKind:
			c.other = schema.TypeArray
		default:
			c.ask = true
		}
	}
	return c
}

// holds answers whether n, a value that is not a placeholder, meets the constraint alone.
func (c *check) holds(e *natives, n *source.Node, lenient bool) tri {
	if c.ask {
		return ask
	}
	switch c.class {
	case schema.ClassType:
		return yes
	case schema.ClassAlternatives:
		if n.Kind == source.Object {
			return yes // the object's branches are counted with its fields
		}
		return ask
	case schema.ClassOther:
		// a struct or list literal: the definition's fields or items check the rest
		return triOf(c.other&nodeTypes(n) != 0)
	case schema.ClassEnum:
		r := no
		for _, v := range c.enum {
			switch v.matches(n) {
			case yes:
				return yes
			case ask:
				r = ask
			}
		}
		return r
	case schema.ClassOneOf:
		return e.oneOf(c.oneOf, n, lenient)
	case schema.ClassMin, schema.ClassMax:
		var d apd.Decimal
		if n.Kind != source.Int && n.Kind != source.Float {
			return no
		}
		if _, ok := decimalOf(n, &d); !ok {
			return ask
		}
		cmp := d.Cmp(&c.bound)
		if c.class == schema.ClassMax {
			cmp = -cmp
		}
		return triOf(cmp > 0 || cmp == 0 && !c.exclusive)
	case schema.ClassMinLength, schema.ClassMaxLength:
		var have int
		switch n.Kind {
		case source.String:
			have = utf8.RuneCountInString(n.Text)
		case source.Array:
			have = len(n.Items)
		default:
			return no
		}
		if c.class == schema.ClassMinLength {
			return triOf(have >= c.length)
		}
		return triOf(have <= c.length)
	case schema.ClassPattern:
		if n.Kind != source.String {
			return no
		}
		return triOf(c.match(n.Text) != c.negated)
	case schema.ClassFormat:
		if n.Kind != source.String {
			return no
		}
		return triOf(c.format(n.Text))
	}
	return ask
}

// matchedLimit bounds what one pattern remembers: past it, answers are computed each time.
const matchedLimit = 256

// match runs the pattern on s, remembering the answer: a run matches the same plans, ports
// and branch names in every file, and the regular expression was a twentieth of its CPU.
func (c *check) match(s string) bool {
	ok, seen := c.matched[s]
	if seen {
		return ok
	}
	ok = c.re.MatchString(s)
	if c.matched == nil {
		c.matched = map[string]bool{}
	}
	if len(c.matched) < matchedLimit {
		c.matched[strings.Clone(s)] = ok // not the file's bytes, which the key would keep alive
	}
	return ok
}

// holdsPartial answers whether a string with a placeholder inside, which stands for some
// string, can meet the constraint: only one no string meets fails. The constraints on a
// string's text are not asked: it has none yet.
func (c *check) holdsPartial() tri {
	if c.ask {
		return ask
	}
	switch c.class {
	case schema.ClassType:
		return yes
	case schema.ClassEnum:
		for _, v := range c.enum {
			if v.typ == schema.TypeString {
				return yes
			}
		}
		return no
	case schema.ClassMin, schema.ClassMax:
		return no // a number's bound and a string conflict
	case schema.ClassOther:
		return triOf(c.other&schema.TypeString != 0)
	}
	return ask
}

// oneOf answers whether n satisfies one of a disjunction's alternatives. Two object or list
// alternatives that both accept it leave CUE a choice it may call ambiguous: CUE decides.
func (e *natives) oneOf(alts []*schema.Def, n *source.Node, lenient bool) tri {
	r, matched, composite := no, 0, false
	for _, a := range alts {
		switch e.valid(a, n, lenient) {
		case yes:
			matched++
			composite = composite || e.of(a).types&(schema.TypeObject|schema.TypeArray) != 0
		case ask:
			r = ask
		}
	}
	switch {
	case matched > 1 && composite:
		return ask
	case matched > 0:
		return yes
	}
	return r
}

// An enumValue is one allowed constant, ready to compare with nodes.
type enumValue struct {
	typ   schema.Types
	text  string
	num   apd.Decimal
	isInt bool
}

func enumValueOf(v schema.Const) (enumValue, bool) {
	ev := enumValue{typ: v.Type, text: v.Text}
	switch v.Type {
	case schema.TypeString, schema.TypeBoolean, schema.TypeNull:
		return ev, true
	case schema.TypeInteger, schema.TypeFloat:
		ev.isInt = v.Type == schema.TypeInteger
		return ev, parseDecimal(v.Text, &ev.num)
	}
	return ev, false
}

// matches answers whether n is this constant.
func (v *enumValue) matches(n *source.Node) tri {
	switch v.typ {
	case schema.TypeString:
		return triOf(n.Kind == source.String && n.Text == v.text)
	case schema.TypeBoolean:
		return triOf(n.Kind == source.Bool && n.Bool == (v.text == "true"))
	case schema.TypeNull:
		return triOf(n.Kind == source.Null)
	}
	if n.Kind != source.Int && n.Kind != source.Float {
		return no
	}
	var d apd.Decimal
	isInt, ok := decimalOf(n, &d)
	switch {
	case !ok:
		return ask
	case d.Cmp(&v.num) != 0:
		return no
	case isInt != v.isInt:
		return ask // 3 against 3.0: CUE's kinds decide
	}
	return yes
}

// cueType is the type of the CUE value the CUE engine builds from n (build.go): 3.0 is an
// integer there. ok is false for the numbers JSON has no form for.
func cueType(n *source.Node) (schema.Types, bool) {
	if n.Kind == source.Int || n.Kind == source.Float {
		_, kind, _, ok := numberLiteral(n)
		if kind == token.INT {
			return schema.TypeInteger, ok
		}
		return schema.TypeFloat, ok
	}
	return nodeTypes(n), true
}

// decimalOf reads a number node as CUE reads the literal the CUE engine builds from it.
func decimalOf(n *source.Node, d *apd.Decimal) (isInt, ok bool) {
	text, kind, neg, ok := numberLiteral(n)
	if !ok || !parseDecimal(text, d) {
		return false, false
	}
	if neg {
		d.Neg(d)
	}
	return kind == token.INT, true
}

func parseDecimal(text string, d *apd.Decimal) bool {
	neg := len(text) > 0 && text[0] == '-'
	if neg {
		text = text[1:]
	}
	var info literal.NumInfo
	if literal.ParseNum(text, &info) != nil || info.Decimal(d) != nil {
		return false
	}
	if neg {
		d.Neg(d)
	}
	return true
}

// patterns holds the compiled regular expressions, shared by every prog and worker: the
// schema repeats a few dozen patterns across hundreds of fields.
var patterns sync.Map // string -> *regexp.Regexp, nil when it does not compile

func pattern(expr string) *regexp.Regexp {
	if re, ok := patterns.Load(expr); ok {
		return re.(*regexp.Regexp)
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		re = nil
	}
	patterns.Store(expr, re)
	return re
}

// formatCheck is the validator of a format, nil for one only CUE can apply.
func formatCheck(name string) func(string) bool {
	switch name {
	case "date-time":
		return func(s string) bool { ok, err := cuetime.Time(s); return ok && err == nil }
	case "uuid":
		return func(s string) bool { return cueuuid.Valid(s) == nil }
	}
	return nil
}
