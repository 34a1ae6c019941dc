package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf16"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// sarifSchema is where the SARIF 2.1.0 schema is published; readers use it to pick a parser.
const sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// sarifWriter writes SARIF 2.1.0, the format GitHub code scanning and most CI dashboards
// import. Every rule is described in the run, with the help text of `nflint rules`, so a viewer
// can explain a finding without nflint at hand. The rule list comes first and the results are
// written as files finish.
type sarifWriter struct {
	w       *bufio.Writer
	rules   []diag.RuleInfo
	version string
	root    string         // the repository's absolute path, or ""
	index   map[string]int // rule id → its place in the rule list
	started bool
	n       int // results written
}

func newSARIFWriter(w io.Writer, rules []diag.RuleInfo, version, root string) *sarifWriter {
	return &sarifWriter{w: bufio.NewWriterSize(w, 64<<10), rules: rules, version: version, root: root}
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string            `json:"name"`
	Version        string            `json:"version,omitempty"`
	InformationURI string            `json:"informationUri"`
	Rules          []sarifDescriptor `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifDescriptor struct {
	ID                   string      `json:"id"`
	ShortDescription     *sarifText  `json:"shortDescription,omitempty"`
	FullDescription      *sarifText  `json:"fullDescription,omitempty"`
	Help                 *sarifText  `json:"help,omitempty"`
	HelpURI              string      `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID     string          `json:"ruleId"`
	RuleIndex  *int            `json:"ruleIndex,omitempty"`
	Level      string          `json:"level"`
	Message    sarifText       `json:"message"`
	Locations  []sarifLocation `json:"locations"`
	Related    []sarifRelated  `json:"relatedLocations,omitempty"`
	Properties sarifProperties `json:"properties"`
}

// sarifRelated is a location the result involves besides its own (SARIF 3.27.22).
type sarifRelated struct {
	ID               int           `json:"id"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          sarifText     `json:"message"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
}

type sarifProperties struct {
	Path      string `json:"path"`
	Document  int    `json:"document"`       // 0-based index in the file
	DocNumber int    `json:"documentNumber"` // 1-based, as text output counts
}

// start writes everything before the first result: the log's header and the tool with its
// rules.
func (f *sarifWriter) start() error {
	if f.started {
		return nil
	}
	f.started = true
	driver := sarifDriver{Name: "nflint", Version: f.version, InformationURI: "https://github.com/nflint/nflint", Rules: []sarifDescriptor{}}
	f.index = map[string]int{}
	for _, rule := range f.rules {
		if _, dup := f.index[rule.Name]; dup {
			continue
		}
		f.index[rule.Name] = len(driver.Rules)
		driver.Rules = append(driver.Rules, describeRule(rule))
	}
	tool, err := json.MarshalIndent(sarifTool{Driver: driver}, "      ", "  ")
	if err != nil {
		return err
	}
	// Columns count UTF-16 code units, SARIF's default, said so: code scanning places them so.
	fmt.Fprintf(f.w, "{\n  \"$schema\": %q,\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": %s,\n      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": [",
		sarifSchema, tool)
	return nil
}

func (f *sarifWriter) File(src *source.Source, diags []diag.Diagnostic) error {
	if err := f.start(); err != nil {
		return err
	}
	at := placer{src: src, uri: f.uri(src)}
	for _, d := range diags {
		res := sarifResultOf(d, at)
		if i, ok := f.index[d.Rule]; ok {
			res.RuleIndex = &i // a rule the caller did not list is named by its id alone
		}
		data, err := json.MarshalIndent(res, "        ", "  ")
		if err != nil {
			return err
		}
		if f.n > 0 {
			f.w.WriteByte(',')
		}
		f.n++
		f.w.WriteString("\n        ")
		if _, err := f.w.Write(data); err != nil {
			return err
		}
	}
	return nil
}

func (f *sarifWriter) End(*Summary) error {
	if err := f.start(); err != nil {
		return err
	}
	if f.n > 0 {
		f.w.WriteString("\n      ")
	}
	f.w.WriteString("]\n    }\n  ]\n}\n")
	return f.w.Flush()
}

