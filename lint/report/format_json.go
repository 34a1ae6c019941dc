package report

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// jsonWriter prints the contract in README.md: one object with a "diagnostics" list and a
// "summary". Fields may be added to it, never removed or renamed. The list is written as
// files finish, so the object is complete only when End has run.
type jsonWriter struct {
	w       *bufio.Writer
	started bool
	n       int // findings written
}

type jsonDiagnostic struct {
	File       string        `json:"file"`
	Line       int           `json:"line"`
	Column     int           `json:"column"`
	EndLine    int           `json:"endLine,omitempty"`
	EndColumn  int           `json:"endColumn,omitempty"`
	Path       string        `json:"path"`
	Rule       string        `json:"rule"`
	Severity   string        `json:"severity"`
	Message    string        `json:"message"`
	Suggestion string        `json:"suggestion,omitempty"`
	Document   int           `json:"document"`       // 0-based index in the file, kept as it was first published
	DocNumber  int           `json:"documentNumber"` // 1-based, as text output and editors count`
	Related    []jsonRelated `json:"related,omitempty"`
}

// jsonRelated is a second place a finding involves, in the finding's file.
type jsonRelated struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine,omitempty"`
	EndColumn int    `json:"endColumn,omitempty"`
	Message   string `json:"message"`
}

type jsonSummary struct {
	Files     int            `json:"files"`
	Documents int            `json:"documents"`
	Errors    int            `json:"errors"`
	Warnings  int            `json:"warnings"`
	Infos     int            `json:"infos"`
	Bodies    map[string]int `json:"bodies,omitempty"` // bodies checked, by kind
	Unchecked map[string]int `json:"uncheckedNodes,omitempty"`
	Skipped   int            `json:"skipped,omitempty"`      // files left unchecked: not Northflank specs
	SkipList  []string       `json:"skippedFiles,omitempty"` // their names, with --verbose
}

func newJSONWriter(w io.Writer) *jsonWriter { return &jsonWriter{w: bufio.NewWriterSize(w, 64<<10)} }

func (j *jsonWriter) start() {
	if !j.started {
		j.started = true
		j.w.WriteString("{\n  \"diagnostics\": [")
	}
}

func (j *jsonWriter) File(_ *source.Source, diags []diag.Diagnostic) error {
	j.start()
	for _, d := range diags {
		jd := jsonDiagnostic{File: d.File, Line: d.Pos.Line, Column: d.Pos.Column, Path: d.Path.String(),
			Rule: d.Rule, Severity: d.Severity.String(), Message: diag.Clean(d.Message), Suggestion: diag.Clean(d.Suggestion),
			Document: d.Document, DocNumber: d.Document + 1}
		if d.End.IsValid() {
			jd.EndLine, jd.EndColumn = d.End.Line, d.End.Column
		}
		for _, r := range d.Related {
			jr := jsonRelated{File: d.File, Line: r.Pos.Line, Column: r.Pos.Column, Message: diag.Clean(r.Message)}
			if r.End.IsValid() {
				jr.EndLine, jr.EndColumn = r.End.Line, r.End.Column
			}
			jd.Related = append(jd.Related, jr)
		}
		if err := j.item(jd); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonWriter) item(v any) error {
	data, err := json.MarshalIndent(v, "    ", "  ")
	if err != nil {
		return err
	}
	if j.n > 0 {
		j.w.WriteByte(',')
	}
	j.n++
	j.w.WriteString("\n    ")
	_, err = j.w.Write(data)
	return err
}

func (j *jsonWriter) End(sum *Summary) error {
	j.start()
	if j.n > 0 {
		j.w.WriteString("\n  ")
	}
	out := jsonSummary{Files: sum.Files, Documents: sum.Documents, Errors: sum.Count(diag.Error),
		Warnings: sum.Count(diag.Warning), Infos: sum.Count(diag.Info)}
	if len(sum.Unchecked) > 0 {
		out.Unchecked = sum.Unchecked
	}
	if len(sum.Bodies) > 0 {
		out.Bodies = sum.Bodies
	}
	out.Skipped = sum.Skipped
	for _, f := range sum.SkippedFiles {
		out.SkipList = append(out.SkipList, diag.Clean(f))
	}
	data, err := json.MarshalIndent(out, "  ", "  ")
	if err != nil {
		return err
	}
	j.w.WriteString("],\n  \"summary\": ")
	j.w.Write(data)
	j.w.WriteString("\n}\n")
	return j.w.Flush()
}
