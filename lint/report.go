package lint

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// A Report is the outcome of one run over many files, in the order output shows it.
type Report struct {
	Files     int
	Documents int
	Diags     []Diagnostic
	Sources   map[string]*Source // by file name, for snippets
	Bodies    map[string]int     // bodies checked, by kind
	Unchecked map[string]int     // template nodes of kinds nflint has no schema for
}

// NewReport returns an empty report.
func NewReport() *Report {
	return &Report{Sources: map[string]*Source{}, Bodies: map[string]int{}, Unchecked: map[string]int{}}
}

// Add records the result of linting one file.
func (r *Report) Add(src *Source, res Result) {
	r.Files++
	r.Documents += res.Documents
	r.Sources[src.Name] = src
	r.Diags = append(r.Diags, res.Diags...)
	for k, n := range res.Bodies {
		r.Bodies[k] += n
	}
	for k, n := range res.Unchecked {
		r.Unchecked[k] += n
	}
}

// Count returns the number of findings at each severity.
func (r *Report) Count(s Severity) int {
	n := 0
	for _, d := range r.Diags {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// Summary is the one-line tally printed after text output.
func (r *Report) Summary() string {
	s := fmt.Sprintf("%s, %s: %s, %s", plural(r.Files, "file"), plural(r.Documents, "document"),
		plural(r.Count(Error), "error"), plural(r.Count(Warning), "warning"))
	if n := r.Count(Info); n > 0 {
		s += ", " + plural(n, "info")
	}
	if len(r.Unchecked) > 0 {
		total := 0
		for _, n := range r.Unchecked {
			total += n
		}
		s += fmt.Sprintf("; %s of kinds nflint has no schema for (not checked)", plural(total, "template node"))
	}
	return s
}

// UncheckedList names the unchecked template node kinds with their counts.
func (r *Report) UncheckedList() []string {
	var out []string
	for k, n := range r.Unchecked {
		out = append(out, fmt.Sprintf("%s (%d)", k, n))
	}
	sort.Strings(out)
	return out
}

func plural(n int, word string) string {
	if n == 1 || word == "info" {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// A Formatter writes a report in one output format.
type Formatter interface {
	Format(w io.Writer, r *Report) error
}

// Formats lists the output format names.
var Formats = []string{"text", "json", "sarif", "github", "junit"}

// FormatOptions are what formats need beyond the report.
type FormatOptions struct {
	Color   bool     // colour text output
	Rules   []*Rule  // every rule, described in SARIF output
	Version string   // nflint's version, named in SARIF output
	FailOn  Severity // findings at or above it fail a JUnit test case; 0 means Error
}

// NewFormatter returns the formatter for a format name, with default options but colour.
func NewFormatter(name string, color bool) (Formatter, error) {
	return NewFormatterWith(name, FormatOptions{Color: color})
}

// NewFormatterWith returns the formatter for a format name.
func NewFormatterWith(name string, opts FormatOptions) (Formatter, error) {
	switch name {
	case "text":
		return newTextFormatter(opts.Color), nil
	case "json":
		return jsonFormatter{}, nil
	case "sarif":
		return sarifFormatter{rules: opts.Rules, version: opts.Version}, nil
	case "github":
		return githubFormatter{}, nil
	case "junit":
		return junitFormatter{failOn: opts.FailOn}, nil
	}
	return nil, fmt.Errorf("unknown format %q: use one of %s", name, strings.Join(Formats, ", "))
}
