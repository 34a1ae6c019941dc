package report

import (
	"fmt"
	"sort"

	"github.com/nflint/nflint/lint/diag"
)

// A Summary tallies a run over many files as their results arrive: it holds counts only, so a
// run's memory does not grow with its findings.
type Summary struct {
	Files     int // files checked; skipped files are not among them
	Documents int
	Bodies    map[string]int // bodies checked, by kind
	Unchecked map[string]int // template nodes of kinds nflint has no schema for
	// Skipped counts the files left unchecked as not Northflank specs; SkippedFiles names them
	// when KeepSkipped is set (--verbose), for the JSON summary.
	Skipped      int
	SkippedFiles []string
	KeepSkipped  bool
	counts       [diag.Error + 1]int // findings by severity
}

// NewSummary returns an empty summary.
func NewSummary() *Summary {
	return &Summary{Bodies: map[string]int{}, Unchecked: map[string]int{}}
}

// A FileCount is what one file adds to a summary beyond its findings.
type FileCount struct {
	Documents int
	Bodies    map[string]int // bodies checked, by kind
	Unchecked map[string]int // template nodes of kinds nflint has no schema for
}

// Add records one file: its counts, and the findings reported for it after suppressions and
// the configuration's rule settings.
func (s *Summary) Add(fc FileCount, diags []diag.Diagnostic) {
	s.Files++
	s.Documents += fc.Documents
	for k, n := range fc.Bodies {
		s.Bodies[k] += n
	}
	for k, n := range fc.Unchecked {
		s.Unchecked[k] += n
	}
	for _, d := range diags {
		if d.Severity >= diag.Info && d.Severity <= diag.Error {
			s.counts[d.Severity]++
		}
	}
}

// Skip records a file left unchecked as not a Northflank spec.
func (s *Summary) Skip(name string) {
	s.Skipped++
	if s.KeepSkipped {
		s.SkippedFiles = append(s.SkippedFiles, name)
	}
}

// Count returns the number of findings at a severity.
func (s *Summary) Count(sev diag.Severity) int {
	if sev < diag.Info || sev > diag.Error {
		return 0
	}
	return s.counts[sev]
}

// AtLeast returns the number of findings at or above a severity.
func (s *Summary) AtLeast(sev diag.Severity) int {
	n := 0
	for v := max(sev, diag.Info); v <= diag.Error; v++ {
		n += s.counts[v]
	}
	return n
}

// String is the one-line tally printed after the findings. Users parse it: clauses are added
// at its end, never changed.
func (s *Summary) String() string {
	out := fmt.Sprintf("%s, %s: %s, %s", plural(s.Files, "file"), plural(s.Documents, "document"),
		plural(s.Count(diag.Error), "error"), plural(s.Count(diag.Warning), "warning"))
	if n := s.Count(diag.Info); n > 0 {
		out += ", " + plural(n, "info")
	}
	if len(s.Unchecked) > 0 {
		total := 0
		for _, n := range s.Unchecked {
			total += n
		}
		out += fmt.Sprintf("; %s of kinds nflint has no schema for (not checked)", plural(total, "template node"))
	}
	switch {
	case s.Skipped == 1:
		out += "; 1 file skipped: not a Northflank spec; --verbose lists it"
	case s.Skipped > 1:
		out += fmt.Sprintf("; %d files skipped: not Northflank specs; --verbose lists them", s.Skipped)
	}
	return out
}

// UncheckedList names the unchecked template node kinds with their counts.
func (s *Summary) UncheckedList() []string {
	var out []string
	for k, n := range s.Unchecked {
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
