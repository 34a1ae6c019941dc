package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// junitWriter writes JUnit XML with one test case per file, which CI systems (GitLab,
// Jenkins, Azure) show as a test report. A file fails when it has a finding at or above the
// failure threshold, so the report agrees with the exit code; lesser findings are listed in
// the test case's output. The totals come first in the XML but are known only at the end, so
// test cases are spooled to a temporary file (memory if none can be made) until End.
type junitWriter struct {
	w               io.Writer
	failOn          diag.Severity
	spool           io.ReadWriter
	file            *os.File // the spool's file, removed at End; nil when spooling to memory
	tests, failures int
	err             error
}

type junitCase struct {
	XMLName   xml.Name      `xml:"testcase"`
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

func newJUnitWriter(w io.Writer, failOn diag.Severity) *junitWriter {
	if failOn == 0 {
		failOn = diag.Error
	}
	j := &junitWriter{w: w, failOn: failOn}
	if f, err := os.CreateTemp("", "nflint-junit-*.xml"); err == nil {
		j.spool, j.file = f, f
	} else {
		j.spool = &bytes.Buffer{}
	}
	return j
}

func (j *junitWriter) File(src *source.Source, diags []diag.Diagnostic) error {
	if j.err != nil {
		return j.err
	}
	c := junitCaseOf(src.Name, diags, j.failOn)
	j.tests++
	if c.Failure != nil {
		j.failures++
	}
	data, err := xml.MarshalIndent(c, "    ", "  ")
	if err == nil {
		_, err = fmt.Fprintf(j.spool, "%s\n", data)
	}
	j.err = err
	return err
}

func (j *junitWriter) End(*Summary) error {
	if j.file != nil {
		defer os.Remove(j.file.Name())
		defer j.file.Close()
	}
	if j.err != nil {
		return j.err
	}
	fmt.Fprintf(j.w, "%s<testsuites name=\"nflint\" tests=\"%d\" failures=\"%d\" errors=\"0\">\n", xml.Header, j.tests, j.failures)
	fmt.Fprintf(j.w, "  <testsuite name=\"nflint\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\">\n", j.tests, j.failures)
	if j.file != nil {
		if _, err := j.file.Seek(0, io.SeekStart); err != nil {
			return err
		}
	}
	if _, err := io.Copy(j.w, j.spool); err != nil {
		return err
	}
	_, err := io.WriteString(j.w, "  </testsuite>\n</testsuites>\n")
	return err
}

// junitCaseOf is the test case of one file. Names and messages are cleaned: XML 1.0 cannot
// hold control characters at all, even escaped.
func junitCaseOf(name string, diags []diag.Diagnostic, threshold diag.Severity) junitCase {
	c := junitCase{Name: diag.Clean(name), Classname: "nflint"}
	var failing, other strings.Builder
	counts := map[diag.Severity]int{}
	for _, d := range diags {
		line := d.String() + "\n"
		if d.Suggestion != "" {
			line += "  = " + diag.Clean(d.Suggestion) + "\n"
		}
		for _, r := range d.Related {
			line += fmt.Sprintf("%s:%d:%d: note: %s\n", diag.DisplayName(d.File), r.Pos.Line, r.Pos.Column, diag.Clean(r.Message))
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
		for _, s := range []diag.Severity{diag.Error, diag.Warning, diag.Info} {
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

func highest(counts map[diag.Severity]int) diag.Severity {
	for _, s := range []diag.Severity{diag.Error, diag.Warning, diag.Info} {
		if counts[s] > 0 {
			return s
		}
	}
	return 0
}
