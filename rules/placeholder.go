package rules

import (
	"slices"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// namespaces are the roots Northflank substitutes in ${...} placeholders of a template.
var namespaces = []string{"args", "refs", "fn", "template", "secrets", "triggers"}

// A placeholder is one ${...} in a string of a template.
type placeholder struct {
	text   string // the whole placeholder, "${args.x}"
	body   string // what stands between "${" and "}"
	offset int    // byte offset of "${" in the decoded string
}

// placeholders finds the ${...} placeholders in s, outermost only. An escaped "\${" is
// literal text and skipped with what it encloses; an unclosed "${" is ignored.
func placeholders(s string) []placeholder {
	var out []placeholder
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "${")
		if j < 0 {
			break
		}
		start := i + j
		end := closeBrace(s, start+1)
		if end < 0 {
			break
		}
		if start == 0 || s[start-1] != '\\' {
			out = append(out, placeholder{text: s[start : end+1], body: s[start+2 : end], offset: start})
		}
		i = end + 1
	}
	return out
}

// closeBrace returns the index of the "}" closing the "{" at s[open], or -1.
func closeBrace(s string, open int) int {
	depth := 0
	for k := open; k < len(s); k++ {
		switch s[k] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// A use is one name a placeholder refers to in a namespace: "x" in ${args.x}, or in
// ${fn.concat(args.x, "-")} where fn arguments name args and refs bare.
type use struct {
	name   string
	offset int    // byte offset of the namespace in the placeholder's body
	field  string // the name after it, "id" in refs.db.id; "" when none
}

// uses lists the names a placeholder body refers to in namespace ns.
func uses(body, ns string) []use {
	var out []use
	prefix := ns + "."
	for i := 0; i < len(body); {
		j := strings.Index(body[i:], prefix)
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(prefix)
		if at > 0 && (isNameByte(body[at-1]) || body[at-1] == '.') {
			continue // "template.refs.x" is not "refs.x"; "myargs.x" is not "args.x"
		}
		k := i
		for k < len(body) && isNameByte(body[k]) {
			k++
		}
		if k > i {
			u := use{name: body[i:k], offset: at}
			if f := k + 1; k < len(body) && body[k] == '.' {
				for f < len(body) && isNameByte(body[f]) {
					f++
				}
				u.field = body[k+1 : f]
			}
			out = append(out, u)
		}
		i = k
	}
	return out
}

func isNameByte(c byte) bool {
	return c == '_' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// namespaceOf returns the root a placeholder body starts with ("args" for "args.x",
// "fn" for "fn.x(...)"), or "" when it has no dotted root.
func namespaceOf(body string) string {
	body = strings.TrimSpace(body)
	k := 0
	for k < len(body) && isNameByte(body[k]) {
		k++
	}
	if k == 0 || k >= len(body) || body[k] != '.' {
		return ""
	}
	return body[:k]
}

// walkStrings calls fn for every string value under n that may hold a placeholder (${...},
// {{...}}), with its path, skipping the subtrees skip holds. The walk builds paths in one
// buffer and gives fn its own copy, only for those strings: a template's other nodes, most of
// them, cost no path.
func walkStrings(n *source.Node, path diag.Path, skip map[*source.Node]bool, fn func(*source.Node, diag.Path)) {
	buf := make(diag.Path, len(path), len(path)+16)
	copy(buf, path)
	walkStringsIn(n, buf, skip, fn)
}

func walkStringsIn(n *source.Node, path diag.Path, skip map[*source.Node]bool, fn func(*source.Node, diag.Path)) {
	if n == nil || skip[n] {
		return
	}
	if n.Kind == source.String && (strings.Contains(n.Text, "${") || strings.Contains(n.Text, "{{")) {
		fn(n, slices.Clone(path))
	}
	for _, m := range n.Members {
		walkStringsIn(m.Value, append(path, diag.PathElem{Key: m.Key}), skip, fn)
	}
	for i, it := range n.Items {
		walkStringsIn(it, append(path, diag.PathElem{Index: i, IsIndex: true}), skip, fn)
	}
}
