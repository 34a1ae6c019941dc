package source

import (
	"slices"

	"github.com/nflint/nflint/lint/diag"

	yaml "go.yaml.in/yaml/v3"
)

func (r *yamlReader) mapping(yn *yaml.Node, depth int, flow bool) *Node {
	out := r.slab.node()
	*out = Node{Kind: Object, Pos: r.start(yn), Members: r.slab.memberList(len(yn.Content) / 2)}
	var keys keyIndex
	var merges []*yaml.Node // the values of merge keys ("<<")
	mergeAt := 0
	diags := &r.diags
	if r.expanding > 0 {
		diags = nil // a duplicate in an anchor is reported where the anchor is written
	}
	for i := 0; i+1 < len(yn.Content); i += 2 {
		k, v := yn.Content[i], yn.Content[i+1]
		if isMerge(k) {
			if merges == nil {
				mergeAt = len(out.Members)
			}
			merges = append(merges, v)
			continue
		}
		name, p, end := r.key(k)
		if r.err != nil {
			return nil
		}
		m := r.slab.member()
		*m = Member{Key: name, KeyPos: p, KeyEnd: end}
		m.Value = r.node(v, depth+1, flow)
		r.d.addMember(out, &keys, m, diags)
	}
	if merges != nil {
		r.merge(out, &keys, merges, mergeAt, depth, flow)
	}
	return out
}

// isMerge reports whether k is YAML's merge key, "<<" unquoted.
func isMerge(k *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Value == "<<" && (k.Tag == "" || k.Tag == "!" || k.ShortTag() == "!!merge")
}

// merge adds the members of the mappings that merge keys name ("<<: *base", "<<: [*a, *b]")
// which the mapping does not set itself, at the place of its first merge key: as YAML's merge
// key type has it, the mapping's own keys win wherever they are written, and of the merged
// mappings the first that names a key. Merged members keep their places in the anchor.
func (r *yamlReader) merge(out *Node, keys *keyIndex, values []*yaml.Node, at, depth int, flow bool) {
	merged := &Node{Kind: Object}
	var mergedKeys keyIndex
	for _, v := range values {
		for _, src := range r.mergeSources(v) {
			obj := r.node(src, depth+1, flow) // the value of "<<", one level down

			if r.err != nil {
				return
			}
			for _, m := range obj.Members {
				if keys.find(out, m.Key) == nil && mergedKeys.find(merged, m.Key) == nil {
					mergedKeys.add(merged, m)
				}
			}
		}
	}
	out.Members = slices.Insert(out.Members, at, merged.Members...)
}

// mergeSources returns the mappings a merge key's value names, or sets r.err.
func (r *yamlReader) mergeSources(v *yaml.Node) []*yaml.Node {
	if isMapping(v) {
		return []*yaml.Node{v}
	}
	if v.Kind == yaml.SequenceNode {
		for _, c := range v.Content {
			if !isMapping(c) {
				r.err = lineError(c, "map merge requires map or sequence of maps as the value")
				return nil
			}
		}
		return v.Content
	}
	r.err = lineError(v, "map merge requires map or sequence of maps as the value")
	return nil
}

func isMapping(n *yaml.Node) bool {
	return n.Kind == yaml.MappingNode || n.Kind == yaml.AliasNode && n.Alias != nil && n.Alias.Kind == yaml.MappingNode
}

// key returns a key's text and where it starts and ends. A key is its text as written: a
// number or a boolean used as a key ("00:", "True:") is the string the user typed, as in a
// JSON object. An alias may name a scalar key; a mapping or a list cannot be one.
func (r *yamlReader) key(k *yaml.Node) (name string, p, end diag.Pos) {
	target := k
	if k.Kind == yaml.AliasNode && k.Alias != nil {
		if r.anchors[k.Alias].open {
			r.cycle, r.err = k, errCycle
			return "", p, end
		}
		target = k.Alias
	}
	if target.Kind != yaml.ScalarNode {
		r.err = lineError(k, "invalid map key: "+target.ShortTag())
		return "", p, end
	}
	v, err := yamlScalar(target)
	if err != nil {
		r.err = err
		return "", p, end
	}
	name = target.Value
	if v.kind == String {
		name = v.text // !!binary, decoded
	}
	name = r.d.restored(name)
	if k.Kind == yaml.AliasNode {
		p = r.pos(k.Line, k.Column)
		width := 1 + len(k.Value) // "*name"
		return name, p, diag.Pos{Line: p.Line, Column: min(p.Column+width, len(r.lines.line(p.Line))+1)}
	}
	p = r.start(k)
	return name, p, r.lines.keyEnd(p, name)
}
