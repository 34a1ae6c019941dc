package lint

import (
	"bytes"
	stdjson "encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/literal"
	"cuelang.org/go/cue/token"
	"cuelang.org/go/encoding/json"
	"cuelang.org/go/encoding/yaml"
)

// MaxDepth bounds how deeply a document may nest. Real specs nest about fifteen levels; the
// bound keeps a hostile file from costing unbounded time and stack.
const MaxDepth = 1000

// A Document is one JSON value, or one document of a YAML stream.
type Document struct {
	Index int   // 0-based position in the stream
	Root  *Node // nil for an empty document
}

// A Source is a decoded data file.
type Source struct {
	Name  string
	Src   []byte
	Docs  []*Document
	Diags []Diagnostic // syntax and duplicate-key findings met while decoding
	lines []string
	// binary is set for a file of binary data, whose lines are never shown.
	binary bool
}

// Compact drops what checking a file needed and output does not: the trees below each
// document's root (a root keeps its kind and position) and the index of lines, rebuilt if a
// snippet needs it. A run over 10,000 files keeps every Source for output; without this they
// held most of its memory.
func (s *Source) Compact() {
	s.lines = nil
	for _, d := range s.Docs {
		if d.Root != nil {
			d.Root = &Node{Kind: d.Root.Kind, Pos: d.Root.Pos}
		}
	}
}

// Line returns the text of a 1-based line, without its line ending.
func (s *Source) Line(n int) string {
	if s.binary {
		return "" // never echo binary bytes to a terminal as a snippet
	}
	if s.lines == nil {
		s.lines = strings.Split(string(s.Src), "\n")
	}
	if n < 1 || n > len(s.lines) {
		return ""
	}
	return strings.TrimSuffix(s.lines[n-1], "\r")
}

