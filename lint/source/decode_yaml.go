package source

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/diag"

	yaml "go.yaml.in/yaml/v3"
)

// readYAML decodes each document of a YAML stream with go.yaml.in/yaml/v3 into its node tree,
// which knows every node's line and column, and converts that to Nodes. A syntax error ends
// the stream: the documents before it are kept.
func (d *decoding) readYAML() {
	dec := yaml.NewDecoder(bytes.NewReader(d.text))
	r := &yamlReader{d: d, lines: d.src.index()}
	if r.last = r.lines.count(); r.last > 1 && r.lines.line(r.last) == "" {
		r.last--
	}
	first := len(d.src.Diags)
	for d.doc = 0; ; d.doc++ {
		d.at = diag.Pos{}
		var doc yaml.Node
		err := dec.Decode(&doc)
		if err == io.EOF {
			if d.doc == 0 {
				// comments only: one empty document, which the linter reports once
				d.src.Docs = append(d.src.Docs, &Document{Index: 0})
			}
			return
		}
		if err != nil {
			d.src.Diags = append(d.src.Diags, d.src.yamlSyntax(err, d.doc))
			return
		}
		if !r.document(&doc) {
			if r.cycle != nil {
				// the file is unreadable as a whole: nothing read from it stands
				d.src.Docs, d.src.Diags = nil, append(d.src.Diags[:first], r.cycleFinding())
			}
			return
		}
	}
}

// document converts one document and adds it, with the findings met on the way, or adds the
// finding that stopped the conversion and reports false.
func (r *yamlReader) document(doc *yaml.Node) bool {
	r.diags, r.deep = nil, false
	var root *Node
	if len(doc.Content) > 0 && !emptyDocument(doc.Content[0]) {
		var c yamlCount
		c.add(doc.Content[0], 0)
		r.slab.reserve(c.nodes, c.pairs, c.items, c.pairs)
		root = r.node(doc.Content[0], 0, false)
	}
	if r.cycle != nil {
		return false
	}
	if r.err != nil {
		r.d.src.Diags = append(r.d.src.Diags, r.d.src.yamlSyntax(r.err, r.d.doc))
		return false
	}
	r.d.src.Docs = append(r.d.src.Docs, &Document{Index: r.d.doc, Root: root})
	r.d.src.Diags = append(r.d.src.Diags, r.diags...)
	return true
}

// A yamlCount is how many values of each kind a YAML tree converts to, aliases and merges
// aside (those the slab grows for): what the slab reserves before converting it.
type yamlCount struct{ nodes, pairs, items int }

func (c *yamlCount) add(yn *yaml.Node, depth int) {
	if depth > MaxDepth {
		return // not converted: the depth finding stands for it
	}
	switch yn.Kind {
	case yaml.MappingNode:
		c.nodes++
		c.pairs += len(yn.Content) / 2
		for i := 1; i < len(yn.Content); i += 2 {
			c.add(yn.Content[i], depth+1)
		}
	case yaml.SequenceNode:
		c.nodes++
		c.items += len(yn.Content)
		for _, it := range yn.Content {
			c.add(it, depth+1)
		}
	case yaml.ScalarNode:
		c.nodes++
	}
}

// emptyDocument reports whether a document's value is the null the parser stands in for a
// document that holds nothing ("---" alone), not a null the user wrote ("~", "null").
func emptyDocument(yn *yaml.Node) bool {
	return yn.Kind == yaml.ScalarNode && yn.Value == "" && yn.ShortTag() == "!!null"
}

// errCycle stops the conversion at an alias used inside its own anchor.
var errCycle = errors.New("an alias inside its own anchor")

// cycleFinding is the finding on r.cycle, an alias used inside the node its anchor names
// ("a: &p {<<: *p}"), whose expansion would never end.
func (r *yamlReader) cycleFinding() diag.Diagnostic {
	n := r.cycle
	return diag.Diagnostic{File: r.d.src.Name, Rule: "syntax", Severity: diag.Error,
		Pos:     diag.Pos{Line: n.Line, Column: r.lines.byteColumn(n.Line, n.Column)},
		Message: "the YAML alias *" + n.Value + " is used inside the anchor &" + n.Value + " it refers to, so the document would be infinite"}
}

// yamlErrLine reads the line the YAML parser gives most errors, "line 3: did not find ...";
// the conversion gives its own errors the same form.
var yamlErrLine = regexp.MustCompile(`^line (\d+): (.*)$`)

// yamlSyntax positions a YAML syntax error. The YAML parser gives a line, rarely a column.
func (s *Source) yamlSyntax(err error, doc int) diag.Diagnostic {
	msg := strings.TrimSpace(strings.TrimPrefix(err.Error(), "yaml: "))
	d := diag.Diagnostic{File: s.Name, Document: doc, Rule: "syntax", Severity: diag.Error, Pos: diag.Pos{Line: 1, Column: 1}}
	line := 0
	if m := yamlErrLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	l, c := yamlLocate(s, msg, line)
	d.Pos = s.clamp(diag.Pos{Line: l, Column: c})
	d.Message = "invalid YAML: " + yamlReason(msg)
	if deep, ok := yamlTooDeep(msg); ok {
		d.Message = deep
	}
	if long, ok := s.longKey(msg, line-1); ok {
		long.Document = doc
		return long
	}
	return d
}

func firstNonSpace(line string) int {
	return len(line) - len(strings.TrimLeft(line, " \t")) + 1
}
