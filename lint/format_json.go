package lint

import (
	"encoding/json"
	"io"
)

// jsonFormatter prints the contract in DEVELOPERS.md: one object with a "diagnostics" list.
// Fields may be added to it, never removed or renamed.
type jsonFormatter struct{}

type jsonDiagnostic struct {
	File       string `json:"file"`
	Line       int    `json:"line"`
	Column     int    `json:"column"`
	EndLine    int    `json:"endLine,omitempty"`
	EndColumn  int    `json:"endColumn,omitempty"`
	Path       string `json:"path"`
	Rule       string `json:"rule"`
	Severity   string `json:"severity"`
	Message    string `json:"message"`
	Suggestion string `json:"suggestion,omitempty"`
	Document   int    `json:"document"`
}

type jsonSummary struct {
	Files     int            `json:"files"`
	Documents int            `json:"documents"`
	Errors    int            `json:"errors"`
	Warnings  int            `json:"warnings"`
	Infos     int            `json:"infos"`
	Bodies    map[string]int `json:"bodies,omitempty"` // bodies checked, by kind
	Unchecked map[string]int `json:"uncheckedNodes,omitempty"`
}

func (jsonFormatter) Format(w io.Writer, r *Report) error {
	out := struct {
		Diagnostics []jsonDiagnostic `json:"diagnostics"`
		Summary     jsonSummary      `json:"summary"`
	}{Diagnostics: []jsonDiagnostic{}}
	for _, d := range r.Diags {
		jd := jsonDiagnostic{File: d.File, Line: d.Pos.Line, Column: d.Pos.Column, Path: d.Path.String(),
			Rule: d.Rule, Severity: d.Severity.String(), Message: d.Message, Suggestion: d.Suggestion, Document: d.Document}
		if d.End.IsValid() {
			jd.EndLine, jd.EndColumn = d.End.Line, d.End.Column
		}
		out.Diagnostics = append(out.Diagnostics, jd)
	}
	out.Summary = jsonSummary{Files: r.Files, Documents: r.Documents, Errors: r.Count(Error),
		Warnings: r.Count(Warning), Infos: r.Count(Info)}
	if len(r.Unchecked) > 0 {
		out.Summary.Unchecked = r.Unchecked
	}
	if len(r.Bodies) > 0 {
		out.Summary.Bodies = r.Bodies
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
