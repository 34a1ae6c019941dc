package schema

import (
	_ "embed"
	"encoding/json"
	"sync"
)

// Deciding what a document is — which kind its fields fit, whether it is a Northflank spec at
// all — reads the fields of every kind, a few levels deep. Compiling every definition for that
// cost tens of milliseconds before the first file, for one definition the document will be
// checked against. So the few facts those decisions need are read from the definitions ahead of
// time and embedded (shapes.json, rewritten by go test ./schema -run TestShapes -update-shapes,
// and checked against the definitions by the same test).

// A Shape is what a definition says of an object's keys, to shapeDepth levels: the types it
// takes, its fields, whether it takes keys it does not declare, its alternatives and its items.
type Shape struct {
	Types    Types        `json:"t"`
	Fields   []ShapeField `json:"f,omitempty"`
	Open     bool         `json:"o,omitempty"`
	Branches []*Shape     `json:"b,omitempty"`
	Elem     *Shape       `json:"e,omitempty"`
}

// A ShapeField is one declared field of a Shape.
type ShapeField struct {
	Name     string `json:"n"`
	Required bool   `json:"r,omitempty"`
	Shape    *Shape `json:"s"`
}

// shapeDepth is how many levels of fields a shape keeps: kind inference reads two, the test
// for "is this a Northflank spec" three.
const shapeDepth = 3

// Field returns the declared field named name.
func (s *Shape) Field(name string) (*ShapeField, bool) {
	for i := range s.Fields {
		if s.Fields[i].Name == name {
			return &s.Fields[i], true
		}
	}
	return nil, false
}

// Allows reports whether the object takes key: declared, or taken as one of keys of the
// user's choosing.
func (s *Shape) Allows(key string) bool {
	_, ok := s.Field(key)
	return ok || s.Open
}

//go:embed shapes.json
var shapesJSON []byte

var (
	shapesOnce sync.Once
	shapes     map[string]*Shape
)

// ShapeOf returns the shape of a definition named in shapeNames ("#CombinedService",
// "#Template"), or nil.
func ShapeOf(def string) *Shape {
	shapesOnce.Do(func() {
		if err := json.Unmarshal(shapesJSON, &shapes); err != nil {
			panic("schema: shapes.json does not parse: " + err.Error()) // embedded and tested
		}
	})
	return shapes[def]
}

// shapeNames are the definitions shapes are kept for: every kind's, the template's and a
// template node's.
func shapeNames() []string {
	names := []string{TemplateKind.Definition, "#TemplateNode"}
	for _, k := range Kinds {
		names = append(names, k.Definition)
	}
	return names
}

// shapeOf reads the shape of a definition.
func shapeOf(d *Def, depth int) *Shape {
	s := &Shape{Types: d.Types(), Open: d.Allows("x-a-key-no-definition-declares")}
	if a := d.Alternatives(); a != nil {
		for _, b := range a.Branches {
			s.Branches = append(s.Branches, shapeOf(b.Def, depth))
		}
	}
	if depth == 0 {
		return s
	}
	if e := d.Elem(); e != nil {
		s.Elem = shapeOf(e, depth-1)
	}
	for _, f := range d.Fields() {
		s.Fields = append(s.Fields, ShapeField{Name: f.Name, Required: f.Required, Shape: shapeOf(f.Def(), depth-1)})
	}
	return s
}

// Shapes reads the shapes of every definition in shapeNames from the compiled schema, for
// the test that keeps shapes.json in step with the definitions.
func (s *Schema) Shapes() map[string]*Shape {
	out := map[string]*Shape{}
	for _, n := range shapeNames() {
		out[n] = shapeOf(s.Read(s.Lookup(n)), shapeDepth)
	}
	return out
}
