// Package export writes nflint's definitions out for tools other than the linter: a JSON
// Schema for editors. It reads the definitions through package schema's reader, the same
// reading the checker uses, so an editor and CI never disagree about what a field accepts.
package export

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/nflint/nflint/schema"
)

// Draft is the JSON Schema version nflint writes. Draft-07 is the version yaml-language-server
// (VS Code's YAML extension, and the editors built on it) implements; it warns that 2019-09
// and 2020-12 schemas are "not yet fully supported" (redhat-developer/vscode-yaml#726,
// yaml-language-server#856). Nothing nflint needs is missing from draft-07: if/then carries the
// conditional requirements, oneOf/anyOf the alternatives.
const Draft = "http://json-schema.org/draft-07/schema#"

// JSONSchema returns the JSON Schema (draft-07) of a kind's documents, indented, with a final
// newline. It is generated from the kind's CUE definition; cuelang.org/go's own
// encoding/jsonschema.Generate was not used because it writes only 2020-12, drops the
// conditional requirements, and turns an open object ({...}) into "const": {}, which rejects
// every runtimeEnvironment with a variable in it.
func JSONSchema(s *schema.Schema, k *schema.Kind) ([]byte, error) {
	def := s.Def(k)
	if err := def.Err(); err != nil {
		return nil, fmt.Errorf("kind %s: %v", k.Name, err)
	}
	g := newGenerator()
	out := g.inline(def)
	out["$schema"] = Draft
	out["title"] = fmt.Sprintf("Northflank %s (%s %s body)", k.Name, k.Endpoint, k.Body)
	if d := def.Doc(); d != "" {
		out["description"] = d
	}
	if len(g.defs) > 0 {
		out["definitions"] = g.defs
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// A generator writes one schema; named CUE definitions become JSON Schema definitions, so
// each is written once and an editor's hover names it.
type generator struct {
	defs     map[string]map[string]any
	patterns map[string]string // each Go pattern met, translated; "" when it has no translation
}

func newGenerator() *generator {
	return &generator{defs: map[string]map[string]any{}, patterns: map[string]string{}}
}

// value translates a field's value: a reference to a definition, or the value inline.
func (g *generator) value(d *schema.Def) map[string]any {
	ref := d.Ref()
	if ref == nil {
		return g.inline(d)
	}
	name := ref.Name()
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = map[string]any{} // a placeholder, in case a definition refers to itself
		body := g.inline(ref.Def)
		if doc := ref.Def.Doc(); doc != "" {
			body["description"] = doc
		}
		g.defs[name] = body
	}
	return map[string]any{"$ref": "#/definitions/" + name}
}

// inline translates a value's own constraints.
func (g *generator) inline(d *schema.Def) map[string]any {
	out := map[string]any{}
	types := d.Types()
	switch names := types.Names(); len(names) {
	case 0:
	case 1:
		out["type"] = names[0]
	default:
		out["type"] = names
	}
	g.scalar(out, d)
	g.alternatives(out, d.Alternatives())
	if types&schema.TypeObject != 0 {
		g.object(out, d)
	}
	if types&schema.TypeArray != 0 {
		// an item of any type is written as no "items" at all
		if e := d.Elem(); e != nil {
			if items := g.value(e); len(items) > 0 {
				out["items"] = items
			}
		}
	}
	return out
}

// scalar writes allowed values, bounds, lengths, patterns, formats and disjunctions.
func (g *generator) scalar(out map[string]any, d *schema.Def) {
	minKey, maxKey := "minLength", "maxLength"
	if d.Types() == schema.TypeArray {
		minKey, maxKey = "minItems", "maxItems"
	}
	for _, c := range d.Constraints() {
		switch c.Class {
		case schema.ClassEnum:
			delete(out, "const")
			delete(out, "enum")
			if len(c.Enum) == 1 {
				out["const"] = json.RawMessage(c.Enum[0].JSON)
			} else {
				out["enum"] = rawAll(c.Enum)
			}
		case schema.ClassMin, schema.ClassMax:
			out[boundKey(c)] = json.Number(c.Bound)
		case schema.ClassMinLength:
			setLength(out, minKey, c.Length)
		case schema.ClassMaxLength:
			setLength(out, maxKey, c.Length)
		case schema.ClassPattern:
			g.pattern(out, c)
		case schema.ClassFormat:
			out["format"] = c.Format
		case schema.ClassOneOf:
			out["anyOf"] = g.values(c.OneOf)
		}
	}
	if v, ok := d.Default(); ok {
		out["default"] = json.RawMessage(v.JSON)
	}
}

// setLength writes a length; a length CUE gives as no integer (-1) is left out.
func setLength(out map[string]any, key string, n int) {
	if n >= 0 {
		out[key] = n
	}
}

func boundKey(c schema.Constraint) string {
	switch {
	case c.Class == schema.ClassMin && c.Exclusive:
		return "exclusiveMinimum"
	case c.Class == schema.ClassMin:
		return "minimum"
	case c.Exclusive:
		return "exclusiveMaximum"
	}
	return "maximum"
}

// pattern writes the first pattern as "pattern", and any further or negated one in allOf,
// each in ECMAScript's syntax (ecmaPattern). A pattern without an ECMAScript equivalent is
// left out, with a $comment saying so: an editor then accepts more than nflint does, never
// less.
func (g *generator) pattern(out map[string]any, c schema.Constraint) {
	p, ok := g.patterns[c.Pattern]
	if !ok {
		var err error
		if p, err = ecmaPattern(c.Pattern); err != nil {
			p = ""
		}
		g.patterns[c.Pattern] = p
	}
	switch {
	case p == "":
		note := fmt.Sprintf("nflint also checks the pattern %q, which has no ECMAScript equivalent", c.Pattern)
		if prev, ok := out["$comment"].(string); ok {
			note = prev + "; " + note
		}
		out["$comment"] = note
	case c.Negated:
		allOf(out, map[string]any{"not": map[string]any{"pattern": p}})
	case out["pattern"] == nil:
		out["pattern"] = p
	default:
		allOf(out, map[string]any{"pattern": p})
	}
}

// alternatives writes an object's oneOf/anyOf.
func (g *generator) alternatives(out map[string]any, a *schema.Alternatives) {
	if a == nil {
		return
	}
	bs := make([]*schema.Def, len(a.Branches))
	for i, b := range a.Branches {
		bs[i] = b.Def
	}
	switch a.Count {
	case schema.ExactlyOne:
		out["oneOf"] = g.values(bs)
	case schema.AtLeastOne:
		out["anyOf"] = g.values(bs)
	case schema.AtMostOne:
		// at most one: exactly one of the branches or "none of them"
		out["oneOf"] = append(g.values(bs), map[string]any{"not": map[string]any{"anyOf": g.values(bs)}})
	}
}

func (g *generator) values(ds []*schema.Def) []any {
	var out []any
	for _, d := range ds {
		out = append(out, g.value(d))
	}
	return out
}

// object writes an object's fields, their requirements and its closedness.
func (g *generator) object(out map[string]any, d *schema.Def) {
	conds := d.Conditions()
	props := map[string]any{}
	var required []string
	for _, f := range d.Fields() {
		props[f.Name] = g.property(f, conds)
		if f.Required {
			required = append(required, f.Name)
		}
	}
	if len(props) > 0 {
		out["properties"] = props
	}
	if len(required) > 0 {
		out["required"] = required
	}
	if x := d.Extra(); x != nil {
		out["additionalProperties"] = g.value(x)
	} else if d.Closed() && d.Alternatives() == nil {
		// with alternatives, each branch is closed on its own terms
		out["additionalProperties"] = false
	}
	for _, c := range conds {
		if len(c.Values) == 0 {
			continue
		}
		allOf(out, map[string]any{
			"if": map[string]any{
				"properties": map[string]any{c.Trigger: map[string]any{"enum": rawAll(c.Values)}},
				"required":   []string{c.Trigger},
			},
			"then": map[string]any{"required": []string{c.Field}},
		})
	}
}

// property translates one field with its description, conditions and deprecation.
func (g *generator) property(f *schema.Field, conds []schema.Condition) map[string]any {
	p := g.value(f.Def())
	desc := f.Doc()
	for _, c := range conds {
		if c.Field == f.Name {
			desc = joinSentences(desc, conditionText(c))
		}
	}
	if f.Deprecated {
		// "deprecated" is the standard keyword (2019-09, which ajv knows in every draft and VS
		// Code's JSON editor shows); the description carries the note to every editor's hover.
		// yaml-language-server warns only on its own "deprecationMessage", which ajv's
		// strict mode rejects as an unknown keyword.
		msg := "Deprecated"
		if f.DeprecatedNote != "" {
			msg += ": " + f.DeprecatedNote
		}
		desc = joinSentences(desc, msg+".")
		p["deprecated"] = true
	}
	if desc != "" {
		p["description"] = desc
	}
	return p
}

// conditionText says the condition as a sentence: `Required when configType is "customCommand".`
func conditionText(c schema.Condition) string {
	if w := c.When(); w != "" {
		return "Required when " + w + "."
	}
	return fmt.Sprintf("Required depending on %s.", c.Trigger)
}

func joinSentences(a, b string) string {
	if a == "" {
		return b
	}
	if !strings.HasSuffix(a, ".") {
		a += "."
	}
	return a + " " + b
}

func allOf(out map[string]any, s map[string]any) {
	list, _ := out["allOf"].([]any)
	out["allOf"] = append(list, s)
}

func rawAll(cs []schema.Const) []any {
	out := make([]any, len(cs))
	for i, c := range cs {
		out[i] = json.RawMessage(c.JSON)
	}
	return out
}
