package schema

import (
	"fmt"
	"sort"
	"strings"

	"cuelang.org/go/cue"
)

// A Class is what kind of demand one constraint makes.
type Class uint8

// The classes, in the order the checker tries them: a value that is not one of the allowed
// values is reported as such, not as out of range too.
const (
	ClassType         Class = iota // the conjunct only names a type (string, int): the kind check covers it
	ClassEnum                      // one of some constant values
	ClassOneOf                     // one of some alternatives that are not all constants
	ClassMin                       // a number at or above (above, if Exclusive) Bound
	ClassMax                       // a number at or below (below, if Exclusive) Bound
	ClassMinLength                 // at least Length characters of a string, or items of a list
	ClassMaxLength                 // at most Length characters or items
	ClassPattern                   // a string matching (not matching, if Negated) Pattern
	ClassFormat                    // a string in a named format: date-time, uuid, ...
	ClassAlternatives              // matchN over objects: read it with Def.Alternatives
	ClassOther                     // anything else: a struct or list conjunct, an unknown builtin
)

var classNames = [...]string{"type", "enum", "one-of", "min", "max", "min-length", "max-length", "pattern",
	"format", "alternatives", "other"}

func (c Class) String() string { return classNames[c] }

// Order is the class's place in the checking order; the two bounds share one, as do the two
// lengths.
func (c Class) Order() int {
	switch c {
	case ClassMax:
		return int(ClassMin)
	case ClassMaxLength:
		return int(ClassMinLength)
	}
	return int(c)
}

// A Constraint is one conjunct of a definition, read as a JSON Schema keyword would say it.
type Constraint struct {
	Class Class
	// Value is the conjunct itself: the checker unifies data with it to tell which one a value
	// breaks.
	Value     cue.Value
	Enum      []Const // ClassEnum: the allowed values, as written, without repeats
	OneOf     []*Def  // ClassOneOf: the alternatives
	Bound     string  // ClassMin, ClassMax: the number as written
	Exclusive bool    // ClassMin, ClassMax: > or < rather than >= or <=
	Length    int     // ClassMinLength, ClassMaxLength
	Pattern   string  // ClassPattern: a regular expression, RE2 syntax; unanchored, as in JSON Schema
	Negated   bool    // ClassPattern: the value must not match
	Words     string  // ClassPattern: the pattern in plain words, "" when there is no reading
	Format    string  // ClassFormat: the JSON Schema format name

	ctx *cue.Context // the schema's, to encode values to check
}

// Accepts reports whether a Go value, as encoding/json would decode it, satisfies this
// constraint alone.
func (c Constraint) Accepts(x any) bool { return accepts(c.ctx, c.Value, x) }

// Constraints lists the definition's conjuncts as constraints, in checking order (stable:
// constraints of one class keep the order they are written in).
func (d *Def) Constraints() []Constraint {
	return d.cons.get(func() []Constraint {
		var out []Constraint
		for _, k := range conjuncts(d.Value) {
			out = append(out, d.classify(k)...)
		}
		for i := range out {
			out[i].ctx = d.s.ctx
		}
		sort.SliceStable(out, func(i, j int) bool { return out[i].Class.Order() < out[j].Class.Order() })
		return out
	})
}

// classify reads one conjunct. A disjunction one of whose alternatives accepts everything
// the others do is that alternative, and may read as several constraints.
func (d *Def) classify(k cue.Value) []Constraint {
	op, args := k.Expr()
	c := Constraint{Class: ClassOther, Value: k}
	switch op {
	case cue.OrOp:
		return d.disjunction(k, args)
	case cue.GreaterThanEqualOp, cue.GreaterThanOp:
		c.Class, c.Bound, c.Exclusive = ClassMin, fmt.Sprint(args[0]), op == cue.GreaterThanOp
	case cue.LessThanEqualOp, cue.LessThanOp:
		c.Class, c.Bound, c.Exclusive = ClassMax, fmt.Sprint(args[0]), op == cue.LessThanOp
	case cue.RegexMatchOp, cue.NotRegexMatchOp:
		c.Class, c.Negated = ClassPattern, op == cue.NotRegexMatchOp
		c.Pattern, _ = args[0].String()
		c.Words = PatternWords(c.Pattern)
	case cue.CallOp:
		call(&c, args)
	case cue.NoOp:
		switch {
		case isScalarConst(k):
			c.Class, c.Enum = ClassEnum, d.enum([]cue.Value{k})
		case k.IncompleteKind()&^(cue.NumberKind|cue.StringKind|cue.BoolKind|cue.NullKind) == 0:
			c.Class = ClassType
		}
	}
	return []Constraint{c}
}

func (d *Def) disjunction(k cue.Value, args []cue.Value) []Constraint {
	all := true
	for _, a := range args {
		all = all && isScalarConst(a)
	}
	if all {
		return []Constraint{{Class: ClassEnum, Value: k, Enum: d.enum(args)}}
	}
	if w, ok := widest(args); ok {
		var out []Constraint
		for _, c := range conjuncts(w) {
			out = append(out, d.classify(c)...)
		}
		return out
	}
	c := Constraint{Class: ClassOneOf, Value: k}
	for _, a := range args {
		c.OneOf = append(c.OneOf, d.s.Read(a))
	}
	return []Constraint{c}
}

// widest returns the alternative that accepts everything the others do, if one does:
// ("HTTP" | "HTTP/2") | ("HTTP" | "HTTP/2" | "TCP" | "UDP") is the second, and
// string | (string & =~"...") is string.
func widest(args []cue.Value) (cue.Value, bool) {
	for _, a := range args {
		all := true
		for _, b := range args {
			all = all && a.Subsume(b) == nil
		}
		if all {
			return a, true
		}
	}
	return cue.Value{}, false
}

// call reads the builtins the schema uses as constraints.
func call(c *Constraint, args []cue.Value) {
	name := strings.TrimSuffix(fmt.Sprint(args[0]), "()") // a call without arguments shows as itself
	switch {
	case len(args) == 3 && name == "matchN":
		c.Class = ClassAlternatives
	case len(args) == 2 && (name == "strings.MinRunes" || name == "list.MinItems"):
		c.Class, c.Length = ClassMinLength, intArg(args[1])
	case len(args) == 2 && (name == "strings.MaxRunes" || name == "list.MaxItems"):
		c.Class, c.Length = ClassMaxLength, intArg(args[1])
	case len(args) == 1 && formats[name] != "":
		c.Class, c.Format = ClassFormat, formats[name]
	}
}

// formats are the CUE validators that JSON Schema names as formats.
var formats = map[string]string{
	"time.Time": "date-time", "net.IPv4": "ipv4", "net.IPv6": "ipv6", "net.FQDN": "hostname",
	"net.AbsURL": "uri", "uuid.Valid": "uuid",
}

func intArg(v cue.Value) int {
	n, err := v.Int64()
	if err != nil {
		return -1
	}
	return int(n)
}

// Implied reports whether the definition's other constraints already imply constraint i of
// Constraints: the build storage minimum 16384, which every allowed size meets, adds nothing,
// and no value can break it alone.
func (d *Def) Implied(i int) bool {
	cs := d.Constraints()
	if len(cs) < 2 {
		return false
	}
	var rest cue.Value
	for j, c := range cs {
		switch {
		case j == i:
		case !rest.Exists():
			rest = c.Value
		default:
			rest = rest.Unify(c.Value)
		}
	}
	return cs[i].Value.Subsume(rest, cue.Final()) == nil
}
