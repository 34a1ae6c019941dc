package lsp

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/nflint/nflint/explain"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// didYouMean reads the name a finding's suggestion proposes.
var didYouMean = regexp.MustCompile(`^did you mean ("(?:[^"\\]|\\.)*")\?$`)

// codeActions offers, for each finding of the last lint on the requested range: its
// suggestion as a quick fix, the missing required field with a placeholder value, and, in YAML,
// an nflint-ignore comment with a reason to fill in.
func (s *Server) codeActions(p *codeActionParams) []codeAction {
	out := []codeAction{}
	d := s.docs.snapshot(p.TextDocument.URI)
	if d == nil || d.lines == nil || d.lines.src != d.text {
		return out // the buffer changed since its last lint: its findings' places are stale
	}
	v := &view{doc: d, src: source.Decode(d.name, []byte(d.lines.src)), lines: d.lines}
	json := source.IsJSON(d.name, []byte(d.lines.src))
	for _, f := range d.findings {
		ld := toDiagnostic(d.uri, d.lines, f)
		if !overlaps(ld.Range, p.Range) {
			continue
		}
		if a := v.suggestionFix(f, ld, json); a != nil {
			out = append(out, *a)
		}
		if a := s.missingFix(v, f, ld, json); a != nil {
			out = append(out, *a)
		}
		if !json && f.Rule != "syntax" && f.Rule != "suppression-reason" && f.Rule != "unused-suppression" {
			out = append(out, v.suppressFix(f, ld))
		}
	}
	return out
}

func overlaps(a, b textRange) bool {
	before := func(x, y position) bool { return x.Line < y.Line || x.Line == y.Line && x.Character < y.Character }
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

func (v *view) edit(title string, ld diagnostic, preferred bool, edits ...textEdit) *codeAction {
	return &codeAction{Title: title, Kind: "quickfix", Diagnostics: []diagnostic{ld}, IsPreferred: preferred,
		Edit: &workspaceEdit{Changes: map[string][]textEdit{v.doc.uri: edits}}}
}

// suggestionFix replaces the finding's text by the name its suggestion proposes, quoted as
// the original was.
func (v *view) suggestionFix(f diag.Diagnostic, ld diagnostic, json bool) *codeAction {
	m := didYouMean.FindStringSubmatch(f.Suggestion)
	if m == nil || !f.End.IsValid() || f.End.Line != f.Pos.Line {
		return nil
	}
	want, err := strconv.Unquote(m[1])
	if err != nil {
		return nil
	}
	line := v.lines.line(f.Pos.Line)
	old := line[min(f.Pos.Column-1, len(line)):min(f.End.Column-1, len(line))]
	text := want
	switch {
	case strings.Contains(old, "${") && !strings.HasPrefix(want, "${"):
		// A name inside a placeholder: ${args.INSTANCE} becomes ${args.INSTANCES}.
		got := quotedIn(f.Message)
		if got == "" || !strings.Contains(old, "."+got) {
			return nil
		}
		text = strings.Replace(old, "."+got, "."+want, 1)
	case strings.HasPrefix(old, `"`) || json:
		text = strconv.Quote(want)
	case strings.HasPrefix(old, "'"):
		text = "'" + strings.ReplaceAll(want, "'", "''") + "'"
	}
	if strings.Trim(old, `"'`) == want {
		return nil
	}
	return v.edit(fmt.Sprintf("Change %s to %s", old, text), ld, true, textEdit{Range: ld.Range, NewText: text})
}

// quotedIn is the first quoted value of a message: what the author wrote.
func quotedIn(msg string) string {
	i := strings.IndexByte(msg, '"')
	if i < 0 {
		return ""
	}
	q, err := strconv.QuotedPrefix(msg[i:])
	if err != nil {
		return ""
	}
	s, _ := strconv.Unquote(q)
	return s
}

// missingFix adds a required field a finding says is missing, with a value of its type to
// fill in, before the first key of the object that lacks it.
func (s *Server) missingFix(v *view, f diag.Diagnostic, ld diagnostic, json bool) *codeAction {
	if f.Rule != "required" || len(f.Path) == 0 || f.Path[len(f.Path)-1].IsIndex {
		return nil
	}
	doc := docByIndex(v.src, f.Document)
	if doc == nil {
		return nil
	}
	name := f.Path.Last()
	parent := f.Path[:len(f.Path)-1]
	obj := doc.Root.Lookup(parent)
	if obj == nil || obj.Kind != source.Object {
		return nil
	}
	k, sub := resolve(doc.Root, f.Path, v.forced)
	value := placeholder(s.explain.page(k, sub), json)
	var e textEdit
	switch {
	case len(obj.Members) > 0:
		first := obj.Members[0]
		at := v.lines.position(first.KeyPos)
		indent := strings.Repeat(" ", first.KeyPos.Column-1)
		text := name + ": " + value + "\n" + indent
		if json {
			text = strconv.Quote(name) + ": " + value + ",\n" + indent
		}
		e = textEdit{Range: textRange{Start: at, End: at}, NewText: text}
	case json:
		at := v.lines.position(diag.Pos{Line: obj.Pos.Line, Column: obj.Pos.Column + 1})
		e = textEdit{Range: textRange{Start: at, End: at}, NewText: strconv.Quote(name) + ": " + value}
	default:
		return nil // an empty YAML mapping is written {} or as nothing: no place to add a key
	}
	return v.edit(fmt.Sprintf("Add the missing field %q", name), ld, false, e)
}

func docByIndex(src *source.Source, i int) *source.Document {
	for _, d := range src.Docs {
		if d.Index == i && d.Root != nil {
			return d
		}
	}
	return nil
}

// placeholder is a value of the field's type for the author to replace: its first allowed
// value, or an empty one of its type.
func placeholder(p *explain.Page, json bool) string {
	if p == nil || p.Value == nil {
		return `""`
	}
	if e := explain.Enum(p.Value); len(e) > 0 {
		if json || e[0].Type != schema.TypeString {
			return e[0].JSON
		}
		return e[0].Text
	}
	t := p.Value.Types()
	switch {
	case t&schema.TypeString != 0:
		return `""`
	case t&schema.TypeObject != 0 || p.Value.Alternatives() != nil:
		return "{}"
	case t&schema.TypeArray != 0:
		return "[]"
	case t&(schema.TypeNumber|schema.TypeFloat) != 0:
		return "0"
	case t&schema.TypeBoolean != 0:
		return "false"
	}
	return `""`
}

// suppressFix writes an nflint-ignore comment above the finding's line, indented as it is,
// with its reason left for the author: until it is written, the comment draws the
// suppression-reason warning, so no suppression goes in without one by accident.
func (v *view) suppressFix(f diag.Diagnostic, ld diagnostic) codeAction {
	line := v.lines.line(f.Pos.Line)
	indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
	at := position{Line: f.Pos.Line - 1}
	text := fmt.Sprintf("%s# nflint-ignore %s --\n", indent, f.Rule)
	return *v.edit(fmt.Sprintf("Suppress %s on this line (then write why after --)", f.Rule), ld, false,
		textEdit{Range: textRange{Start: at, End: at}, NewText: text})
}
