package source

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/nflint/nflint/lint/diag"
)

// maxImplicitKey is the longest key, in characters, that YAML reads before a ":" on the same
// line: the YAML spec's limit, which go.yaml.in/yaml/v3 applies. Past it the parser stops
// reading the text as a key and says only "could not find expected ':'", or that a mapping
// is not closed, on the line where the mapping started.
const maxImplicitKey = 1024

// longKeyErrors are the parser's messages for a key past maxImplicitKey.
var longKeyErrors = []string{"could not find expected ':'", "mapping values are not allowed",
	"did not find expected ',' or '}'", "did not find expected ',' or ']'"}

// longKey returns the finding on the first key longer than maxImplicitKey on line from or
// below it, if msg is an error such a key causes.
func (s *Source) longKey(msg string, from int) (diag.Diagnostic, bool) {
	known := false
	for _, e := range longKeyErrors {
		known = known || strings.HasPrefix(msg, e)
	}
	if !known {
		return diag.Diagnostic{}, false
	}
	depth := 0 // of flow collections, carried from line to line
	for n := 1; n <= s.index().count(); n++ {
		line := s.Line(n)
		i, j, flow := keyOver(line, &depth)
		if n < from || i < 0 {
			continue
		}
		how := `write "? " before the key and put ": " and its value on the next line`
		if flow {
			how = `write "? " before the key`
		}
		quotes := ""
		if line[i] == '"' || line[i] == '\'' {
			quotes = " with its quotes"
		}
		return diag.Diagnostic{File: s.Name, Rule: "syntax", Severity: diag.Error, Pos: diag.Pos{Line: n, Column: i + 1}, End: diag.Pos{Line: n, Column: j + 1},
			Message: fmt.Sprintf("this key is %d characters long%s, and YAML reads at most %d before a \":\" on the same line; shorten it, or %s",
				utf8.RuneCountInString(line[i:j]), quotes, maxImplicitKey, how)}, true
	}
	return diag.Diagnostic{}, false
}

// keyOver returns the byte offsets of the first key on line longer than maxImplicitKey, and
// whether it is inside a flow collection; i is -1 when there is none. depth is the nesting of
// flow collections at the line's start, and is updated to its end. It reads the line as a
// rough tokenizer would, once: quoted text is skipped whole, so brackets and colons inside
// it do not count.
func keyOver(line string, depth *int) (i, j int, flow bool) {
	explicit := false // the token follows "? ": an explicit key, with no limit
	for k := 0; k < len(line); {
		c := line[k]
		blankNext := k+1 == len(line) || line[k+1] == ' ' || line[k+1] == '\t'
		switch {
		case c == ' ' || c == '\t' || c == ',':
			k++
		case c == '#' && (k == 0 || line[k-1] == ' ' || line[k-1] == '\t'):
			return -1, -1, false
		case c == '{' || c == '[':
			*depth, k = *depth+1, k+1
		case c == '}' || c == ']':
			*depth, k = max(*depth-1, 0), k+1
		case (c == '-' || c == '?' || c == ':') && blankNext:
			explicit, k = c == '?', k+1
		default:
			end, quoted := tokenEnd(line, k, *depth > 0), c == '"' || c == '\''
			if !explicit && isKey(line, end, quoted, *depth > 0) && utf8.RuneCountInString(line[k:end]) > maxImplicitKey {
				return k, end, *depth > 0
			}
			explicit, k = false, max(end, k+1)
		}
	}
	return -1, -1, false
}

// tokenEnd returns the offset just past the scalar starting at line[k]: after its closing
// quote, or before the ": ", comment or flow indicator that ends a plain scalar.
func tokenEnd(line string, k int, flow bool) int {
	if line[k] == '"' || line[k] == '\'' {
		if e := closingQuote(line, k); e > k {
			return e + 1
		}
		return len(line)
	}
	end := k
	for j := k; j < len(line); j++ {
		c := line[j]
		if c == ':' && isKey(line, j, false, flow) || c == '#' && j > 0 && (line[j-1] == ' ' || line[j-1] == '\t') ||
			flow && strings.IndexByte(",[]{}", c) >= 0 {
			break
		}
		if c != ' ' && c != '\t' {
			end = j + 1
		}
	}
	return end
}

// isKey reports whether the scalar ending at line[end] is followed by the ":" of a key: a ":"
// followed by a blank, or by anything after a quoted key, or by a flow indicator in a flow
// collection.
func isKey(line string, end int, quoted, flow bool) bool {
	for end < len(line) && (line[end] == ' ' || line[end] == '\t') {
		end++
	}
	if end == len(line) || line[end] != ':' {
		return false
	}
	next := end + 1
	return next == len(line) || line[next] == ' ' || line[next] == '\t' || quoted ||
		flow && strings.IndexByte(",[]{}", line[next]) >= 0
}