// IsJSON reports whether a file is read as JSON: by its extension, or for other names by its
// first character.
func IsJSON(name string, src []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return true
	case ".yaml", ".yml":
		return false
	}
	t := bytes.TrimLeft(src, " \t\r\n")
	return len(t) > 0 && (t[0] == '{' || t[0] == '[')
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Decode reads a JSON or YAML file into documents. Problems with the file itself (bad syntax,
// duplicate keys) are returned as diagnostics in Source.Diags, never as a Go error: a broken
// file is a finding like any other.
func Decode(name string, src []byte) *Source {
	src = loneCRs(bytes.TrimPrefix(src, utf8BOM))
	s := &Source{Name: name, Src: src}
	defer s.recoverDecoder()
	isJSON := IsJSON(name, src)
	switch d := s.guard(isJSON); {
	case d != nil:
		s.Diags = append(s.Diags, *d)
	case len(bytes.TrimSpace(src)) == 0:
		// An empty file is no document, whatever its extension: the linter says so once.
	case isJSON:
		s.decodeJSON()
	default:
		s.decodeYAML()
	}
	return s
}

func (s *Source) decodeJSON() {
	expr, err := json.Extract(s.Name, s.Src)
	if err != nil {
		s.Diags = append(s.Diags, s.jsonSyntax(err))
		return
	}
	s.addDoc(0, expr)
}

// jsonSyntax positions a JSON syntax error. CUE's message names no offset, so the standard
// library's decoder, which does, reads the file again: this only happens for broken files.
func (s *Source) jsonSyntax(cueErr error) Diagnostic {
	d := Diagnostic{File: s.Name, Rule: "syntax", Severity: Error, Pos: Pos{1, 1}}
	var v any
	err := stdjson.Unmarshal(s.Src, &v)
	var se *stdjson.SyntaxError
	switch {
	case asSyntax(err, &se):
		d.Pos = offsetPos(s.Src, int(se.Offset))
		d.Message = "invalid JSON: " + jsonReason(se.Error())
		if se.Offset >= int64(len(s.Src)) {
			d.Message = "invalid JSON: the file ends before the value is complete"
		}
	case err != nil:
		d.Message = "invalid JSON: " + err.Error()
	default:
		d.Message = "invalid JSON: " + plainCUEMessage(cueErr.Error())
	}
	return d
}

func asSyntax(err error, se **stdjson.SyntaxError) bool {
	x, ok := err.(*stdjson.SyntaxError)
	if ok {
		*se = x
	}
	return ok
}

// offsetPos turns a byte offset into a 1-based line and column. The offset Go reports is just
// past the offending byte.
func offsetPos(src []byte, off int) Pos {
	if off > len(src) {
		off = len(src)
	}
	if off > 0 {
		off--
	}
	line := 1 + bytes.Count(src[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(src[:off], '\n')
	return Pos{line, col}
}

func (s *Source) decodeYAML() {
	dec := yaml.NewDecoder(s.Name, bytes.NewReader(s.Src))
	for i := 0; ; i++ {
		expr, err := dec.Extract()
		if err == io.EOF {
			return
		}
		if err != nil {
			s.Diags = append(s.Diags, s.yamlSyntax(err, i))
			return
		}
		s.addDoc(i, expr)
	}
}

var yamlErrLine = regexp.MustCompile(`^(?:yaml: )?(?:[^:]*:)?(?:line )?(\d+):\s*(.*)$`)

// yamlSyntax positions a YAML syntax error. The YAML parser gives a line, rarely a column.
func (s *Source) yamlSyntax(err error, doc int) Diagnostic {
	msg := strings.TrimPrefix(err.Error(), s.Name)
	msg = strings.TrimPrefix(msg, ":")
	msg = strings.TrimSpace(strings.TrimPrefix(msg, "yaml:"))
	d := Diagnostic{File: s.Name, Document: doc, Rule: "syntax", Severity: Error, Pos: Pos{1, 1}}
	line := 0
	if m := yamlErrLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	l, c := yamlLocate(s, msg, line)
	d.Pos = s.clamp(Pos{l, c})
	d.Message = "invalid YAML: " + yamlReason(plainCUEMessage(msg))
	if deep, ok := yamlTooDeep(msg); ok {
		d.Message = deep
	}
	return d
}

func firstNonSpace(line string) int {
	return len(line) - len(strings.TrimLeft(line, " \t")) + 1
}

// plainCUEMessage strips the decoder's file-name prefixes from a message.
func plainCUEMessage(m string) string {
	m = strings.TrimSpace(m)
	if i := strings.Index(m, ": "); i >= 0 && strings.Contains(m[:i], "\"") {
		m = m[i+2:]
	}
	return m
}

// explicitNull reports whether the text at p spells null ("null", "~"), rather than the
// parser standing a null in for a document that holds nothing.
func (s *Source) explicitNull(p Pos) bool {
	line := s.Line(p.Line)
	if p.Column < 1 || p.Column > len(line) {
		return false
	}
	t := strings.ToLower(line[p.Column-1:])
	return strings.HasPrefix(t, "null") || strings.HasPrefix(t, "~")
}

func (s *Source) addDoc(i int, expr ast.Node) {
	c := converter{src: s, doc: i, runes: !IsJSON(s.Name, s.Src)}
	root := c.node(expr, 0)
	if root != nil && root.Kind == Null && !s.explicitNull(root.Pos) {
		root = nil // a document of comments only: empty, not the value null
	}
	s.Docs = append(s.Docs, &Document{Index: i, Root: root})
	s.Diags = append(s.Diags, c.diags...)
}

// converter turns the CUE syntax tree of a decoded document into Nodes.
type converter struct {
	src   *Source
	doc   int
	diags []Diagnostic
	deep  bool
	runes bool // the parser counts columns in characters (YAML), not bytes (JSON)
}

// pos converts a parser position to a Pos. Columns are bytes, as in JSON's decoder and the
// other linters users run; the YAML parser counts characters, which differ on lines with
// non-ASCII text.
func (c *converter) pos(p token.Pos) Pos {
	if !p.IsValid() {
		return Pos{}
	}
	col := p.Column()
	if c.runes && col > 1 {
		line := c.src.Line(p.Line())
		i, n := 0, 1
		for i < len(line) && n < col {
			_, w := utf8.DecodeRuneInString(line[i:])
			i += w
			n++
		}
		col = i + 1
	}
	return Pos{p.Line(), col}
}

func (c *converter) node(n ast.Node, depth int) *Node {
	if depth > MaxDepth {
		if !c.deep {
			c.deep = true
			c.diags = append(c.diags, Diagnostic{File: c.src.Name, Document: c.doc, Pos: c.pos(n.Pos()),
				Rule: "syntax", Severity: Error,
				Message: fmt.Sprintf("the document nests deeper than %d levels; nflint does not read further", MaxDepth)})
		}
		return &Node{Kind: Null, Pos: c.pos(n.Pos())}
	}
	switch x := n.(type) {
	case *ast.File:
		return c.fields(x.Decls, x.Pos(), depth)
	case *ast.StructLit:
		return c.fields(x.Elts, x.Pos(), depth)
	case *ast.ListLit:
		out := &Node{Kind: Array, Pos: c.pos(x.Pos())}
		for _, e := range x.Elts {
			out.Items = append(out.Items, c.node(e, depth+1))
		}
		return out
	case *ast.BasicLit:
		return c.basic(x)
	case *ast.UnaryExpr:
		if lit, ok := x.X.(*ast.BasicLit); ok && x.Op == token.SUB {
			out := c.basic(lit)
			out.Text = "-" + out.Text
			out.Pos = c.pos(x.Pos())
			return out
		}
	case *ast.BinaryExpr:
		// An empty YAML document decodes to "*null | _".
		return nil
	}
	return &Node{Kind: Null, Pos: c.pos(n.Pos())}
}

func (c *converter) fields(decls []ast.Decl, p token.Pos, depth int) *Node {
	out := &Node{Kind: Object, Pos: c.pos(p)}
	seen := map[string]*Member{}
	for _, d := range decls {
		f, ok := d.(*ast.Field)
		if !ok {
			if e, ok := d.(*ast.EmbedDecl); ok && len(decls) == 1 {
				// a document that is a scalar or a list
				return c.node(e.Expr, depth)
			}
			continue
		}
		name, _, err := ast.LabelName(f.Label)
		if err != nil {
			continue
		}
		m := &Member{Key: name, KeyPos: c.keyPos(f.Label.Pos()), Value: c.node(f.Value, depth+1)}
		c.placeMember(m, out.Pos)
		m.KeyEnd = Pos{m.KeyPos.Line, m.KeyPos.Column + c.keyWidth(m.KeyPos, name)}
		if first, dup := seen[name]; dup {
			c.diags = append(c.diags, Diagnostic{File: c.src.Name, Document: c.doc, Pos: m.KeyPos, End: m.KeyEnd,
				Rule: "duplicate-key", Severity: Error,
				Message: fmt.Sprintf("duplicate key %q: it is already set on line %d, and this later value is the one used", name, first.KeyPos.Line)})
			// The last value wins, as in JavaScript's JSON.parse, which the API uses.
			first.Value, first.KeyPos, first.KeyEnd = m.Value, m.KeyPos, m.KeyEnd
			continue
		}
		seen[name] = m
		out.Members = append(out.Members, m)
	}
	if len(out.Members) > 0 && !out.Pos.IsValid() {
		out.Pos = out.Members[0].KeyPos
	}
	return out
}

// keyPos moves a JSON key's position back onto its opening quote: CUE's JSON decoder places
// it one column past the quote.
func (c *converter) keyPos(p token.Pos) Pos {
	q := c.pos(p)
	if q.Column > 1 {
		line := c.src.Line(q.Line)
		if q.Column-2 < len(line) && line[q.Column-2] == '"' {
			q.Column--
		}
	}
	return q
}

func (c *converter) keyWidth(p Pos, name string) int {
	line := c.src.Line(p.Line)
	i := p.Column - 1
	if i >= 0 && i < len(line) && (line[i] == '"' || line[i] == '\'') {
		if end := closingQuote(line, i); end > i {
			return end - i + 1
		}
	}
	return len(name)
}

func (c *converter) basic(x *ast.BasicLit) *Node {
	p := c.pos(x.Pos())
	switch x.Kind {
	case token.INT:
		return &Node{Kind: Int, Pos: p, Text: x.Value, End: c.scalarEnd(p)}
	case token.FLOAT:
		return &Node{Kind: Float, Pos: p, Text: x.Value, End: c.scalarEnd(p)}
	case token.TRUE, token.FALSE:
		return &Node{Kind: Bool, Pos: p, Bool: x.Kind == token.TRUE, End: c.scalarEnd(p)}
	case token.NULL:
		return &Node{Kind: Null, Pos: p, End: c.scalarEnd(p)}
	}
	s, err := literal.Unquote(x.Value)
	if err != nil {
		s = x.Value
	}
	if c.overflowedNumber(p, s) {
		return &Node{Kind: Float, Pos: p, Text: s, End: c.scalarEnd(p)}
	}
	return &Node{Kind: String, Pos: p, Text: s, End: c.scalarEnd(p)}
}

// scalarEnd finds where the scalar starting at p ends on its line, for underlining: a quoted
// scalar ends at its closing quote, a plain one before a comment, a flow separator or the end
// of the line.
func (c *converter) scalarEnd(p Pos) Pos {
	line := c.src.Line(p.Line)
	i := p.Column - 1
	if i < 0 || i >= len(line) {
		return Pos{}
	}
	if line[i] == '"' || line[i] == '\'' {
		if end := closingQuote(line, i); end > i {
			return Pos{p.Line, end + 2}
		}
		return Pos{p.Line, len(line) + 1}
	}
	if line[i] == '|' || line[i] == '>' {
		return Pos{p.Line, i + 2}
	}
	flow := strings.ContainsAny(line[:i], "[{")
	j := i
	for ; j < len(line); j++ {
		ch := line[j]
		if flow && (ch == ',' || ch == ']' || ch == '}') {
			break
		}
		if ch == '#' && j > 0 && (line[j-1] == ' ' || line[j-1] == '\t') {
			break
		}
	}
	return Pos{p.Line, i + len(strings.TrimRight(line[i:j], " \t")) + 1}
}

// closingQuote returns the index of the quote that closes the one at line[i], or -1.
func closingQuote(line string, i int) int {
	q := line[i]
	for j := i + 1; j < len(line); j++ {
		switch {
		case q == '"' && line[j] == '\\':
			j++
		case q == '\'' && line[j] == '\'' && j+1 < len(line) && line[j+1] == '\'':
			j++
		case line[j] == q:
			return j
		}
	}
	return -1
}
