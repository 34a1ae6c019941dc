package main

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/schema"
)

// A constraintKey names one thing a definition demands: a required field, an enum, a bound,
// a length, a pattern, an alternative or a conditional requirement.
//
// Coverage is keyed by the innermost named definition that states the constraint (owner),
// the path inside it (rel) and the class, not by kind and absolute path: the security
// policies alone appear at a dozen places in each of six kinds, and keying them per place
// would take thousands of cases that all exercise the same CUE. A definition used by several
// kinds or places (#Port, #HealthCheck, #Credential) is therefore covered once; each kind's
// own top-level definition is its own owner, so every kind still needs cases of its own.
type constraintKey struct{ owner, rel, class string }

func (k constraintKey) String() string { return k.owner + ":" + k.rel + " (" + k.class + ")" }

// A site is one place a constraint applies in a kind's documents.
type site struct {
	key     constraintKey
	path    string            // generalized: list indexes written [*]
	steps   []string          // the same path as keys, "*" for list items
	trigger string            // conditionals: the sibling whose value makes the field required
	cons    schema.Constraint // scalar constraints: the constraint itself
	field   *schema.Def       // the whole value at path (the object holding the field, for required and conditionals)
	choices string            // the alternatives taken on the way, "path=branch;..."
	alt     string            // path of the nearest enclosing alternative, "" if none
}

type walker struct {
	out  []site
	seen map[string]bool
}

// constraintsOf enumerates every constraint reachable from a kind's definition, as the
// schema's reader reads them.
//
// Two kinds of constraint are not ones a case could break on its own, and are left out: one
// the field's other constraints already imply (the build storage minimum 16384, which every
// allowed size meets), and the required key of one alternative, whose absence selects another
// alternative or is reported as the alternative itself ("set one of ...").
func constraintsOf(def *schema.Def, owner string) []site {
	w := &walker{seen: map[string]bool{}}
	w.walk(def, owner, "", "", nil, "", "")
	return w.out
}

func (w *walker) walk(d *schema.Def, owner, rel, abs string, steps []string, choices, alt string) {
	if ref := d.Ref(); ref != nil {
		owner, rel = ref.Path, ""
	}
	visit := owner + "|" + rel + "|" + abs + "|" + choices
	if w.seen[visit] {
		return
	}
	w.seen[visit] = true
	for i, c := range d.Constraints() {
		if class := coverageClass(c); class != "" && !d.Implied(i) {
			w.out = append(w.out, site{key: constraintKey{owner, rel, class}, path: abs, steps: steps, cons: c,
				field: d, choices: choices, alt: alt})
		}
	}
	if a := d.Alternatives(); a != nil {
		w.out = append(w.out, site{key: constraintKey{owner, rel, "alternative"}, path: abs, steps: steps,
			field: d, choices: choices, alt: alt})
		for i, b := range a.Branches {
			w.branch(b, owner, rel, abs, steps, choices+abs+"="+strconv.Itoa(i)+";")
		}
		return
	}
	w.fields(d, nil, owner, rel, abs, steps, choices, alt)
	if e := d.Elem(); e != nil {
		w.walk(e, owner, rel+"[*]", abs+"[*]", append(steps[:len(steps):len(steps)], "*"), choices, alt)
	}
}

func (w *walker) branch(b *schema.Branch, owner, rel, abs string, steps []string, choices string) {
	if ref := b.Def.Ref(); ref != nil {
		owner, rel = ref.Path, ""
	}
	w.fields(b.Def, b.Keys, owner, rel, abs, steps, choices, abs)
}

func (w *walker) fields(d *schema.Def, keys []string, owner, rel, abs string, steps []string, choices, alt string) {
	for _, f := range d.Fields() {
		fabs, frel := joinKey(abs, f.Name), joinKey(rel, f.Name)
		fsteps := append(steps[:len(steps):len(steps)], f.Name)
		if f.Required && !contains(keys, f.Name) {
			w.out = append(w.out, site{key: constraintKey{owner, frel, "required"}, path: fabs, steps: fsteps,
				field: d, choices: choices, alt: alt})
		}
		if f.RequiredWhen != "" {
			w.out = append(w.out, site{key: constraintKey{owner, frel, "conditional"}, path: fabs, steps: fsteps,
				trigger: f.RequiredWhen, field: d, choices: choices, alt: alt})
		}
		w.walk(f.Def(), owner, frel, fabs, fsteps, choices, alt)
	}
}

