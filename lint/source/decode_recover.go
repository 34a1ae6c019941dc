package source

import (
	"bytes"
	"fmt"

	"github.com/nflint/nflint/lint/diag"

	yamlv3 "go.yaml.in/yaml/v3"
)

// recoverDecoder turns a panic while decoding into a finding on the file: bad input never
// crashes nflint, even where a parser it relies on has a bug. The documents read before it
// are kept and checked; the finding is at the node being converted when the panic struck, or,
// for a panic inside a parser, which tells nothing, at the start of the document it was
// reading.
func (d *decoding) recoverDecoder() {
	r := recover()
	if r == nil {
		return
	}
	p := d.at
	if !p.IsValid() {
		p = d.docStart()
	}
	format := "YAML"
	if d.json {
		format = "JSON"
	}
	d.src.Diags = append(d.src.Diags, diag.Diagnostic{File: d.src.Name, Document: d.doc, Pos: p, Rule: "syntax", Severity: diag.Error,
		Message: fmt.Sprintf("nflint's %s reader failed here (%v), so the rest of the file was not checked; please report this bug in nflint, with the file", format, r)})
}

// docStart returns the position of document d.doc's value, or 1:1 when not known. It asks the
// YAML parser again, which reads the documents before the one that failed; it may fail too,
// hence the recover.
func (d *decoding) docStart() (p diag.Pos) {
	defer func() {
		if recover() != nil || !p.IsValid() {
			p = diag.Pos{Line: 1, Column: 1}
		}
	}()
	if d.json {
		off := len(d.text) - len(bytes.TrimLeft(d.text, " \t\r\n"))
		return offsetPos(d.text, off+1)
	}
	dec := yamlv3.NewDecoder(bytes.NewReader(d.text))
	for i := 0; ; i++ {
		var doc yamlv3.Node
		if dec.Decode(&doc) != nil {
			return diag.Pos{}
		}
		if i == d.doc {
			n := &doc
			if len(doc.Content) > 0 {
				n = doc.Content[0] // its first value, after any "---" and comments
			}
			return diag.Pos{Line: n.Line, Column: d.src.index().byteColumn(n.Line, n.Column)}
		}
	}
}
