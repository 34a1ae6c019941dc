package lint

import (
	"cuelang.org/go/cue"

	"github.com/nflint/nflint/schema"
)

// A defReader gives a checker the schema's reader of definitions, which keeps what it has
// read for as long as the schema lives. The engine holds one per compiled schema and
// renews it with the schema.
type defReader struct{ s *schema.Schema }

func newDefReader(s *schema.Schema) *defReader { return &defReader{s: s} }

// read returns what the schema says of a definition.
func (r *defReader) read(v cue.Value) *schema.Def { return r.s.Read(v) }

// A field is one field of a definition, for template_shape.go, which lists the fields of
// #TemplateNode; it goes when that file reads them from schema.Def.
type field struct {
	name     string
	val      cue.Value
	required bool
}

// fields lists the fields a definition declares; see field.
func (r *defReader) fields(v cue.Value) ([]field, map[string]field) {
	var out []field
	byName := map[string]field{}
	for _, f := range r.read(v).Fields() {
		fd := field{name: f.Name, val: f.Def().Value, required: f.Required}
		out = append(out, fd)
		byName[f.Name] = fd
	}
	return out, byName
}
