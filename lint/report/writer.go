// Package report writes findings in each output format — text, JSON, SARIF, GitHub workflow
// commands, JUnit — as files finish, and tallies the run's summary.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// A Writer writes findings in one output format while a run goes on: File once per file, in
// the order of the run, then End once. Nothing of a file is kept after File returns, so a
// run's memory stays flat whatever the number of files and findings.
type Writer interface {
	// File writes the findings of one file; src gives the snippets and document count.
	File(src *source.Source, diags []diag.Diagnostic) error
	// End writes what follows the last file and flushes.
	End(sum *Summary) error
}

// Formats lists the output format names.
var Formats = []string{"text", "json", "sarif", "github", "junit"}

// FormatOptions are what formats need beyond the findings.
type FormatOptions struct {
	Color   bool            // colour text output
	Rules   []diag.RuleInfo // every rule, described in SARIF output
	Version string          // nflint's version, named in SARIF output
	FailOn  diag.Severity   // findings at or above it fail a JUnit test case; 0 means Error
	Root    string          // SARIF: the repository's absolute path, which artifact URIs are relative to; "" for names as given
}

// NewWriter returns the writer of a format to w.
func NewWriter(name string, w io.Writer, opts FormatOptions) (Writer, error) {
	switch name {
	case "text":
		return newTextWriter(w, opts.Color), nil
	case "json":
		return newJSONWriter(w), nil
	case "sarif":
		return newSARIFWriter(w, opts.Rules, opts.Version, opts.Root), nil
	case "github":
		return newGitHubWriter(w), nil
	case "junit":
		return newJUnitWriter(w, opts.FailOn), nil
	}
	return nil, fmt.Errorf("unknown format %q: use one of %s", name, strings.Join(Formats, ", "))
}
