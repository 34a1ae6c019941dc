package source

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nflint/nflint/lint/diag"
)

// NodeKind is the JSON type of a decoded value.
type NodeKind int

// The kinds of value a document holds.
const (
	Null NodeKind = iota + 1
	Bool
	Int
	Float
	String
	Object
	Array
)

var kindNames = map[NodeKind]string{
	Null: "null", Bool: "boolean", Int: "integer", Float: "number", String: "string",
	Object: "object", Array: "array",
}

func (k NodeKind) String() string { return kindNames[k] }

// A Node is one value of a decoded document with its place in the file. Linting works on
// Nodes, not on the parser's syntax tree, so that JSON and YAML are handled alike.
type Node struct {
	Kind NodeKind
	Pos  diag.Pos // first character of the value
	End  diag.Pos // one past its last character, on the same line where known

	// Scalars: Text is the string, or the number as written; Bool the boolean.
	Text string
	Bool bool

	// Objects keep their members in source order; Arrays their items.
	Members []*Member
	Items   []*Node

	// Truncated marks the null standing in for a value nested deeper than MaxDepth, which was
	// not read: it satisfies any definition, so that the depth finding is the only one on it.
	Truncated bool
}

// A Member is one key of an object with its value.
type Member struct {
	Key    string
	KeyPos diag.Pos
	KeyEnd diag.Pos
	Value  *Node
}

// Get returns the value of key in an object node, or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != Object {
		return nil
	}
	for _, m := range n.Members {
		if m.Key == key {
			return m.Value
		}
	}
	return nil
}

// Member returns the member for key in an object node, or nil.
func (n *Node) Member(key string) *Member {
	if n == nil || n.Kind != Object {
		return nil
	}
	for _, m := range n.Members {
		if m.Key == key {
			return m
		}
	}
	return nil
}

// Lookup follows a path from n; it returns nil when the path leaves the document.
func (n *Node) Lookup(p diag.Path) *Node {
	for _, e := range p {
		if n == nil {
			return nil
		}
		if e.IsIndex {
			if n.Kind != Array || e.Index >= len(n.Items) {
				return nil
			}
			n = n.Items[e.Index]
			continue
		}
		n = n.Get(e.Key)
	}
	return n
}

// Describe renders the node as the user wrote it, for messages: strings quoted, numbers and
// booleans as written, objects and arrays by their kind.
func (n *Node) Describe() string {
	switch n.Kind {
	case String:
		return strconv.Quote(shorten(n.Text))
	case Int, Float:
		return n.Text
	case Bool:
		return strconv.FormatBool(n.Bool)
	case Null:
		return "null"
	}
	return n.Kind.String()
}

// shorten cuts a long value to its first 60 characters, for messages that quote it: the
// snippet under the message shows where it is.
func shorten(s string) string {
	if utf8.RuneCountInString(s) <= 80 {
		return s
	}
	r := []rune(s)
	return string(r[:60]) + "…"
}

// IsPlaceholder reports whether the node is a string that is one whole Northflank template
// placeholder such as "${args.instances}": Northflank substitutes it before the API sees it.
func (n *Node) IsPlaceholder() bool {
	return n != nil && n.Kind == String && IsWholePlaceholder(n.Text)
}

// IsWholePlaceholder reports whether s is exactly one ${...} placeholder.
func IsWholePlaceholder(s string) bool {
	if !strings.HasPrefix(s, "${") || !strings.HasSuffix(s, "}") {
		return false
	}
	depth := 0
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 && i != len(s)-1 {
				return false
			}
		}
	}
	return depth == 0
}

// HasPlaceholder reports whether s contains a ${...} placeholder anywhere.
func HasPlaceholder(s string) bool { return strings.Contains(s, "${") }
