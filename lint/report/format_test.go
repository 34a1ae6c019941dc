package report_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/report"
	"github.com/nflint/nflint/lint/source"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/nflint/nflint/lint"
)

var update = flag.Bool("update-formats", false, "rewrite the golden files under testdata/formats")

// formatsDir holds one golden file per output format and the official SARIF 2.1.0 schema.
var formatsDir = filepath.Join("..", "..", "testdata", "formats")

// A fileFindings is one file of a run as a writer receives it.
type fileFindings struct {
	src   *source.Source
	docs  int
	diags []diag.Diagnostic
}

// goldenReport is a small run with what makes formats hard: a suggestion, a message with a
// newline and a %, a finding without an end, a second document, a file name with a comma and
// a space, a rule the SARIF rule list does not describe, an info, a related location, and a
// clean file.
func goldenReport() []fileFindings {
	api := source.Decode("deploy/api.yaml", []byte("name: web\ndeployment:\n  instances: two\nports:\n  - {name: http, internalPort: 8080, protocol: HTTPS}\n---\napiVersion: v9\n"))
	job := source.Decode("jobs/nightly, job.yaml", []byte("name: nightly\nruntimeFiles:\n  /etc/app.conf: {data: x}\n"))
	clean := source.Decode("clean.json", []byte(`{"name": "web"}`))
	return []fileFindings{
		{api, 2, []diag.Diagnostic{
			{File: api.Name, Pos: diag.Pos{Line: 3, Column: 14}, End: diag.Pos{Line: 3, Column: 17},
				Path: diag.Path{{Key: "deployment"}, {Key: "instances"}}, Rule: "type", Severity: diag.Error,
				Message: `expected integer, found string "two"`},
			{File: api.Name, Pos: diag.Pos{Line: 5, Column: 48}, End: diag.Pos{Line: 5, Column: 53},
				Path: diag.Path{{Key: "ports"}, {Index: 0, IsIndex: true}, {Key: "protocol"}}, Rule: "enum", Severity: diag.Error,
				Message: `"HTTPS" is not one of HTTP, HTTP/2, TCP, UDP`, Suggestion: `did you mean "HTTP"?`},
			{File: api.Name, Document: 1, Pos: diag.Pos{Line: 7, Column: 13}, Path: diag.Path{{Key: "apiVersion"}},
				Rule: "template-api-version", Severity: diag.Warning, Message: "apiVersion \"v9\" is not documented: 100% of\ntemplates use v1"},
		}},
		{job, 1, []diag.Diagnostic{
			{File: job.Name, Pos: diag.Pos{Line: 3, Column: 3}, End: diag.Pos{Line: 3, Column: 16},
				Path: diag.Path{{Key: "runtimeFiles"}, {Key: "/etc/app.conf"}}, Rule: "custom-note", Severity: diag.Info,
				Message: "a <note> & an \"aside\""},
			{File: job.Name, Pos: diag.Pos{Line: 3, Column: 3}, End: diag.Pos{Line: 3, Column: 16},
				Path: diag.Path{{Key: "runtimeFiles"}, {Key: "/etc/app.conf"}}, Rule: "duplicate-key", Severity: diag.Error,
				Message: `duplicate key "/etc/app.conf": this later value is the one used`,
				Related: []diag.Related{{Pos: diag.Pos{Line: 2, Column: 1}, End: diag.Pos{Line: 2, Column: 13}, Message: "set here before"}}},
		}},
		{clean, 1, nil},
	}
}

// findingsIn makes a run of one file per finding's file, in order, for format tests.
func findingsIn(diags ...diag.Diagnostic) []fileFindings {
	var out []fileFindings
	for _, d := range diags {
		if len(out) == 0 || out[len(out)-1].src.Name != d.File {
			out = append(out, fileFindings{src: source.Decode(d.File, nil), docs: 1})
		}
		out[len(out)-1].diags = append(out[len(out)-1].diags, d)
	}
	return out
}

