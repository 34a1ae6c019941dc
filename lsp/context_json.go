package lsp

import (
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/diag"
)

// A frame is one open object or array on the way to a JSON cursor.
type frame struct {
	object    bool
	key       string // an object's current key
	index     int    // an array's current item
	expectKey bool   // an object before its next key's colon
}

// A jsonScan is the state of the text before a JSON cursor: the objects and arrays open there
// and, if the cursor is in a string, where the string starts.
type jsonScan struct {
	stack    []frame
	inString bool
	strStart int
}

// jsonCursor reads the cursor's position in a JSON document by scanning the text before it:
// the objects and arrays open there, their current keys and indexes. It reads broken JSON
// as far as it goes.
func jsonCursor(t *text, at diag.Pos) (*cursor, bool) {
	line := t.line(at.Line)
	src := t.src[:t.lines[at.Line-1]+min(at.Column-1, len(line))]
	sc := &jsonScan{}
	sc.scan(src)
	if len(sc.stack) == 0 {
		return nil, false
	}
	path := diag.Path{}
	for _, f := range sc.stack[:len(sc.stack)-1] {
		if f.object {
			path = path.Key(f.key)
		} else {
			path = path.Index(f.index)
		}
	}
	c := &cursor{from: at, quoted: true}
	if sc.inString {
		c.partial = src[sc.strStart+1:]
		c.from = diag.Pos{Line: at.Line, Column: at.Column - len(c.partial) - 1}
		c.closing = strings.HasPrefix(line[min(at.Column-1, len(line)):], `"`)
	}
	switch top := sc.stack[len(sc.stack)-1]; {
	case top.object && top.expectKey:
		c.path = path
	case top.object:
		c.path, c.value = path.Key(top.key), true
	default:
		c.path, c.value = path.Index(top.index), true
	}
	return c, true
}

func (sc *jsonScan) scan(src string) {
	for i := 0; i < len(src); i++ {
		c := src[i]
		if sc.inString {
			switch c {
			case '\\':
				i++
			case '"':
				sc.inString = false
				sc.closeString(src[sc.strStart : i+1])
			}
			continue
		}
		sc.punctuation(c, i)
	}
}

// closeString records a string just read as the current key, when it is one.
func (sc *jsonScan) closeString(quoted string) {
	n := len(sc.stack)
	if n == 0 || !sc.stack[n-1].object || !sc.stack[n-1].expectKey {
		return
	}
	sc.stack[n-1].key, _ = strconv.Unquote(quoted)
}

func (sc *jsonScan) punctuation(c byte, i int) {
	n := len(sc.stack)
	switch {
	case c == '"':
		sc.inString, sc.strStart = true, i
	case c == '{':
		sc.stack = append(sc.stack, frame{object: true, expectKey: true})
	case c == '[':
		sc.stack = append(sc.stack, frame{})
	case (c == '}' || c == ']') && n > 0:
		sc.stack = sc.stack[:n-1]
	case c == ':' && n > 0 && sc.stack[n-1].object:
		sc.stack[n-1].expectKey = false
	case c == ',' && n > 0 && sc.stack[n-1].object:
		sc.stack[n-1].expectKey, sc.stack[n-1].key = true, ""
	case c == ',' && n > 0:
		sc.stack[n-1].index++
	}
}
