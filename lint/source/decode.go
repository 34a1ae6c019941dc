// Package source reads what nflint lints: it finds the files a command line names, reads them
// with guards against what is not a regular file or too large, and decodes JSON and YAML into
// Nodes that know their line and column, reporting syntax problems as findings.
package source

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/nflint/nflint/lint/diag"
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
	Diags []diag.Diagnostic // syntax and duplicate-key findings met while decoding
	lines *lineIndex        // built on first use
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
	return s.index().line(n)
}

func (s *Source) index() *lineIndex {
	if s.lines == nil {
		s.lines = newLineIndex(s.Src)
	}
	return s.lines
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
// file is a finding like any other, and so is a panic in a parser (see recoverDecoder), which
// is why the result is named.
func Decode(name string, src []byte) (s *Source) {
	src, _ = fromUTF16(src)
	src = loneCRs(bytes.TrimPrefix(src, utf8BOM))
	s = &Source{Name: name, Src: src}
	d := &decoding{src: s, json: IsJSON(name, src), text: src}
	defer d.recoverDecoder()
	if diags := s.guard(d.json); len(diags) > 0 {
		s.Diags = append(s.Diags, diags...)
		return s
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return s // an empty file is no document, whatever its extension: the linter says so once
	}
	if d.json {
		d.readJSON()
		return s
	}
	d.text, d.restore = withStandIns(src, yamlStandIns)
	d.readYAML()
	return s
}

// decoding is the state of one Decode.
type decoding struct {
	src  *Source
	json bool
	// text is what the parsers read: Src, with the characters they misread replaced by
	// stand-ins (decode_standin.go); restore undoes it in decoded text, nil when none were.
	text    []byte
	restore *strings.Replacer
	doc     int      // the document being read
	at      diag.Pos // the last position converted in it; zero while a parser reads it
}
