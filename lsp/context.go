package lsp

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/diag"
)

// A cursor is where completion was asked, read from the text itself rather than from a
// decoded tree: mid-typing, the buffer rarely parses. It is a key position in the object at
// path, or a value position of the field at path (whose last key is the field).
type cursor struct {
	path    diag.Path
	value   bool
	partial string // what was typed of the word so far, without an opening quote
	from    diag.Pos
	quoted  bool // JSON: the word is in quotes, which the completion writes
	closing bool // JSON: a closing quote follows the cursor (an editor's auto-pair)
}

var (
	yamlKeyPrefix   = regexp.MustCompile(`^(\s*)((?:-\s+)*)([A-Za-z0-9_$-]*)$`)
	yamlValuePrefix = regexp.MustCompile(`^(\s*)((?:-\s+)*)("[^"]*"|'[^']*'|[^\s:#"'][^:#]*?):\s+(["']?)([^"'#]*)$`)
)

// yamlCursor reads the cursor's position in a YAML document: the line's indentation and the
// keys of the lines above that hold it.
func yamlCursor(t *text, at diag.Pos) (*cursor, bool) {
	line := t.line(at.Line)
	prefix := line[:min(at.Column-1, len(line))]
	if m := yamlKeyPrefix.FindStringSubmatch(prefix); m != nil {
		col := len(m[1]) + len(m[2])
		path := yamlParents(t, at.Line, col, m[2] != "")
		return &cursor{path: path, partial: m[3], from: diag.Pos{Line: at.Line, Column: col + 1}}, true
	}
	if m := yamlValuePrefix.FindStringSubmatch(prefix); m != nil {
		col := len(m[1]) + len(m[2])
		key := m[3]
		if k, err := strconv.Unquote(key); err == nil {
			key = k
		} else if strings.HasPrefix(key, "'") {
			key = strings.Trim(key, "'")
		}
		path := yamlParents(t, at.Line, col, m[2] != "").Key(strings.TrimSpace(key))
		start := len(prefix) - len(m[5]) - len(m[4])
		return &cursor{path: path, value: true, partial: m[5], from: diag.Pos{Line: at.Line, Column: start + 1}}, true
	}
	return nil, false
}

// yamlParents is the path of the object whose keys start at column col (0-based) of line n:
// the keys and list items of the lines above with less indentation. dashed is set when line n
// itself starts a list item.
func yamlParents(t *text, n, col int, dashed bool) diag.Path {
	var rev diag.Path // built from the innermost out
	cur := col
	if dashed {
		first := strings.IndexByte(t.line(n), '-')
		rev = append(rev, diag.PathElem{IsIndex: true, Index: countItems(t, n, first)})
		cur = first
	}
	for j := n - 1; j >= 1 && cur > 0; j-- {
		l := t.line(j)
		trimmed := strings.TrimSpace(l)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if trimmed == "---" || strings.HasPrefix(trimmed, "--- ") {
			break
		}
		fc := len(l) - len(strings.TrimLeft(l, " "))
		if fc >= cur {
			continue
		}
		dashes, kc, key := yamlLine(l)
		if key != "" && kc < cur {
			rev = append(rev, diag.PathElem{Key: key})
			cur = kc
		}
		for i := len(dashes) - 1; i >= 0; i-- {
			if dashes[i] < cur {
				rev = append(rev, diag.PathElem{IsIndex: true, Index: countItems(t, j, dashes[i])})
				cur = dashes[i]
			}
		}
	}
	out := make(diag.Path, 0, len(rev))
	for i := len(rev) - 1; i >= 0; i-- {
		out = append(out, rev[i])
	}
	return out
}

var yamlKeyOf = regexp.MustCompile(`^("[^"]*"|'[^']*'|[^\s:#"'][^:#]*?):(\s|$)`)

// yamlLine splits a line into the columns of its list dashes and its key, if it has one.
func yamlLine(l string) (dashes []int, kc int, key string) {
	i := len(l) - len(strings.TrimLeft(l, " "))
	for strings.HasPrefix(l[i:], "- ") || l[i:] == "-" {
		dashes = append(dashes, i)
		i++
		for i < len(l) && l[i] == ' ' {
			i++
		}
	}
	m := yamlKeyOf.FindStringSubmatch(l[i:])
	if m == nil {
		return dashes, i, ""
	}
	key = m[1]
	if k, err := strconv.Unquote(key); err == nil {
		key = k
	} else if strings.HasPrefix(key, "'") {
		key = strings.Trim(key, "'")
	}
	return dashes, i, strings.TrimSpace(key)
}

// countItems is the index of the list item whose dash is at column d of line n: the items
// at that column above it, up to the key that holds the list.
func countItems(t *text, n, d int) int {
	count := 0
	for j := n - 1; j >= 1; j-- {
		l := t.line(j)
		trimmed := strings.TrimSpace(l)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		fc := len(l) - len(strings.TrimLeft(l, " "))
		switch {
		case fc > d:
			continue
		case fc == d && (strings.HasPrefix(trimmed, "- ") || trimmed == "-"):
			count++
			continue
		}
		break
	}
	return count
}
