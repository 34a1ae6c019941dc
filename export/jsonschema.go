package export

import (
	"encoding/json"
	"fmt"
	"strings"

	"cuelang.org/go/cue"

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
	def := s.Definition(k)
	if err := def.Err(); err != nil {
		return nil, fmt.Errorf("kind %s: %v", k.Name, err)
	}
	g := &generator{defs: map[string]map[string]any{}}
	out := g.inline(def)
	out["$schema"] = Draft
	out["title"] = fmt.Sprintf("Northflank %s (%s %s body)", k.Name, k.Endpoint, k.Body)
	if d := Doc(def); d != "" {
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
	defs map[string]map[string]any
}

// value translates a field's value: a reference to a definition, or the value inline.
func (g *generator) value(v cue.Value) map[string]any {
	root, p := v.ReferencePath()
	name := defName(p)
	if name == "" {
		return g.inline(v)
	}
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = map[string]any{} // a placeholder, in case a definition refers to itself
		def := root.LookupPath(p)
		body := g.inline(def)
		if d := Doc(def); d != "" {
			body["description"] = d
		}
		g.defs[name] = body
	}
	return map[string]any{"$ref": "#/definitions/" + name}
}

// defName is the JSON Schema name of a reference to a definition, or "" for other values.
func defName(p cue.Path) string {
	sels := p.Selectors()
	if len(sels) == 0 || sels[0].LabelType() != cue.DefinitionLabel {
		return ""
	}
	var parts []string
	for _, s := range sels {
		parts = append(parts, strings.TrimPrefix(s.String(), "#"))
	}
	return strings.Join(parts, ".")
}

// inline translates a value's own constraints.
func (g *generator) inline(v cue.Value) map[string]any {
	f := Read(v)
	out := map[string]any{}
	switch len(f.Types) {
	case 0:
	case 1:
		out["type"] = f.Types[0]
	default:
		out["type"] = f.Types
	}
	scalar(out, f)
	g.combinators(out, f)
	kind := schema.KindOf(v)
	if kind&cue.StructKind != 0 {
		g.object(out, v, f)
	}
	if kind&cue.ListKind != 0 {
		// an item of any type is written as no "items" at all
		if e, ok := Elem(v); ok {
			if items := g.value(e); len(items) > 0 {
				out["items"] = items
			}
		}
	}
	return out
}

// scalar writes allowed values, bounds, lengths and patterns.
func scalar(out map[string]any, f Facts) {
	switch len(f.Enum) {
	case 0:
	case 1:
		out["const"] = raw(f.Enum[0])
	default:
		var vals []any
		for _, e := range f.Enum {
			vals = append(vals, raw(e))
		}
		out["enum"] = vals
	}
	bound := map[cue.Op]string{cue.GreaterThanEqualOp: "minimum", cue.GreaterThanOp: "exclusiveMinimum",
		cue.LessThanEqualOp: "maximum", cue.LessThanOp: "exclusiveMaximum"}
	for _, b := range f.Bounds {
		out[bound[b.Op]] = json.Number(b.Value)
	}
	minKey, maxKey := "minLength", "maxLength"
	if len(f.Types) == 1 && f.Types[0] == "array" {
		minKey, maxKey = "minItems", "maxItems"
	}
	if f.MinLen >= 0 {
		out[minKey] = f.MinLen
	}
	if f.MaxLen >= 0 {
		out[maxKey] = f.MaxLen
	}
	for _, p := range f.Patterns {
		switch {
		case p.Negated:
			allOf(out, map[string]any{"not": map[string]any{"pattern": p.Expr}})
		case out["pattern"] == nil:
			out["pattern"] = p.Expr
		default:
			allOf(out, map[string]any{"pattern": p.Expr})
		}
	}
	if f.HasDefault {
		out["default"] = raw(f.Default)
	}
}

// combinators writes disjunctions and an object's alternatives.
func (g *generator) combinators(out map[string]any, f Facts) {
	if len(f.Alternatives) > 0 {
		out["anyOf"] = g.values(f.Alternatives)
	}
	if len(f.Branches) == 0 {
		return
	}
	bs := g.values(f.Branches)
	switch f.Count {
	case "1":
		out["oneOf"] = bs
	case ">=1":
		out["anyOf"] = bs
	case "<=1":
		// at most one: exactly one of the branches or "none of them"
		out["oneOf"] = append(bs, map[string]any{"not": map[string]any{"anyOf": g.values(f.Branches)}})
	}
}

func (g *generator) values(vs []cue.Value) []any {
	var out []any
	for _, v := range vs {
		out = append(out, g.value(v))
	}
	return out
}

// object writes an object's fields, their requirements and its closedness.
func (g *generator) object(out map[string]any, v cue.Value, f Facts) {
	fields := Fields(v)
	conds := Conditions(v, fields)
	props := map[string]any{}
	var required []string
	for _, fd := range fields {
		props[fd.Name] = g.property(fd, conds)
		if fd.Required {
			required = append(required, fd.Name)
		}
	}
	if len(props) > 0 {
		out["properties"] = props
	}
	if len(required) > 0 {
		out["required"] = required
	}
	if x, ok := Extra(v); ok {
		out["additionalProperties"] = g.value(x)
	} else if Closed(v) && len(f.Branches) == 0 {
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
func (g *generator) property(fd Field, conds []Condition) map[string]any {
	p := g.value(fd.Value)
	desc := fd.Doc
	for _, c := range conds {
		if c.Field == fd.Name {
			desc = joinSentences(desc, c.Text())
		}
	}
	if fd.Deprecated != "" {
		desc = joinSentences(desc, "Deprecated: "+fd.Deprecated+".")
		p["deprecationMessage"] = "Deprecated: " + fd.Deprecated
	}
	if desc != "" {
		p["description"] = desc
	}
	return p
}

// Text says the condition in words: `required when configType is "customCommand"`.
func (c Condition) Text() string {
	if len(c.Values) == 0 {
		return fmt.Sprintf("Required depending on %s.", c.Trigger)
	}
	var vals []string
	for _, v := range c.Values {
		b, _ := v.MarshalJSON()
		vals = append(vals, string(b))
	}
	return fmt.Sprintf("Required when %s is %s.", c.Trigger, orList(vals))
}

func orList(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
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

func raw(v cue.Value) json.RawMessage {
	b, err := v.MarshalJSON()
	if err != nil {
		return json.RawMessage("null")
	}
	return b
}

func rawAll(vs []cue.Value) []any {
	var out []any
	for _, v := range vs {
		out = append(out, raw(v))
	}
	return out
}
