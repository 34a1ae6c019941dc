package lint

import (
	"fmt"
	"sort"
)

// A Summary tallies a run over many files as their results arrive: it holds counts only, so a
// run's memory does not grow with its findings.
type Summary struct {
	Files     int
	Documents int
	Bodies    map[string]int // bodies checked, by kind
	Unchecked map[string]int // template nodes of kinds nflint has no schema for
	counts    [Error + 1]int // findings by severity
}

// NewSummary returns an empty summary.
func NewSummary() *Summary {
	return &Summary{Bodies: map[string]int{}, Unchecked: map[string]int{}}
}

// Add records one file: its result, and the findings reported for it after suppressions and
// the configuration's rule settings.
func (s *Summary) Add(res Result, diags []Diagnostic) {
	s.Files++
	s.Documents += res.Documents
	for k, n := range res.Bodies {
		s.Bodies[k] += n
	}
	for k, n := range res.Unchecked {
		s.Unchecked[k] += n
	}
	for _, d := range diags {
		if d.Severity >= Info && d.Severity <= Error {
			s.counts[d.Severity]++
		}
	}
}

// Count returns the number of findings at a severity.
func (s *Summary) Count(sev Severity) int {
	if sev < Info || sev > Error {
		return 0
	}
	return s.counts[sev]
}

// AtLeast returns the number of findings at or above a severity.
func (s *Summary) AtLeast(sev Severity) int {
	n := 0
	for v := max(sev, Info); v <= Error; v++ {
		n += s.counts[v]
	}
	return n
}

// String is the one-line tally printed after the findings.
func (s *Summary) String() string {
	out := fmt.Sprintf("%s, %s: %s, %s", plural(s.Files, "file"), plural(s.Documents, "document"),
		plural(s.Count(Error), "error"), plural(s.Count(Warning), "warning"))
	if n := s.Count(Info); n > 0 {
		out += ", " + plural(n, "info")
	}
	if len(s.Unchecked) > 0 {
		total := 0
		for _, n := range s.Unchecked {
			total += n
		}
		out += fmt.Sprintf("; %s of kinds nflint has no schema for (not checked)", plural(total, "template node"))
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
