package export

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ecmaPattern rewrites a pattern from Go's syntax (RE2, as nflint checks it) into one that
// means the same in ECMAScript with the u flag, as ajv and yaml-language-server compile
// "pattern", and that Go and Python's re read the same way too.
//
// JSON Schema patterns are ECMAScript; the API pages' patterns come from JavaScript written
// without the u flag, where "\-" or "\:" is the character itself. With u (ajv's default) an
// escape of a character that is not syntax is an error, so such escapes lose their
// backslash, except a hyphen inside a class, which stays "\-" (a u-mode class allows it).
// Every literal hyphen in a class is written "\-", so none can be read as a range, and the
// classes that mean different things in different engines are spelled out: "\s" (Go: ASCII
// space, tab and line breaks; ECMAScript: any Unicode space), "\d" and "\w" (Python: any
// Unicode digit or letter), "." (ECMAScript: not \r either). Group names are dropped: Go
// reads "(?P<n>" and "(?<n>", ECMAScript only the second, Python only the first, and a
// schema never reads a group. A pattern that has no ECMAScript equivalent (flags such as
// "(?i)") is an error.
func ecmaPattern(re2 string) (string, error) {
	var b strings.Builder
	t := re2
	for t != "" {
		var err error
		switch c := t[0]; c {
		case '\\':
			t, err = escapeOutside(&b, t)
		case '[':
			t, err = class(&b, t)
		case '(':
			t, err = group(&b, t)
		case '{':
			t = brace(&b, t)
		case '}', ']':
			b.WriteByte('\\')
			b.WriteByte(c)
			t = t[1:]
		case '.':
			b.WriteString(`[^\n]`)
			t = t[1:]
		default:
			_, size := utf8.DecodeRuneInString(t)
			b.WriteString(t[:size])
			t = t[size:]
		}
		if err != nil {
			return "", fmt.Errorf("pattern %q: %v", re2, err)
		}
	}
	return b.String(), nil
}

// ASCII sets Go's Perl classes stand for, as class contents valid in every engine.
var perlClasses = map[byte]string{
	'd': `0-9`,
	'w': `0-9A-Za-z_`,
	's': `\t\n\f\r `,
}

// escapeOutside translates one escape outside a class: t starts with a backslash.
func escapeOutside(b *strings.Builder, t string) (string, error) {
	if len(t) < 2 {
		return "", fmt.Errorf("trailing backslash")
	}
	switch c := t[1]; c {
	case 'A':
		b.WriteByte('^') // without the m flag, ^ and $ are the text's start and end
		return t[2:], nil
	case 'z':
		b.WriteByte('$')
		return t[2:], nil
	case 'b', 'B':
		b.WriteString(t[:2])
		return t[2:], nil
	case 'Q':
		lit, rest, _ := strings.Cut(t[2:], `\E`)
		for _, r := range lit {
			writeLiteral(b, r, false)
		}
		return rest, nil
	case 'd', 'w', 's':
		fmt.Fprintf(b, "[%s]", perlClasses[c])
		return t[2:], nil
	case 'D', 'W', 'S':
		fmt.Fprintf(b, "[^%s]", perlClasses[c+'a'-'A'])
		return t[2:], nil
	case 'p', 'P':
		return unicodeClass(b, t)
	}
	r, rest, err := parseEscape(t)
	if err != nil {
		return "", err
	}
	writeLiteral(b, r, false)
	return rest, nil
}

// group translates the opening of a group: t starts with "(".
func group(b *strings.Builder, t string) (string, error) {
	switch {
	case strings.HasPrefix(t, "(?P<"), strings.HasPrefix(t, "(?<"):
		end := strings.IndexByte(t, '>')
		if end < 0 {
			return "", fmt.Errorf("unterminated group name")
		}
		b.WriteByte('(')
		return t[end+1:], nil
	case strings.HasPrefix(t, "(?:"):
		b.WriteString("(?:")
		return t[3:], nil
	case strings.HasPrefix(t, "(?"):
		end := strings.IndexAny(t, ":)")
		if end < 0 {
			end = len(t) - 1
		}
		return "", fmt.Errorf("flags %q have no ECMAScript equivalent", t[:end+1])
	}
	b.WriteByte('(')
	return t[1:], nil
}

