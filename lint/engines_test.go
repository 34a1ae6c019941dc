package lint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/rules"
	"github.com/nflint/nflint/schema"
)

// The native engine must give the findings the CUE engine gives, on every document: the
// tests here run both over every spec in the repository (testdata, examples, the benchmark
// inputs) and, when it is there, the corpus of published specs (NFLINT_CORPUS, default
// ../../shared/corpus), and require the same findings, in the same order, with the same
// positions, paths, rules, severities, messages and suggestions. Beyond the findings, every
// answer the native engine gives is checked against CUE's answer to the same question, so a
// disagreement the walk happens to hide is still caught.

// An input is one file to lint, with the kind a test case forces, if any.
type input struct {
	name string
	data []byte
	kind string
}

// repoInputs collects every spec in the repository's test data and examples.
func repoInputs(t testing.TB) []input {
	t.Helper()
	var out []input
	for _, root := range []string{"../testdata", "../examples", "testdata"} {
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			switch {
			case strings.Contains(p, "formats"):
				// expected outputs and the SARIF schema, not specs
			case strings.HasSuffix(p, ".txtar"):
				out = append(out, archiveInputs(p, txtar.Parse(data))...)
			case source.IsSpecFile(p) || strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".json"):
				out = append(out, input{name: p, data: data})
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(out) < 300 {
		t.Fatalf("found %d inputs: the test data moved?", len(out))
	}
	return out
}

func archiveInputs(p string, a *txtar.Archive) []input {
	kind := ""
	for _, f := range a.Files {
		if f.Name == "args" {
			fields := strings.Fields(string(f.Data))
			for i, w := range fields {
				if (w == "--kind" || w == "-k") && i+1 < len(fields) {
					kind = fields[i+1]
				} else if k, ok := strings.CutPrefix(w, "--kind="); ok {
					kind = k
				}
			}
		}
	}
	if kind != "" && kind != schema.Template && schema.KindByName(kind) == nil {
		kind = "" // a case about a bad --kind
	} else if k := schema.KindByName(kind); k != nil {
		kind = k.Name
	}
	var out []input
	for _, f := range a.Files {
		if f.Name == "args" || strings.HasPrefix(f.Name, "want") || strings.HasSuffix(f.Name, ".nflint.yaml") {
			continue
		}
		out = append(out, input{name: p + ":" + f.Name, data: f.Data, kind: kind})
	}
	return out
}

// corpusInputs collects the corpus of published specs, when it is there.
func corpusInputs(t testing.TB) []input {
	dir := os.Getenv("NFLINT_CORPUS")
	if dir == "" {
		dir = "../../shared/corpus"
	}
	if _, err := os.Stat(dir); err != nil {
		t.Logf("no corpus at %s: set NFLINT_CORPUS to compare the engines on it too", dir)
		return nil
	}
	var out []input
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".json") || strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
			return err
		}
		if data, err := os.ReadFile(p); err == nil {
			out = append(out, input{name: p, data: data})
		}
		return nil
	})
	return out
}

// renderAll writes findings with every field the output formats show.
func renderAll(ds []diag.Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "%d %d:%d-%d:%d %s [%s] %s: %s | %s", d.Document, d.Pos.Line, d.Pos.Column, d.End.Line, d.End.Column,
			d.Path, d.Rule, d.Severity, d.Message, d.Suggestion)
		for _, r := range d.Related {
			fmt.Fprintf(&b, " (%d:%d-%d:%d %s)", r.Pos.Line, r.Pos.Column, r.End.Line, r.End.Column, r.Message)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// engines holds one linter of each engine over one schema each.
type engines struct{ native, cue *lint.Linter }

func newEngines(t testing.TB) engines {
	t.Helper()
	load := func() *lint.Linter {
		s, err := schema.New()
		if err != nil {
			t.Fatal(err)
		}
		return lint.New(s, rules.All, "")
	}
	e := engines{native: load(), cue: load()}
	e.cue.SetEngine(lint.EngineCUE)
	return e
}

// compare lints one input with both engines and returns the difference, "" when none.
func (e engines) compare(in input) string {
	src := source.Decode(in.name, in.data)
	got := renderAll(e.native.WithKind(in.kind).Lint(src).Diags)
	want := renderAll(e.cue.WithKind(in.kind).Lint(src).Diags)
	if got == want {
		return ""
	}
	return fmt.Sprintf("%s (kind %q): the engines disagree\n--- native\n%s--- cue\n%s", in.name, in.kind, got, want)
}

// auditing installs the native-answer audit for the test and returns what it saw.
type audit struct {
	mu        sync.Mutex
	answers   int
	asked     int
	disagreed []string
}

func startAudit(t *testing.T) *audit {
	a := &audit{}
	lint.AuditNative(func(q string, def *schema.Def, n *source.Node, lenient, native, cue bool) {
		a.mu.Lock()
		defer a.mu.Unlock()
		a.answers++
		if native != cue && len(a.disagreed) < 20 {
			a.disagreed = append(a.disagreed, fmt.Sprintf("%s of %s at %d:%d (lenient %v): native %v, CUE %v",
				q, n.Describe(), n.Pos.Line, n.Pos.Column, lenient, native, cue))
		}
	})
	lint.AuditAsked(func(string) {
		a.mu.Lock()
		defer a.mu.Unlock()
		a.asked++
	})
	t.Cleanup(func() { lint.AuditNative(nil); lint.AuditAsked(nil) })
	return a
}

func (a *audit) check(t *testing.T, where string) {
	t.Helper()
	for _, d := range a.disagreed {
		t.Errorf("%s: %s", where, d)
	}
	a.disagreed = nil
}

func TestEnginesAgreeOnTestdata(t *testing.T) {
	runAgreement(t, repoInputs(t))
}

func TestEnginesAgreeOnCorpus(t *testing.T) {
	ins := corpusInputs(t)
	if ins == nil {
		t.Skip("no corpus")
	}
	runAgreement(t, ins)
}

// TestEnginesAgreeOnMutations runs every repository spec, broken in the ways TestMutations
// breaks them, through both engines: the mutations reach the paths a valid document never
// takes, where a native check and its CUE constraint are likeliest to part.
func TestEnginesAgreeOnMutations(t *testing.T) {
	var ins []input
	for _, in := range repoInputs(t) {
		for i, m := range mutate(t, in.data) {
			ins = append(ins, input{name: mutantName(in.name, i), data: m, kind: in.kind})
		}
	}
	runAgreement(t, ins)
}

func runAgreement(t *testing.T, ins []input) {
	e := newEngines(t)
	a := startAudit(t)
	for _, in := range ins {
		if d := e.compare(in); d != "" {
			t.Error(d)
		}
		a.check(t, in.name)
	}
	t.Logf("%d files: %d native answers checked against CUE's, %d questions left to CUE", len(ins), a.answers, a.asked)
	if a.answers == 0 {
		t.Error("the native engine answered nothing: is it in use?")
	}
}
