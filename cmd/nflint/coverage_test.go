package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/cuecontext"
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
	path    string    // generalized: list indexes written [*]
	steps   []string  // the same path as keys, "*" for list items
	trigger string    // conditionals: the sibling whose value makes the field required
	conj    cue.Value // scalar constraints: the conjunct itself
	field   cue.Value // the whole value at path (the struct holding the field, for conditionals)
	choices string    // the alternatives taken on the way, "path=branch;..."
	alt     string    // path of the nearest enclosing alternative, "" if none
}

type walker struct {
	out  []site
	seen map[string]bool
}

// constraintsOf enumerates every constraint reachable from a kind's definition.
//
// Two kinds of conjunct are not constraints a case could break on its own, and are left out:
// a conjunct the field's other conjuncts already imply (the build storage minimum 16384, which
// every allowed size meets), and the required key of one alternative, whose absence selects
// another alternative or is reported as the alternative itself ("set one of ...").
func constraintsOf(def cue.Value, owner string) []site {
	w := &walker{seen: map[string]bool{}}
	w.walk(def, owner, "", "", nil, "", "")
	return w.out
}

func (w *walker) walk(v cue.Value, owner, rel, abs string, steps []string, choices, alt string) {
	if _, ref := v.ReferencePath(); len(ref.Selectors()) > 0 {
		owner, rel = ref.String(), ""
	}
	visit := owner + "|" + rel + "|" + abs + "|" + choices
	if w.seen[visit] {
		return
	}
	w.seen[visit] = true
	add := func(class string, conj cue.Value) {
		w.out = append(w.out, site{key: constraintKey{owner, rel, class}, path: abs, steps: steps, conj: conj,
			field: v, choices: choices, alt: alt})
	}
	conjs := schema.Conjuncts(v)
	for i, k := range conjs {
		class := classify(k)
		if class == "" || class == "alternative" {
			continue
		}
		if redundant(conjs, i) {
			continue
		}
		add(class, k)
	}
	if bs := branches(v); bs != nil {
		add("alternative", cue.Value{})
		keys := branchKeys(bs)
		for i, b := range bs {
			w.branch(b, keys[i], owner, rel, abs, steps, choices+fmt.Sprintf("%s=%d;", abs, i))
		}
		return
	}
	w.fields(v, nil, owner, rel, abs, steps, choices, alt)
	if elem := elemOf(v); elem.Exists() {
		w.walk(elem, owner, rel+"[*]", abs+"[*]", append(steps[:len(steps):len(steps)], "*"), choices, alt)
	}
}

func (w *walker) branch(b cue.Value, keys map[string]bool, owner, rel, abs string, steps []string, choices string) {
	if _, ref := b.ReferencePath(); len(ref.Selectors()) > 0 {
		owner, rel = ref.String(), ""
	}
	w.fields(b, keys, owner, rel, abs, steps, choices, abs)
}

func (w *walker) fields(v cue.Value, keys map[string]bool, owner, rel, abs string, steps []string, choices, alt string) {
	it, err := v.Fields(cue.Optional(true))
	if err != nil {
		return
	}
	for it.Next() {
		sel := it.Selector()
		name := sel.Unquoted()
		fabs, frel := joinKey(abs, name), joinKey(rel, name)
		fsteps := append(steps[:len(steps):len(steps)], name)
		if sel.ConstraintType() == cue.RequiredConstraint && !keys[name] {
			w.out = append(w.out, site{key: constraintKey{owner, frel, "required"}, path: fabs, steps: fsteps,
				field: v, choices: choices, alt: alt})
		}
		if trig := requiredWhenAttr(it.Value()); trig != "" {
			w.out = append(w.out, site{key: constraintKey{owner, frel, "conditional"}, path: fabs, steps: fsteps,
				trigger: trig, field: v, choices: choices, alt: alt})
		}
		w.walk(it.Value(), owner, frel, fabs, fsteps, choices, alt)
	}
}