// brace copies a repetition {n}, {n,} or {n,m}; any other "{" is literal in Go and must be
// escaped with the u flag.
func brace(b *strings.Builder, t string) string {
	i := 1
	digits := func() int {
		start := i
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		return i - start
	}
	if digits() > 0 {
		if i < len(t) && t[i] == ',' {
			i++
			digits()
		}
		if i < len(t) && t[i] == '}' {
			b.WriteString(t[:i+1])
			return t[i+1:]
		}
	}
	b.WriteString(`\{`)
	return t[1:]
}

// class translates a character class, read as Go reads it: t starts with "[".
func class(b *strings.Builder, t string) (string, error) {
	b.WriteByte('[')
	t = t[1:]
	if strings.HasPrefix(t, "^") {
		b.WriteByte('^')
		t = t[1:]
	}
	for first := true; t == "" || t[0] != ']' || first; first = false {
		if t == "" {
			return "", fmt.Errorf("missing ]")
		}
		var err error
		if t, err = classItem(b, t); err != nil {
			return "", err
		}
	}
	b.WriteByte(']')
	return t[1:], nil
}

// classItem translates one item of a class: a POSIX or Perl class, a character or a range.
func classItem(b *strings.Builder, t string) (string, error) {
	if strings.HasPrefix(t, "[:") {
		if end := strings.Index(t[2:], ":]"); end >= 0 {
			return t[2+end+2:], posixClass(b, t[2:2+end])
		}
	}
	if len(t) >= 2 && t[0] == '\\' {
		switch c := t[1]; c {
		case 'p', 'P':
			return unicodeClass(b, t)
		case 'd', 'w', 's':
			b.WriteString(perlClasses[c])
			return t[2:], nil
		case 'D', 'W', 'S':
			writeComplement(b, perlClasses[c+'a'-'A'])
			return t[2:], nil
		}
	}
	lo, t, err := classChar(t)
	if err != nil {
		return "", err
	}
	writeLiteral(b, lo, true)
	if len(t) >= 2 && t[0] == '-' && t[1] != ']' {
		var hi rune
		if hi, t, err = classChar(t[1:]); err != nil {
			return "", err
		}
		b.WriteByte('-')
		writeLiteral(b, hi, true)
	}
	return t, nil
}

func classChar(t string) (rune, string, error) {
	if t[0] == '\\' {
		return parseEscape(t)
	}
	r, size := utf8.DecodeRuneInString(t)
	return r, t[size:], nil
}

// posixClasses are Go's [:name:] classes, as class contents valid in every engine.
var posixClasses = map[string]string{
	"alnum": `0-9A-Za-z`, "alpha": `A-Za-z`, "ascii": `\x00-\x7f`, "blank": `\t `,
	"cntrl": `\x00-\x1f\x7f`, "digit": `0-9`, "graph": `!-~`, "lower": `a-z`, "print": ` -~`,
	"punct": `!-\/:-@\[-` + "`" + `{-~`, "space": `\t\n\v\f\r `, "upper": `A-Z`,
	"word": `0-9A-Za-z_`, "xdigit": `0-9A-Fa-f`,
}

func posixClass(b *strings.Builder, name string) error {
	neg := strings.HasPrefix(name, "^")
	set, ok := posixClasses[strings.TrimPrefix(name, "^")]
	if !ok {
		return fmt.Errorf("unknown class [:%s:]", name)
	}
	if neg {
		writeComplement(b, set)
	} else {
		b.WriteString(set)
	}
	return nil
}

// writeComplement writes, as class contents, every character not in an ASCII set given as
// class contents (so "\D" inside a class means in every engine what it means in Go).
func writeComplement(b *strings.Builder, set string) {
	in := [128]bool{}
	for t := set; t != ""; {
		lo, rest, _ := classChar(t)
		hi := lo
		if len(rest) >= 2 && rest[0] == '-' {
			hi, rest, _ = classChar(rest[1:])
		}
		for r := lo; r <= hi; r++ {
			in[r] = true
		}
		t = rest
	}
	inSet := func(r rune) bool { return r < 128 && in[r] }
	// 128 stands for every character past ASCII, none of which is in the set
	for lo := rune(0); lo <= 128; lo++ {
		if inSet(lo) {
			continue
		}
		hi := lo
		for hi < 128 && !inSet(hi+1) {
			hi++
		}
		if hi == 128 {
			hi = unicode.MaxRune
		}
		writeLiteral(b, lo, true)
		if hi > lo {
			b.WriteByte('-')
			writeLiteral(b, hi, true)
		}
		lo = hi
	}
}

