package lint_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/report"
	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/lint"
)

// The invariants every finding meets, whatever the input: the fuzz targets and the mutation
// test hold every run to them.

// absentPathRules may report the path of something missing (a required field, the
// alternative to set, the settings a mode needs), as the output contract says: their paths
// resolve up to the last step. Every other finding's path resolves whole.
var absentPathRules = map[string]bool{"required": true, "conditional": true, "one-of": true,
	"build-source-data": true, "load-balancing-settings": true, "self-hosted-vcs-id": true, "template-legacy-shape": true}

// checkInvariants asserts a file's findings are complete, inside the file, ordered start
// before end, on a path that exists in the document as written, and free of CUE vocabulary.
func checkInvariants(t testing.TB, src *source.Source, diags []diag.Diagnostic) {
	t.Helper()
	lines := strings.Split(string(src.Src), "\n")
	for _, d := range diags {
		if d.File != src.Name || d.Rule == "" || d.Message == "" || d.Severity.String() == "invalid" {
			t.Fatalf("incomplete finding %+v", d)
		}
		if d.Rule == "internal-error" {
			t.Fatalf("nflint panicked: %s", d.Message)
		}
		checkPlace(t, lines, d)
		checkPath(t, src, d)
		checkVocabulary(t, src, d)
	}
}

func checkPlace(t testing.TB, lines []string, d diag.Diagnostic) {
	t.Helper()
	lineLen := func(n int) int { return len(strings.TrimSuffix(lines[n-1], "\r")) }
	if d.Pos.Line < 1 || d.Pos.Line > len(lines) || d.Pos.Column < 1 || d.Pos.Column > lineLen(d.Pos.Line)+1 {
		t.Fatalf("finding at %s outside the file (%d lines): %s [%s]", d.Pos, len(lines), d.Message, d.Rule)
	}
	if !d.End.IsValid() {
		return
	}
	if d.End.Before(d.Pos) || d.End.Line > len(lines) || d.End.Column < 1 || d.End.Column > lineLen(d.End.Line)+1 {
		t.Fatalf("finding from %s to %s: the end is before the start or outside its line: %s [%s]", d.Pos, d.End, d.Message, d.Rule)
	}
}

func checkPath(t testing.TB, src *source.Source, d diag.Diagnostic) {
	t.Helper()
	if len(d.Path) == 0 {
		return
	}
	var root *source.Node
	for _, doc := range src.Docs {
		if doc.Index == d.Document {
			root = doc.Root
		}
	}
	p := d.Path
	if absentPathRules[d.Rule] {
		p = p[:len(p)-1]
	}
	if root.Lookup(p) == nil {
		t.Fatalf("finding on path %s, which is not in document %d: %s [%s]", d.Path, d.Document, d.Message, d.Rule)
	}
}

var defName = regexp.MustCompile(`#[A-Z][A-Za-z0-9]*`)

func checkVocabulary(t testing.TB, src *source.Source, d diag.Diagnostic) {
	t.Helper()
	// A definition's name (#CombinedService) is CUE's; a # in a pattern the message quotes
	// (a hex colour) is the API's.
	for _, w := range defName.FindAllString(d.Message, -1) {
		if !strings.Contains(src.Name+string(src.Src), w) {
			t.Fatalf("CUE definition name %q reaches the user: %s [%s]", w, d.Message, d.Rule)
		}
	}
	for _, w := range []string{"empty disjunction", "matchN", "incomplete value", "conflicting values",
		"field not allowed", ".cue:"} {
		if strings.Contains(d.Message, w) && !strings.Contains(src.Name+string(src.Src), w) {
			t.Fatalf("CUE vocabulary %q reaches the user: %s [%s]", w, d.Message, d.Rule)
		}
	}
}

// checkFormats writes a file's findings in every format and requires each to parse: JSON and
// SARIF as JSON, JUnit as XML, text and GitHub as lines without raw control characters.
func checkFormats(t testing.TB, src *source.Source, res lint.Result) {
	t.Helper()
	for _, name := range report.Formats {
		var b bytes.Buffer
		w, err := report.NewWriter(name, &b, report.FormatOptions{Rules: lint.Infos(lint.Builtin)})
		if err != nil {
			t.Fatal(err)
		}
		sum := report.NewSummary()
		sum.Add(report.FileCount{Documents: res.Documents}, res.Diags)
		if err := w.File(src, res.Diags); err != nil || w.End(sum) != nil {
			t.Fatalf("%s: writing %s: %v", src.Name, name, err)
		}
		if err := parses(name, b.Bytes()); err != nil {
			t.Fatalf("%s: %s output does not parse: %v\n%s", src.Name, name, err, b.String())
		}
	}
}

func parses(format string, out []byte) error {
	switch format {
	case "json", "sarif":
		var v any
		return json.Unmarshal(out, &v)
	case "junit":
		dec := xml.NewDecoder(bytes.NewReader(out))
		for {
			if _, err := dec.Token(); err == io.EOF {
				return nil
			} else if err != nil {
				return err
			}
		}
	}
	for i, line := range strings.Split(string(out), "\n") {
		for _, r := range line {
			if r < 0x20 && r != '\t' || r == 0x7f {
				return fmt.Errorf("line %d holds %U", i+1, r)
			}
		}
	}
	return nil
}
