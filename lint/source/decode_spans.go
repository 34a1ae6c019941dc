package source

import (
	"strings"

	"github.com/nflint/nflint/lint/diag"
)

// keyEnd returns where the key named name, starting at p, ends: after its closing quote, or
// its name. A quoted key may go on past its line ("a\
// b": in YAML); its end is then the end of the line, as an end is always on its start's line.
func (x *lineIndex) keyEnd(p diag.Pos, name string) diag.Pos {
	line := x.line(p.Line)
	i, width := p.Column-1, len(name)
	if i >= 0 && i < len(line) && (line[i] == '"' || line[i] == '\'') {
		width = len(line) - i
		if end := closingQuote(line, i); end > i {
			width = end - i + 1
		}
	}
	return diag.Pos{Line: p.Line, Column: max(p.Column, min(p.Column+width, len(line)+1))}
}

// scalarEnd finds where the scalar starting at p ends on its line, for underlining: a quoted
// scalar ends at its closing quote, a plain one before a comment, the end of the line or, in
// a flow collection, a flow separator.
func (x *lineIndex) scalarEnd(p diag.Pos, flow bool) diag.Pos {
	line := x.line(p.Line)
	i := p.Column - 1
	if i < 0 || i >= len(line) {
		return diag.Pos{}
	}
	switch line[i] {
	case '"', '\'':
		if end := closingQuote(line, i); end > i {
			return diag.Pos{Line: p.Line, Column: end + 2}
		}
		return diag.Pos{Line: p.Line, Column: len(line) + 1}
	case '|', '>':
		return diag.Pos{Line: p.Line, Column: i + 2}
	}
	if !flow {
		return diag.Pos{Line: p.Line, Column: x.plainStop(p.Line, i) + 1}
	}
	j := i
	for ; j < len(line); j++ {
		ch := line[j]
		if ch == ',' || ch == ']' || ch == '}' || ch == '#' && j > 0 && (line[j-1] == ' ' || line[j-1] == '\t') {
			break
		}
	}
	return diag.Pos{Line: p.Line, Column: i + len(strings.TrimRight(line[i:j], " \t")) + 1}
}

// closingQuote returns the index of the quote that closes the one at line[i], or -1.
func closingQuote(line string, i int) int {
	q := line[i]
	for j := i + 1; j < len(line); j++ {
		switch {
		case q == '"' && line[j] == '\\':
			j++
		case q == '\'' && line[j] == '\'' && j+1 < len(line) && line[j+1] == '\'':
			j++
		case line[j] == q:
			return j
		}
	}
	return -1
}