// classify names the class of a scalar conjunct, "alternative" for matchN, or "".
func classify(k cue.Value) string {
	op, args := k.Expr()
	switch {
	case op == cue.CallOp && len(args) == 3 && fmt.Sprint(args[0]) == "matchN":
		return "alternative"
	case op == cue.CallOp && len(args) == 2:
		switch fmt.Sprint(args[0]) {
		case "strings.MinRunes", "list.MinItems":
			return "min-length"
		case "strings.MaxRunes", "list.MaxItems":
			return "max-length"
		}
	case op == cue.OrOp:
		if allConcreteScalars(args) {
			return "enum"
		}
		for _, a := range args {
			if subsumesAll(a, args) {
				return "" // one alternative accepts everything the others do: only the type is left
			}
		}
		return "one-of"
	case op == cue.NoOp && k.IsConcrete() && k.Kind() != cue.StructKind && k.Kind() != cue.ListKind:
		return "enum"
	case op == cue.GreaterThanEqualOp || op == cue.GreaterThanOp:
		return "min"
	case op == cue.LessThanEqualOp || op == cue.LessThanOp:
		return "max"
	case op == cue.RegexMatchOp:
		return "pattern"
	}
	return ""
}

func subsumesAll(a cue.Value, all []cue.Value) bool {
	for _, b := range all {
		if a.Subsume(b) != nil {
			return false
		}
	}
	return true
}

// redundant reports whether the other conjuncts of a field already imply conjunct i.
func redundant(conjs []cue.Value, i int) bool {
	if len(conjs) < 2 {
		return false
	}
	var rest cue.Value
	for j, k := range conjs {
		if j == i {
			continue
		}
		if !rest.Exists() {
			rest = k
		} else {
			rest = rest.Unify(k)
		}
	}
	return conjs[i].Subsume(rest, cue.Final()) == nil
}

func branches(v cue.Value) []cue.Value {
	for _, k := range schema.Conjuncts(v) {
		op, args := k.Expr()
		if op == cue.CallOp && len(args) == 3 && fmt.Sprint(args[0]) == "matchN" {
			var out []cue.Value
			list, _ := args[2].List()
			for list.Next() {
				out = append(out, list.Value())
			}
			return out
		}
	}
	return nil
}

// branchKeys finds, per branch, the required fields no other branch requires.
func branchKeys(bs []cue.Value) []map[string]bool {
	req := make([]map[string]bool, len(bs))
	for i, b := range bs {
		req[i] = map[string]bool{}
		if it, err := b.Fields(cue.Optional(true)); err == nil {
			for it.Next() {
				if it.Selector().ConstraintType() == cue.RequiredConstraint {
					req[i][it.Selector().Unquoted()] = true
				}
			}
		}
	}
	keys := make([]map[string]bool, len(bs))
	for i := range bs {
		keys[i] = map[string]bool{}
		for name := range req[i] {
			shared := false
			for j := range bs {
				shared = shared || j != i && req[j][name]
			}
			if !shared {
				keys[i][name] = true
			}
		}
	}
	return keys
}

// elemOf returns the definition of a list's items. A list written with a validator
// (list.MinItems(1) & [...#Metric]) only shows its items through the list conjunct.
func elemOf(v cue.Value) cue.Value {
	if e := v.LookupPath(cue.MakePath(cue.AnyIndex)); e.Exists() {
		return e
	}
	for _, c := range schema.Conjuncts(v) {
		if e := c.LookupPath(cue.MakePath(cue.AnyIndex)); e.Exists() {
			return e
		}
	}
	return cue.Value{}
}

func allConcreteScalars(vs []cue.Value) bool {
	for _, v := range vs {
		if op, _ := v.Expr(); op != cue.NoOp || !v.IsConcrete() {
			return false
		}
	}
	return true
}