// goldenRules describe the rules of goldenReport except custom-note.
var goldenRules = []diag.RuleInfo{
	{Name: "type", Severity: diag.Error, Doc: "a value of the wrong JSON type\n\nFor example a string where the API expects an integer."},
	{Name: "enum", Severity: diag.Error, Doc: "a value outside the allowed set"},
	{Name: "duplicate-key", Severity: diag.Error, Doc: "a key appears twice in one object"},
	{Name: "template-api-version", Severity: diag.Warning, Doc: "a template apiVersion Northflank does not document\n\nNorthflank may reject it."},
}

func format(t *testing.T, name string, run []fileFindings, opts report.FormatOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := report.NewWriter(name, &b, opts)
	if err != nil {
		t.Fatal(err)
	}
	sum := report.NewSummary()
	sum.KeepSkipped = true // as under --verbose: the JSON summary names them
	sum.Skip("package.json")
	sum.Skip(".vscode/settings.json")
	for _, f := range run {
		sum.Add(report.FileCount{Documents: f.docs}, f.diags)
		if err := w.File(f.src, f.diags); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.End(sum); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestFormatGolden pins every format's output byte for byte (go test ./lint/report -run
// TestFormatGolden -update-formats rewrites the files; read the diff before committing).
func TestFormatGolden(t *testing.T) {
	golden := map[string]string{"text": "text.golden", "json": "json.golden", "sarif": "sarif.golden",
		"github": "github.golden", "junit": "junit.golden"}
	for _, name := range report.Formats {
		t.Run(name, func(t *testing.T) {
			file, ok := golden[name]
			if !ok {
				t.Fatalf("format %q has no golden file", name)
			}
			got := format(t, name, goldenReport(), report.FormatOptions{Rules: goldenRules, Version: "1.2.3"})
			path := filepath.Join(formatsDir, file)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s output changed (-update-formats accepts it):\n--- got\n%s\n--- want\n%s", name, got, want)
			}
		})
	}
}

func TestUnknownFormat(t *testing.T) {
	_, err := report.NewWriter("checkstyle", &bytes.Buffer{}, report.FormatOptions{})
	if err == nil || err.Error() != `unknown format "checkstyle": use one of text, json, sarif, github, junit` {
		t.Errorf("err = %v", err)
	}
}

// sarifSchema compiles the official SARIF 2.1.0 schema, committed under testdata, with format
// assertions on (uri, uri-reference), offline.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(formatsDir, "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	repairRegion(t, doc)
	const id = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// repairRegion fixes the one defect of the committed schema (oasis-tcs/sarif-spec, master):
// the "anyOf" that requires a region to have startLine, charOffset or byteOffset is written
// inside "properties", where it would declare a property named anyOf, and no validator
// accepts the schema. It is moved up to the region itself, as the spec's prose (3.30.2) means.
func repairRegion(t *testing.T, doc any) {
	t.Helper()
	region := doc.(map[string]any)["definitions"].(map[string]any)["region"].(map[string]any)
	props := region["properties"].(map[string]any)
	anyOf, ok := props["anyOf"]
	if !ok {
		t.Fatal("the SARIF schema's region has no misplaced anyOf any more: remove repairRegion")
	}
	delete(props, "anyOf")
	region["anyOf"] = anyOf
}

func validate(s *jsonschema.Schema, out []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}

// TestSARIFSchema validates SARIF output against the SARIF 2.1.0 schema: the golden report
// with every built-in rule described, an empty run, and absolute and odd file names. A
// corrupted log must fail, so the check is known to bite.
func TestSARIFSchema(t *testing.T) {
	s := sarifSchema(t)
	all := lint.Infos(append(append([]*lint.Rule{}, lint.Builtin...), lint.SuppressionRules...))
	odd := findingsIn(
		diag.Diagnostic{File: "/abs/dir with space/a.yaml", Pos: diag.Pos{Line: 1, Column: 1}, Rule: "syntax", Severity: diag.Error, Message: "x"},
		diag.Diagnostic{File: "<stdin>", Pos: diag.Pos{Line: 2, Column: 5}, End: diag.Pos{Line: 2, Column: 9}, Rule: "empty", Severity: diag.Warning, Message: "y"},
		diag.Diagnostic{File: "a:b#c?.yaml", Rule: "empty", Severity: diag.Info, Message: "no position"},
	)
	for name, r := range map[string][]fileFindings{"golden": goldenReport(), "empty": nil, "odd names": odd} {
		out := format(t, "sarif", r, report.FormatOptions{Rules: all, Version: "dev"})
		if err := validate(s, out); err != nil {
			t.Errorf("%s: SARIF output is not valid SARIF 2.1.0: %v\n%s", name, err, out)
		}
	}
	out := format(t, "sarif", goldenReport(), report.FormatOptions{Rules: all})
	var log map[string]any
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	result := log["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)
	result["level"] = "fatal"
	delete(result, "message")
	bad, _ := json.Marshal(log)
	if err := validate(s, bad); err == nil {
		t.Error("a result with level \"fatal\" and no message passed the schema: the validation checks nothing")
	}
}

// TestSARIFRules checks what viewers show from the rule list: every rule described with its
// title and help, each result pointing at its own rule, and a result of a rule the list does
// not hold named by its id alone (the list is written before the first result).
func TestSARIFRules(t *testing.T) {
	out := format(t, "sarif", goldenReport(), report.FormatOptions{Rules: goldenRules})
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID               string
						ShortDescription struct{ Text string }
						Help             struct{ Text string }
					}
				}
			}
			Results []struct {
				RuleID    string
				RuleIndex *int
			}
		}
	}
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	rules := run.Tool.Driver.Rules
	if len(rules) != 4 || rules[0].ID != "type" || rules[0].ShortDescription.Text != "a value of the wrong JSON type" ||
		rules[0].Help.Text != "a value of the wrong JSON type\n\nFor example a string where the API expects an integer." {
		t.Errorf("rules = %+v", rules)
	}
	for _, res := range run.Results {
		switch {
		case res.RuleID == "custom-note":
			if res.RuleIndex != nil {
				t.Errorf("result of the undescribed rule custom-note points at rule %d", *res.RuleIndex)
			}
		case res.RuleIndex == nil:
			t.Errorf("result of %s has no ruleIndex", res.RuleID)
		case rules[*res.RuleIndex].ID != res.RuleID:
			t.Errorf("result of %s points at rule %d (%s)", res.RuleID, *res.RuleIndex, rules[*res.RuleIndex].ID)
		}
	}
}

