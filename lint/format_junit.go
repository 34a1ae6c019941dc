package lint

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
)

// junitFormatter writes JUnit XML with one test case per file, which CI systems (GitLab,
// Jenkins, Azure) show as a test report. A file fails when it has a finding at or above the
// failure threshold, so the report agrees with the exit code; lesser findings are listed in
// the test case's output.
type junitFormatter struct {
	failOn Severity
}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut *junitText    `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"` // CDATA keeps the lines readable where chardata would escape each newline
}

type junitText struct {
	Text string `xml:",cdata"`
}

func (f junitFormatter) Format(w io.Writer, r *Report) error {
	threshold := f.failOn
	if threshold == 0 {
		threshold = Error
	}
	byFile := map[string][]Diagnostic{}
	for name := range r.Sources {
		byFile[name] = nil
	}
	for _, d := range r.Diags {
		byFile[d.File] = append(byFile[d.File], d)
	}
	names := make([]string, 0, len(byFile))
	for name := range byFile {
		names = append(names, name)
	}
	sort.Strings(names)
	suite := junitSuite{Name: "nflint", Tests: len(names), Cases: []junitCase{}}
	for _, name := range names {
		c := junitCaseOf(name, byFile[name], threshold)
		if c.Failure != nil {
			suite.Failures++
		}
		suite.Cases = append(suite.Cases, c)
	}
	out := junitSuites{Name: "nflint", Tests: suite.Tests, Failures: suite.Failures, Suites: []junitSuite{suite}}
	data, err := xml.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s%s\n", xml.Header, data)
	return err
}

func junitCaseOf(name string, diags []Diagnostic, threshold Severity) junitCase {
	c := junitCase{Name: name, Classname: "nflint"}
	var failing, other strings.Builder
	counts := map[Severity]int{}
	for _, d := range diags {
		line := d.String() + "\n"
		if d.Suggestion != "" {
			line += "  = " + d.Suggestion + "\n"
		}
		if d.Severity >= threshold {
			failing.WriteString(line)
			counts[d.Severity]++
		} else {
			other.WriteString(line)
		}
	}
	if failing.Len() > 0 {
		var parts []string
		for _, s := range []Severity{Error, Warning, Info} {
			if counts[s] > 0 {
				parts = append(parts, plural(counts[s], s.String()))
			}
		}
		c.Failure = &junitFailure{Message: strings.Join(parts, ", "), Type: highest(counts).String(), Text: failing.String()}
	}
	if other.Len() > 0 {
		c.SystemOut = &junitText{other.String()}
	}
	return c
}

func highest(counts map[Severity]int) Severity {
	for _, s := range []Severity{Error, Warning, Info} {
		if counts[s] > 0 {
			return s
		}
	}
	return 0
}
