package export

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/nflint/nflint/schema"
)

// draft07Keywords are the keywords ajv's strict mode knows in a draft-07 schema that nflint
// may write: draft-07's own, and "deprecated" from the metadata vocabulary ajv applies to
// every draft. Any other keyword (yaml-language-server's "deprecationMessage", say) makes
// ajv refuse the whole schema. scripts/schema-check.sh checks with ajv itself; this keeps
// go test from needing it.
var draft07Keywords = map[string]bool{
	"$schema": true, "$id": true, "$ref": true, "$comment": true, "title": true, "description": true,
	"default": true, "examples": true, "deprecated": true, "readOnly": true, "writeOnly": true,
	"type": true, "enum": true, "const": true, "multipleOf": true, "maximum": true, "exclusiveMaximum": true,
	"minimum": true, "exclusiveMinimum": true, "maxLength": true, "minLength": true, "pattern": true,
	"items": true, "additionalItems": true, "maxItems": true, "minItems": true, "uniqueItems": true,
	"contains": true, "maxProperties": true, "minProperties": true, "required": true, "properties": true,
	"patternProperties": true, "additionalProperties": true, "dependencies": true, "propertyNames": true,
	"if": true, "then": true, "else": true, "allOf": true, "anyOf": true, "oneOf": true, "not": true,
	"format": true, "contentMediaType": true, "contentEncoding": true, "definitions": true,
}

// exported returns every kind's exported schema, decoded, by kind name.
func exported(t *testing.T) map[string]map[string]any {
	t.Helper()
	s, err := schema.NewDocumented()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, k := range append(append([]*schema.Kind{}, schema.Kinds...), schema.TemplateKind, schema.BuildServiceNode) {
		b, err := JSONSchema(s, k)
		if err != nil {
			t.Fatalf("%s: %v", k.Name, err)
		}
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: not JSON: %v", k.Name, err)
		}
		out[k.Name] = doc
	}
	return out
}

// walkSchemas calls visit on every schema object in s, with its JSON pointer.
func walkSchemas(at string, s any, visit func(at string, s map[string]any)) {
	m, ok := s.(map[string]any)
	if !ok {
		return
	}
	visit(at, m)
	for key, v := range m {
		switch key {
		case "properties", "definitions", "patternProperties":
			sub, _ := v.(map[string]any)
			for name, s := range sub {
				walkSchemas(at+"/"+key+"/"+name, s, visit)
			}
		case "allOf", "anyOf", "oneOf":
			list, _ := v.([]any)
			for i, s := range list {
				walkSchemas(at+"/"+key+"/"+strconv.Itoa(i), s, visit)
			}
		case "items", "additionalItems", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames":
			walkSchemas(at+"/"+key, v, visit)
		}
	}
}

func TestKeywordsAreDraft07(t *testing.T) {
	for kind, doc := range exported(t) {
		walkSchemas("#", doc, func(at string, s map[string]any) {
			for key := range s {
				if !draft07Keywords[key] {
					t.Errorf("%s: %s: %q is not a draft-07 keyword: ajv's strict mode rejects the schema", kind, at, key)
				}
			}
		})
	}
}

// TestDeprecatedFields: a deprecated field says so with the standard keyword, and in its
// description, which every editor shows on hover.
func TestDeprecatedFields(t *testing.T) {
	n := 0
	for kind, doc := range exported(t) {
		walkSchemas("#", doc, func(at string, s map[string]any) {
			if s["deprecated"] == nil {
				return
			}
			n++
			if desc, _ := s["description"].(string); s["deprecated"] != true || !strings.Contains(desc, "Deprecated") {
				t.Errorf("%s: %s: deprecated %v, description %q; want true and a description saying Deprecated", kind, at, s["deprecated"], desc)
			}
		})
	}
	if n == 0 {
		t.Log("no definition has a deprecated field")
	}
}

// TestUntranslatablePattern: a pattern with no ECMAScript equivalent is left out with a
// $comment, so the editor accepts more than nflint does, never less, and the schema compiles.
func TestUntranslatablePattern(t *testing.T) {
	g := newGenerator()
	out := map[string]any{}
	g.pattern(out, schema.Constraint{Class: schema.ClassPattern, Pattern: "(?i)^abc$"})
	g.pattern(out, schema.Constraint{Class: schema.ClassPattern, Pattern: `^a\-b`})
	want := `{"$comment":"nflint also checks the pattern \"(?i)^abc$\", which has no ECMAScript equivalent","pattern":"^a-b"}`
	if b, _ := json.Marshal(out); string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}
