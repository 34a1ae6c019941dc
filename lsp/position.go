package lsp

import (
	"strings"
	"unicode/utf16"

	"github.com/nflint/nflint/lint/diag"
)

// nflint's positions are 1-based lines and 1-based byte columns; the protocol's are 0-based
// lines and 0-based UTF-16 code units (as SARIF's columns, which lint/report converts the
// same way). A text converts between them with its lines.
type text struct {
	src   string
	lines []int // byte offset of each line's start
}

func newText(src string) *text {
	t := &text{src: src, lines: []int{0}}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			t.lines = append(t.lines, i+1)
		}
	}
	return t
}

// line returns a 1-based line without its line ending, "" past the end.
func (t *text) line(n int) string {
	if n < 1 || n > len(t.lines) {
		return ""
	}
	start, end := t.lines[n-1], len(t.src)
	if n < len(t.lines) {
		end = t.lines[n] - 1
	}
	return strings.TrimSuffix(t.src[start:end], "\r")
}

// position converts an nflint position to the protocol's. A column past the line's end (the
// end of a finding on a line's last character) counts as bytes beyond it.
func (t *text) position(p diag.Pos) position {
	if !p.IsValid() {
		return position{}
	}
	line := t.line(p.Line)
	n := min(max(p.Column-1, 0), len(line))
	units := 0
	for _, r := range line[:n] {
		units += utf16.RuneLen(r)
	}
	return position{Line: p.Line - 1, Character: units + max(p.Column-1-n, 0)}
}

// pos converts a protocol position to nflint's: the 1-based byte column of the character
// at that many UTF-16 units, or one past the line's end.
func (t *text) pos(p position) diag.Pos {
	line := t.line(p.Line + 1)
	units := 0
	for i, r := range line {
		if units >= p.Character {
			return diag.Pos{Line: p.Line + 1, Column: i + 1}
		}
		units += utf16.RuneLen(r) // an invalid byte reads as U+FFFD, one unit, as editors show it
	}
	return diag.Pos{Line: p.Line + 1, Column: len(line) + 1}
}

// span converts a finding's start and end to a range; without a known end, the range covers
// the rest of the word at the start, so an editor underlines something.
func (t *text) span(start, end diag.Pos) textRange {
	if !start.IsValid() {
		start = diag.Pos{Line: 1, Column: 1}
	}
	if !end.IsValid() || end.Before(start) || end == start {
		end = t.wordEnd(start)
	}
	return textRange{Start: t.position(start), End: t.position(end)}
}

// wordEnd is one past the last byte of the text starting at p up to a blank, or the line's end.
func (t *text) wordEnd(p diag.Pos) diag.Pos {
	line := t.line(p.Line)
	i := min(max(p.Column-1, 0), len(line))
	j := strings.IndexAny(line[i:], " \t")
	if j < 0 {
		j = len(line) - i
	}
	if j == 0 && i < len(line) {
		j = 1
	}
	return diag.Pos{Line: p.Line, Column: i + j + 1}
}
