package lint

import (
	"slices"
	"strings"
	"unicode"

	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// An application repository holds JSON and YAML of every tool: package.json, tsconfig.json,
// workflows, Compose files, Kubernetes manifests. A file whose kind nobody named is checked
// only when one of its documents looks like an attempt at a Northflank spec, so that
// everything else is skipped (and counted) rather than reported as a spec of no known kind,
// while a spec with mistakes still gets its precise unknown-kind finding. What looks like one
// is read from the schema, never from a list of names here, so that it follows the kinds
// nflint learns.

// Resembles reports whether a document looks like an attempt at a Northflank spec: the
// document, or an object one of its keys holds (directly or in a list), as Northflank specs
// are often wrapped in a format of someone's own (services: [...], spec: {...}), is
//   - a template ({apiVersion, spec: {kind}}), or has a template's apiVersion and spec
//     without a kind or metadata;
//   - a template node: its kind names a node kind (kind: Addon), in any case, and it has no
//     metadata, which Kubernetes manifests have and Northflank nodes never (Kubernetes has
//     its CronJob, Volume and Project too);
//   - not a manifest (kind and metadata), and mostly made of the fields of a kind, the
//     template or a template node (fitsFields); a manifest's spec is looked at as any
//     object one level down.
func Resembles(s *schema.Schema, n *source.Node) bool {
	if n == nil || n.Kind != source.Object {
		return false
	}
	read := candidates
	if resemblesAt(n, read) {
		return true
	}
	for _, m := range n.Members {
		v := m.Value
		if v.Kind == source.Object && resemblesAt(v, read) {
			return true
		}
		for _, it := range v.Items {
			if it.Kind == source.Object && resemblesAt(it, read) {
				return true
			}
		}
	}
	return false
}

// resemblesAt applies the rules of Resembles to one object.
func resemblesAt(n *source.Node, defs func() []*schema.Shape) bool {
	if IsTemplate(n) {
		return true
	}
	kind, meta := n.Get("kind"), n.Member("metadata") != nil
	switch {
	case kind != nil && kind.Kind == source.String && meta:
		return false // a manifest's kind and fields are Kubernetes's: CronJob, Volume, Project
	case kind != nil && kind.Kind == source.String:
		if isNodeKindName(kind.Text) {
			return true
		}
	case !meta && n.Member("apiVersion") != nil && n.Member("spec") != nil:
		return true
	}
	for _, d := range defs() {
		if fitsFields(measure(d, n, 3)) {
			return true
		}
	}
	return false
}

// candidates are the definitions a document's fields are compared with: every kind's, the
// template's and the template node's top level (schema/template.cue), as their embedded
// shapes, so deciding compiles nothing.
func candidates() []*schema.Shape {
	defs := make([]*schema.Shape, 0, len(schema.Kinds)+2)
	for _, k := range schema.Kinds {
		defs = append(defs, shapeOfKind(k))
	}
	for _, n := range []string{schema.TemplateKind.Definition, "#TemplateNode"} {
		if sh := schema.ShapeOf(n); sh != nil {
			defs = append(defs, sh)
		}
	}
	return defs
}

// isNodeKindName reports whether a name is that of a template node kind or wrapper, or an
// alias of a kind, in any case.
func isNodeKindName(name string) bool {
	names := append(schema.NodeKindNames(), schema.TemplateWrappers...)
	for _, k := range schema.Kinds {
		names = append(names, k.Aliases...)
	}
	return slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, name) })
}

// fitsFields decides on a fit, three levels deep: at least three keys a definition declares
// (with values of a type the field takes), at least a quarter of the keys looked at, at least
// one of them an object or list the definition describes too (or leaves open), and at least
// one a compound name such as vcsData or internalPort. Words such as "name", "data" or
// "ports" are every format's; compound names are Northflank's own: package.json's "name" and
// "description", an API fixture's {"data": {"id", "name"}} and a Compose file's "ports" are
// not Northflank specs.
func fitsFields(f fit) bool {
	return f.known >= 3 && 4*f.known >= f.total && f.structural > 0 && f.compound > 0 || f.compoundHere >= 2
}

// A fit is how far a definition describes an object: the keys it declares with a value of a
// type it takes (known), of which those with a compound name (compound), the keys looked at
// (total), and the declared keys holding an object or list the definition describes too, or
// leaves open (structural).
type fit struct{ known, compound, total, structural, compoundHere int }

func (f *fit) add(g fit) {
	f.known, f.compound, f.total = f.known+g.known, f.compound+g.compound, f.total+g.total
}

// measure fits an object against a definition, depth levels deep; of alternatives, the one
// that fits best counts.
func measure(d *schema.Shape, n *source.Node, depth int) fit {
	if len(d.Branches) > 0 {
		var best fit
		for _, b := range d.Branches {
			if f := measure(b, n, depth); f.known > best.known {
				best = f
			}
		}
		best.total = max(best.total, keys(n, depth))
		return best
	}
	var f fit
	for _, m := range n.Members {
		f.total++
		field, ok := d.Field(m.Key)
		if !ok || !takes(field.Shape, m.Value) {
			f.total += keys(m.Value, depth-1)
			continue
		}
		f.known++
		if isCompound(m.Key) {
			f.compound++
			f.compoundHere++
		}
		if depth > 1 && (m.Value.Kind == source.Object || m.Value.Kind == source.Array) {
			sub := measureValue(field.Shape, m.Value, depth-1)
			f.add(sub)
			if sub.known > 0 || sub.total == 0 {
				f.structural++
			}
		}
	}
	return f
}

// measureValue fits an object or a list of objects against the definition of a field. A
// definition declaring no fields (a map, or a value the template walk checks itself) says
// nothing about the keys below, which then count neither way.
func measureValue(d *schema.Shape, v *source.Node, depth int) fit {
	if v.Kind == source.Array {
		var f fit
		if e := d.Elem; e != nil {
			for _, it := range v.Items {
				if it.Kind == source.Object {
					f.add(measureValue(e, it, depth))
				}
			}
		}
		return f
	}
	if len(d.Fields) == 0 && len(d.Branches) == 0 {
		return fit{}
	}
	return measure(d, v, depth)
}

// isCompound reports whether a field name joins words in camel case: vcsData, internalPort.
func isCompound(name string) bool {
	for i, r := range name {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// keys counts the keys of the objects in v, depth levels deep.
func keys(v *source.Node, depth int) int {
	if v == nil || depth <= 0 {
		return 0
	}
	n := 0
	for _, m := range v.Members {
		n += 1 + keys(m.Value, depth-1)
	}
	for _, it := range v.Items {
		n += keys(it, depth)
	}
	return n
}

// takes reports whether a definition accepts a value's JSON type; a template placeholder
// stands for a value of any type.
func takes(d *schema.Shape, v *source.Node) bool {
	t := d.Types
	if t == 0 || t == schema.TypeAny || v.IsPlaceholder() {
		return true
	}
	switch v.Kind {
	case source.Object:
		return t&schema.TypeObject != 0
	case source.Array:
		return t&schema.TypeArray != 0
	case source.String:
		return t&schema.TypeString != 0
	case source.Int:
		return t&schema.TypeNumber != 0
	case source.Float:
		return t&schema.TypeFloat != 0
	case source.Bool:
		return t&schema.TypeBoolean != 0
	}
	return t&schema.TypeNull != 0
}
