package source

import (
	"bytes"
	stdjson "encoding/json"
	"errors"

	"github.com/nflint/nflint/lint/diag"
)

// readJSON decodes a JSON file. The standard library's decoder decides what is valid JSON, and
// says where and why a file is not; a valid text is then read once by jsonReader, which only
// records where each value is, and so need not check the grammar again.
//
// Why not the YAML parser, since JSON is YAML 1.2: it reads keys of more than 1,024
// characters as an error, breaks lines at LS and PS, and counts columns in characters. The
// scanner is short, and with the standard library's check it reads the full benchmark spec as
// JSON in a third of the time the YAML parser alone takes (55 µs against 180 µs).
func (d *decoding) readJSON() {
	if !stdjson.Valid(d.text) {
		d.src.Diags = append(d.src.Diags, d.src.jsonSyntax())
		return
	}
	r := &jsonReader{d: d, src: d.text, line: 1}
	root := r.value()
	d.src.Docs = append(d.src.Docs, &Document{Index: 0, Root: root})
	d.src.Diags = append(d.src.Diags, r.diags...)
}

// A jsonReader reads a valid JSON text into Nodes, counting lines as it goes. Nesting needs no
// bound here: the guard refused a text nested deeper than MaxDepth before parsing.
type jsonReader struct {
	d         *decoding
	src       []byte
	i         int // the offset of the next byte to read
	line      int // the 1-based line of src[i]
	lineStart int // the offset of that line's first byte
	diags     []diag.Diagnostic
	slab      slab
}

// scalar returns a node of kind whose text ends just before src[i].
func (r *jsonReader) scalar(kind NodeKind, p diag.Pos) *Node {
	n := r.slab.node()
	*n = Node{Kind: kind, Pos: p, End: r.pos()}
	return n
}

// pos is the position of src[i]; columns are bytes. It is also the best place known for a
// panic (recoverDecoder).
func (r *jsonReader) pos() diag.Pos {
	r.d.at = diag.Pos{Line: r.line, Column: r.i - r.lineStart + 1}
	return r.d.at
}

func (r *jsonReader) space() {
	for ; r.i < len(r.src); r.i++ {
		switch r.src[r.i] {
		case '\n':
			r.line, r.lineStart = r.line+1, r.i+1
		case ' ', '\t', '\r':
		default:
			return
		}
	}
}

func (r *jsonReader) value() *Node {
	r.space()
	p := r.pos()
	switch r.src[r.i] {
	case '{':
		return r.object(p)
	case '[':
		return r.array(p)
	case '"':
		s := r.str()
		n := r.scalar(String, p)
		n.Text = s
		return n
	case 't':
		r.i += len("true")
		n := r.scalar(Bool, p)
		n.Bool = true
		return n
	case 'f':
		r.i += len("false")
		return r.scalar(Bool, p)
	case 'n':
		r.i += len("null")
		return r.scalar(Null, p)
	}
	return r.number(p)
}

func (r *jsonReader) object(p diag.Pos) *Node {
	out := r.slab.node()
	*out = Node{Kind: Object, Pos: p}
	var keys keyIndex
	r.i++ // {
	for {
		r.space()
		if r.src[r.i] == '}' {
			r.i++
			return out
		}
		if r.src[r.i] == ',' {
			r.i++
			r.space()
		}
		kp := r.pos()
		key := r.str()
		m := r.slab.member()
		*m = Member{Key: key, KeyPos: kp, KeyEnd: r.pos()}
		r.space()
		r.i++ // :
		m.Value = r.value()
		r.d.addMember(out, &keys, m, &r.diags)
	}
}

func (r *jsonReader) array(p diag.Pos) *Node {
	out := r.slab.node()
	*out = Node{Kind: Array, Pos: p}
	r.i++ // [
	for {
		r.space()
		switch r.src[r.i] {
		case ']':
			r.i++
			return out
		case ',':
			r.i++
		}
		out.Items = append(out.Items, r.value())
	}
}

// str reads the string whose opening quote is src[i]. Text without escapes is copied as is;
// escapes (surrogate pairs, "\/") are left to the standard library, which defines them.
func (r *jsonReader) str() string {
	start := r.i
	j := start + 1
	escapes := false
	for {
		k := bytes.IndexAny(r.src[j:], `"\`)
		j += k
		if r.src[j] == '"' {
			break
		}
		escapes, j = true, j+2
	}
	r.i = j + 1
	if !escapes {
		return string(r.src[start+1 : j])
	}
	var s string
	if err := stdjson.Unmarshal(r.src[start:j+1], &s); err != nil {
		return string(r.src[start+1 : j]) // not met: the text is valid
	}
	return s
}

// number reads a number as written: its text is what messages quote and the checker builds.
func (r *jsonReader) number(p diag.Pos) *Node {
	start, kind := r.i, Int
	for ; r.i < len(r.src); r.i++ {
		c := r.src[r.i]
		if c == '.' || c == 'e' || c == 'E' {
			kind = Float
		} else if c != '-' && c != '+' && (c < '0' || c > '9') {
			break
		}
	}
	n := r.scalar(kind, p)
	n.Text = string(r.src[start:r.i])
	return n
}

// jsonSyntax positions a JSON syntax error: the standard library's decoder, which decided the
// file is not JSON, says where and why.
func (s *Source) jsonSyntax() diag.Diagnostic {
	d := diag.Diagnostic{File: s.Name, Rule: "syntax", Severity: diag.Error, Pos: diag.Pos{Line: 1, Column: 1}}
	var v any
	err := stdjson.Unmarshal(s.Src, &v)
	var se *stdjson.SyntaxError
	switch {
	case errors.As(err, &se):
		d.Pos = offsetPos(s.Src, int(se.Offset))
		d.Message = "invalid JSON: " + jsonReason(se.Error())
		if se.Offset >= int64(len(s.Src)) {
			d.Message = "invalid JSON: the file ends before the value is complete"
		}
	case err != nil:
		d.Message = "invalid JSON: " + err.Error()
	default:
		d.Message = "invalid JSON" // not met: Valid and Unmarshal agree
	}
	return d
}

// offsetPos turns a byte offset into a 1-based line and column. The offset Go reports is just
// past the offending byte.
func offsetPos(src []byte, off int) diag.Pos {
	if off > len(src) {
		off = len(src)
	}
	if off > 0 {
		off--
	}
	line := 1 + bytes.Count(src[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(src[:off], '\n')
	return diag.Pos{Line: line, Column: col}
}
