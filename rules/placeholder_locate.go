package rules

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// A locator finds where the placeholders of one string value stand in the file. It reads the
// value's source text once, at the first placeholder asked for, so locating every placeholder
// of a string costs the string's length, not its length times the number of placeholders.
type locator struct {
	src  *source.Source
	n    *source.Node
	read bool
	runs []literalRun // nil: only the whole value can be shown
}

// A literalRun is a stretch of a string value written in the source exactly as decoded,
// between escape sequences.
type literalRun struct {
	offset int // byte offset in the decoded string
	column int // 1-based column of its first byte in the source
	length int // in bytes
}

func newLocator(src *source.Source, n *source.Node) *locator { return &locator{src: src, n: n} }

// span is where a placeholder stands in the file: the placeholder itself when the string is
// on one line and the placeholder is written in the source as decoded (no escape sequence
// inside it), otherwise the whole string value.
func (l *locator) span(ph placeholder) (diag.Pos, diag.Pos) {
	if !l.read {
		l.runs, l.read = literalRuns(l.src, l.n), true
	}
	end := ph.offset + len(ph.text)
	i := sort.Search(len(l.runs), func(i int) bool { return l.runs[i].offset+l.runs[i].length >= end })
	if i == len(l.runs) || l.runs[i].offset > ph.offset {
		return l.n.Pos, l.n.End
	}
	start := diag.Pos{Line: l.n.Pos.Line, Column: l.runs[i].column + ph.offset - l.runs[i].offset}
	return start, diag.Pos{Line: start.Line, Column: start.Column + len(ph.text)}
}

// literalRuns splits a one-line string value's source text into the runs written as decoded,
// in one pass. It returns nil when the value spans lines or its source text does not decode
// to the value's text as expected, so that positions are never guessed.
func literalRuns(src *source.Source, n *source.Node) []literalRun {
	if src == nil || n.Pos.Line != n.End.Line || n.End.Column <= n.Pos.Column {
		return nil
	}
	line := src.Line(n.Pos.Line)
	if n.End.Column-1 > len(line) {
		return nil
	}
	raw := line[n.Pos.Column-1 : n.End.Column-1]
	switch q := raw[0]; {
	case (q == '"' || q == '\'') && len(raw) >= 2 && raw[len(raw)-1] == q:
		return quotedRuns(raw[1:len(raw)-1], n.Text, n.Pos.Column+1, q)
	case strings.HasPrefix(raw, n.Text):
		return []literalRun{{column: n.Pos.Column, length: len(n.Text)}}
	}
	// A tag or anchor before a plain value: the value is the rest.
	if at := strings.Index(raw, n.Text); at >= 0 && n.Text != "" {
		return []literalRun{{column: n.Pos.Column + at, length: len(n.Text)}}
	}
	return nil
}

// quotedRuns splits the text between the quotes of a string into literal runs, checking that
// it decodes to text: q is the quote, a double quote for JSON and YAML double-quoted strings
// (backslash escapes), a single quote for YAML single-quoted ones (a doubled quote is one).
// column is the 1-based column of body's first byte.
func quotedRuns(body, text string, column int, q byte) []literalRun {
	var runs []literalRun
	esc := byte('\\')
	if q == '\'' {
		esc = '\''
	}
	i, j := 0, 0 // offsets in body and in text
	for i < len(body) {
		k := strings.IndexByte(body[i:], esc)
		if k < 0 {
			k = len(body) - i
		}
		if k > 0 {
			if !strings.HasPrefix(text[j:], body[i:i+k]) {
				return nil
			}
			runs = append(runs, literalRun{offset: j, column: column + i, length: k})
			i, j = i+k, j+k
		}
		if i == len(body) {
			break
		}
		var decoded string
		var n int
		if q == '\'' {
			decoded, n = "'", 2 // '' is a quote
			if !strings.HasPrefix(body[i:], "''") {
				return nil
			}
		} else if decoded, n = unescape(body[i:]); n == 0 {
			return nil
		}
		if !strings.HasPrefix(text[j:], decoded) {
			return nil
		}
		i, j = i+n, j+len(decoded)
	}
	if j != len(text) {
		return nil
	}
	return runs
}

// unescape decodes the escape sequence s starts with (a backslash and what follows) and
// returns its text and length in s, or a length of 0 when it is not one. A JSON surrogate pair
// decodes to one character.
func unescape(s string) (string, int) {
	if len(s) < 2 {
		return "", 0
	}
	digits := 0
	switch c := s[1]; c {
	case 'x':
		digits = 2
	case 'u':
		digits = 4
	case 'U':
		digits = 8
	default:
		if r, ok := singleEscape(c); ok {
			return string(r), 2
		}
		return "", 0
	}
	if len(s) < 2+digits {
		return "", 0
	}
	v, err := strconv.ParseUint(s[2:2+digits], 16, 32)
	if err != nil {
		return "", 0
	}
	r, n := rune(v), 2+digits
	if utf16.IsSurrogate(r) && s[1] == 'u' && len(s) >= n+6 && s[n:n+2] == "\\u" {
		if lo, err := strconv.ParseUint(s[n+2:n+6], 16, 32); err == nil {
			if pair := utf16.DecodeRune(r, rune(lo)); pair != utf8.RuneError {
				return string(pair), n + 6
			}
		}
	}
	return string(r), n // a lone surrogate or invalid code point decodes to U+FFFD
}

// singleEscape decodes the one-character escapes of JSON and YAML double-quoted strings.
func singleEscape(c byte) (rune, bool) {
	switch c {
	case '0':
		return 0, true
	case 'a':
		return '\a', true
	case 'b':
		return '\b', true
	case 't', '\t':
		return '\t', true
	case 'n':
		return '\n', true
	case 'v':
		return '\v', true
	case 'f':
		return '\f', true
	case 'r':
		return '\r', true
	case 'e':
		return 0x1b, true
	case ' ', '"', '/', '\\':
		return rune(c), true
	case 'N':
		return 0x85, true
	case '_':
		return 0xa0, true
	case 'L':
		return 0x2028, true
	case 'P':
		return 0x2029, true
	}
	return 0, false
}
