package source

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/nflint/nflint/lint/diag"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/literal"
	"cuelang.org/go/cue/token"
)

func (d *decoding) addDoc(expr ast.Node) {
	c := converter{d: d, src: d.src, lines: d.src.index(), doc: d.doc, runes: !d.json, flow: d.json}
	root := c.node(expr, 0)
	if root != nil && root.Kind == Null && !d.src.explicitNull(root.Pos) {
		root = nil // a document of comments only: empty, not the value null
	}
	d.src.Docs = append(d.src.Docs, &Document{Index: d.doc, Root: root})
	d.src.Diags = append(d.src.Diags, c.diags...)
}

// explicitNull reports whether the text at p spells null ("null", "~"), rather than the
// parser standing a null in for a document that holds nothing.
func (s *Source) explicitNull(p diag.Pos) bool {
	line := s.Line(p.Line)
	if p.Column < 1 || p.Column > len(line) {
		return false
	}
	t := line[p.Column-1:]
	return strings.HasPrefix(t, "~") || len(t) >= 4 && strings.EqualFold(t[:4], "null")
}

// converter turns the CUE syntax tree of a decoded document into Nodes.
type converter struct {
	d     *decoding
	src   *Source
	lines *lineIndex
	doc   int
	diags []diag.Diagnostic
	deep  bool
	runes bool // the parser counts columns in characters (YAML), not bytes (JSON)
	flow  bool // inside a flow collection ("[...]", "{...}"), as all of JSON is
}

// pos converts a parser position to a Pos. Columns are bytes, as in JSON's decoder and the
// other linters users run; the YAML parser counts characters, which differ on lines with
// non-ASCII text. The result is also the best place known for a panic (recoverDecoder).
func (c *converter) pos(p token.Pos) diag.Pos {
	if !p.IsValid() {
		return diag.Pos{}
	}
	col := p.Column()
	if c.runes {
		col = c.lines.byteColumn(p.Line(), col)
	}
	c.d.at = diag.Pos{Line: p.Line(), Column: col}
	return c.d.at
}

func (c *converter) node(n ast.Node, depth int) *Node {
	if depth > MaxDepth {
		return c.truncated(n)
	}
	switch x := n.(type) {
	case *ast.File:
		return c.fields(x.Decls, x.Pos(), depth)
	case *ast.StructLit:
		defer c.enter(x.Pos(), '{')()
		return c.fields(x.Elts, x.Pos(), depth)
	case *ast.ListLit:
		defer c.enter(x.Pos(), '[')()
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

// enter notes whether the collection opening at p is a flow collection, written with the
// bracket open, and returns the function that restores the context outside it. CUE's syntax
// tree has lists and structs for block collections too.
func (c *converter) enter(p token.Pos, open byte) func() {
	outer := c.flow
	if !c.flow && p.IsValid() {
		line := c.lines.line(p.Line())
		i := p.Column() - 1
		if c.runes {
			i = c.lines.byteColumn(p.Line(), p.Column()) - 1
		}
		c.flow = i >= 0 && i < len(line) && line[i] == open
	}
	return func() { c.flow = outer }
}

// truncated stands in for a value nested deeper than MaxDepth, reported once per document.
func (c *converter) truncated(n ast.Node) *Node {
	p := c.pos(n.Pos())
	if !c.deep {
		c.deep = true
		c.diags = append(c.diags, diag.Diagnostic{File: c.src.Name, Document: c.doc, Pos: p,
			Rule: "syntax", Severity: diag.Error, Message: tooDeepMessage})
	}
	return &Node{Kind: Null, Pos: p, Truncated: true}
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
		name, ok := labelName(f.Label)
		if !ok {
			continue
		}
		name = c.restored(name)
		m := &Member{Key: name, KeyPos: c.keyPos(f.Label.Pos()), Value: c.node(f.Value, depth+1)}
		c.placeMember(m, out.Pos)
		m.KeyEnd = c.keyEnd(m.KeyPos, name)
		if first, dup := seen[name]; dup {
			c.duplicate(first, m)
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

// duplicate reports m, a later member of the same name as first, and keeps its value: the last
// value wins, as in JavaScript's JSON.parse, which the API uses.
func (c *converter) duplicate(first, m *Member) {
	c.diags = append(c.diags, diag.Diagnostic{File: c.src.Name, Document: c.doc, Pos: m.KeyPos, End: m.KeyEnd,
		Rule: "duplicate-key", Severity: diag.Error,
		Message: fmt.Sprintf("duplicate key %q: this later value is the one used", m.Key),
		Related: []diag.Related{{Pos: first.KeyPos, End: first.KeyEnd, Message: "set here before"}}})
	first.Value, first.KeyPos, first.KeyEnd = m.Value, m.KeyPos, m.KeyEnd
}

// restored gives decoded text back the characters that stood in for others while parsing.
func (c *converter) restored(s string) string {
	if c.d.restore == nil {
		return s
	}
	return c.d.restore.Replace(s)
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
	s = c.restored(s)
	if c.overflowedNumber(p, s) {
		return &Node{Kind: Float, Pos: p, Text: s, End: c.scalarEnd(p)}
	}
	return &Node{Kind: String, Pos: p, Text: s, End: c.scalarEnd(p)}
}

// plainNumber matches a YAML 1.2 core-schema float written as a plain scalar. The YAML
// decoder turns one it cannot hold in a float64, such as 1e400, into a string.
var plainNumber = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

// overflowedNumber reports whether a string scalar at p is really a plain number too large
// for the decoder: written unquoted in the source, and shaped like a number.
func (c *converter) overflowedNumber(p diag.Pos, text string) bool {
	if !plainNumber.MatchString(text) {
		return false
	}
	line := c.src.Line(p.Line)
	i := p.Column - 1
	return i >= 0 && i < len(line) && strings.HasPrefix(line[i:], text)
}

// placeMember gives a position to a key, and to its value, that the YAML decoder left without
// one (a bare key in a flow mapping, "{a: 1, b}"): every finding needs a line and column.
func (c *converter) placeMember(m *Member, parent diag.Pos) {
	if !m.KeyPos.IsValid() {
		m.KeyPos = parent
		if m.Value != nil && m.Value.Pos.IsValid() {
			m.KeyPos = m.Value.Pos
		}
		if !m.KeyPos.IsValid() {
			m.KeyPos = diag.Pos{Line: 1, Column: 1}
		}
	}
	if m.Value != nil && !m.Value.Pos.IsValid() {
		m.Value.Pos = m.KeyPos
	}
}

// labelName is a key's text. ast.LabelName refuses some quoted keys that JSON and YAML allow
// (v0.17.1: "x\nerrorr", a line break followed by more than a few characters), and a key
// skipped here would vanish from every check, so a quoted key is unquoted directly.
func labelName(l ast.Label) (string, bool) {
	if name, _, err := ast.LabelName(l); err == nil {
		return name, true
	}
	if lit, ok := l.(*ast.BasicLit); ok && lit.Kind == token.STRING {
		if s, err := literal.Unquote(lit.Value); err == nil {
			return s, true
		}
	}
	return "", false
}
