package lint

import (
	"fmt"

	"cuelang.org/go/cue"

	"github.com/nflint/nflint/schema"
)

// A Rule is a check beyond the schema: a condition the API pages imply without stating it as
// a requirement, or a property of template files. Rules are plain values listed in package
// rules; per-run state lives in the Pass.
type Rule struct {
	Name     string   // stable kebab-case id
	Doc      string   // a lower-case one-line title, a blank line, then why it matters
	Severity Severity // default severity
	Kinds    []string // kinds the rule applies to; empty for every body kind. "template" runs the rule once on each whole template document
	Run      func(*Pass)
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
	// Def is the definition the body was checked against (not set for whole templates).
	Def    cue.Value
	Root   *Node // the body, or the template document
	Path   Path  // where the body sits in the document
	Source *Source
	Doc    int
	// Lenient is set inside templates, where placeholders stand for any value.
	Lenient bool
	report  func(Diagnostic)
}

// Reportf records a finding of the pass's rule at a node of the body.
func (p *Pass) Reportf(n *Node, at Path, format string, args ...any) {
	p.Report(Diagnostic{Pos: n.Pos, End: n.End, Path: at, Message: fmt.Sprintf(format, args...)})
}

// ReportKey records a finding on the key of a member.
func (p *Pass) ReportKey(m *Member, at Path, format string, args ...any) {
	p.Report(Diagnostic{Pos: m.KeyPos, End: m.KeyEnd, Path: at, Message: fmt.Sprintf(format, args...)})
}

// Report records a finding; the rule's name and severity are filled in.
func (p *Pass) Report(d Diagnostic) {
	d.Rule = p.Rule.Name
	if d.Severity == 0 {
		d.Severity = p.Rule.Severity
	}
	d.File, d.Document = p.Source.Name, p.Doc
	p.report(d)
}

// Walk calls fn for every node of the body with its path from the document root, parents
// before children.
func (p *Pass) Walk(fn func(n *Node, path Path)) {
	walkNodes(p.Root, p.Path, fn)
}

func walkNodes(n *Node, path Path, fn func(*Node, Path)) {
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
