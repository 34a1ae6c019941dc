package lint_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/schema"
)

func loadSchema(t testing.TB) *schema.Schema {
	t.Helper()
	s, err := schema.New()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// runAll runs the linter over files and keeps every result, in the order emitted.
func runAll(files []string, opts lint.Options) ([]lint.FileResult, error) {
	var out []lint.FileResult
	err := lint.Run(files, opts, func(r lint.FileResult) error {
		out = append(out, r)
		return nil
	})
	return out, err
}

// TestRunOrder checks results arrive in the order of the files, whatever order the workers
// finish in: a large file first, then many small ones, so the small ones finish earlier.
func TestRunOrder(t *testing.T) {
	dir := t.TempDir()
	var files []string
	big := largeTemplate(readBench(t, "full.yaml"), 100<<10)
	for i := range 40 {
		p := filepath.Join(dir, fmt.Sprintf("f%02d.yaml", i))
		data := readBench(t, "minimal.yaml")
		if i == 0 {
			data = big
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	results, err := runAll(files, lint.Options{Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != len(files) {
		t.Fatalf("%d results for %d files", len(results), len(files))
	}
	for i, r := range results {
		if r.Err != nil || r.Source.Name != files[i] {
			t.Errorf("result %d is %v %v, want %s", i, r.Source, r.Err, files[i])
		}
	}
}

// TestRunStopsOnEmitError checks a writer's failure (a full disk) ends the run with its error
// instead of linting the rest.
func TestRunStopsOnEmitError(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 50 {
		p := filepath.Join(dir, fmt.Sprintf("f%02d.yaml", i))
		if err := os.WriteFile(p, readBench(t, "minimal.yaml"), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	full := errors.New("no space left on device")
	n := 0
	err := lint.Run(files, lint.Options{Workers: 2}, func(lint.FileResult) error {
		if n++; n == 3 {
			return full
		}
		return nil
	})
	if err != full || n != 3 {
		t.Errorf("Run returned %v after %d files, want the writer's error after 3", err, n)
	}
}

// TestLintPanic checks a panic while checking a document — here a rule that panics — becomes
// an internal-error finding on that document, and the file's other documents are checked.
func TestLintPanic(t *testing.T) {
	s := loadSchema(t)
	boom := &lint.Rule{Name: "boom", Severity: diag.Error, Doc: "panics on a name\n\nfor this test",
		Kinds: []string{"combined-service"}, Run: func(p *lint.Pass) {
			if p.Root.Get("name").Text == "bad" {
				panic("index out of range\x1b[2J")
			}
		}}
	l := lint.New(s, []*lint.Rule{boom}, "combined-service")
	src := source.Decode("two.yaml", []byte("name: bad\n---\nname: good\ninstances: two\n"))
	res := l.Lint(src)
	var got []string
	for _, d := range res.Diags {
		got = append(got, fmt.Sprintf("%d %s %s: %s", d.Document, d.Pos, d.Rule, d.Message))
	}
	want := "0 1:1 internal-error: nflint failed while checking this document (index out of range\\u001B[2J): this is a bug in nflint, please report it; the other documents and files are checked as usual"
	if len(got) == 0 || got[0] != want {
		t.Fatalf("findings:\n%s\nwant first:\n%s", strings.Join(got, "\n"), want)
	}
	if len(got) < 2 || !strings.Contains(got[len(got)-1], "1 4:1") {
		t.Errorf("the second document was not checked after the panic: %v", got)
	}
}

// blockedReader is standard input that delivers its data only once released, or fails after
// a while: a run that held its results to the end would never release it.
type blockedReader struct {
	release <-chan struct{}
	data    *strings.Reader
}

func (r *blockedReader) Read(p []byte) (int, error) {
	select {
	case <-r.release:
		return r.data.Read(p)
	case <-time.After(30 * time.Second):
		return 0, errors.New("the first file's result was not emitted while the last file was still being read")
	}
}

// TestRunStreams checks a file's result is handed out before later files are done: the last
// file is standard input that is released only by the first file's emission.
func TestRunStreams(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "first.yaml")
	if err := os.WriteFile(first, readBench(t, "minimal.yaml"), 0o644); err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	stdin := &blockedReader{release: release, data: strings.NewReader(string(readBench(t, "minimal.yaml")))}
	var got []string
	err := lint.Run([]string{first, "-"}, lint.Options{Workers: 2, Stdin: stdin, StdinName: "last.yaml"}, func(r lint.FileResult) error {
		if r.Err != nil {
			return r.Err
		}
		got = append(got, filepath.Base(r.Source.Name))
		if len(got) == 1 {
			close(release)
		}
		return nil
	})
	if err != nil || strings.Join(got, " ") != "first.yaml last.yaml" {
		t.Errorf("Run: %v, emitted %v", err, got)
	}
}
