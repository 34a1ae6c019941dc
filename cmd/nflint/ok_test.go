package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nflint/nflint/schema"
)

// TestOK lints every file under testdata/ok, valid specs of every kind, and requires no
// finding at all: a linter that cries wolf on valid input is not used twice. A file named
// after a kind (build-service-patch.yaml) is linted as that kind, as its user would name it:
// put and patch bodies cannot be told from create bodies by their fields.
func TestOK(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "ok")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) == 0 {
		t.Fatal("testdata/ok is empty")
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		t.Run(e.Name(), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := []string{"lint", "--fail-on", "info", p}
			if k := schema.KindByName(strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))); k != nil {
				args = []string{"lint", "--fail-on", "info", "--kind", k.Name, p}
			}
			code := Main(args, strings.NewReader(""), &stdout, &stderr)
			if code != exitOK || stdout.Len() > 0 {
				t.Errorf("exit %d, want a clean run:\n%s%s", code, stdout.String(), stderr.String())
			}
		})
	}
}

// updateExamples rewrites testdata/examples.golden.
var updateExamples = flag.Bool("update-examples", false, "rewrite testdata/examples.golden from nflint's output")

// TestExamples keeps the README's first command honest: the examples directory lints to the
// output recorded in testdata/examples.golden (rewritten with -update-examples).
func TestExamples(t *testing.T) {
	wd, _ := os.Getwd()
	if err := os.Chdir(filepath.Join("..", "..")); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var stdout, stderr bytes.Buffer
	code := Main([]string{"lint", "--color", "never", "examples/"}, strings.NewReader(""), &stdout, &stderr)
	if code != exitFindings {
		t.Errorf("exit %d, want 1: the examples include broken specs", code)
	}
	got := stdout.String() + "--- stderr\n" + stderr.String()
	golden := filepath.Join("testdata", "examples.golden")
	if *updateExamples {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("examples output changed (-update-examples accepts it):\n--- got\n%s\n--- want\n%s", got, want)
	}
}
