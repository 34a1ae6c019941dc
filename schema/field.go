package schema

import (
	"fmt"
	"strings"

	"cuelang.org/go/cue"
)

// A Field is one field an object definition declares.
type Field struct {
	Name     string
	Required bool // required whatever the other fields say (f!: in CUE)
	// RequiredWhen names the sibling whose value makes this field required, from
	// @nflint(requiredWhen="trigger"); the values that do are in the object's Conditions.
	RequiredWhen string
	// Deprecated is set for fields the API pages mark deprecated; DeprecatedNote says why and
	// what replaces the field ("use buildPlan for build resources instead"), "" when they
	// do not say.
	Deprecated     bool
	DeprecatedNote string
	// TakesRef is set for fields of the template node language that also accept a template
	// reference, a string with ${...} in it (@nflint(ref), from the reference's extra
	// alternative (string) (pattern: .*\${.*}.*)). Other fields accept none.
	TakesRef bool

	value cue.Value
	s     *Schema
	def   lazy[*Def]
	doc   lazy[string]
}

// Def is the definition of the field's values.
func (f *Field) Def() *Def { return f.def.get(func() *Def { return f.s.Read(f.value) }) }

// Doc is the field's description from the API page, "" when the page gives none (or the
// schema was loaded without descriptions).
func (f *Field) Doc() string { return f.doc.get(func() string { return docOf(f.value) }) }

type fieldSet struct {
	list   []*Field
	byName map[string]*Field
}

func (d *Def) fieldSet() fieldSet {
	return d.fields.get(func() fieldSet {
		raw := fieldsOf(d.Value)
		fs := fieldSet{list: make([]*Field, 0, len(raw)), byName: make(map[string]*Field, len(raw))}
		for _, r := range raw {
			f := &Field{Name: r.Name, Required: r.Required, value: r.Value, s: d.s}
			f.RequiredWhen, _ = attr(r.Value, "requiredWhen")
			f.DeprecatedNote, f.Deprecated = attr(r.Value, "deprecated")
			f.TakesRef = attrFlag(r.Value, "ref")
			fs.list = append(fs.list, f)
			fs.byName[f.Name] = f
		}
		return fs
	})
}

// Fields lists the data fields the definition declares, required, optional or regular, in
// definition order. An open object's "..." declares none.
func (d *Def) Fields() []*Field { return d.fieldSet().list }

// Field returns the declared field of that name.
func (d *Def) Field(name string) (*Field, bool) {
	f, ok := d.fieldSet().byName[name]
	return f, ok
}

// A Condition is a field required only when a sibling has one of some values, such as
// customCommand when configType is "customCommand".
type Condition struct {
	Field   string
	Trigger string
	Values  []Const // the trigger's values that make Field required; nil when they cannot be listed
}

// When says the condition in words: `configType is "customCommand" or "x"`, with the values
// as JSON; "" when the values cannot be listed.
func (c Condition) When() string {
	if len(c.Values) == 0 {
		return ""
	}
	vals := make([]string, len(c.Values))
	for i, v := range c.Values {
		vals[i] = v.JSON
	}
	if len(vals) == 1 {
		return fmt.Sprintf("%s is %s", c.Trigger, vals[0])
	}
	return fmt.Sprintf("%s is %s or %s", c.Trigger, strings.Join(vals[:len(vals)-1], ", "), vals[len(vals)-1])
}

// Conditions lists the object's conditional requirements, in field order. Filling the
// trigger with each of its allowed values tells which values require the field, so the
// answer comes from the same CUE the checker evaluates rather than from reading the `if`
// clauses a second way.
func (d *Def) Conditions() []Condition {
	return d.conds.get(func() []Condition {
		var out []Condition
		for _, f := range d.Fields() {
			if f.Required || f.RequiredWhen == "" {
				continue
			}
			if c, ok := d.condition(f); ok {
				out = append(out, c)
			}
		}
		return out
	})
}

func (d *Def) condition(f *Field) (Condition, bool) {
	t, ok := d.Field(f.RequiredWhen)
	if !ok {
		return Condition{}, false
	}
	c := Condition{Field: f.Name, Trigger: t.Name}
	vals := triggerValues(t.Def())
	if vals == nil {
		return c, true // a trigger without a set of values: the condition is known, its values are not
	}
	for _, val := range vals {
		filled := d.Value.FillPath(cue.MakePath(cue.Str(t.Name)), val.v)
		for _, g := range fieldsOf(filled) {
			if g.Name == f.Name && g.Required {
				c.Values = append(c.Values, val)
			}
		}
	}
	return c, len(c.Values) > 0
}

// triggerValues are the values a trigger can take: its allowed constants, or true and false
// for a boolean.
func triggerValues(t *Def) []Const {
	var enum []Const
	for _, c := range t.Constraints() {
		if c.Class == ClassEnum {
			enum = c.Enum
		}
	}
	if enum != nil {
		return enum
	}
	if t.Value.IncompleteKind() == cue.BoolKind {
		ctx := t.s.ctx
		return []Const{constOf(ctx.CompileString("true")), constOf(ctx.CompileString("false"))}
	}
	return nil
}
