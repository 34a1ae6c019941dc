package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
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
	seen := map[string]bool{}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		t.Run(e.Name(), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := []string{"lint", "--fail-on", "info", "--format", "json", "--quiet", p}
			want := inferredKinds[e.Name()]
			if k := schema.KindByName(strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))); k != nil {
				args = append(args, "--kind", k.Name)
				want = k.Name
			} else if want == "" {
				t.Fatalf("%s is named after no kind: list the kind nflint must infer for it in inferredKinds", e.Name())
			}
			seen[e.Name()] = true
			code := Main(args, strings.NewReader(""), &stdout, &stderr)
			var out struct {
				Diagnostics []any          `json:"diagnostics"`
				Summary     map[string]any `json:"summary"`
			}
			if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, stdout.String())
			}
			if code != exitOK || len(out.Diagnostics) > 0 || stderr.Len() > 0 {
				t.Errorf("exit %d, want a clean run:\n%s%s", code, stdout.String(), stderr.String())
			}
			if k := schema.KindByName(want); k != nil && k.Body == "template" {
				return // a template counts the bodies of its nodes, not itself
			}
			if got := fmt.Sprint(out.Summary["bodies"]); got != fmt.Sprintf("map[%s:1]", want) {
				t.Errorf("checked as %s, want %s", got, want)
			}
		})
	}
	for name := range inferredKinds {
		if !seen[name] {
			t.Errorf("inferredKinds lists %s, which is not in testdata/ok", name)
		}
	}
}

// inferredKinds are the kinds nflint must infer from their fields for the files of
// testdata/ok that are not named after one: every create body and response it can tell
// apart. (Put and patch bodies are named: their fields are a create body's.)
var inferredKinds = map[string]string{
	"app-secrets.yaml":                "secret-group",
	"combined-minimal-docker.yaml":    "combined-service",
	"combined-minimal.json":           "combined-service",
	"deployment-external.yaml":        "deployment-service",
	"deployment-internal.json":        "deployment-service",
	"frontend-build.json":             "build-service",
	"manual-job-choose-later.json":    "manual-job",
	"manual-job-vcs.yaml":             "manual-job",
	"nightly-report-cron.yaml":        "cron-job",
	"northflank-project-staging.json": "project",
	"orders-postgres.yaml":            "addon",
	"service-response.json":           "service",
	"uploads-volume.yaml":             "volume",
}

// updateExamples rewrites testdata/examples.golden.
var updateExamples = flag.Bool("update-examples", false, "rewrite testdata/examples.golden from nflint's output")

// TestExamples keeps the README's first command honest: the examples directory lints to the
// output recorded in testdata/examples.golden (rewritten with -update-examples), through
// either engine: --engine cue must print what the default native engine prints.
func TestExamples(t *testing.T) {
	wd, _ := os.Getwd()
	if err := os.Chdir(filepath.Join("..", "..")); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	golden := filepath.Join("testdata", "examples.golden")
	for _, engine := range []string{"native", "cue"} {
		var stdout, stderr bytes.Buffer
		code := Main([]string{"lint", "--color", "never", "--engine", engine, "examples/"}, strings.NewReader(""), &stdout, &stderr)
		if code != exitFindings {
			t.Errorf("--engine %s: exit %d, want 1: the examples include broken specs", engine, code)
		}
		got := stdout.String() + "--- stderr\n" + stderr.String()
		if *updateExamples && engine == "native" {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("--engine %s: examples output changed (-update-examples accepts it):\n--- got\n%s\n--- want\n%s", engine, got, want)
		}
	}
}
