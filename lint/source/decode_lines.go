package source

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/nflint/nflint/lint/diag"
)

// A lineIndex holds a file's lines and answers what the decoder asks of a node's line (which
// byte a character column is, where a plain scalar stops) in constant or logarithmic time.
// Answered by walking the line from its start for every node, these made decoding quadratic
// in a line's length: an 874 KB one-line YAML took over a minute. A line is read for them
// once, when first asked.
type lineIndex struct {
	lines []string    // without line endings ("\n", and a "\r" before it)
	facts []lineFacts // by 0-based line; allocated on the first question
}

// lineFacts are what one pass over a line tells.
type lineFacts struct {
	scanned bool
	// comments are the offsets of the "#" of each comment (one after a blank): a plain scalar
	// outside flow context ends before the first after its start, or at the line's end.
	// trims holds, for each, the offset just past the last byte before it that is not blank
	// (0 if none); trim the same for the line's end.
	comments, trims []int
	trim            int
	// runes is nil for an ASCII line; otherwise the byte offset of each character, then
	// len(line).
	runes []int
}

func newLineIndex(src []byte) *lineIndex {
	lines := strings.Split(string(src), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return &lineIndex{lines: lines}
}

// line returns a 1-based line, or "" for a line outside the file.
func (x *lineIndex) line(n int) string {
	if n < 1 || n > len(x.lines) {
		return ""
	}
	return x.lines[n-1]
}

// count is the number of lines: one more than the line feeds.
func (x *lineIndex) count() int { return len(x.lines) }

func (x *lineIndex) facts1(n int) *lineFacts {
	if x.facts == nil {
		x.facts = make([]lineFacts, len(x.lines))
	}
	f := &x.facts[n-1]
	if !f.scanned {
		f.scan(x.lines[n-1])
	}
	return f
}

func (f *lineFacts) scan(line string) {
	f.scanned = true
	ascii := true
	for j := 0; j < len(line); j++ {
		switch c := line[j]; {
		case c == '#' && j > 0 && (line[j-1] == ' ' || line[j-1] == '\t'):
			f.comments, f.trims = append(f.comments, j), append(f.trims, f.trim)
			f.trim = j + 1
		case c >= utf8.RuneSelf:
			ascii = false
			f.trim = j + 1
		case c != ' ' && c != '\t':
			f.trim = j + 1
		}
	}
	if !ascii {
		f.runes = make([]int, 0, utf8.RuneCountInString(line)+1)
		for i := 0; i < len(line); {
			f.runes = append(f.runes, i)
			_, w := utf8.DecodeRuneInString(line[i:])
			i += w
		}
		f.runes = append(f.runes, len(line))
	}
}

// byteColumn converts a 1-based character column on line n to a byte column. A column past
// the line's end becomes the column just past it.
func (x *lineIndex) byteColumn(n, col int) int {
	if n < 1 || n > len(x.lines) || col <= 1 {
		return col
	}
	f := x.facts1(n)
	if f.runes == nil {
		return min(col, len(x.lines[n-1])+1)
	}
	return f.runes[min(col-1, len(f.runes)-1)] + 1
}

// plainStop returns where a plain scalar starting at byte offset i of line n ends outside flow
// context: before a comment or the end of the line, less trailing blanks.
func (x *lineIndex) plainStop(n, i int) int {
	f := x.facts1(n)
	if k := sort.SearchInts(f.comments, i); k < len(f.comments) {
		return max(i, f.trims[k])
	}
	return max(i, f.trim)
}

// pastProperties returns the position of the first character at or after p, on its line or a
// later one, that is not blank, in a comment, or part of a node's properties (an anchor
// "&name", a tag "!!str"); false if the file ends first.
func (x *lineIndex) pastProperties(p diag.Pos) (diag.Pos, bool) {
	for n, i := p.Line, p.Column-1; n >= 1 && n <= len(x.lines); n, i = n+1, 0 {
		line := x.lines[n-1]
		for i < len(line) {
			switch c := line[i]; {
			case c == ' ' || c == '\t':
				i++
			case c == '&' || c == '!':
				i = propertyEnd(line, i)
			case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
				i = len(line)
			default:
				return diag.Pos{Line: n, Column: i + 1}, true
			}
		}
	}
	return diag.Pos{}, false
}

// propertyEnd returns the offset just past the anchor or tag starting at line[i]: before a
// blank or a flow indicator, or after the ">" of a verbatim tag ("!<tag:yaml.org,2002:str>").
func propertyEnd(line string, i int) int {
	if strings.HasPrefix(line[i:], "!<") {
		if j := strings.IndexByte(line[i:], '>'); j > 0 {
			return i + j + 1
		}
		return len(line)
	}
	for i++; i < len(line) && strings.IndexByte(" \t,[]{}", line[i]) < 0; i++ {
	}
	return i
}
