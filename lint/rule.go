package lint

import (
	"fmt"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// A Rule is a check beyond the schema: a condition the API pages imply without stating it as
// a requirement, or a property of template files. Rules are plain values listed in package
// rules; per-run state lives in the Pass.
type Rule struct {
	Name     string        // stable kebab-case id
	Doc      string        // a lower-case one-line title, a blank line, then why it matters
	Severity diag.Severity // default severity
	Kinds    []string      // kinds the rule applies to; empty for every body kind. "template" runs the rule once on each whole template document
	Run      func(*Pass)
}

// Info is what output formats say of the rule.
func (r *Rule) Info() diag.RuleInfo {
	return diag.RuleInfo{Name: r.Name, Severity: r.Severity, Doc: r.Doc}
}

// Infos is Info for each rule.
func Infos(rs []*Rule) []diag.RuleInfo {
	out := make([]diag.RuleInfo, len(rs))
	for i, r := range rs {
		out[i] = r.Info()
	}
	return out
}

// Applies reports whether the rule runs on documents of kind.
func (r *Rule) Applies(kind string) bool {
	if len(r.Kinds) == 0 {
		return true
	}
	for _, k := range r.Kinds {
		if k == kind {
			return true
		}
	}
	return false
}

// A Pass is one rule's run over one body: a whole document, or the spec of one template node.
type Pass struct {
	Rule *Rule
	// Kind is the body's kind; schema.TemplateKind for rules that look at a whole template.
	Kind *schema.Kind
	// Def is the definition the body was checked against, as the schema's reader gives it:
	// rules look fields, alternatives and items up through it. Nil for whole templates.
	Def    *schema.Def
	Root   *source.Node // the body, or the template document
	Path   diag.Path    // where the body sits in the document
	Source *source.Source
	Doc    int
	// Lenient is set inside templates, where placeholders stand for any value.
	Lenient bool
	// Anchor is the key that holds the body (a template node's spec), or the start of the
	// document: where something missing from the body itself is reported.
	Anchor Span
	report func(diag.Diagnostic)
	// shared holds what the rules run on one body build once for all of them (Shared).
	shared map[any]any
}

// Shared returns what build returns for key, built once for every rule run on the pass's
// body: seven rules walk the whole body with its schema, and one walk, kept, costs a
// seventh of seven.
func (p *Pass) Shared(key any, build func() any) any {
	if p.shared == nil {
		return build()
	}
	v, ok := p.shared[key]
	if !ok {
		v = build()
		p.shared[key] = v
	}
	return v
}

// Reportf records a finding of the pass's rule at a node of the body.
func (p *Pass) Reportf(n *source.Node, at diag.Path, format string, args ...any) {
	p.Report(diag.Diagnostic{Pos: n.Pos, End: n.End, Path: at, Message: fmt.Sprintf(format, args...)})
}

// ReportKey records a finding on the key of a member.
func (p *Pass) ReportKey(m *source.Member, at diag.Path, format string, args ...any) {
	p.Report(diag.Diagnostic{Pos: m.KeyPos, End: m.KeyEnd, Path: at, Message: fmt.Sprintf(format, args...)})
}

// ReportMissing records a finding about something missing from object n, placed on the key
// that holds n, as the schema's own required-field findings are.
func (p *Pass) ReportMissing(n *source.Node, at diag.Path, format string, args ...any) {
	sp := p.Anchor
	if n != p.Root {
		if m := holder(p.Root, n); m != nil {
			sp = keySpan(m)
		} else {
			sp = Span{n.Pos, n.End}
		}
	}
	p.Report(diag.Diagnostic{Pos: sp.Pos, End: sp.End, Path: at, Message: fmt.Sprintf(format, args...)})
}

// holder finds the member whose value is n, below root.
func holder(root, n *source.Node) *source.Member {
	if root == nil {
		return nil
	}
	for _, m := range root.Members {
		if m.Value == n {
			return m
		}
		if h := holder(m.Value, n); h != nil {
			return h
		}
	}
	for _, it := range root.Items {
		if h := holder(it, n); h != nil {
			return h
		}
	}
	return nil
}

// Report records a finding; the rule's name and severity are filled in.
func (p *Pass) Report(d diag.Diagnostic) {
	d.Rule = p.Rule.Name
	if d.Severity == 0 {
		d.Severity = p.Rule.Severity
	}
	d.File, d.Document = p.Source.Name, p.Doc
	p.report(d)
}

// Walk calls fn for every node of the body with its path from the document root, parents
// before children.
func (p *Pass) Walk(fn func(n *source.Node, path diag.Path)) {
	walkNodes(p.Root, p.Path, fn)
}

func walkNodes(n *source.Node, path diag.Path, fn func(*source.Node, diag.Path)) {
	if n == nil {
		return
	}
	fn(n, path)
	for _, m := range n.Members {
		walkNodes(m.Value, path.Key(m.Key), fn)
	}
	for i, it := range n.Items {
		walkNodes(it, path.Index(i), fn)
	}
}
