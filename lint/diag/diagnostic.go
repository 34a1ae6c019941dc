// Package diag holds what every part of nflint says about a finding: the Diagnostic with its
// position, path, rule and severity, and the cleaning every user-controlled text gets before
// it is written.
package diag

import (
	"fmt"
	"sort"
)

// Severity is how serious a finding is. The zero value is invalid, so a rule that forgets to
// set one is caught by tests rather than printed as an error by accident.
type Severity int

// The severities, from least to most serious.
const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "invalid"
}

// ParseSeverity reads a severity name as written in flags and config files.
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "info":
		return Info, nil
	case "warning":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("unknown severity %q: use error, warning or info", s)
}

// A Diagnostic is one problem found in a document.
type Diagnostic struct {
	File       string
	Document   int       // 0-based index in a YAML stream; 0 for JSON
	Pos        Pos       // the offending value, or key for key problems; 1-based
	End        Pos       // one past the end of the offending text, where known
	Path       Path      // from the document root as written; empty for the whole document
	Rule       string    // stable kebab-case id: "required", "unknown-field", "syntax", ...
	Severity   Severity  // zero value invalid
	Message    string    // lower-case start, no trailing period, user values quoted
	Suggestion string    // optional: `did you mean "dockerFilePath"?`
	Related    []Related // other places the finding involves, in the same file
}

// A Related is a second place a finding involves: the configType that makes customCommand
// required, the first occurrence of a duplicate key. Output shows it as a note with its own
// snippet, so the message itself does not change when unrelated lines move.
type Related struct {
	Pos     Pos    // 1-based, in the finding's file
	End     Pos    // one past the end, where known
	Message string // what the place is: "configType is set here"
}

// String is the finding's first line in text output, with the file name and message cleaned
// of characters that could act on a terminal or a CI runner.
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s [%s]", DisplayName(d.File), d.Pos.Line, d.Pos.Column, d.Severity, Clean(d.Message), d.Rule)
}

// Sort orders diagnostics by file, position, rule and message, and removes exact duplicates,
// so output is the same whatever order the checks ran in.
func Sort(ds []Diagnostic) []Diagnostic {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Pos != b.Pos {
			return a.Pos.Before(b.Pos)
		}
		if a.Document != b.Document {
			return a.Document < b.Document
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if ps, qs := a.Path.String(), b.Path.String(); ps != qs {
			return ps < qs
		}
		return a.Message < b.Message
	})
	out := ds[:0]
	for i, d := range ds {
		if i > 0 && same(d, ds[i-1]) {
			continue
		}
		out = append(out, d)
	}
	return out
}

func same(a, b Diagnostic) bool {
	return a.File == b.File && a.Pos == b.Pos && a.Rule == b.Rule && a.Message == b.Message &&
		a.Path.String() == b.Path.String() && a.Document == b.Document
}

// RulesDoc is where each rule is documented (docs/rules.md, generated from the rules' Doc by
// go test ./cmd/nflint -run TestRulesDoc -update-rules-doc).
const RulesDoc = "https://github.com/nflint/nflint/blob/main/docs/rules.md"

// RuleDocURL is the address of the documentation of the rule named id.
func RuleDocURL(id string) string { return RulesDoc + "#" + id }

// RuleInfo is what output formats say of a rule: its id, default severity and documentation
// (a lower-case one-line title, a blank line, then why it matters).
type RuleInfo struct {
	Name     string
	Severity Severity
	Doc      string
}