// coverageClass names the class of a constraint a case can break, or "" for those it cannot
// on its own: a type (the kind check reports it), an object's alternatives (a site of their
// own), a struct or list conjunct.
func coverageClass(c schema.Constraint) string {
	switch c.Class {
	case schema.ClassEnum, schema.ClassOneOf, schema.ClassMin, schema.ClassMax, schema.ClassMinLength,
		schema.ClassMaxLength, schema.ClassPattern, schema.ClassFormat:
		return c.Class.String()
	}
	return ""
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// knownGaps are constraints no case can show broken, each with the reason. An entry that a
// case does cover fails the test, so the list cannot outlive its reason.
var knownGaps = map[string]string{
	// The headers alternatives are anyOf: #HeaderRegex accepts every name #HeaderStrings
	// rejects, so the schema never reports the string pattern; the header-name-pattern rule
	// warns about it instead (schema/README.md, "Inferences").
	"#HeaderStrings:name (pattern): no case breaks it": "anyOf with a branch that accepts every name",
}

// TestSchemaCoverage requires every constraint of every kind to be broken by at least one
// case under testdata/schema/<kind>/ and kept by at least one, so that a constraint added
// to the schema without a case fails here, by name.
func TestSchemaCoverage(t *testing.T) {
	s, err := schema.New()
	if err != nil {
		t.Fatal(err)
	}
	if *genCases {
		generateCases(t, s)
	}
	cv := &coverage{violated: map[constraintKey]bool{}, satisfied: map[constraintKey]bool{}}
	all := map[constraintKey]bool{}
	for _, k := range schema.Kinds {
		sites := constraintsOf(s.Def(k), k.Definition)
		if len(sites) == 0 {
			t.Fatalf("%s: no constraint found in %s", k.Name, k.Definition)
		}
		for _, st := range sites {
			all[st.key] = true
		}
		archives, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "schema", k.Name, "*.txtar"))
		if len(archives) == 0 {
			t.Errorf("%s: no cases in testdata/schema/%s", k.Name, k.Name)
		}
		observeCases(t, lint.New(s, nil, k.Name), archives, sites, cv)
	}
	if missing := cv.missing(all); len(missing) > 0 {
		t.Errorf("%d of %d constraint checks lack a case:\n%s", len(missing), 2*len(all), strings.Join(missing, "\n"))
	}
	if os.Getenv("NFLINT_COVERAGE_LIST") != "" {
		var keys []string
		for key := range all {
			keys = append(keys, key.String())
		}
		sort.Strings(keys)
		t.Logf("%d constraints:\n%s", len(keys), strings.Join(keys, "\n"))
	}
}

// observeCases lints every spec of the archives and records what each document shows.
func observeCases(t *testing.T, l *lint.Linter, archives []string, sites []site, cv *coverage) {
	for _, p := range archives {
		a, err := txtar.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range a.Files {
			if f.Name == "args" || strings.HasPrefix(f.Name, "want") {
				continue
			}
			src := source.Decode(f.Name, f.Data)
			res := l.Lint(src)
			for _, doc := range src.Docs {
				var diags []diag.Diagnostic
				for _, d := range res.Diags {
					if d.Document == doc.Index {
						diags = append(diags, d)
					}
				}
				cv.observe(sites, doc.Root, diags)
			}
		}
	}
}

// missing lists the checks no case makes, and the known gaps a case now covers.
func (cv *coverage) missing(all map[constraintKey]bool) []string {
	var out []string
	for key := range all {
		for _, gap := range []struct {
			ok   bool
			what string
		}{{cv.violated[key], key.String() + ": no case breaks it"}, {cv.satisfied[key], key.String() + ": no case keeps it"}} {
			_, known := knownGaps[gap.what]
			switch {
			case !gap.ok && !known:
				out = append(out, gap.what)
			case gap.ok && known:
				out = append(out, gap.what+": now covered, remove it from knownGaps")
			}
		}
	}
	sort.Strings(out)
	return out
}
