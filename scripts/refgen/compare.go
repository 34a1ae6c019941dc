package main

import (
	"sort"
	"strings"
)

// ownSeed names, for the bodies a seed page documents, the seed kind of the same endpoint:
// those bodies are compared with their seed field by field. The other bodies of a family only
// take the seed's numeric bounds.
var ownSeed = map[string]string{
	"#CombinedService": "combined-service", "#DeploymentService": "deployment-service",
	"#ManualJob": "manual-job", "#BuildServicePatch": "build-service-patch",
	"#CombinedServiceResponse": "combined-service-response", "#DeploymentServiceResponse": "deployment-service-response",
	"#ManualJobResponse": "manual-job-response", "#BuildServicePatchResponse": "build-service-patch-response",
	"#Service": "service",
}

// compare notes where the js-client type and, for a seed's own endpoint, the seed page
// disagree with the reference about a field.
func (m *merger) compare(p *Prop, f *Field, mem *TSMember) {
	m.compareTS(p, f, mem)
	own := ownSeed[m.spec.Def]
	if own == "" {
		return
	}
	hit := seedHit{}
	hit.add(m.seeds.Kinds[own], p.Path)
	if len(hit.Facts) == 0 {
		m.notes.addedField(m.spec.Def, p.Path)
		return
	}
	m.visited[p.Path] = true
	m.compareSeed(p, f, mem, hit)
}

// compareTS compares the field with the js-client type's member.
func (m *merger) compareTS(p *Prop, f *Field, mem *TSMember) {
	if mem == nil {
		if complexField(f) && !m.opaque(p.Path) {
			m.notes.row(m.spec.Def, Row{Field: p.Path, Seed: "js-client 0.9.5: not declared",
				Reference: "documented, " + kindWords(p.Val), Nflint: requiredWord(p.Required) + " (" + m.requiredSource(p) + ")",
				Why: "the js-client type is older than the reference; required comes from the seed page where it has the field"})
		}
		return
	}
	if !complexField(f) && mem.Optional == p.Required {
		m.notes.row(m.spec.Def, Row{Field: p.Path, Seed: "js-client 0.9.5: " + requiredWord(!mem.Optional),
			Reference: requiredWord(p.Required), Nflint: requiredWord(p.Required),
			Why: "the reference prints (required) on scalars"})
	}
	if lits := literals(mem.Type); lits != nil && p.Val.Enum != nil && !sameSet(lits, p.Val.Enum) {
		m.notes.row(m.spec.Def, Row{Field: p.Path, Seed: "js-client 0.9.5: one of " + strings.Join(lits, ", "),
			Reference: "one of " + strings.Join(p.Val.Enum, ", "), Nflint: "as the reference", Why: "the reference states enums"})
	}
}

func (m *merger) requiredSource(p *Prop) string {
	hit := m.seeds.at(m.spec.Seeds, m.spec.Section, p.Path)
	if len(hit.Facts) > 0 {
		return "seed page"
	}
	return "no source says required"
}

// literals are the string literals of a union of them, nil for other types.
func literals(t *TSType) []string {
	if t == nil {
		return nil
	}
	if t.Kind == "literal" {
		return []string{t.Name}
	}
	if t.Kind != "union" {
		return nil
	}
	var out []string
	for _, a := range t.Alts {
		if a.Kind != "literal" {
			return nil
		}
		out = append(out, a.Name)
	}
	return out
}

func sameSet(a, b []string) bool {
	x, y := append([]string(nil), a...), append([]string(nil), b...)
	sort.Strings(x)
	sort.Strings(y)
	return strings.Join(x, "\x00") == strings.Join(y, "\x00")
}

func requiredWord(b bool) string {
	if b {
		return "required"
	}
	return "optional"
}

// kindWords names a value's type as the table says it.
func kindWords(v *Val) string {
	switch v.Kind {
	case "union":
		if v.Count != "" {
			return "object alternatives"
		}
		return "alternatives"
	case "array":
		return "array"
	case "object":
		return "object"
	case "any", "empty":
		return "any value"
	}
	return v.Kind
}

// addedField notes a field the reference has and the seed of the same endpoint does not;
// only the outermost of a new subtree.
func (n *Notes) addedField(def, path string) {
	if !contains(n.added[def], path) {
		n.added[def] = append(n.added[def], path)
	}
}

// outermost drops the paths inside another path of the list.
func outermost(paths []string) []string {
	var out []string
	for _, p := range paths {
		inner := false
		for _, q := range paths {
			if q != p && (strings.HasPrefix(p, q+".") || strings.HasPrefix(p, q+"[]")) {
				inner = true
			}
		}
		if !inner {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}
