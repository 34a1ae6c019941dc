package lint

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"
)

// sarifSchema is where the SARIF 2.1.0 schema is published; readers use it to pick a parser.
const sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// sarifFormatter writes SARIF 2.1.0, the format GitHub code scanning and most CI dashboards
// import. Every rule is described in the run, with the help text of `nflint rules`, so a viewer
// can explain a finding without nflint at hand.
type sarifFormatter struct {
	rules   []*Rule
	version string
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
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
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID     string          `json:"ruleId"`
	RuleIndex  int             `json:"ruleIndex"`
	Level      string          `json:"level"`
	Message    sarifText       `json:"message"`
	Locations  []sarifLocation `json:"locations"`
	Properties sarifProperties `json:"properties"`
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
	Path     string `json:"path"`
	Document int    `json:"document"`
}

func (f sarifFormatter) Format(w io.Writer, r *Report) error {
	driver := sarifDriver{Name: "nflint", Version: f.version, InformationURI: "https://github.com/nflint/nflint", Rules: []sarifDescriptor{}}
	index := map[string]int{}
	for _, rule := range f.rules {
		if _, dup := index[rule.Name]; dup {
			continue
		}
		index[rule.Name] = len(driver.Rules)
		driver.Rules = append(driver.Rules, describeRule(rule))
	}
	run := sarifRun{Results: []sarifResult{}}
	for _, d := range r.Diags {
		i, ok := index[d.Rule]
		if !ok { // a rule the caller did not list still gets a descriptor, so ruleIndex is valid
			i = len(driver.Rules)
			index[d.Rule] = i
			driver.Rules = append(driver.Rules, sarifDescriptor{ID: d.Rule, DefaultConfiguration: sarifConfig{sarifLevel(d.Severity)}})
		}
		run.Results = append(run.Results, sarifResultOf(d, i))
	}
	run.Tool.Driver = driver
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// describeRule turns a rule's Doc (a title, a blank line, then why it matters) into SARIF's
// short description, full description and help.
func describeRule(r *Rule) sarifDescriptor {
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
		Help: &help, DefaultConfiguration: sarifConfig{sarifLevel(r.Severity)}}
}

func sarifResultOf(d Diagnostic, ruleIndex int) sarifResult {
	reg := sarifRegion{StartLine: max(d.Pos.Line, 1), StartColumn: max(d.Pos.Column, 1)}
	if d.End.IsValid() && !d.End.Before(d.Pos) {
		reg.EndLine, reg.EndColumn = d.End.Line, max(d.End.Column, 1)
	}
	loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: fileURI(d.File)}, Region: reg}}
	if p := d.Path.String(); p != "" {
		loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: p}}
	}
	return sarifResult{RuleID: d.Rule, RuleIndex: ruleIndex, Level: sarifLevel(d.Severity),
		Message: sarifText{Text: withSuggestion(d, "\n")}, Locations: []sarifLocation{loc},
		Properties: sarifProperties{Path: d.Path.String(), Document: d.Document}}
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

func sarifLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "note"
}

// withSuggestion is a finding's message followed by its suggestion, if any, for formats that
// have a single message field.
func withSuggestion(d Diagnostic, sep string) string {
	if d.Suggestion == "" {
		return d.Message
	}
	return d.Message + sep + d.Suggestion
}
