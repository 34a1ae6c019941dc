package lint

import (
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"
)

// textFormatter prints one line per finding, `file:line:col: severity: message [rule]`, then
// the offending source line with the value or key underlined, actionlint-style.
type textFormatter struct {
	pos, rule, hint, gutter *color.Color
	sev                     map[Severity]*color.Color
}

func newTextFormatter(enabled bool) *textFormatter {
	f := &textFormatter{
		pos:    color.New(color.Bold),
		rule:   color.New(color.FgHiBlack),
		hint:   color.New(color.FgCyan),
		gutter: color.New(color.FgHiBlack),
		sev: map[Severity]*color.Color{
			Error: color.New(color.FgRed, color.Bold), Warning: color.New(color.FgYellow, color.Bold),
			Info: color.New(color.FgBlue, color.Bold),
		},
	}
	for _, c := range []*color.Color{f.pos, f.rule, f.hint, f.gutter, f.sev[Error], f.sev[Warning], f.sev[Info]} {
		if enabled {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return f
}

func (f *textFormatter) Format(w io.Writer, r *Report) error {
	var b strings.Builder
	for _, d := range r.Diags {
		src := r.Sources[d.File]
		fmt.Fprintf(&b, "%s %s %s %s", f.pos.Sprintf("%s:%d:%d:", d.File, d.Pos.Line, d.Pos.Column),
			f.sev[d.Severity].Sprintf("%s:", d.Severity), d.Message, f.rule.Sprintf("[%s]", d.Rule))
		if src != nil && len(src.Docs) > 1 {
			fmt.Fprintf(&b, " (document %d)", d.Document+1)
		}
		b.WriteByte('\n')
		if src != nil {
			f.snippet(&b, src, d)
		}
		if d.Suggestion != "" {
			fmt.Fprintf(&b, "%s %s\n", f.gutter.Sprint(strings.Repeat(" ", gutterWidth(d))+"="), f.hint.Sprint(d.Suggestion))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func gutterWidth(d Diagnostic) int { return len(fmt.Sprint(d.Pos.Line)) + 1 }

// snippet prints the source line and a caret under the finding, with ~ under the rest of the
// value or key when its end is known.
func (f *textFormatter) snippet(b *strings.Builder, src *Source, d Diagnostic) {
	line := src.Line(d.Pos.Line)
	if line == "" && d.Pos.Line > 1 {
		return
	}
	line = strings.ReplaceAll(line, "\t", " ")
	width := 1
	if d.End.Line == d.Pos.Line && d.End.Column > d.Pos.Column {
		width = d.End.Column - d.Pos.Column
	}
	if max := len(line) - d.Pos.Column + 1; width > max && max > 0 {
		width = max
	}
	const maxShown = 200
	shown := line
	if len(shown) > maxShown && d.Pos.Column < maxShown-20 {
		shown = shown[:maxShown] + " …"
	}
	num := fmt.Sprint(d.Pos.Line)
	fmt.Fprintf(b, "%s %s\n", f.gutter.Sprintf("%s |", num), shown)
	pad := strings.Repeat(" ", max(d.Pos.Column-1, 0))
	if d.Pos.Column-1 > maxShown {
		return
	}
	under := "^" + strings.Repeat("~", max(width-1, 0))
	fmt.Fprintf(b, "%s %s%s\n", f.gutter.Sprintf("%s |", strings.Repeat(" ", len(num))), pad, f.sev[d.Severity].Sprint(under))
}