// TestGitHubEscaping checks the escapes the Actions runner undoes: % first, then line breaks
// everywhere, and : and , in properties only.
func TestGitHubEscaping(t *testing.T) {
	r := findingsIn(diag.Diagnostic{File: "a,b:c%.yaml", Pos: diag.Pos{Line: 2, Column: 3}, Rule: "enum", Severity: diag.Info,
		Message: "50% off: a, b", Suggestion: "did you mean x?"})
	got := string(format(t, "github", r, report.FormatOptions{}))
	want := "::notice file=a%2Cb%3Ac%25.yaml,line=2,col=3,title=nflint enum::50%25 off: a, b%0Adid you mean x?\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestJUnitThreshold checks that a file fails only for findings at or above --fail-on.
func TestJUnitThreshold(t *testing.T) {
	out := string(format(t, "junit", goldenReport(), report.FormatOptions{FailOn: diag.Warning}))
	if !strings.Contains(out, `<failure message="2 errors, 1 warning" type="error">`) {
		t.Errorf("with --fail-on warning the warning should fail its file too:\n%s", out)
	}
	if !strings.Contains(out, `<failure message="1 error" type="error">`) || !strings.Contains(out, `<system-out><![CDATA[jobs/nightly, job.yaml:3:3: info:`) {
		t.Errorf("with --fail-on warning an info should stay in the output:\n%s", out)
	}
	out = string(format(t, "junit", goldenReport(), report.FormatOptions{}))
	if !strings.Contains(out, `<failure message="2 errors" type="error">`) || !strings.Contains(out, "[template-api-version]\n]]></system-out>") {
		t.Errorf("by default only errors fail a file:\n%s", out)
	}
}

// TestSnippetControls checks the source line under a finding never carries characters that
// act on the terminal or reorder the line: a right-to-left override and an escape are shown
// as "?", one character each, so the caret stays under the value.
func TestSnippetControls(t *testing.T) {
	src := source.Decode("a.yaml", []byte("name: \"\u202eab\x1bc\"\nport: x\n"))
	d := diag.Diagnostic{File: "a.yaml", Pos: diag.Pos{Line: 1, Column: 7}, End: diag.Pos{Line: 1, Column: 16},
		Rule: "pattern", Severity: diag.Error, Message: "bad name"}
	got := string(format(t, "text", []fileFindings{{src, 1, []diag.Diagnostic{d}}}, report.FormatOptions{}))
	want := "a.yaml:1:7: error: bad name [pattern]\n1 | name: \"?ab?c\"\n  |       ^~~~~~~\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestSnippetWideCharacters checks the caret under a value after wide (CJK) characters is
// placed by display width, two columns a character, and the underline spans the value's
// width.
func TestSnippetWideCharacters(t *testing.T) {
	src := source.Decode("a.yaml", []byte("名前: 東京タワー\n"))
	d := diag.Diagnostic{File: "a.yaml", Pos: diag.Pos{Line: 1, Column: 9}, End: diag.Pos{Line: 1, Column: 24},
		Rule: "pattern", Severity: diag.Error, Message: "bad"}
	got := string(format(t, "text", []fileFindings{{src, 1, []diag.Diagnostic{d}}}, report.FormatOptions{}))
	want := "a.yaml:1:9: error: bad [pattern]\n1 | 名前: 東京タワー\n  |       ^~~~~~~~~~\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestSARIFColumnsAndURIs checks SARIF columns count UTF-16 code units, as the log declares
// (a byte column after "é" and "😀" is off by one and by two), and that URIs are relative to
// the repository root whatever directory nflint ran in.
func TestSARIFColumnsAndURIs(t *testing.T) {
	root := t.TempDir()
	name := filepath.Join(root, "deploy", "api.yaml")
	src := source.Decode(name, []byte("name: \"é😀\"\nport: x\n"))
	d := diag.Diagnostic{File: name, Pos: diag.Pos{Line: 1, Column: 7}, End: diag.Pos{Line: 1, Column: 15},
		Rule: "pattern", Severity: diag.Error, Message: "bad"}
	var b bytes.Buffer
	w, err := report.NewWriter("sarif", &b, report.FormatOptions{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.File(src, []diag.Diagnostic{d}); err != nil || w.End(report.NewSummary()) != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			ColumnKind string
			Results    []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartColumn, EndColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	loc := run.Results[0].Locations[0].PhysicalLocation
	// "é" is 2 bytes and 1 unit, "😀" 4 bytes and 2 units: the closing quote's end, byte 15, is unit 12.
	if run.ColumnKind != "utf16CodeUnits" || loc.ArtifactLocation.URI != "deploy/api.yaml" ||
		loc.Region.StartColumn != 7 || loc.Region.EndColumn != 12 {
		t.Errorf("columnKind %q, uri %q, columns %d-%d; want utf16CodeUnits, deploy/api.yaml, 7-12",
			run.ColumnKind, loc.ArtifactLocation.URI, loc.Region.StartColumn, loc.Region.EndColumn)
	}
}
