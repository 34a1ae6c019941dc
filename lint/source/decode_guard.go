package source

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/nflint/nflint/lint/diag"
)

// guard looks at the raw bytes before a parser does and returns the findings that make parsing
// pointless or harmful: binary data, text that is not UTF-8, characters no parser accepts
// raw, JSON nested deeper than MaxDepth. Parsers report these too, but at 1:1 or with no
// position, and the JSON reader, which recurses once per level, relies on the depth bound.
func (s *Source) guard(json bool) []diag.Diagnostic {
	d := diag.Diagnostic{File: s.Name, Rule: "syntax", Severity: diag.Error, Pos: diag.Pos{Line: 1, Column: 1}}
	if isBinary(s.Src) {
		d.Message = "the file is binary data, not JSON or YAML text"
		s.binary = true
		return []diag.Diagnostic{d}
	}
	if off := invalidUTF8(s.Src); off >= 0 {
		d.Pos = offsetPos(s.Src, off+1)
		d.Message = fmt.Sprintf("byte 0x%02X is not valid UTF-8: JSON and YAML files must be UTF-8 text", s.Src[off])
		return []diag.Diagnostic{d}
	}
	if diags := s.controls(json); len(diags) > 0 {
		return diags
	}
	if json {
		if off := jsonTooDeep(s.Src); off >= 0 {
			d.Pos = offsetPos(s.Src, off+1)
			d.Message = tooDeepMessage
			return []diag.Diagnostic{d}
		}
	}
	return nil
}

var tooDeepMessage = fmt.Sprintf("the document nests deeper than %d levels; nflint does not read further", MaxDepth)

// isBinary reports whether the start of a file holds a NUL byte or mostly control
// characters: no JSON or YAML text does.
func isBinary(src []byte) bool {
	head := src[:min(len(src), 8000)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
			ctl++
		}
	}
	return len(head) > 0 && ctl*10 > len(head)
}

// invalidUTF8 returns the offset of the first byte that is not UTF-8, or -1.
func invalidUTF8(src []byte) int {
	if utf8.Valid(src) {
		return -1
	}
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// jsonTooDeep returns the offset of the bracket that opens level MaxDepth+1 of a JSON text,
// or -1. Brackets inside strings do not count.
func jsonTooDeep(src []byte) int {
	depth, inString := 0, false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case inString:
		case c == '[' || c == '{':
			if depth++; depth > MaxDepth {
				return i
			}
		case c == ']' || c == '}':
			depth--
		}
	}
	return -1
}

// yamlTooDeep rewrites the YAML parser's own nesting limit (it stops at 10,000 levels) into
// nflint's words.
func yamlTooDeep(msg string) (string, bool) {
	if strings.Contains(msg, "exceeded max depth") {
		return tooDeepMessage, true
	}
	return msg, false
}

// clamp keeps a position the YAML parser gave inside the file, the end of the file being the
// best place for an error it places beyond it.
func (s *Source) clamp(p diag.Pos) diag.Pos {
	last := s.index().count()
	if p.Line <= last {
		return p
	}
	return diag.Pos{Line: last, Column: len(s.Line(last)) + 1}
}

// loneCRs turns each carriage return not followed by a line feed (old Mac line endings) into a
// line feed. The YAML parser counts a lone CR as a line break and nflint's line index does
// not, so positions would disagree. The replacement keeps every byte offset, and in JSON both
// are whitespace. src is copied only when it holds one.
func loneCRs(src []byte) []byte {
	i := bytes.IndexByte(src, '\r')
	for ; i >= 0 && i+1 < len(src) && src[i+1] == '\n'; i = nextCR(src, i) {
	}
	if i < 0 {
		return src
	}
	out := bytes.Clone(src)
	for ; i >= 0; i = nextCR(out, i) {
		if i+1 == len(out) || out[i+1] != '\n' {
			out[i] = '\n'
		}
	}
	return out
}

func nextCR(src []byte, i int) int {
	j := bytes.IndexByte(src[i+1:], '\r')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}
