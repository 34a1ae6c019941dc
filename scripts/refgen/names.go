package main

import (
	"strings"
)

// count is a union's matchN count. Definitions are closed, so branches that each require a
// field the others do not declare (or fix one field to different values) exclude each other,
// and oneOf and anyOf accept the same documents: "1". Branches that overlap are anyOf,
// ">=1", as the API's first-match alternatives behave (the seed pages' header rules).
func (m *merger) count(alts []*Val, path string) string {
	c := "1"
	for i := range alts {
		for j := i + 1; j < len(alts); j++ {
			if !excludes(alts[i], alts[j]) {
				c = ">=1"
			}
		}
	}
	hit := m.seeds.at(m.spec.Seeds, m.spec.Section, path+"|")
	for _, f := range hit.Facts {
		seed := map[string]string{"oneOf": "1", "anyOf": ">=1"}[f.Union]
		if seed != "" && seed != c && len(f.Branches) == len(alts) {
			m.notes.row(m.spec.Def, Row{Field: path, Seed: f.Union, Reference: "(multiple options)",
				Nflint: map[string]string{"1": "oneOf", ">=1": "anyOf"}[c],
				Why:    "the reference does not say which; nflint reads oneOf where the branches exclude each other", From: hit.From})
		}
	}
	return c
}

// excludes reports whether no document can match both branches.
func excludes(a, b *Val) bool {
	if a.Kind == "empty" || b.Kind == "empty" {
		return hasRequired(a) || hasRequired(b)
	}
	return requiresUndeclared(a, b) || requiresUndeclared(b, a) || fixedApart(a, b)
}

func hasRequired(v *Val) bool {
	for _, p := range v.Props {
		if p.Required {
			return true
		}
	}
	return false
}

func requiresUndeclared(a, b *Val) bool {
	for _, p := range a.Props {
		if p.Required && prop(b, p.Name) == nil {
			return true
		}
	}
	return false
}

// fixedApart reports whether both branches fix a required field to different single values.
func fixedApart(a, b *Val) bool {
	for _, p := range a.Props {
		q := prop(b, p.Name)
		if q == nil || !p.Required || !q.Required {
			continue
		}
		if len(p.Val.Enum) == 1 && len(q.Val.Enum) == 1 && p.Val.Enum[0] != q.Val.Enum[0] {
			return true
		}
	}
	return false
}

func prop(v *Val, name string) *Prop {
	for _, p := range v.Props {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// nameBranches names the object alternatives of a union: after the value only a branch gives
// a field (routingMode "prefix": PathPrefix), after the seed page's name for the branch at
// the same path (HeaderStrings, HeaderRegex), after the field only it requires
// (DeploymentVcs), else by position.
func (m *merger) nameBranches(alts []*Val, name, path string) {
	base := camel(name)
	seedNames := m.seedBranches(path, len(alts))
	for i, v := range alts {
		if v.Kind != "object" {
			continue
		}
		switch {
		case fixedName(v, alts) != "":
			v.Hint = base + fixedName(v, alts)
		case seedNames != nil && !strings.HasPrefix(seedNames[i], "Option"):
			v.Hint = base + seedNames[i]
		case keyName(v, alts) != "":
			v.Hint = base + keyName(v, alts)
		default:
			v.Hint = base + "Option" + itoa(i+1)
		}
	}
}

func (m *merger) seedBranches(path string, n int) []string {
	for _, f := range m.seeds.at(m.spec.Seeds, m.spec.Section, path+"|").Facts {
		if len(f.Branches) == n {
			return f.Branches
		}
	}
	return nil
}

// fixedName is the value a branch alone gives a single-valued field, camel-cased.
func fixedName(v *Val, alts []*Val) string {
	for _, p := range v.Props {
		if len(p.Val.Enum) != 1 {
			continue
		}
		unique := true
		for _, w := range alts {
			if q := prop(w, p.Name); w != v && q != nil && len(q.Val.Enum) == 1 && q.Val.Enum[0] == p.Val.Enum[0] {
				unique = false
			}
		}
		if unique {
			return camel(p.Val.Enum[0])
		}
	}
	return ""
}

// keyName is the last field the branch requires and no other branch declares.
func keyName(v *Val, alts []*Val) string {
	key := ""
	for _, p := range v.Props {
		if !p.Required {
			continue
		}
		alone := true
		for _, w := range alts {
			if w != v && prop(w, p.Name) != nil {
				alone = false
			}
		}
		if alone {
			key = p.Name
		}
	}
	if key == "" {
		return ""
	}
	return camel(key)
}

// conditions checks each prose condition against the object: its trigger must be a sibling
// whose allowed values include the ones named. One that does not is prose left unread.
func (m *merger) conditions(v *Val) {
	for _, p := range v.Props {
		if p.When == nil {
			continue
		}
		t := prop(v, p.When.Trigger)
		ok := t != nil && len(t.Val.Enum) > 0
		for _, val := range p.When.Values {
			ok = ok && contains(t.Val.Enum, val)
		}
		if !ok {
			m.notes.unread(m.spec.Def, p.Path, "Required when "+p.When.Trigger+" is "+strings.Join(p.When.Values, " or ")+
				" (the trigger or its values are not in the object)")
			p.When = nil
		}
	}
}
