package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"github.com/fatih/color"
	"github.com/mattn/go-runewidth"
)

// textWriter prints one line per finding, `file:line:col: severity: message [rule]`, then
// the offending source line with the value or key underlined, actionlint-style.
type textWriter struct {
	w                       *bufio.Writer
	pos, rule, hint, gutter *color.Color
	sev                     map[diag.Severity]*color.Color
}

func newTextWriter(w io.Writer, enabled bool) *textWriter {
	f := &textWriter{
		w:      bufio.NewWriterSize(w, 64<<10),
		pos:    color.New(color.Bold),
		rule:   color.New(color.FgHiBlack),
		hint:   color.New(color.FgCyan),
		gutter: color.New(color.FgHiBlack),
		sev: map[diag.Severity]*color.Color{
			diag.Error: color.New(color.FgRed, color.Bold), diag.Warning: color.New(color.FgYellow, color.Bold),
			diag.Info: color.New(color.FgBlue, color.Bold),
		},
	}
	for _, c := range []*color.Color{f.pos, f.rule, f.hint, f.gutter, f.sev[diag.Error], f.sev[diag.Warning], f.sev[diag.Info]} {
		if enabled {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return f
}

func (f *textWriter) File(src *source.Source, diags []diag.Diagnostic) error {
	var b strings.Builder
	for _, d := range diags {
		fmt.Fprintf(&b, "%s %s %s %s", f.pos.Sprintf("%s:%d:%d:", diag.DisplayName(d.File), d.Pos.Line, d.Pos.Column),
			f.sev[d.Severity].Sprintf("%s:", d.Severity), diag.Clean(d.Message), f.rule.Sprintf("[%s]", d.Rule))
		if src != nil && len(src.Docs) > 1 {
			fmt.Fprintf(&b, " (document %d)", d.Document+1)
		}
		b.WriteByte('\n')
		if src != nil {
			f.snippet(&b, src, d)
		}
		if d.Suggestion != "" {
			fmt.Fprintf(&b, "%s %s\n", f.gutter.Sprint(strings.Repeat(" ", gutterWidth(d))+"="), f.hint.Sprint(diag.Clean(d.Suggestion)))
		}
		for _, r := range d.Related {
			f.note(&b, src, d.File, r)
		}
	}
	_, err := f.w.WriteString(b.String())
	return err
}

// note prints a related place as its own line, `file:line:col: note: message`, with its
// snippet, as compilers show where a conflicting declaration is.
func (f *textWriter) note(b *strings.Builder, src *source.Source, file string, r diag.Related) {
	fmt.Fprintf(b, "%s %s %s\n", f.pos.Sprintf("%s:%d:%d:", diag.DisplayName(file), r.Pos.Line, r.Pos.Column),
		f.sev[diag.Info].Sprint("note:"), diag.Clean(r.Message))
	if src != nil {
		f.snippet(b, src, diag.Diagnostic{Pos: r.Pos, End: r.End, Severity: diag.Info})
	}
}

// End flushes: the summary goes to standard error, not here.
func (f *textWriter) End(*Summary) error { return f.w.Flush() }

func gutterWidth(d diag.Diagnostic) int { return len(fmt.Sprint(d.Pos.Line)) + 1 }

// snippet prints the source line and a caret under the finding, with ~ under the rest of the
// value or key when its end is known. Long lines are cut to a window around the finding, and
// control characters are shown as "?" so a file cannot drive the terminal.
func (f *textWriter) snippet(b *strings.Builder, src *source.Source, d diag.Diagnostic) {
	line := src.Line(d.Pos.Line)
	if line == "" && d.Pos.Line > 1 || d.Pos.Column < 1 || d.Pos.Column > len(line)+1 {
		return
	}
	width := 1
	if d.End.Line == d.Pos.Line && d.End.Column > d.Pos.Column {
		width = d.End.Column - d.Pos.Column
	}
	start, end, col := window(line, d.Pos.Column-1)
	width = max(min(width, end-col), 0)
	shown := printable(line[start:end])
	if start > 0 {
		shown = "…" + shown
	}
	if end < len(line) {
		shown += "…"
	}
	prefix := printable(line[start:col])
	if start > 0 {
		prefix = "…" + prefix
	}
	num := fmt.Sprint(d.Pos.Line)
	fmt.Fprintf(b, "%s %s\n", f.gutter.Sprintf("%s |", num), shown)
	pad := strings.Repeat(" ", columns.StringWidth(prefix))
	under := "^" + strings.Repeat("~", max(columns.StringWidth(printable(line[col:col+width]))-1, 0))
	fmt.Fprintf(b, "%s %s%s\n", f.gutter.Sprintf("%s |", strings.Repeat(" ", len(num))), pad, f.sev[d.Severity].Sprint(under))
}

// columns measures text as a terminal shows it: wide (CJK) characters take two columns, so the
// caret under them needs two. Ambiguous-width characters count as one whatever the locale, so
// output does not depend on the machine.
var columns = &runewidth.Condition{EastAsianWidth: false}

// snippetWidth is the most of a line a snippet shows.
const snippetWidth = 160

// window picks the bytes of line to show around byte offset col: the whole line when it is
// short, else a window that starts a little before col. It returns the window and col,
// clamped to it.
func window(line string, col int) (start, end, at int) {
	if len(line) <= snippetWidth {
		return 0, len(line), col
	}
	start = max(col-40, 0)
	for start > 0 && !utf8.RuneStart(line[start]) {
		start--
	}
	end = min(start+snippetWidth, len(line))
	for end < len(line) && !utf8.RuneStart(line[end]) {
		end++
	}
	return start, end, min(col, end)
}

// printable replaces tabs with spaces and control characters and invalid bytes with "?",
// keeping one character per character so the caret stays aligned.
func printable(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case r == utf8.RuneError && len(s[i:]) > 0 && !utf8.FullRuneInString(s[i:]), r == utf8.RuneError:
			b.WriteByte('?')
		case unicode.IsControl(r), diag.UnsafeRune(r):
			b.WriteByte('?') // nor bidirectional controls, which would reorder the line
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
