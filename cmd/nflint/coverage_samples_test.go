package main

import (
	"testing"

	"github.com/nflint/nflint/schema"
)

// defAt follows steps into a definition: a field name, or "*" for a list's items; an
// alternative on the way takes its first branch.
func defAt(t *testing.T, d *schema.Def, steps ...string) *schema.Def {
	t.Helper()
	for _, st := range steps {
		if a := d.Alternatives(); a != nil {
			d = a.Branches[0].Def
		}
		if st == "*" {
			d = d.Elem()
		} else if f, ok := d.Field(st); ok {
			d = f.Def()
		} else {
			t.Fatalf("no field %q on the way to %v", st, steps)
		}
	}
	return d
}

// TestSampleValues pins the generator's values for the patterns its generic samples missed: a
// valid value the field accepts, and a breaking value that breaks the pattern alone.
func TestSampleValues(t *testing.T) {
	s, err := schema.New()
	if err != nil {
		t.Fatal(err)
	}
	project := s.Def(schema.KindByName("project"))
	volume := s.Def(schema.KindByName("volume"))
	for _, tc := range []struct {
		name       string
		def        *schema.Def
		valid, bad any
	}{
		{name: "host entry IP address", def: defAt(t, project, "networking", "hostAliases", "hostEntries", "*", "ipAddress"), valid: "10.0.0.12", bad: "~"},
		{name: "project colour", def: defAt(t, project, "color"), valid: "#3b82f6", bad: "~"},
		{name: "Tailscale tag", def: defAt(t, project, "networking", "tailscale", "authKeyTags", "*"), valid: "tag:ci", bad: "~"},
		{name: "volume path without ..", def: defAt(t, volume, "mounts", "*", "volumeMountPath"), valid: "example-name", bad: "/data/../etc"},
		{name: "container path without :", def: defAt(t, volume, "mounts", "*", "containerMountPath"), valid: "example-name", bad: "/data:rw"},
	} {
		if got := validScalar(tc.def); got != tc.valid {
			t.Errorf("%s: validScalar = %v, want %v", tc.name, got, tc.valid)
		}
		var pattern *schema.Constraint
		for _, c := range tc.def.Constraints() {
			if c.Class == schema.ClassPattern {
				pattern = &c
			}
		}
		if pattern == nil {
			t.Fatalf("%s: no pattern", tc.name)
		}
		if got, ok := breaking(tc.def, *pattern); !ok || got != tc.bad {
			t.Errorf("%s: breaking = %v, %v; want %v", tc.name, got, ok, tc.bad)
		}
	}
}

// TestRootAlternativeMutation: where the body itself is the alternative (addons, projects,
// template updates), the mutation replaces the whole document with one no branch accepts,
// also where every branch accepts an empty object (the patch addon body).
func TestRootAlternativeMutation(t *testing.T) {
	s, err := schema.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{"addon", "addon-patch", "project", "template-update"} {
		k := schema.KindByName(kind)
		def := s.Def(k)
		var root *site
		for _, st := range constraintsOf(def, k.Definition) {
			if st.key.class == "alternative" && st.path == "" {
				root = &st
				break
			}
		}
		if root == nil {
			t.Fatalf("%s: no alternative at the top", kind)
		}
		m, ok := mutationFor(*root)
		if !ok {
			t.Fatalf("%s: no mutation for the top alternative", kind)
		}
		doc := (&generator{choice: func(string, int) int { return 0 }}).value(def, "").(*obj)
		if !acceptsAny(def.Alternatives().Branches, doc) {
			t.Fatalf("%s: the generated document is invalid before the mutation", kind)
		}
		m.apply(doc, def, map[string]int{})
		if acceptsAny(def.Alternatives().Branches, doc) {
			b, _ := doc.MarshalJSON()
			t.Errorf("%s: a branch accepts the mutated document %s", kind, b)
		}
	}
}
