package main

import (
	"regexp"
	"strings"
)

// prop merges one field: its value, description, prose and required flag.
func (m *merger) prop(f *Field, path string, mem *TSMember) *Prop {
	p := &Prop{Name: f.Name, Path: path, Ref: f.Ref}
	var ts *TSType
	if mem != nil {
		ts = mem.Type
	}
	if m.opaque(path) {
		p.Val = &Val{Kind: "any", Comment: "template nodes: the template walk checks them (template_nodes.gen.cue)"}
	} else {
		p.Val = m.value(f, path, ts)
	}
	// the reference prints no description on objects and arrays: the js-client's is used
	desc := description(f)
	if desc == "" && mem != nil {
		desc = mem.Doc
	}
	r := readProse(desc)
	p.Doc = desc
	p.When, p.Deprecated = r.When, r.Deprecated
	if r.Min != nil && isNumber(p.Val) {
		p.Val.Min, p.Val.Max = r.Min, r.Max
	}
	if r.MinItems > 0 && p.Val.Kind == "array" {
		p.Val.MinItems = r.MinItems
	} else if r.MinItems > 0 {
		m.notes.unread(m.spec.Def, path, "At least one is required (not a list)")
	}
	for _, s := range r.Unread {
		m.notes.unread(m.spec.Def, path, s)
	}
	p.Required = m.required(f, path, mem)
	if !m.node {
		m.compare(p, f, mem)
	}
	return p
}

// description joins the descriptions of a field's alternatives.
func description(f *Field) string {
	var out []string
	var walk func(alts []*Alt)
	walk = func(alts []*Alt) {
		for _, a := range alts {
			if a.Desc != "" && !contains(out, a.Desc) {
				out = append(out, a.Desc)
			}
			walk(a.Items)
		}
	}
	walk(f.Alts)
	return strings.Join(out, " Or: ")
}

// complexField reports whether the reference cannot print the field's (required): objects,
// arrays, fields of several alternatives and untyped ones.
func complexField(f *Field) bool {
	if f.MO || len(f.Alts) != 1 {
		return true
	}
	switch f.Alts[0].Kind {
	case "object", "array", "undefined", "":
		return true
	}
	return false
}

// required applies the merge rule: the reference's (required) where it prints one; for the
// fields it cannot print it on, the js-client type, else the seed page.
func (m *merger) required(f *Field, path string, mem *TSMember) bool {
	printed := false
	for _, a := range f.Alts {
		printed = printed || a.Required
	}
	if !complexField(f) || printed {
		return printed
	}
	if req, ok := m.endpointRequired(f, path); ok {
		return req
	}
	if mem != nil {
		return !mem.Optional
	}
	hit := m.seeds.at(m.spec.Seeds, m.spec.Section, path)
	if v, ok := agreed(hit.Facts, func(s SeedFact) string { return boolText(s.Required) }); ok && v == "true" {
		return true
	}
	return false
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// scalar merges a string, number or boolean: its constraints from the reference, numeric
// bounds from the seed pages.
func (m *merger) scalar(a *Alt, path string) *Val {
	v := &Val{Kind: a.Kind, Enum: a.Enum, MinLength: a.MinLength, MaxLength: a.MaxLength, Format: a.Format}
	if a.Pattern != nil {
		if x := noneOf.FindStringSubmatch(*a.Pattern); x != nil && compiles(x[1]) {
			v.NotMatch = ptr(x[1])
		} else if _, err := regexp.Compile(*a.Pattern); err != nil {
			m.notes.warn("%s %s: pattern %q does not compile as RE2, left out: %v", m.spec.Def, path, *a.Pattern, err)
		} else {
			v.Pattern = a.Pattern
		}
	}
	if !isNumber(v) {
		return v
	}
	hit := m.seeds.at(m.spec.Seeds, m.spec.Section, path)
	lo, okLo := agreed(hit.Facts, func(s SeedFact) string { return s.Min })
	hi, okHi := agreed(hit.Facts, func(s SeedFact) string { return s.Max })
	if !okLo || !okHi {
		m.notes.warn("%s %s: the seed pages give different bounds; none applied", m.spec.Def, path)
		return v
	}
	if v.Enum != nil {
		m.boundsBesideEnum(v, path, lo, hi, hit)
		return v
	}
	if lo != "" {
		v.Min = ptr(lo)
	}
	if hi != "" {
		v.Max = ptr(hi)
	}
	return v
}

// noneOf is the JavaScript idiom for "does not contain x", ^((?!x).)*$, which RE2 cannot
// write: nflint says it as a pattern the value must not match.
var noneOf = regexp.MustCompile(`^\^\(\(\?!(.+)\)\.\)\*\$$`)

func compiles(p string) bool {
	_, err := regexp.Compile(p)
	return err == nil
}

func isNumber(v *Val) bool { return v.Kind == "integer" || v.Kind == "number" }

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
