package lint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// A field written in the wrong object — buildConfiguration.dockerfile for buildSettings'
// dockerfile — is a common mistake that did-you-mean answers badly ("dockerfileTarget?").
// A body's definition is indexed once by field name, so an unknown key that the body declares
// elsewhere can be told where it belongs.

// A place is where a body declares a field: the path to it, list items as [], and its
// definition.
type place struct {
	path string
	def  *schema.Def
}

// placesIndex maps each field name of a body to the places that declare it.
type placesIndex map[string][]place

// placeDepth bounds how deep the index reads a definition: bodies nest about ten levels, and
// definitions that refer to themselves must not be read for ever.
const placeDepth = 12

func indexPlaces(root *schema.Def) placesIndex {
	ix := placesIndex{}
	ix.add(root, "", placeDepth, map[*schema.Def]bool{})
	return ix
}

func (ix placesIndex) add(d *schema.Def, prefix string, depth int, onPath map[*schema.Def]bool) {
	if d == nil || depth == 0 || onPath[d] {
		return
	}
	onPath[d] = true
	defer delete(onPath, d)
	if a := d.Alternatives(); a != nil {
		for _, b := range a.Branches {
			ix.add(b.Def, prefix, depth-1, onPath)
		}
	}
	if e := d.Elem(); e != nil {
		ix.add(e, prefix+"[]", depth-1, onPath)
	}
	for _, f := range d.Fields() {
		p := f.Name
		if prefix != "" {
			p = prefix + "." + f.Name
		}
		if !slices.ContainsFunc(ix[f.Name], func(x place) bool { return x.path == p }) {
			ix[f.Name] = append(ix[f.Name], place{path: p, def: f.Def()})
		}
		ix.add(f.Def(), p, depth-1, onPath)
	}
}

// elsewhere returns the places that declare key and can hold v, other than under here (the
// generalised path of the object v was found in): the shallowest ones, as a field nearer the
// top is the likelier home (data.name, not data.ports[].name).
func (ix placesIndex) elsewhere(key, here string, v *source.Node) []string {
	// A name many objects use (type, value, id) says nothing about where it belongs, and a
	// short scalar key is as weak a clue: only a distinctive key is given a home.
	if len(ix[key]) > 2 || len(key) < 6 && v.Kind != source.Object && v.Kind != source.Array {
		return nil
	}
	var out []string
	depth := 1 << 30
	for _, p := range ix[key] {
		parent := strings.TrimSuffix(strings.TrimSuffix(p.path, key), ".")
		if parent == here || p.def.Types()&nodeTypes(v) == 0 {
			continue
		}
		switch d := strings.Count(p.path, ".") + strings.Count(p.path, "[]"); {
		case d < depth:
			out, depth = []string{p.path}, d
		case d == depth:
			out = append(out, p.path)
		}
	}
	return out
}

// belongsSuggestion is the suggestion for a key that belongs elsewhere.
func belongsSuggestion(key string, places []string) string {
	if len(places) > 3 {
		places = places[:3]
	}
	parent := strings.TrimSuffix(strings.TrimSuffix(places[0], key), ".")
	msg := fmt.Sprintf("%q belongs under %s", key, parent)
	if parent == "" {
		msg = fmt.Sprintf("%q belongs at the top level of the body", key)
	}
	if len(places) > 1 {
		msg += fmt.Sprintf(" (declared at %s)", strings.Join(places, ", "))
	}
	return msg
}

// generalised writes a path with list indexes as [], as the index does.
func generalised(p diag.Path) string {
	var b strings.Builder
	for _, e := range p {
		switch {
		case e.IsIndex:
			b.WriteString("[]")
		default:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(e.Key)
		}
	}
	return b.String()
}
