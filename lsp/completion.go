package lsp

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"

	"github.com/nflint/nflint/explain"
	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// placeholderPrefix is a ${args. or ${refs. placeholder being typed.
var placeholderPrefix = regexp.MustCompile(`\$\{(args|refs)\.([A-Za-z0-9_-]*)$`)

// completion offers what may be written at the cursor: the fields of the object (required
// first, with their types), the allowed values of a field, node kinds after kind: in a
// template, and the arguments and refs a template declares inside ${args. and ${refs..
func (s *Server) completion(p *textDocumentPositionParams) *completionList {
	v := s.view(p.TextDocument.URI)
	if v == nil {
		return &completionList{Items: []completionItem{}}
	}
	at := v.lines.pos(p.Position)
	root := v.treeWithout(at.Line)
	out := &completionList{Items: []completionItem{}}
	line := v.lines.line(at.Line)
	if m := placeholderPrefix.FindStringSubmatch(line[:min(at.Column-1, len(line))]); m != nil {
		from := diag.Pos{Line: at.Line, Column: at.Column - len(m[2])}
		out.Items = placeholderItems(root, m[1], v.lines.span(from, at))
		return out
	}
	json := source.IsJSON(v.doc.name, []byte(v.doc.text))
	read := yamlCursor
	if json {
		read = jsonCursor
	}
	c, ok := read(v.lines, at)
	if !ok {
		return out
	}
	end := at
	if c.closing {
		end.Column++
	}
	r := v.lines.span(c.from, end)
	if c.from == end {
		r = textRange{Start: v.lines.position(c.from), End: v.lines.position(end)}
	}
	k, sub := resolve(root, c.path, v.forced)
	if c.value {
		out.Items = s.valueItems(root, v.forced, k, sub, c, json, r)
	} else {
		out.Items = s.keyItems(root, c.path, k, sub, json, r)
	}
	return out
}

// treeWithout decodes the document with the line being typed blanked, so that the rest of a
// buffer mid-edit still decodes; failing that, with the lines of its syntax errors blanked
// too; failing that, as written.
func (v *view) treeWithout(line int) *source.Node {
	b := blank([]byte(v.doc.text), v.lines, line)
	json := source.IsJSON(v.doc.name, b)
	if json {
		b = source.StripJSONC(b)
	}
	first := source.Decode(v.doc.name, b)
	tries := []*source.Source{first}
	if len(first.Diags) > 0 {
		for _, d := range first.Diags {
			if d.Rule == "syntax" {
				b = blank(b, v.lines, d.Pos.Line)
			}
		}
		if json {
			b = source.StripJSONC(b)
		}
		tries = append(tries, source.Decode(v.doc.name, b))
	}
	for _, src := range append(tries, v.src) {
		if d := docAt(src, line); d != nil && d.Root != nil && !hasSyntaxError(src) {
			return d.Root
		}
	}
	return nil
}

func hasSyntaxError(src *source.Source) bool {
	for _, d := range src.Diags {
		if d.Rule == "syntax" {
			return true
		}
	}
	return false
}

// blank returns b with a 1-based line's characters replaced by spaces, lengths unchanged.
func blank(b []byte, t *text, line int) []byte {
	if line < 1 || line > len(t.lines) {
		return b
	}
	out := bytes.Clone(b)
	for i := t.lines[line-1]; i < len(out) && out[i] != '\n'; i++ {
		if out[i] != '\r' {
			out[i] = ' '
		}
	}
	return out
}

// keyItems are the fields of the object at path not yet written, required ones first.
func (s *Server) keyItems(root *source.Node, path diag.Path, k *schema.Kind, sub diag.Path, json bool, r textRange) []completionItem {
	page := s.explain.page(k, sub)
	if page == nil || page.Value == nil {
		return []completionItem{}
	}
	present := map[string]bool{}
	if obj := root.Lookup(path); obj != nil {
		for _, m := range obj.Members {
			present[m.Key] = true
		}
	}
	var req, opt []completionItem
	seen := map[string]bool{}
	for _, obj := range explain.Objects(page.Value) {
		for _, f := range obj.Fields() {
			if present[f.Name] || seen[f.Name] {
				continue
			}
			seen[f.Name] = true
			detail := explain.TypeName(f.Def())
			text := f.Name + ": "
			if json {
				text = strconv.Quote(f.Name) + ": "
			}
			it := completionItem{Label: f.Name, Kind: itemProperty, Detail: detail, TextEdit: &textEdit{Range: r, NewText: text}}
			if f.Required {
				it.Detail += ", required"
				req = append(req, it)
			} else {
				opt = append(opt, it)
			}
		}
	}
	items := append(req, opt...)
	for i := range items {
		items[i].SortText = fmt.Sprintf("%04d", i)
	}
	return items
}

// valueItems are the values the field at the cursor allows: node kinds for a template node's
// kind, a field's enum, or true and false.
func (s *Server) valueItems(root *source.Node, forced string, k *schema.Kind, sub diag.Path, c *cursor, json bool, r textRange) []completionItem {
	var values []string
	kind := itemEnumMember
	if c.path.Last() == "kind" && inTemplate(root, forced) {
		values, kind = schema.NodeKindNames(), itemClass
		slices.Sort(values)
	} else if page := s.explain.page(k, sub); page != nil && page.Value != nil {
		for _, e := range explain.Enum(page.Value) {
			values = append(values, e.Text)
		}
		if len(values) == 0 && page.Value.Types() == schema.TypeBoolean {
			values, kind = []string{"true", "false"}, itemValue
		}
	}
	items := []completionItem{}
	for i, val := range values {
		text := val
		if json && kind != itemValue {
			text = strconv.Quote(val)
		}
		items = append(items, completionItem{Label: val, Kind: kind, SortText: fmt.Sprintf("%04d", i),
			TextEdit: &textEdit{Range: r, NewText: text}})
	}
	return items
}

func inTemplate(root *source.Node, forced string) bool {
	if forced != "" {
		k := schema.KindByName(forced)
		return forced == schema.Template || k != nil && k.Body == "template"
	}
	return root != nil && (lint.IsTemplate(root) || lint.IsNode(root))
}

// placeholderItems are the template's argument names (its arguments object) or the refs its
// nodes declare.
func placeholderItems(root *source.Node, ns string, r textRange) []completionItem {
	var names []string
	if ns == "args" {
		if args := root.Get("arguments"); args != nil {
			for _, m := range args.Members {
				names = append(names, m.Key)
			}
		}
	} else {
		names = refsIn(root, nil)
	}
	items := []completionItem{}
	for _, n := range names {
		items = append(items, completionItem{Label: n, Kind: itemVariable, Detail: ns, TextEdit: &textEdit{Range: r, NewText: n}})
	}
	return items
}

// refsIn lists the refs of the nodes below n, in the order written.
func refsIn(n *source.Node, out []string) []string {
	if n == nil {
		return out
	}
	if _, ok := nodeKindOf(n); ok {
		if ref := n.Get("ref"); ref != nil && ref.Kind == source.String && !slices.Contains(out, ref.Text) {
			out = append(out, ref.Text)
		}
	}
	for _, m := range n.Members {
		out = refsIn(m.Value, out)
	}
	for _, it := range n.Items {
		out = refsIn(it, out)
	}
	return out
}