func identKey(k string) bool {
	for i, r := range k {
		if !(r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return k != ""
}

// joinKey extends a generalized path by a key, in the form lint.Path.String uses.
func joinKey(p, k string) string {
	if !identKey(k) {
		return p + "[" + strconv.Quote(k) + "]"
	}
	if p == "" {
		return k
	}
	return p + "." + k
}

// generalize renders a finding's path with every list index as [*].
func generalize(p diag.Path) string {
	g := ""
	for _, e := range p {
		if e.IsIndex {
			g += "[*]"
		} else {
			g = joinKey(g, e.Key)
		}
	}
	return g
}

// present lists the generalized paths of every value in a document.
func present(n *source.Node, path string, out map[string]*source.Node) {
	if n == nil {
		return
	}
	out[path] = n
	switch n.Kind {
	case source.Object:
		for _, m := range n.Members {
			present(m.Value, joinKey(path, m.Key), out)
		}
	case source.Array:
		for _, it := range n.Items {
			present(it, path+"[*]", out)
		}
	}
}

// classesOf maps a finding to the constraint classes it shows broken.
func classesOf(d diag.Diagnostic) []string {
	switch d.Rule {
	case "required", "conditional", "enum", "pattern":
		return []string{d.Rule}
	case "range":
		if strings.Contains(d.Message, "minimum") || strings.Contains(d.Message, "greater than") {
			return []string{"min"}
		}
		return []string{"max"}
	case "length":
		if strings.Contains(d.Message, "the minimum is") || strings.Contains(d.Message, "at least") {
			return []string{"min-length"}
		}
		return []string{"max-length"}
	case "one-of":
		return []string{"one-of"}
	}
	return nil
}

// A coverage records, per constraint, whether some case broke it and some case kept it.
type coverage struct {
	violated, satisfied map[constraintKey]bool
}

// observe records what one linted document shows about each site. An alternative counts as
// broken when the object at its path draws a finding (nflint reports the branch the author
// meant, so the finding may name a field of that branch) and as kept when it draws none.
func (cv *coverage) observe(sites []site, root *source.Node, diags []diag.Diagnostic) {
	nodes := map[string]*source.Node{}
	present(root, "", nodes)
	broken := map[string]bool{} // path + " " + class
	flagged := map[string]bool{}
	var paths []string
	for _, d := range diags {
		g := generalize(d.Path)
		paths = append(paths, g)
		flagged[g] = true
		for _, c := range classesOf(d) {
			broken[g+" "+c] = true
		}
	}
	for _, s := range sites {
		n := nodes[s.path]
		switch s.key.class {
		case "alternative":
			if n != nil && !anyUnder(paths, s.path) {
				cv.satisfied[s.key] = true
			}
			if n != nil && anyUnder(paths, s.path) {
				cv.violated[s.key] = true
			}
		case "conditional":
			if broken[s.path+" conditional"] {
				cv.violated[s.key] = true
			} else if n != nil && nodes[siblingPath(s.path, s.trigger)] != nil {
				cv.satisfied[s.key] = true
			}
		case "required":
			if broken[s.path+" required"] {
				cv.violated[s.key] = true
			} else if n != nil {
				cv.satisfied[s.key] = true
			}
		default:
			// a value kept a constraint only if nothing at all is reported about it: a
			// value reported as not allowed says nothing about its pattern
			if broken[s.path+" "+s.key.class] {
				cv.violated[s.key] = true
			} else if n != nil && !flagged[s.path] {
				cv.satisfied[s.key] = true
			}
		}
	}
}

func siblingPath(p, name string) string {
	if i := strings.LastIndexAny(p, ".["); i >= 0 && p[i] == '.' {
		return joinKey(p[:i], name)
	}
	return joinKey("", name)
}

func anyUnder(paths []string, p string) bool {
	for _, q := range paths {
		if p == "" || q == p || strings.HasPrefix(q, p+".") || strings.HasPrefix(q, p+"[") {
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
	s, err := schema.Load(cuecontext.New())
	if err != nil {
		t.Fatal(err)
	}
	if *genCases {
		generateCases(t, s)
	}
	cv := &coverage{violated: map[constraintKey]bool{}, satisfied: map[constraintKey]bool{}}
	all := map[constraintKey]bool{}
	for _, k := range schema.Kinds {
		sites := constraintsOf(s.Definition(k), k.Definition)
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
		l := lint.New(s, nil, k.Name)
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
	var missing []string
	for key := range all {
		for _, gap := range []struct {
			ok   bool
			what string
		}{{cv.violated[key], key.String() + ": no case breaks it"}, {cv.satisfied[key], key.String() + ": no case keeps it"}} {
			_, known := knownGaps[gap.what]
			switch {
			case !gap.ok && !known:
				missing = append(missing, gap.what)
			case gap.ok && known:
				missing = append(missing, gap.what+": now covered, remove it from knownGaps")
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
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

func requiredWhenAttr(v cue.Value) string {
	s, _ := schema.Attr(v, "requiredWhen")
	return s
}
