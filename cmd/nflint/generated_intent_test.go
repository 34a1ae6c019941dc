package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// The generated broken cases (testdata/schema/<kind>/generated-broken.txtar) record what the
// generator meant to break, so that accepting their findings with -update-cases cannot bless
// a finding no mutation aimed at, or lose one it did:
//
//	-- want-intent --                       written by the generator, one line per mutation
//	broken-1.json: ports[*].internalPort [range]
//	-- want-extra --                        written by hand, kept when the case is regenerated
//	ports[*].name [length] -- why nflint is right to report this too
//
// Paths are generalized, every list index written [*], as the generator knows them; each
// mutation of a list gets an item of its own, so a line stands for one finding. An alternative
// the generator broke ([one-of]) is met by any finding at or under its path: nflint reports
// the branch the author most likely meant, which may name a field inside it. TestGeneratedIntent
// fails on a finding that meets neither section, on an intent no finding meets, and on an
// extra that no finding needs any more.

// An intended finding is one mutation the generator made: the document, the generalized path
// and the constraint class it broke (coverage_test.go's classes).
type intended struct {
	File, Path, Class string
}

// ruleOfClass is the rule id nflint reports a broken constraint of each class under.
var ruleOfClass = map[string]string{
	"required": "required", "conditional": "conditional", "enum": "enum", "one-of": "one-of",
	"alternative": "one-of", "min": "range", "max": "range", "min-length": "length", "max-length": "length",
	"pattern": "pattern", "format": "pattern",
}

// intentSection renders the want-intent section of a generated case; the generator calls it
// with every mutation it placed, in order.
func intentSection(ms []intended) txtar.File {
	var b strings.Builder
	for _, m := range ms {
		rule, ok := ruleOfClass[m.Class]
		if !ok {
			rule = "class:" + m.Class // TestGeneratedIntent names it: ruleOfClass needs an entry
		}
		fmt.Fprintf(&b, "%s: %s [%s]\n", m.File, m.Path, rule)
	}
	return txtar.File{Name: "want-intent", Data: []byte(b.String())}
}

// keepExtra returns the want-extra section of the case at path as it stands, for the generator
// to write back: the reasons in it are a reviewer's, not the generator's.
func keepExtra(path string) []txtar.File {
	a, err := txtar.ParseFile(path)
	if err != nil {
		return nil
	}
	for _, f := range a.Files {
		if f.Name == "want-extra" {
			return []txtar.File{f}
		}
	}
	return nil
}

// A finding as the intent check reads it: document, generalized path and rule.
type intentKey struct{ file, path, rule string }

func (k intentKey) String() string { return fmt.Sprintf("%s: %s [%s]", k.file, k.path, k.rule) }

// An extra is a want-extra line: a finding no mutation aimed at, or one that stands instead
// of the intended finding at its path, with the reason nflint is right.
type extra struct {
	instead string // the intended rule this finding replaces; "" for a plain extra
	why     string
}

var (
	intentLine = regexp.MustCompile(`^(\S+): (.*) \[([a-z:-]+)\]$`)
	extraLine  = regexp.MustCompile(`^(.*?) \[([a-z-]+)\](?: instead of \[([a-z-]+)\])? -- (\S.*)$`)
	listIndex  = regexp.MustCompile(`\[[0-9]+\]`)
)

// TestGeneratedIntent holds the findings in each generated broken case's want section to its
// want-intent and want-extra sections (see the comment at the top of this file); TestCases
// holds nflint's output to the want section, so the two together hold the output to the
// intent, however the want section was last rewritten.
func TestGeneratedIntent(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "schema", "*", "generated-broken.txtar"))
	if len(paths) == 0 {
		t.Fatal("no generated-broken.txtar under testdata/schema")
	}
	for _, c := range loadCases(t, "schema") {
		if filepath.Base(c.path) != "generated-broken.txtar" {
			continue
		}
		t.Run(strings.TrimPrefix(c.path, "../../testdata/"), func(t *testing.T) {
			intents, extras := readIntent(t, c)
			var got []intentKey
			for _, line := range strings.Split(c.want, "\n") {
				if m := wantLine.FindStringSubmatch(line); m != nil {
					got = append(got, intentKey{m[1], listIndex.ReplaceAllString(m[3], "[*]"), m[2]})
				}
			}
			for _, p := range matchIntent(intents, extras, got) {
				t.Error(p)
			}
		})
	}
}

// wantLine reads a finding as findings renders it: file, rule and path.
var wantLine = regexp.MustCompile(`^([^:]+):\d+:\d+: [a-z]+: .* \[([a-z-]+)\] @(.*)$`)

