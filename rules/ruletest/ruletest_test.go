package ruletest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

func TestParseWant(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // the expectations, as String renders them
		err      string
	}{
		{name: "exact", in: `deprecated "x is deprecated"`, want: []string{`deprecated "x is deprecated"`}},
		{name: "backquoted", in: "enum `\"HTTPS\" is not one of`", want: []string{`enum "\"HTTPS\" is not one of"`}},
		{name: "regexp", in: `enum ~"not one of"`, want: []string{`enum ~"not one of"`}},
		{name: "column suggestion path", in: `enum:15 "m" suggest ~"did you" at ports[0].protocol`,
			want: []string{`enum:15 "m" suggest ~"did you" at ports[0].protocol`}},
		{name: "two", in: `a "x" b ~"y"`, want: []string{`a "x"`, `b ~"y"`}},
		{name: "no message", in: `deprecated`, err: "expected a quoted message"},
		{name: "message first", in: `"x"`, err: "expected a rule id"},
		{name: "bad column", in: `a:0 "x"`, err: "must be a number from 1"},
		{name: "bad regexp", in: `a ~"("`, err: "bad regular expression"},
		{name: "unterminated", in: `a "x`, err: "unterminated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, err := parseWant(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("parseWant(%q) error %v, want one saying %q", tt.in, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range es {
				got = append(got, e.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("parseWant(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// flagging is a rule that reports every key named "flagged", for testing the harness alone.
var flagging = &lint.Rule{Name: "flagging", Severity: diag.Warning, Run: func(p *lint.Pass) {
	p.Walk(func(n *source.Node, path diag.Path) {
		if m := n.Member("flagged"); m != nil {
			p.ReportKey(m, path.Key("flagged"), "flagged is set")
		}
	})
}}

// TestCheck pins what a failing case says: an unexpected finding and an unmet want, each at
// its file and line, and the want a finding came close to meeting.
func TestCheck(t *testing.T) {
	s, err := schema.New()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write(t, dir, "c.yaml", "# kind: manual-job\nflagged: 1\nother: 2  # want flagging \"flagged is set\"\n")
	c, err := loadCase(filepath.Join(dir, "c.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(Check(s, flagging, c), "\n")
	for _, want := range []string{
		"c.yaml:2: unexpected finding:\n\tc.yaml:2:1: warning: flagged is set [flagging] @flagged",
		`c.yaml:3: no finding meets the want flagging "flagged is set"`,
		"c.yaml:3: unexpected finding:\n\tc.yaml:3:1: error: unknown field \"other\"",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack\n%s\nin\n%s", want, got)
		}
	}
}

func TestCheckArchive(t *testing.T) {
	s, err := schema.New()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write(t, dir, "c.txtar", "-- kind --\nmanual-job\n-- a.json --\n{\"flagged\": 1}\n-- want --\n"+
		"a.json:1:2: warning: flagged is set [flagging] @flagged\na.json:1:2: warning: twice [flagging] @flagged\n")
	c, err := loadCase(filepath.Join(dir, "c.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(Check(s, flagging, c), "\n")
	if want := "c.txtar: a.json:1: no finding meets the want a.json:1:2: warning: twice [flagging] @flagged"; !strings.Contains(got, want) {
		t.Errorf("problems lack\n%s\nin\n%s", want, got)
	}
}

func TestLoadRefusesJSON(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "c.json", "{}")
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "put it in a .txtar archive") {
		t.Errorf("Load of a bare JSON case: %v", err)
	}
}

// TestMissing pins what an author is told a rule's testdata lacks.
func TestMissing(t *testing.T) {
	dir := t.TempDir()
	other := &lint.Rule{Name: "other", Run: flagging.Run}
	write(t, filepath.Join(dir, "flagging"), "fires.yaml", "flagged: 1  # want flagging ~\"set\"\n")
	write(t, filepath.Join(dir, "stray"), "clean.yaml", "a: 1\n")
	got := Missing(dir, []*lint.Rule{flagging, other, {Name: "builtin"}})
	want := []string{
		filepath.Join(dir, "flagging") + `: rule "flagging" needs a want that states a whole message (# want flagging "...", not only ~"regexp"); and a spec it leaves clean (no # want at all; a document of a multi-document YAML file counts)`,
		filepath.Join(dir, "stray") + `: no rule has the id "stray": name the directory after the rule it tests`,
		`rule "other" has no testdata: add ` + filepath.Join(dir, "other") + `/ with a spec where it fires (a line ending in # want other "the whole message") and a spec it leaves clean (no # want at all)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Missing:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func write(t *testing.T, dir, name, data string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestMissingOneFile checks a rule's cases may be one multi-document YAML file: a document
// where it fires and one where it does not are all a new rule needs.
func TestMissingOneFile(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "flagging"), "cases.yaml", "flagged: 1  # want flagging \"twice\"\n---\na: 1\n")
	if got := Missing(dir, []*lint.Rule{flagging}); len(got) != 0 {
		t.Errorf("one file with a firing and a clean document: %v", got)
	}
	write(t, filepath.Join(dir, "flagging"), "cases.yaml", "flagged: 1  # want flagging \"twice\"\n---\nflagged: 2  # want flagging \"twice\"\n")
	if got := Missing(dir, []*lint.Rule{flagging}); len(got) != 1 || !strings.Contains(got[0], "a spec it leaves clean") {
		t.Errorf("no clean document: %v", got)
	}
}
