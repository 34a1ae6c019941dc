package main

import (
	"sort"
	"strings"
)

// A merger builds one body's model from the reference tree, the js-client type and the seed
// facts, applying the merge rule (schema/README.md) and noting where the sources disagree.
type merger struct {
	spec    BodySpec
	seeds   *Seeds
	notes   *Notes
	visited map[string]bool // paths the body shares with its seed page
	// template nodes (nodes.go): no js-client type or seed page to compare with, and the
	// required flags of the endpoint body the node creates, by path inside its spec
	node     bool
	endpoint map[string]bool
}

// body merges a whole body section.
func (m *merger) body(b *Body, ts *TSType) *Val {
	if m.spec.Wrapped() {
		ts = &TSType{Kind: "object", Members: []*TSMember{{Name: "data", Type: ts}}}
	}
	root := &Field{Name: strings.TrimPrefix(m.spec.Def, "#"), Alts: b.Root.Alts, MO: b.Root.MO}
	v := m.value(root, "", ts)
	v.Hint = strings.TrimPrefix(m.spec.Def, "#")
	return v
}

// value merges what a field (or the body) accepts: one alternative, or a union of them.
func (m *merger) value(f *Field, path string, ts *TSType) *Val {
	if len(f.Alts) == 0 {
		return &Val{Kind: "any"}
	}
	if len(f.Alts) == 1 {
		return m.alt(f.Alts[0], f.Name, path, ts, false)
	}
	return m.union(f.Alts, f.Name, path, ts)
}

// union merges alternatives: objects become a matchN, scalars a disjunction.
func (m *merger) union(alts []*Alt, name, path string, ts *TSType) *Val {
	u := &Val{Kind: "union"}
	objects := true
	tsObjs := ts.Objects()
	for _, a := range alts {
		objects = objects && a.Kind == "object"
	}
	for i, a := range alts {
		var t *TSType
		switch a.Kind {
		case "object":
			t = bestObject(a, tsObjs)
		case "array":
			t = ts.Array()
		}
		key := path
		if !objects && a.Kind != "object" && a.Kind != "array" {
			key = path + "|" + a.Kind
		}
		v := m.alt(a, name, key, t, true)
		if v.Kind == "object" && v.Hint == "" {
			v.Hint = camel(name) + "Option" + itoa(i+1)
		}
		u.Alts = append(u.Alts, v)
	}
	m.undocumented(path, tsObjs, u.Alts)
	if objects {
		u.Count = m.count(u.Alts, path)
		m.nameBranches(u.Alts, name, path)
	}
	return u
}

// alt merges one alternative. inUnion: an object without fields is the empty alternative
// ("choose later"), not an object with any members.
func (m *merger) alt(a *Alt, name, path string, ts *TSType, inUnion bool) *Val {
	switch a.Kind {
	case "object":
		if len(a.Fields) == 0 {
			if inUnion {
				return &Val{Kind: "empty"}
			}
			return &Val{Kind: "object", Open: true}
		}
		return m.object(a, name, path, ts, inUnion)
	case "array":
		var elem *TSType
		if arr := ts.Array(); arr != nil {
			elem = arr.Elem
		}
		item := &Field{Name: singular(name), Alts: a.Items, MO: a.ItemsMO}
		v := &Val{Kind: "array", Elem: m.value(item, path+"[]", elem)}
		hit := m.seeds.at(m.spec.Seeds, m.spec.Section, path)
		for _, f := range hit.Facts {
			v.MinItems = max(v.MinItems, f.MinItems)
		}
		return v
	case "undefined", "":
		return &Val{Kind: "any", Comment: "the reference gives no type here"}
	}
	return m.scalar(a, path)
}

// object merges an object alternative with the js-client object that best matches it.
func (m *merger) object(a *Alt, name, path string, ts *TSType, inUnion bool) *Val {
	v := &Val{Kind: "object", Hint: camel(name)}
	ts = bestObject(a, ts.Objects())
	for _, f := range a.Fields {
		p := join(path, f.Name)
		var mem *TSMember
		if ts != nil {
			mem = ts.Member(f.Name)
		}
		v.Props = append(v.Props, m.prop(f, p, mem))
	}
	if ts != nil && !inUnion {
		m.undocumented(path, []*TSType{ts}, []*Val{v})
	}
	m.conditions(v)
	return v
}

// undocumented notes the members the js-client objects declare and no alternative of the
// reference has.
func (m *merger) undocumented(path string, objs []*TSType, alts []*Val) {
	if m.opaque(path) {
		return
	}
	seen := map[string]bool{}
	for _, o := range objs {
		for _, mem := range o.Members {
			found := false
			for _, v := range alts {
				found = found || prop(v, mem.Name) != nil
			}
			if !found && !seen[mem.Name] {
				seen[mem.Name] = true
				m.notes.row(m.spec.Def, Row{Field: join(path, mem.Name), Seed: "js-client 0.9.5: declared",
					Reference: "not documented", Nflint: "unknown field", Why: byReference})
			}
		}
	}
}

// bestObject picks the js-client object that shares most fields with a reference object,
// then the smallest; ties go to the first, so the choice is stable.
func bestObject(a *Alt, objs []*TSType) *TSType {
	var best *TSType
	score := -1 << 30
	for _, o := range objs {
		n := 0
		for _, f := range a.Fields {
			if o.Member(f.Name) != nil {
				n += 1000
			}
		}
		n -= len(o.Members) // of two that share as much, the one with fewer others
		if n > score {
			best, score = o, n
		}
	}
	return best
}

// opaque reports whether the body leaves the value at path open.
func (m *merger) opaque(path string) bool {
	for _, o := range m.spec.Opaque {
		if o == path {
			return true
		}
	}
	return false
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// camel makes a definition name of a field name: "buildSettings" -> "BuildSettings".
func camel(name string) string {
	var b strings.Builder
	up := true
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9':
			if up && r >= 'a' && r <= 'z' {
				r -= 'a' - 'A'
			}
			b.WriteRune(r)
			up = false
		default:
			up = true
		}
	}
	if b.Len() == 0 {
		return "Field"
	}
	return b.String()
}

// singular names an item after its list: "ports" -> "port", "policies" -> "policy".
func singular(h string) string {
	switch {
	case strings.HasSuffix(h, "ies"):
		return h[:len(h)-3] + "y"
	case strings.HasSuffix(h, "ses"), strings.HasSuffix(h, "xes"):
		return h[:len(h)-2]
	case strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss"):
		return h[:len(h)-1]
	}
	return h + "Item"
}

func sortedKeys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