// describeRule turns a rule's Doc (a title, a blank line, then why it matters) into SARIF's
// short description, full description and help.
func describeRule(r diag.RuleInfo) sarifDescriptor {
	title, rest, _ := strings.Cut(r.Doc, "\n")
	rest = strings.TrimSpace(rest)
	full := title
	help := sarifText{Text: title, Markdown: "**" + title + "**"}
	if rest != "" {
		full = rest
		help.Text += "\n\n" + rest
		help.Markdown += "\n\n" + rest
	}
	return sarifDescriptor{ID: r.Name, ShortDescription: &sarifText{Text: title}, FullDescription: &sarifText{Text: full},
		Help: &help, HelpURI: diag.RuleDocURL(r.Name), DefaultConfiguration: sarifConfig{sarifLevel(r.Severity)}}
}

func sarifResultOf(d diag.Diagnostic, at placer) sarifResult {
	loc := sarifLocation{PhysicalLocation: at.place(d.Pos, d.End)}
	if p := d.Path.String(); p != "" {
		loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: p}}
	}
	res := sarifResult{RuleID: d.Rule, Level: sarifLevel(d.Severity),
		Message: sarifText{Text: withSuggestion(d, "\n")}, Locations: []sarifLocation{loc},
		Properties: sarifProperties{Path: d.Path.String(), Document: d.Document, DocNumber: d.Document + 1}}
	for i, r := range d.Related {
		res.Related = append(res.Related, sarifRelated{ID: i + 1, PhysicalLocation: at.place(r.Pos, r.End),
			Message: sarifText{Text: diag.Clean(r.Message)}})
	}
	return res
}

// A placer writes the places of one file's findings: its URI, and columns in UTF-16 code
// units (nflint counts bytes).
type placer struct {
	src *source.Source
	uri string
}

func (p placer) place(pos, end diag.Pos) sarifPhysical {
	reg := sarifRegion{StartLine: max(pos.Line, 1), StartColumn: p.column(pos)}
	if end.IsValid() && !end.Before(pos) {
		reg.EndLine, reg.EndColumn = end.Line, p.column(end)
	}
	return sarifPhysical{ArtifactLocation: sarifArtifact{URI: p.uri}, Region: reg}
}

// column converts a 1-based byte column to a 1-based column in UTF-16 code units.
func (p placer) column(at diag.Pos) int {
	if p.src == nil || at.Column <= 1 {
		return max(at.Column, 1)
	}
	line := p.src.Line(at.Line)
	n := min(at.Column-1, len(line))
	units := 0
	for _, r := range line[:n] {
		units += utf16.RuneLen(r)
	}
	return units + 1 + (at.Column - 1 - n) // past the line's end, as bytes
}

// uri is the artifact URI of a file: relative to the repository root when the file is inside
// it, so code scanning finds it whatever directory nflint ran in.
func (f *sarifWriter) uri(src *source.Source) string {
	name := ""
	if src != nil {
		name = src.Name
	}
	if f.root != "" && name != "" && !strings.HasPrefix(name, "<") {
		if abs, err := filepath.Abs(name); err == nil {
			if rel, err := filepath.Rel(f.root, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				name = rel
			}
		}
	}
	return fileURI(name)
}

// fileURI writes a file name as a URI reference: relative names stay relative (SARIF viewers
// resolve them against the repository root), absolute ones become file URIs.
func fileURI(name string) string {
	p := filepath.ToSlash(name)
	if filepath.IsAbs(name) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive letter
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

func sarifLevel(s diag.Severity) string {
	switch s {
	case diag.Error:
		return "error"
	case diag.Warning:
		return "warning"
	}
	return "note"
}

// withSuggestion is a finding's message followed by its suggestion, if any, for formats that
// have a single message field.
func withSuggestion(d diag.Diagnostic, sep string) string {
	if d.Suggestion == "" {
		return diag.Clean(d.Message)
	}
	return diag.Clean(d.Message) + sep + diag.Clean(d.Suggestion)
}
