package source

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Characters the YAML parser misreads are replaced, in the copy of the file it reads, by
// stand-ins: characters of the same width in bytes and in characters that it does not treat
// specially, so that every line, column and offset stays as in the file. Decoded keys and
// strings get the real characters back.
//
// go.yaml.in/yaml/v3 reads NEL (U+0085), LS (U+2028) and PS (U+2029) as line breaks, as YAML
// 1.1 did: every position after one would fall on a later line than in nflint's index of
// lines, which breaks at LF only, and a scalar holding one would be folded. YAML 1.2 reads
// them as ordinary characters, as JSON, and so the API, does ("a: '\u2028\u2029'", a
// description pasted from a web page). JSON needs no stand-ins: its reader is nflint's.
var yamlStandIns = []rune{'\u0085', '\u2028', '\u2029'}

// withStandIns returns a copy of src with each rune of chars replaced by a stand-in, and the
// replacer that restores them in decoded text; or src itself and nil when it holds none.
func withStandIns(src []byte, chars []rune) ([]byte, *strings.Replacer) {
	var present []rune
	for _, r := range chars {
		if bytes.ContainsRune(src, r) {
			present = append(present, r)
		}
	}
	if len(present) == 0 {
		return src, nil
	}
	used := runesUsed(src)
	text := string(src)
	var restore []string
	for _, r := range present {
		s, ok := freeStandIn(used, utf8.RuneLen(r))
		if !ok {
			continue // the file holds every candidate: leave r to the parser
		}
		used[s] = true
		text = strings.ReplaceAll(text, string(r), string(s))
		restore = append(restore, string(s), string(r))
	}
	if restore == nil {
		return src, nil
	}
	return []byte(text), strings.NewReplacer(restore...)
}

// freeStandIn returns a character encoded in width bytes that the file does not use: from
// Latin Extended to NKo for two bytes, from the Private Use Area for three.
func freeStandIn(used []bool, width int) (rune, bool) {
	lo, hi := rune(0x0100), rune(0x07FF)
	if width == 3 {
		lo, hi = 0xE000, 0xF8FF
	}
	for r := lo; r <= hi; r++ {
		if !used[r] {
			return r, true
		}
	}
	return 0, false
}

// runesUsed marks the characters of the Basic Multilingual Plane that src holds, written or
// escaped ("\u00e9", "\U000000E9", "\xE9"): a stand-in must not turn into a real character
// where the file spells one.
func runesUsed(src []byte) []bool {
	used := make([]bool, 0x10000)
	s := string(src)
	for i, r := range s {
		if r < 0x10000 {
			used[r] = true
		}
		if r != '\\' || i+2 >= len(s) {
			continue
		}
		if v, ok := escaped(s[i+1:]); ok && v < 0x10000 {
			used[v] = true
		}
	}
	return used
}

// escaped reads the code point of a \u, \U or \x escape, given the text after the backslash.
func escaped(s string) (rune, bool) {
	digits := 0
	switch s[0] {
	case 'u':
		digits = 4
	case 'U':
		digits = 8
	case 'x':
		digits = 2
	}
	if digits == 0 || 1+digits > len(s) {
		return 0, false
	}
	v, err := strconv.ParseUint(s[1:1+digits], 16, 32)
	return rune(v), err == nil
}
