package rules

import (
	"strconv"
	"unicode/utf8"
)

// quote writes user text (a key, a value, a placeholder) into a message as lint.Node.Describe
// does: Go-quoted, so no control character, line break, invalid UTF-8 or bidi control reaches
// the reader raw (a line starting "::error" is a GitHub annotation; an escape sequence moves a
// terminal's cursor), and cut to its first 60 characters when longer than 80.
func quote(s string) string { return strconv.Quote(shorten(s)) }

// shorten cuts text longer than 80 characters to its first 60 and an ellipsis; the snippet
// under a finding shows the rest.
func shorten(s string) string {
	if utf8.RuneCountInString(s) <= 80 {
		return s
	}
	r := []rune(s)
	return string(r[:60]) + "…"
}

// isName reports whether s can follow "args." or "refs." in a placeholder: only letters,
// digits, _ and -, so it needs no quoting in a message.
func isName(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isNameByte(s[i]) {
			return false
		}
	}
	return s != ""
}
