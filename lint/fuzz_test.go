package lint_test

import (
	"strings"
	"testing"

	"cuelang.org/go/cue/cuecontext"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/rules"
	"github.com/nflint/nflint/schema"
)

// The fuzz targets hold nflint to "bad input never crashes nflint" and to the shape every
// finding must have. Seeds live in testdata/fuzz/<target>; .ci/run fuzzes each briefly.

// FuzzDecode decodes arbitrary bytes as JSON and as YAML.
func FuzzDecode(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte, asJSON bool) {
		name := "fuzz.yaml"
		if asJSON {
			name = "fuzz.json"
		}
		s := lint.Decode(name, data)
		for _, d := range s.Diags {
			checkFinding(t, s, d)
		}
		for _, doc := range s.Docs {
			checkPositions(t, s, doc.Root, 0)
		}
	})
}

// FuzzLint decodes and lints one document with the real schema and rules, letting nflint
// choose the kind, or as a combined service, or as a template.
func FuzzLint(f *testing.F) {
	addSeeds(f)
	s, err := schema.Load(cuecontext.New())
	if err != nil {
		f.Fatal(err)
	}
	linters := []*lint.Linter{lint.New(s, rules.All, ""), lint.New(s, rules.All, "combined-service"),
		lint.New(s, rules.All, schema.Template)}
	used := 0
	f.Fuzz(func(t *testing.T, data []byte, asJSON bool) {
		name := "fuzz.yaml"
		if asJSON {
			name = "fuzz.json"
		}
		src := lint.Decode(name, data)
		res := linters[len(data)%len(linters)].Lint(src)
		for _, d := range res.Diags {
			checkFinding(t, src, d)
		}
		// a context grows with every value built in it; renew it as the runner does
		if used++; used%500 == 0 {
			s, err := schema.Load(cuecontext.New())
			if err != nil {
				t.Fatal(err)
			}
			linters = []*lint.Linter{lint.New(s, rules.All, ""), lint.New(s, rules.All, "combined-service"),
				lint.New(s, rules.All, schema.Template)}
		}
	})
}

// checkFinding asserts the standards every finding meets: a file, a 1-based position inside
// the file, a rule id, a severity, a message, and no CUE vocabulary.
func checkFinding(t *testing.T, s *lint.Source, d lint.Diagnostic) {
	t.Helper()
	if d.File != s.Name || d.Rule == "" || d.Message == "" || d.Severity.String() == "" {
		t.Fatalf("incomplete finding %+v", d)
	}
	lines := strings.Count(string(s.Src), "\n") + 1
	if d.Pos.Line < 1 || d.Pos.Column < 1 || d.Pos.Line > lines {
		t.Fatalf("finding at %s outside the file of %d lines: %s [%s]", d.Pos, lines, d.Message, d.Rule)
	}
	for _, w := range []string{"#", "empty disjunction", "matchN", "incomplete value", "conflicting values",
		"field not allowed", ".cue:"} {
		if strings.Contains(d.Message, w) && !strings.Contains(s.Name+string(s.Src), w) {
			t.Fatalf("CUE vocabulary %q reaches the user: %s [%s]", w, d.Message, d.Rule)
		}
	}
}

// checkPositions asserts every decoded node lies inside the file.
func checkPositions(t *testing.T, s *lint.Source, n *lint.Node, depth int) {
	if n == nil || depth > lint.MaxDepth+1 {
		return
	}
	lines := strings.Count(string(s.Src), "\n") + 1
	if n.Pos.Line > lines || n.Pos.Line < 0 {
		t.Fatalf("node at %s outside the file of %d lines", n.Pos, lines)
	}
	for _, m := range n.Members {
		if m.KeyPos.Line > lines {
			t.Fatalf("key %q at %s outside the file of %d lines", m.Key, m.KeyPos, lines)
		}
		checkPositions(t, s, m.Value, depth+1)
	}
	for _, it := range n.Items {
		checkPositions(t, s, it, depth+1)
	}
}

// addSeeds adds the benchmark specs beside the committed corpus in testdata/fuzz.
func addSeeds(f *testing.F) {
	for _, name := range []string{"minimal.yaml", "full.yaml"} {
		f.Add(readBench(f, name), false)
	}
}
