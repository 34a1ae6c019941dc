package lint

import (
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"

	"cuelang.org/go/cue"
)

// The checker's walk decides where findings go and what they say; it asks three questions
// of the schema on the way, answered here: by the native engine when it can tell, by CUE when
// it cannot or when the linter runs the CUE engine. Both engines share the walk, so they
// differ only in these answers, which the differential tests compare.

// auditNative, set by tests, is told every answer the native engine gave with CUE's answer
// to the same question; nil in nflint itself.
var auditNative func(question string, def *schema.Def, n *source.Node, lenient, native, cue bool)

// auditAsked, set by tests, is told each question the native engine left to CUE.
var auditAsked func(question string)

func asked(question string) {
	if auditAsked != nil {
		auditAsked(question)
	}
}

// value builds n's CUE value in the checker's context and counts it: a context grows with
// every value built in it and is renewed after enough documents that built any (engine.tick).
func (c *checker) value(n *source.Node) cue.Value {
	if c.built != nil {
		*c.built++
	}
	return value(c.ctx, n, c.mode())
}

// valid reports whether n satisfies def.
func (c *checker) valid(def *schema.Def, n *source.Node) bool {
	if c.native != nil {
		if r := c.native.valid(def, n, c.lenient); r != ask {
			if auditNative != nil {
				auditNative("valid", def, n, c.lenient, r == yes, c.failure(def, n) == nil)
			}
			return r == yes
		}
		asked("valid")
	}
	return c.failure(def, n) == nil
}

// holds reports whether n meets constraint i of def alone. partial is set for a string with
// a placeholder inside, which stands for some string: only a constraint no string can meet
// fails.
func (c *checker) holds(def *schema.Def, i int, n *source.Node, partial bool) bool {
	if c.native != nil {
		if r := c.native.holds(def, i, n, partial, c.lenient); r != ask {
			if auditNative != nil {
				auditNative("holds", def, n, c.lenient, r == yes, c.cueHolds(def.Constraints()[i], n, partial))
			}
			return r == yes
		}
		asked("holds")
	}
	return c.cueHolds(def.Constraints()[i], n, partial)
}

func (c *checker) cueHolds(k schema.Constraint, n *source.Node, partial bool) bool {
	v := c.value(n)
	if partial {
		return k.Value.Unify(v).Validate() == nil
	}
	err := k.Value.Unify(v).Validate(cue.Concrete(true))
	return err == nil || c.excused(err, n)
}

// requiredWith returns the fields of def the object n requires, its conditional fields
// included as n's values decide them.
func (c *checker) requiredWith(def *schema.Def, n *source.Node) map[string]bool {
	if c.native != nil {
		if now, ok := c.native.requiredWith(def, n, c.lenient); ok {
			if auditNative != nil {
				ref := def.RequiredWith(c.value(n))
				for _, f := range def.Fields() {
					if f.RequiredWhen != "" && n.Member(f.Name) == nil { // the walk asks about missing fields only
						auditNative("required "+f.Name, def, n, c.lenient, now[f.Name], ref[f.Name])
					}
				}
			}
			return now
		}
		asked("required")
	}
	return def.RequiredWith(c.value(n))
}
