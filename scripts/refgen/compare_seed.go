package main

import (
	"sort"
	"strings"
)

// compareSeed notes each thing the seed page of the same endpoint states differently at a
// path. Alternatives of one field may state different things at one path: a row is written
// only when no alternative of the seed agrees with the reference.
func (m *merger) compareSeed(p *Prop, f *Field, mem *TSMember, hit seedHit) {
	v, key := p.Val, p.Path
	if v.Kind == "array" && v.Elem != nil && v.Elem.Kind != "object" && v.Elem.Kind != "union" {
		item := seedHit{}
		item.add(m.seeds.Kinds[ownSeed[m.spec.Def]], p.Path+"[]")
		m.compareScalar(p.Path+"[]", v.Elem, item)
	} else if v.Kind != "union" && v.Kind != "object" && v.Kind != "array" {
		m.compareScalar(key, v, hit)
	} else if v.Kind == "union" && v.Count == "" {
		m.compareAlternatives(key, v, hit)
	}
	m.compareFlags(p, f, mem, hit)
}

// differ writes a row when no fact agrees with the reference's text for one attribute; shown
// is how the table prints the reference's side ("" for ref itself).
func (m *merger) differ(path string, hit seedHit, seedText func(SeedFact) string, ref, shown, nflint, why string) {
	var seeds []string
	for _, f := range hit.Facts {
		s := seedText(f)
		if s == ref {
			return
		}
		if !contains(seeds, s) {
			seeds = append(seeds, s)
		}
	}
	if len(seeds) == 0 {
		return
	}
	if shown == "" {
		shown = ref
	}
	m.notes.row(m.spec.Def, Row{Field: path, Seed: strings.Join(seeds, "; "), Reference: shown, Nflint: nflint,
		Why: why, From: hit.From})
}

const byReference = "the reference wins where it states something"

func (m *merger) compareScalar(path string, v *Val, hit seedHit) {
	same := "as the reference"
	m.differEnum(path, hit, v.Enum)
	m.differ(path, hit, func(s SeedFact) string { return patternWords(s.Pattern) }, patternWords(v.Pattern), "", same, byReference)
	m.differ(path, hit, func(s SeedFact) string { return lengthWords(s.MinLength, s.MaxLength) },
		lengthWords(intText(v.MinLength), intText(v.MaxLength)), "", same, byReference)
	m.differ(path, hit, func(s SeedFact) string {
		if s.Type == "" {
			return "no type"
		}
		return s.Type
	}, v.Kind, "", same, byReference)
}

func (m *merger) compareFlags(p *Prop, f *Field, mem *TSMember, hit seedHit) {
	seedReq := func(s SeedFact) string { return requiredWord(s.Required) }
	if complexField(f) {
		ts := "not declared"
		if mem != nil {
			ts = requiredWord(!mem.Optional)
		}
		m.differ(p.Path, hit, seedReq, requiredWord(p.Required), "not printed; js-client 0.9.5: "+ts,
			requiredWord(p.Required), "the reference cannot print required on objects, arrays and multi-option fields: the js-client type decides")
	} else {
		m.differ(p.Path, hit, seedReq, requiredWord(p.Required), "", "as the reference", byReference)
	}
	dep := "not deprecated"
	if p.Deprecated != nil {
		dep = "deprecated"
	}
	m.differ(p.Path, hit, func(s SeedFact) string {
		if s.Deprecated {
			return "deprecated"
		}
		return "not deprecated"
	}, dep, "", "as the reference", byReference)
	m.differ(p.Path, hit, func(s SeedFact) string { return condWords(s.RequiredWhen) }, condWords(p.When), "",
		"as the reference", byReference)
}

// compareAlternatives notes a field the reference gives scalar alternatives and the seed one
// scalar type: what each says, in words.
func (m *merger) compareAlternatives(path string, v *Val, hit seedHit) {
	var alts []string
	for _, a := range v.Alts {
		alts = append(alts, valWords(a))
	}
	ref := strings.Join(alts, " or ")
	m.differ(path, hit, func(s SeedFact) string {
		if s.Type == "oneOf" || s.Type == "anyOf" {
			return ref // the seed has alternatives too: compared branch by branch elsewhere
		}
		return factWords(s)
	}, ref, "", "either alternative", byReference)
}

// valWords and factWords describe a scalar's constraints alike, for the table.
func valWords(v *Val) string {
	return scalarWords(v.Kind, v.Enum, v.Pattern, intText(v.MinLength), intText(v.MaxLength))
}

func factWords(s SeedFact) string {
	return scalarWords(s.Type, s.Enum, s.Pattern, s.MinLength, s.MaxLength)
}

func scalarWords(kind string, enum []string, pattern *string, lo, hi string) string {
	w := []string{kind}
	if enum != nil {
		w = append(w, enumWords(enum))
	}
	if pattern != nil {
		w = append(w, patternWords(pattern))
	}
	if lo != "" || hi != "" {
		w = append(w, lengthWords(lo, hi))
	}
	return strings.Join(w, ", ")
}

// differEnum writes a row when no fact allows the same set of values as the reference.
func (m *merger) differEnum(path string, hit seedHit, enum []string) {
	var seeds []string
	for _, f := range hit.Facts {
		if enumKey(f.Enum) == enumKey(enum) {
			return
		}
		if w := enumWords(f.Enum); !contains(seeds, w) {
			seeds = append(seeds, w)
		}
	}
	if len(seeds) > 0 {
		m.notes.row(m.spec.Def, Row{Field: path, Seed: strings.Join(seeds, "; "), Reference: enumWords(enum),
			Nflint: "as the reference", Why: byReference, From: hit.From})
	}
}

// boundsBesideEnum leaves out the seed's bounds on a field the reference gives allowed
// values: the values either meet them already or the reference allows more than the seed.
func (m *merger) boundsBesideEnum(v *Val, path, lo, hi string, hit seedHit) {
	if lo == "" && hi == "" {
		return
	}
	var out []string
	for _, e := range v.Enum {
		if lo != "" && numLess(e, lo) || hi != "" && numLess(hi, e) {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return
	}
	m.notes.row(m.spec.Def, Row{Field: path, Seed: boundWords(lo, hi), Reference: "one of " + strings.Join(v.Enum, ", "),
		Nflint: "one of the reference's values, no bound",
		Why:    "the bound would rule out " + strings.Join(out, ", ") + ", which the reference lists", From: hit.From})
}

// missingFields notes the fields the seed page of the endpoint has and the reference does not.
func (m *merger) missingFields() {
	own := ownSeed[m.spec.Def]
	sk := m.seeds.Kinds[own]
	if sk == nil {
		return
	}
	var gone []string
	for _, p := range sk.paths() {
		if strings.Contains(p, "|") || strings.HasSuffix(p, "[]") || m.visited[p] {
			continue
		}
		if parent := parentPath(p); parent != "" && !m.visited[parent] {
			continue
		}
		gone = append(gone, p)
	}
	sort.Strings(gone)
	for _, p := range gone {
		h := seedHit{}
		h.add(sk, p)
		m.notes.row(m.spec.Def, Row{Field: p, Seed: "documented", Reference: "not documented",
			Nflint: "unknown field", Why: byReference, From: h.From})
	}
}

// parentPath is the path of the object a field is in: "a.b[].c" -> "a.b".
func parentPath(p string) string {
	i := strings.LastIndex(p, ".")
	if i < 0 {
		return ""
	}
	return strings.TrimSuffix(p[:i], "[]")
}
