package source

import (
	"github.com/nflint/nflint/lint/diag"

	yaml "go.yaml.in/yaml/v3"
)

// maxAliasNodes bounds the nodes that expanding aliases may produce in one file: each use of an
// alias copies its anchor's value, so nine levels of nine aliases (a "billion laughs") would
// be a billion nodes from a file of a kilobyte. Real specs alias a few small values.
const maxAliasNodes = 50_000

// A yamlReader converts the node trees go.yaml.in/yaml/v3 parsed from one file into Nodes.
type yamlReader struct {
	d     *decoding
	lines *lineIndex
	last  int // the last line with text, as the file may end with a line break
	slab  slab

	// of the document being converted
	diags []diag.Diagnostic
	deep  bool  // the depth finding is made
	err   error // what stopped the conversion, with its line

	expanding  int // > 0 while converting an alias's value, a copy of its anchor's
	aliasNodes int // nodes converted while expanding, in the whole file
	anchors    map[*yaml.Node]anchor
	cycle      *yaml.Node // the alias used inside its own anchor, which stopped the conversion
}

// An anchor is what the conversion knows of an anchored node.
type anchor struct {
	flow bool // met inside a flow collection: how its scalars end, wherever an alias copies it
	open bool // being converted: an alias to it now would copy it into itself, for ever
}

// node converts yn, at depth levels below the document's root; flow tells whether it is inside
// a flow collection ("[...]", "{...}"), where plain scalars end at a ",".
func (r *yamlReader) node(yn *yaml.Node, depth int, flow bool) *Node {
	if r.err != nil {
		return nil
	}
	if depth > MaxDepth {
		return r.truncated(yn)
	}
	if r.expanding > 0 {
		if r.aliasNodes++; r.aliasNodes > maxAliasNodes {
			r.err = lineError(yn, "aliases expand to more than 50000 nodes")
			return nil
		}
	}
	if yn.Anchor == "" {
		return r.content(yn, depth, flow)
	}
	if r.anchors == nil {
		r.anchors = map[*yaml.Node]anchor{}
	}
	r.anchors[yn] = anchor{flow: flow, open: true}
	n := r.content(yn, depth, flow)
	r.anchors[yn] = anchor{flow: flow}
	return n
}

func (r *yamlReader) content(yn *yaml.Node, depth int, flow bool) *Node {
	switch yn.Kind {
	case yaml.MappingNode:
		return r.mapping(yn, depth, flow || yn.Style&yaml.FlowStyle != 0)
	case yaml.SequenceNode:
		return r.sequence(yn, depth, flow || yn.Style&yaml.FlowStyle != 0)
	case yaml.AliasNode:
		return r.alias(yn, depth)
	case yaml.ScalarNode:
		return r.scalar(yn, flow)
	}
	r.err = lineError(yn, "a YAML node of an unknown kind")
	return nil
}

// truncated stands in for a value nested deeper than MaxDepth, reported once per document.
func (r *yamlReader) truncated(yn *yaml.Node) *Node {
	p := r.start(yn)
	if !r.deep {
		r.deep = true
		r.diags = append(r.diags, diag.Diagnostic{File: r.d.src.Name, Document: r.d.doc, Pos: p,
			Rule: "syntax", Severity: diag.Error, Message: tooDeepMessage})
	}
	n := r.slab.node()
	*n = Node{Kind: Null, Pos: p, Truncated: true}
	return n
}

func (r *yamlReader) sequence(yn *yaml.Node, depth int, flow bool) *Node {
	out := r.slab.node()
	*out = Node{Kind: Array, Pos: r.start(yn), Items: r.slab.items(len(yn.Content))}
	for _, c := range yn.Content {
		out.Items = append(out.Items, r.node(c, depth+1, flow))
	}
	return out
}

// alias converts a copy of the anchor's value. A copied mapping or sequence is placed at the
// alias, where it appears in the document; what it holds stays where it is written.
func (r *yamlReader) alias(yn *yaml.Node, depth int) *Node {
	a := r.anchors[yn.Alias]
	if a.open {
		r.cycle, r.err = yn, errCycle
		return nil
	}
	r.expanding++
	n := r.node(yn.Alias, depth, a.flow)
	r.expanding--
	if n != nil && (n.Kind == Object || n.Kind == Array) {
		n.Pos = r.pos(yn.Line, yn.Column)
	}
	return n
}

func (r *yamlReader) scalar(yn *yaml.Node, flow bool) *Node {
	v, err := yamlScalar(yn)
	if err != nil {
		r.err = err
		return nil
	}
	p := r.start(yn)
	n := r.slab.node()
	*n = Node{Kind: v.kind, Pos: p, Bool: v.bool, Text: v.text, End: r.lines.scalarEnd(p, flow)}
	if v.kind == String {
		n.Text = r.d.restored(v.text)
	}
	return n
}

// pos converts the parser's line and column to a Pos. Columns are bytes, as in JSON's decoder
// and the other linters users run; the YAML parser counts characters, which differ on lines
// with non-ASCII text. The parser places the null it stands in for a value missing at the end
// of the file ("? a") past the last line break, where there is no text to show: it is placed
// at the end of the last line that has some. The result is also the best place known for a
// panic (recoverDecoder).
func (r *yamlReader) pos(line, col int) diag.Pos {
	switch {
	case line < 1:
		return r.d.at // never met: the parser places every node
	case line > r.last:
		r.d.at = diag.Pos{Line: r.last, Column: len(r.lines.line(r.last)) + 1}
	default:
		r.d.at = diag.Pos{Line: line, Column: r.lines.byteColumn(line, col)}
	}
	return r.d.at
}

// start returns where yn's content starts: the parser places a node with an anchor or a tag
// ("&base", "!!str") at that, and a finding belongs under the value itself.
func (r *yamlReader) start(yn *yaml.Node) diag.Pos {
	p := r.pos(yn.Line, yn.Column)
	if yn.Kind == yaml.ScalarNode && yn.Value == "" || !r.startsWithProperty(p) {
		return p
	}
	q, ok := r.lines.pastProperties(p)
	if !ok {
		return p
	}
	r.d.at = q
	return q
}

func (r *yamlReader) startsWithProperty(p diag.Pos) bool {
	line := r.lines.line(p.Line)
	i := p.Column - 1
	return i >= 0 && i < len(line) && (line[i] == '&' || line[i] == '!')
}

// restored gives decoded text back the characters that stood in for others while parsing.
func (d *decoding) restored(s string) string {
	if d.restore == nil {
		return s
	}
	return d.restore.Replace(s)
}
