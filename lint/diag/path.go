package diag

import (
	"regexp"
	"strconv"
	"strings"
)

// A Path locates a value in a document as written: object keys and list indexes from the
// document root.
type Path []PathElem

// A PathElem is one step of a Path: a key, or an index when IsIndex is set.
type PathElem struct {
	Key     string
	Index   int
	IsIndex bool
}

var identifier = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)

// String renders the path in the form fixed by DEVELOPERS.md: keys joined by ".", list items
// as "[i]", and keys that are not identifiers as ["key.with.dots"].
func (p Path) String() string {
	var b strings.Builder
	for i, e := range p {
		switch {
		case e.IsIndex:
			b.WriteString("[" + strconv.Itoa(e.Index) + "]")
		case identifier.MatchString(e.Key):
			if i > 0 {
				b.WriteByte('.')
			}
			b.WriteString(e.Key)
		default:
			b.WriteString("[" + strconv.Quote(e.Key) + "]")
		}
	}
	return b.String()
}

// Key returns p extended by an object key. It never shares storage with p.
func (p Path) Key(k string) Path { return append(p[:len(p):len(p)], PathElem{Key: k}) }

// Index returns p extended by a list index. It never shares storage with p.
func (p Path) Index(i int) Path { return append(p[:len(p):len(p)], PathElem{Index: i, IsIndex: true}) }

// Last is the final key of p, or "" when p is empty or ends in an index.
func (p Path) Last() string {
	if len(p) == 0 || p[len(p)-1].IsIndex {
		return ""
	}
	return p[len(p)-1].Key
}