// unicodeClass translates \pL, \p{Greek}, \PL, \p{^L}: general categories keep their name,
// scripts are named Script=... as ECMAScript requires (Python's re has neither).
func unicodeClass(b *strings.Builder, t string) (string, error) {
	neg := t[1] == 'P'
	var name, rest string
	switch {
	case len(t) < 3:
		return "", fmt.Errorf("incomplete %s", t)
	case t[2] == '{':
		end := strings.IndexByte(t, '}')
		if end < 0 {
			return "", fmt.Errorf("unterminated %s", t)
		}
		name, rest = t[3:end], t[end+1:]
	default:
		_, size := utf8.DecodeRuneInString(t[2:])
		name, rest = t[2:2+size], t[2+size:]
	}
	if strings.HasPrefix(name, "^") {
		neg, name = !neg, name[1:]
	}
	p := `\p`
	if neg {
		p = `\P`
	}
	switch {
	case name == "Any" || unicode.Categories[name] != nil:
		fmt.Fprintf(b, "%s{%s}", p, name)
	case unicode.Scripts[name] != nil:
		fmt.Fprintf(b, "%s{Script=%s}", p, name)
	default:
		return "", fmt.Errorf("unknown Unicode class %q", name)
	}
	return rest, nil
}

// parseEscape reads an escape that stands for one character, as Go reads it: t starts with
// a backslash.
func parseEscape(t string) (rune, string, error) {
	if len(t) < 2 {
		return 0, "", fmt.Errorf("trailing backslash")
	}
	c, t := t[1], t[2:]
	switch {
	case c >= '0' && c <= '7':
		// \0 and \1 to \7 followed by an octal digit; Go has no back-references
		v, n := rune(c-'0'), 1
		for n < 3 && t != "" && t[0] >= '0' && t[0] <= '7' {
			v, t, n = v*8+rune(t[0]-'0'), t[1:], n+1
		}
		if c != '0' && n == 1 {
			return 0, "", fmt.Errorf("back-reference \\%c", c)
		}
		return v, t, nil
	case c == 'x':
		return hexEscape(t)
	case c < utf8.RuneSelf && !isAlnum(c):
		return rune(c), t, nil
	}
	if r, ok := map[byte]rune{'a': '\a', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v'}[c]; ok {
		return r, t, nil
	}
	return 0, "", fmt.Errorf("unsupported escape \\%c", c)
}

// hexEscape reads the digits of \xHH or \x{H...}.
func hexEscape(t string) (rune, string, error) {
	digits, rest := "", ""
	if strings.HasPrefix(t, "{") {
		end := strings.IndexByte(t, '}')
		if end < 0 {
			return 0, "", fmt.Errorf("unterminated \\x{")
		}
		digits, rest = t[1:end], t[end+1:]
	} else if len(t) >= 2 {
		digits, rest = t[:2], t[2:]
	}
	var v rune
	if _, err := fmt.Sscanf(digits, "%x", &v); err != nil || digits == "" || v > unicode.MaxRune {
		return 0, "", fmt.Errorf("invalid \\x escape")
	}
	return v, rest, nil
}

func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
}

// writeLiteral writes one character so that every engine reads it as itself: escaped when
// it is syntax where it stands, as \t, \n, \v, \f, \r or \xHH when it is an ASCII control
// character, else as itself.
func writeLiteral(b *strings.Builder, r rune, inClass bool) {
	special := `^$\.*+?()[]{}|`
	if inClass {
		special = `\]^-[`
	}
	switch {
	case r < utf8.RuneSelf && strings.ContainsRune(special, r):
		b.WriteByte('\\')
		b.WriteRune(r)
	case r == '\t', r == '\n', r == '\v', r == '\f', r == '\r':
		b.WriteString(map[rune]string{'\t': `\t`, '\n': `\n`, '\v': `\v`, '\f': `\f`, '\r': `\r`}[r])
	case r < ' ' || r == 0x7f:
		fmt.Fprintf(b, `\x%02x`, r)
	default:
		b.WriteRune(r)
	}
}
