package source

import (
	"fmt"
	"unicode/utf8"

	"github.com/nflint/nflint/lint/diag"
)

// maxControlFindings bounds the findings on raw control characters in one file: a file full of
// them is as well described by the first few, and costs no memory per character.
const maxControlFindings = 10

// controls reports each character the file's format does not accept raw: a C0 control
// character other than tab, line feed and carriage return, in YAML also DEL, the C1 controls
// but NEL, and the noncharacters U+FFFE and U+FFFF. The parsers reject them too, but YAML's
// says "control characters are not allowed" with no position, and NUL is only taken for a
// sign of binary data in a file's first 8,000 bytes.
func (s *Source) controls(json bool) []diag.Diagnostic {
	var out []diag.Diagnostic
	more, first := 0, diag.Pos{}
	for i := 0; i < len(s.Src); i++ {
		if c := s.Src[i]; c >= 0x20 && c < 0x7F {
			continue // printable ASCII, most of any file: no call per byte
		}
		r, ok := rawControl(s.Src, i, json)
		if !ok {
			continue
		}
		if len(out) < maxControlFindings {
			p := offsetPos(s.Src, i+1)
			out = append(out, diag.Diagnostic{File: s.Name, Rule: "syntax", Severity: diag.Error, Pos: p,
				End: diag.Pos{Line: p.Line, Column: p.Column + utf8.RuneLen(r)}, Message: controlMessage(r, json)})
			continue
		}
		if more++; more == 1 {
			first = offsetPos(s.Src, i+1)
		}
	}
	if more > 0 {
		out = append(out, diag.Diagnostic{File: s.Name, Rule: "syntax", Severity: diag.Error, Pos: first,
			Message: fmt.Sprintf("%d more characters from here on are not allowed either; nflint reports the first %d one by one", more, maxControlFindings)})
	}
	return out
}

// rawControl returns the character starting at src[i] if the format does not accept it raw.
func rawControl(src []byte, i int, json bool) (rune, bool) {
	switch b := src[i]; {
	case b < 0x20:
		return rune(b), b != '\t' && b != '\n' && b != '\r'
	case json:
		return 0, false
	case b == 0x7F:
		return 0x7F, true
	case b == 0xC2 && i+1 < len(src) && src[i+1] >= 0x80 && src[i+1] <= 0x9F && src[i+1] != 0x85:
		return rune(src[i+1]), true
	case b == 0xEF && i+2 < len(src) && src[i+1] == 0xBF && src[i+2] >= 0xBE:
		r, _ := utf8.DecodeRune(src[i:])
		return r, true
	}
	return 0, false
}

// controlNames name the control characters a reader may recognise.
var controlNames = map[rune]string{0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab",
	0x0C: "form feed", 0x1B: "escape", 0x7F: "delete"}

// controlMessage says which character is wrong and how to write it instead: as an escape in
// a double-quoted string, the only place either format has one.
func controlMessage(r rune, json bool) string {
	what := fmt.Sprintf("control character U+%04X", r)
	if r >= 0xFFFE {
		what = fmt.Sprintf("the noncharacter U+%04X", r)
	}
	if name, ok := controlNames[r]; ok {
		what += " (" + name + ")"
	}
	if json {
		return fmt.Sprintf(`%s is not allowed in JSON text; write it as the escape "%s" inside a string, or remove it`, what, jsonEscape(r))
	}
	return fmt.Sprintf(`%s is not allowed in YAML text; write it as the escape "%s" inside a double-quoted string, or remove it`, what, yamlEscape(r))
}

func jsonEscape(r rune) string {
	switch r {
	case '\b':
		return `\b`
	case '\f':
		return `\f`
	}
	return fmt.Sprintf(`\u%04x`, r)
}

func yamlEscape(r rune) string {
	switch r {
	case 0:
		return `\0`
	case '\a':
		return `\a`
	case '\b':
		return `\b`
	case '\v':
		return `\v`
	case '\f':
		return `\f`
	case 0x1B:
		return `\e`
	}
	if r < 0x100 {
		return fmt.Sprintf(`\x%02x`, r)
	}
	return fmt.Sprintf(`\u%04x`, r)
}
