package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// Each suite of this package has an update flag of its own, so that accepting one suite's
// new outputs never rewrites another's, and a plain -update is no flag at all:
//
//	-update-cases      TestCases: the want sections of testdata/{schema,rules,templates,template-walk,jsonschema}
//	-update-gallery    TestGallery: the want.txt and want.json sections of testdata/gallery
//	-update-scripts    TestScripts: the expected outputs inside testdata/script
//	-update-examples   TestExamples: testdata/examples.golden
//	-update-explain    TestExplain: the stdout, stderr and exit sections of testdata/explain
//	-update-generated  TestSchemaCoverage: regenerate testdata/schema/<kind>/generated-*.txtar
//
// lint/report has -update-formats for testdata/formats. Run one suite with its flag, then read
// every changed line before committing: an update accepts whatever nflint printed.
var updateCases = flag.Bool("update-cases", false, "rewrite the want sections of TestCases' testdata cases from nflint's output")

// update is TestExplain's flag, under the name explain_test.go reads.
var update = flag.Bool("update-explain", false, "rewrite the expected sections of testdata/explain from nflint's output")

// A case is one txtar archive under testdata: spec files, optional flags in an "args"
// section, and a "want" section listing every expected finding as
//
//	file:line:col: severity: message [rule] @path
//
// The case runs through Main, exactly as the CLI does, with --format json.
type tcase struct {
	path    string
	archive *txtar.Archive
	args    []string
	files   []string
	want    string
}

func loadCases(t *testing.T, dirs ...string) []*tcase {
	t.Helper()
	var out []*tcase
	for _, dir := range dirs {
		root := filepath.Join("..", "..", "testdata", dir)
		if _, err := os.Stat(root); os.IsNotExist(err) {
			continue
		}
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txtar") {
				return err
			}
			a, err := txtar.ParseFile(p)
			if err != nil {
				return err
			}
			c := &tcase{path: p, archive: a}
			for _, f := range a.Files {
				switch f.Name {
				case "args":
					c.args = strings.Fields(string(f.Data))
				case "want":
					c.want = string(f.Data)
				default:
					// want.txt, want.json (the gallery's), want-intent, want-extra (generated cases')
					if !strings.HasPrefix(f.Name, "want") {
						c.files = append(c.files, f.Name)
					}
				}
			}
			out = append(out, c)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no test cases under %v", dirs)
	}
	return out
}

// materialise writes the case's spec files into a temporary directory and returns it.
func (c *tcase) materialise(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range c.archive.Files {
		if f.Name == "args" || strings.HasPrefix(f.Name, "want") {
			continue
		}
		p := filepath.Join(dir, f.Name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// run lints the case in its directory and returns stdout, stderr and the exit code. File names
// in the output are relative to the case directory.
func (c *tcase) run(t *testing.T, extra ...string) (string, string, int) {
	t.Helper()
	dir := c.materialise(t)
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	args := append([]string{"lint", "--color", "never"}, extra...)
	args = append(args, c.args...)
	args = append(args, c.files...)
	var stdout, stderr bytes.Buffer
	code := Main(args, strings.NewReader(""), &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

type jsonOut struct {
	Diagnostics []struct {
		File, Path, Rule, Severity, Message, Suggestion string
		Line, Column, EndLine, EndColumn, Document      int
	}
}

// findings renders JSON output as want lines.
func findings(t *testing.T, stdout string) string {
	t.Helper()
	var out jsonOut
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	var b strings.Builder
	for _, d := range out.Diagnostics {
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s [%s] @%s\n", d.File, d.Line, d.Column, d.Severity, d.Message, d.Rule, d.Path)
		if d.Suggestion != "" {
			fmt.Fprintf(&b, "  = %s\n", d.Suggestion)
		}
	}
	return b.String()
}

// rewrite replaces or adds a section of a case's archive and writes it back.
func (c *tcase) rewrite(t *testing.T, name, data string) {
	t.Helper()
	found := false
	for i := range c.archive.Files {
		if c.archive.Files[i].Name == name {
			c.archive.Files[i].Data = []byte(data)
			found = true
		}
	}
	if !found {
		c.archive.Files = append(c.archive.Files, txtar.File{Name: name, Data: []byte(data)})
	}
	sort.SliceStable(c.archive.Files, func(i, j int) bool {
		return strings.HasPrefix(c.archive.Files[j].Name, "want") && !strings.HasPrefix(c.archive.Files[i].Name, "want")
	})
	if err := os.WriteFile(c.path, txtar.Format(c.archive), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCases runs every schema, rule and template case and compares each finding, with its
// line, column, path and message, to the case's want section. -update-cases rewrites the want
// sections; the generated cases' findings are then held to what the generator meant to break
// (TestGeneratedIntent).
func TestCases(t *testing.T) {
	for _, c := range loadCases(t, "schema", "rules", "templates", "template-walk", "jsonschema") {
		t.Run(strings.TrimPrefix(c.path, "../../testdata/"), func(t *testing.T) {
			stdout, stderr, code := c.run(t, "--format", "json")
			if code == exitUsage {
				t.Fatalf("exit 2: %s", stderr)
			}
			got := findings(t, stdout)
			if *updateCases {
				c.rewrite(t, "want", got)
				return
			}
			if got != c.want {
				t.Errorf("findings differ (go test ./cmd/nflint -run TestCases -update-cases accepts them)\n--- got\n%s--- want\n%s", got, c.want)
			}
			wantCode := exitOK
			if strings.Contains(got, ": error: ") {
				wantCode = exitFindings
			}
			if code != wantCode {
				t.Errorf("exit code %d, want %d", code, wantCode)
			}
		})
	}
}

func txtarParse(p string) (*txtar.Archive, error) { return txtar.ParseFile(p) }
