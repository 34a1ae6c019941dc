package lint

import (
	"fmt"
	"io"
	"strings"
)

// githubFormatter writes GitHub Actions workflow commands, which the runner turns into
// annotations on the pull request's changed lines:
//
//	::error file=deploy/api.yaml,line=6,col=14,endLine=6,endColumn=17,title=nflint type::expected integer...
type githubFormatter struct{}

func (githubFormatter) Format(w io.Writer, r *Report) error {
	var b strings.Builder
	for _, d := range r.Diags {
		props := []string{"file=" + escapeProperty(d.File)}
		if d.Pos.IsValid() {
			props = append(props, fmt.Sprintf("line=%d", d.Pos.Line), fmt.Sprintf("col=%d", d.Pos.Column))
			if d.End.IsValid() && !d.End.Before(d.Pos) {
				props = append(props, fmt.Sprintf("endLine=%d", d.End.Line), fmt.Sprintf("endColumn=%d", d.End.Column))
			}
		}
		props = append(props, "title="+escapeProperty("nflint "+d.Rule))
		fmt.Fprintf(&b, "::%s %s::%s\n", githubLevel(d.Severity), strings.Join(props, ","), escapeData(withSuggestion(d, "\n")))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func githubLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
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
