package lsp

import (
	"path/filepath"
	"strings"
	"sync"

	"github.com/nflint/nflint/config"
	"github.com/nflint/nflint/explain"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// An explainer reads the definitions with the API pages' descriptions, as `nflint explain`
// does; it is compiled on the first hover or completion, which most lints never need. Only the
// request loop uses it.
type explainer struct {
	once   sync.Once
	schema *schema.Schema
	err    error
}

func newExplainer() *explainer { return &explainer{} }

func (x *explainer) get() *schema.Schema {
	x.once.Do(func() { x.schema, x.err = schema.NewDocumented() })
	return x.schema
}

// page is what `nflint explain KIND.PATH` says of a path, or nil.
func (x *explainer) page(k *schema.Kind, path diag.Path) *explain.Page {
	s := x.get()
	if s == nil || k == nil {
		return nil
	}
	p, err := explain.Find(s, k, path.String())
	if err != nil {
		return nil
	}
	return p
}

// A view is an open document decoded for hover, completion and code actions, with the kind
// the configuration maps it to.
type view struct {
	doc    *document
	src    *source.Source
	lines  *text
	forced string
}

// view decodes a document's current text, or returns nil when it is not open or not JSON or
// YAML.
func (s *Server) view(uri string) *view {
	d := s.docs.snapshot(uri)
	if d == nil || !isSpecLanguage(d) || int64(len(d.text)) > source.DefaultMaxBytes {
		return nil // a buffer nflint lint would not read is not decoded on every request either
	}
	v := &view{doc: d, src: source.Decode(d.name, []byte(d.text)), lines: newText(d.text)}
	if cfg, err := config.Load("", filepath.Dir(d.name), s.engine.ids); err == nil {
		v.forced = cfg.KindFor(d.name)
	}
	if a := schema.KindByName(v.forced); a != nil {
		v.forced = a.Name
	}
	return v
}

// hover answers with the explain page of the field whose key or value is under the cursor.
func (s *Server) hover(p *textDocumentPositionParams) *hover {
	v := s.view(p.TextDocument.URI)
	if v == nil {
		return nil
	}
	at := v.lines.pos(p.Position)
	var h *hit
	var root *source.Node
	if doc := docAt(v.src, at.Line); doc != nil {
		h, root = find(doc.Root, diag.Path{}, at), doc.Root
	}
	if h == nil {
		h, root = v.textHit(at), v.treeWithout(at.Line)
	}
	if h == nil {
		return nil
	}
	k, sub := resolve(root, h.path, v.forced)
	page := s.explain.page(k, sub)
	if page == nil {
		return nil
	}
	var b strings.Builder
	page.Write(&b)
	r := v.lines.span(h.start, h.end)
	return &hover{Contents: markupContent{Kind: "markdown", Value: "```text\n" + b.String() + "```"}, Range: &r}
}

// textHit reads what the cursor is on from the text, for a buffer that does not decode mid-edit.
func (v *view) textHit(at diag.Pos) *hit {
	if source.IsJSON(v.doc.name, []byte(v.doc.text)) {
		return v.jsonHit(at)
	}
	return v.yamlHit(at)
}

// jsonHit is the key, or the string value, whose quotes hold the cursor.
func (v *view) jsonHit(at diag.Pos) *hit {
	c, ok := jsonCursor(v.lines, at)
	line := v.lines.line(at.Line)
	if !ok || at.Column-1 > len(line) || c.from.Line != at.Line || c.from == at {
		return nil // not inside a string
	}
	rest := line[at.Column-1:]
	end := strings.IndexByte(rest, '"')
	if end < 0 {
		return nil
	}
	path := c.path
	if !c.value {
		path = path.Key(c.partial + rest[:end])
	}
	return &hit{path: path, start: c.from, end: diag.Pos{Line: at.Line, Column: at.Column + end + 1}}
}

// yamlHit reads the key under the cursor from the text: the key of the cursor's line, below
// the keys of the lines above that hold it.
func (v *view) yamlHit(at diag.Pos) *hit {
	line := v.lines.line(at.Line)
	dashes, kc, key := yamlLine(line)
	end := kc + len(key)
	if key == "" || at.Column-1 < kc || at.Column-1 > end || strings.HasPrefix(line[kc:], `"`) || strings.HasPrefix(line[kc:], "'") {
		return nil
	}
	path := yamlParents(v.lines, at.Line, kc, len(dashes) > 0).Key(key)
	return &hit{path: path, start: diag.Pos{Line: at.Line, Column: kc + 1}, end: diag.Pos{Line: at.Line, Column: end + 1}}
}
