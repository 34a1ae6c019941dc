package diag

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Output is read by people in terminals and by programs: CI runners that take lines starting
// "::" as commands, XML parsers, editors. Every text a file can control — its name, and the
// keys and values quoted in messages — passes through Clean before it is written, so a crafted
// name or value cannot drive a terminal, forge a GitHub annotation, reorder text with
// bidirectional controls or make a report unparseable.

// Clean returns s with every character that could act on its reader written as an escape:
// control characters (C0, DEL, C1), line and paragraph separators, bidirectional controls,
// Unicode non-characters and bytes that are not UTF-8. Tab becomes \t; other text is kept.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w <= 1:
			fmt.Fprintf(&b, `\x%02X`, s[i])
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case UnsafeRune(r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}

func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7F || c >= 0x80 {
			return cleanSlow(s)
		}
	}
	return true
}

// cleanSlow is isClean for text with non-ASCII characters.
func cleanSlow(s string) bool {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w <= 1 || r < 0x20 || UnsafeRune(r) {
			return false
		}
		i += w
	}
	return true
}

// UnsafeRune reports the characters Clean escapes (all but tab, LF and CR, which it names):
// snippets replace them.
func UnsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7F, r >= 0x80 && r <= 0x9F:
		return true // control characters: ESC starts terminal sequences
	case r == 0x2028, r == 0x2029:
		return true // line and paragraph separators: line breaks to some readers
	case r == 0x061C, r == 0x200E, r == 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true // bidirectional controls: they reorder what a reader sees
	case r == 0xFFFE, r == 0xFFFF:
		return true // non-characters: not allowed in XML
	}
	return false
}

// DisplayName is a file name as nflint prints it at the start of a line: cleaned, and with
// "./" before a relative name starting with "::", which GitHub's runner would otherwise read
// as a workflow command.
func DisplayName(name string) string {
	name = Clean(name)
	if strings.HasPrefix(name, "::") {
		return "./" + name
	}
	return name
}