func readIntent(t *testing.T, c *tcase) (intents []intentKey, extras map[intentKey]extra) {
	t.Helper()
	extras = map[intentKey]extra{}
	found := false
	for _, f := range c.archive.Files {
		switch f.Name {
		case "want-intent":
			found = true
			for i, line := range nonEmptyLines(f.Data) {
				m := intentLine.FindStringSubmatch(line)
				if m == nil {
					t.Fatalf("want-intent line %d: %q is not FILE: PATH [RULE]", i+1, line)
				}
				if strings.HasPrefix(m[3], "class:") {
					t.Fatalf("want-intent line %d: no rule for constraint class %q: add it to ruleOfClass", i+1, m[3])
				}
				intents = append(intents, intentKey{m[1], m[2], m[3]})
			}
		case "want-extra":
			for i, line := range nonEmptyLines(f.Data) {
				m := extraLine.FindStringSubmatch(line)
				if m == nil {
					t.Fatalf("want-extra line %d: %q is not PATH [RULE] [instead of [RULE]] -- REASON", i+1, line)
				}
				extras[intentKey{path: m[1], rule: m[2]}] = extra{instead: m[3], why: m[4]}
			}
		}
	}
	if !found {
		t.Fatal("no want-intent section: the generator writes one with intentSection (generated_intent_test.go); " +
			"regenerate with go test ./cmd/nflint -run TestSchemaCoverage -update-generated")
	}
	return intents, extras
}

func nonEmptyLines(b []byte) []string {
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// matchIntent pairs findings with intents, one each, whatever their order: first by
// document, path and rule; then a finding under a broken alternative that names what the
// branch lacks or does not allow; then a listed extra. Every intent and every extra must be
// met.
func matchIntent(intents []intentKey, extras map[intentKey]extra, got []intentKey) []string {
	open := map[intentKey]int{} // intents not yet met, counted per key
	for _, in := range intents {
		open[in]++
	}
	var left []intentKey
	for _, g := range got {
		if open[g] > 0 {
			open[g]--
		} else {
			left = append(left, g)
		}
	}
	met := map[intentKey]bool{} // alternatives met by a finding under them
	used := map[intentKey]bool{}
	var problems []string
	for _, g := range left {
		if alt, ok := alternativeOver(intents, g); ok {
			met[alt] = true
			continue
		}
		x := intentKey{path: g.path, rule: g.rule}
		e, listed := extras[x]
		switch {
		case listed && e.instead != "" && open[intentKey{g.file, g.path, e.instead}] > 0:
			open[intentKey{g.file, g.path, e.instead}]--
			used[x] = true
		case listed && e.instead == "":
			used[x] = true
		default:
			problems = append(problems, fmt.Sprintf("%s: no mutation aimed at this finding: if nflint is right, list it in want-extra as %q",
				g, g.path+" ["+g.rule+"] -- REASON"))
		}
	}
	for in, n := range open {
		if n > 0 && !met[in] {
			problems = append(problems, fmt.Sprintf("%s: the generator broke this, and nflint reports nothing there", in))
		}
	}
	for x, e := range extras {
		if !used[x] {
			problems = append(problems, fmt.Sprintf("want-extra %s [%s]: no finding needs it any more (%s); remove it", x.path, x.rule, e.why))
		}
	}
	sort.Strings(problems)
	return problems
}

// alternativeOver finds the broken alternative a finding stands under: nflint reports the
// branch the author most likely meant, naming the fields it lacks or does not allow.
func alternativeOver(intents []intentKey, g intentKey) (intentKey, bool) {
	if g.rule != "required" && g.rule != "unknown-field" && g.rule != "one-of" {
		return intentKey{}, false
	}
	for _, in := range intents {
		if in.file == g.file && in.rule == "one-of" && within(g.path, in.path) {
			return in, true
		}
	}
	return intentKey{}, false
}

// within reports whether path p is q or lies under it.
func within(p, q string) bool {
	return q == "" || p == q || strings.HasPrefix(p, q+".") || strings.HasPrefix(p, q+"[")
}

// TestIntentSection pins what the generator writes and keeps: intent lines TestGeneratedIntent
// reads back, a rule for every class of constraint, and the reviewed want-extra of a case.
func TestIntentSection(t *testing.T) {
	f := intentSection([]intended{{"broken-1.json", "ports[*].internalPort", "max"}, {"broken-2.json", "deployment", "alternative"}})
	if want := "broken-1.json: ports[*].internalPort [range]\nbroken-2.json: deployment [one-of]\n"; string(f.Data) != want {
		t.Errorf("intentSection wrote\n%s\nwant\n%s", f.Data, want)
	}
	for _, class := range []string{"required", "conditional", "enum", "one-of", "alternative", "min", "max", "min-length", "max-length", "pattern"} {
		if ruleOfClass[class] == "" {
			t.Errorf("ruleOfClass has no rule for the constraint class %q", class)
		}
	}
	kept := keepExtra(filepath.Join("..", "..", "testdata", "schema", "build-service-patch", "generated-broken.txtar"))
	if len(kept) != 1 || !strings.Contains(string(kept[0].Data), "[deprecated]") {
		t.Errorf("keepExtra of build-service-patch = %q, want its want-extra section", kept)
	}
}
