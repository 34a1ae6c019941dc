package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// githubWriter writes GitHub Actions workflow commands, which the runner turns into
// annotations on the pull request's changed lines:
//
//	::error file=deploy/api.yaml,line=6,col=14,endLine=6,endColumn=17,title=nflint type::expected integer...
type githubWriter struct{ w *bufio.Writer }

func newGitHubWriter(w io.Writer) *githubWriter { return &githubWriter{bufio.NewWriterSize(w, 64<<10)} }

func (g *githubWriter) File(_ *source.Source, diags []diag.Diagnostic) error {
	for _, d := range diags {
		props := []string{"file=" + escapeProperty(diag.Clean(d.File))}
		if d.Pos.IsValid() {
			props = append(props, fmt.Sprintf("line=%d", d.Pos.Line), fmt.Sprintf("col=%d", d.Pos.Column))
			if d.End.IsValid() && !d.End.Before(d.Pos) {
				props = append(props, fmt.Sprintf("endLine=%d", d.End.Line), fmt.Sprintf("endColumn=%d", d.End.Column))
			}
		}
		props = append(props, "title="+escapeProperty("nflint "+d.Rule))
		msg := diag.Clean(d.Message)
		if d.Suggestion != "" {
			msg += "\n" + diag.Clean(d.Suggestion)
		}
		for _, r := range d.Related {
			msg += fmt.Sprintf("\nnote: line %d: %s", r.Pos.Line, diag.Clean(r.Message)) // one message per annotation
		}
		if _, err := fmt.Fprintf(g.w, "::%s %s::%s\n", githubLevel(d.Severity), strings.Join(props, ","), escapeData(msg)); err != nil {
			return err
		}
	}
	return nil
}

func (g *githubWriter) End(*Summary) error { return g.w.Flush() }

func githubLevel(s diag.Severity) string {
	switch s {
	case diag.Error:
		return "error"
	case diag.Warning:
		return "warning"
	}
	return "notice"
}

// escapeData escapes a command's message as the Actions runner unescapes it (actions/toolkit,
// command.ts): a raw newline would end the command, a raw % would start an escape.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a property value: also ":" and ",", which separate properties.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
