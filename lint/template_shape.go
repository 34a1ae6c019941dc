package lint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// The shape of templates, nodes and workflows is defined in CUE (schema/template.cue) and
// checked by the same checker as bodies, so an unknown key in a template reads like one in a
// service. The walk keeps what the checker cannot say: which kind a node is, where its nodes
// are, and how they run.

// shape checks n, found at path, against one of the template definitions. anchor is where a
// missing field is reported.
func (t *templateWalk) shape(def string, n *source.Node, path diag.Path, anchor Span) {
	t.shapeExcept(def, n, path, anchor, nil)
}

// shapeExcept is shape without the findings skip says another rule reports.
func (t *templateWalk) shapeExcept(def string, n *source.Node, path diag.Path, anchor Span, skip func(diag.Diagnostic) bool) {
	c := t.l.e.checker(t.src.Name, t.doc, true)
	c.check(t.l.e.schema.Read(t.l.e.schema.Lookup(def)), n, path, anchor)
	for _, d := range c.diags {
		if skip == nil || !skip(d) {
			t.report(d)
		}
	}
}

// flowOptions are the options of release-flow and preview templates (the Pipeline node's
// templates on the template page), which a template file in git may be: accepted at the top
// level, not checked.
var flowOptions = []string{"nameFormat", "prefixName", "useBranchContents", "schedule", "expiry", "paused"}

// excusedAtTop reports the findings on a template's top level that the template-legacy-shape
// rule reports instead, as a warning: an apiVersion other than the page's "v1.2" (the older
// "v1"; other versions are template-api-version's) and a missing name. Only for templates
// checked as the create body (#Template); a template update has its own definition. Also the
// flowOptions, which are not findings at all.
func (t *templateWalk) excusedAtTop(d diag.Diagnostic) bool {
	if t.top != schema.TemplateKind.Definition {
		return false
	}
	if len(d.Path) == 2 && d.Path[0].Key == "options" && d.Rule == "unknown-field" && slices.Contains(flowOptions, d.Path.Last()) {
		return true
	}
	if len(d.Path) != 1 {
		return false
	}
	switch d.Path.Last() {
	case "apiVersion":
		return d.Rule == "enum"
	case "name":
		return d.Rule == "required"
	}
	return false
}

// shallow returns a copy of object n whose members named keys hold only a stand-in of their
// kind and place: the walk visits those values itself, and the checker need not build a whole
// template in CUE to check its top level. A key "a.b" stands in for b inside a, keeping a.
func shallow(n *source.Node, keys ...string) *source.Node {
	if n.Kind != source.Object {
		return n
	}
	out := *n
	out.Members = make([]*source.Member, len(n.Members))
	for i, m := range n.Members {
		out.Members[i] = m
		if m.Value == nil || m.Value.Kind != source.Object && m.Value.Kind != source.Array {
			continue
		}
		var inner []string
		for _, k := range keys {
			if rest, ok := strings.CutPrefix(k, m.Key+"."); ok {
				inner = append(inner, rest)
			}
		}
		stub := *m
		switch {
		case slices.Contains(keys, m.Key):
			stub.Value = &source.Node{Kind: m.Value.Kind, Pos: m.Value.Pos, End: m.Value.End, Truncated: m.Value.Truncated}
		case len(inner) > 0:
			stub.Value = shallow(m.Value, inner...)
		default:
			continue
		}
		out.Members[i] = &stub
	}
	return &out
}

// only returns a copy of object n holding just its member named key, if any.
func only(n *source.Node, key string) *source.Node {
	out := *n
	out.Members = nil
	if m := n.Member(key); m != nil {
		out.Members = []*source.Member{m}
	}
	return &out
}

// missingSpec reports a node without its spec, naming the settings written on the node
// itself instead, the usual cause.
func (t *templateWalk) missingSpec(n *source.Node, kind string, specPath diag.Path) {
	node := t.l.e.schema.Read(t.l.e.schema.Lookup("#TemplateNode"))
	var stray []string
	for _, m := range n.Members {
		if _, ok := node.Field(m.Key); !ok {
			stray = append(stray, m.Key)
		}
	}
	msg := fmt.Sprintf("required field \"spec\" is missing: a %s node holds its settings in \"spec\"", kind)
	if len(stray) > 0 {
		msg += fmt.Sprintf(", but %s are set on the node itself", quoteList(stray))
	}
	km := n.Member("kind")
	t.report(diag.Diagnostic{Pos: km.KeyPos, End: km.KeyEnd, Path: specPath, Rule: "required", Severity: diag.Error, Message: msg})
}

// workflow checks the spec of a Workflow node: its keys, how its steps run, and that they are
// a list. The steps themselves are nodes the walk visits.
func (t *templateWalk) workflow(spec *source.Node, path diag.Path) {
	if spec == nil || spec.Kind != source.Object {
		return
	}
	holder := Span{Pos: spec.Pos}
	t.shape("#WorkflowSpec", shallow(spec, "steps"), path, holder)
}
