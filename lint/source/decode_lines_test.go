package source

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLineIndexAgreesWithWalking checks the line index against the walks it replaced, which
// the positions in every test were pinned with, for every column of lines mixing ASCII,
// two-, three- and four-byte characters, tabs, comments and trailing blanks.
func TestLineIndexAgreesWithWalking(t *testing.T) {
	lines := []string{"", "a: 1", "  key: value  # note ", "é: ü # ö #x", "a: [x\u2028y, 😀]\t#c",
		"#lead", "x  \t", "\tvalue # a # b", strings.Repeat("ab ", 50) + "# end"}
	x := newLineIndex([]byte(strings.Join(lines, "\r\n")))
	for n, line := range lines {
		for col := 1; col <= utf8.RuneCountInString(line)+3; col++ {
			if got, want := x.byteColumn(n+1, col), walkColumn(line, col); got != want {
				t.Errorf("line %q: byteColumn(%d) = %d, want %d", line, col, got, want)
			}
		}
		for i := range len(line) {
			if got, want := x.plainStop(n+1, i), walkPlainStop(line, i); got != want {
				t.Errorf("line %q: plainStop(%d) = %d, want %d", line, i, got, want)
			}
		}
	}
}

// walkColumn is the character-to-byte column conversion before the index.
func walkColumn(line string, col int) int {
	if col <= 1 {
		return col
	}
	i, n := 0, 1
	for i < len(line) && n < col {
		_, w := utf8.DecodeRuneInString(line[i:])
		i += w
		n++
	}
	return i + 1
}

// walkPlainStop is the end of a plain scalar outside flow context before the index.
func walkPlainStop(line string, i int) int {
	j := i
	for ; j < len(line); j++ {
		if line[j] == '#' && j > 0 && (line[j-1] == ' ' || line[j-1] == '\t') {
			break
		}
	}
	return i + len(strings.TrimRight(line[i:j], " \t"))
}
