package lint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// The shape of templates, nodes and workflows is defined in CUE (schema/template.cue) and
// checked by the same checker as bodies, so an unknown key in a template reads like one in a
// service. The walk keeps what the checker cannot say: which kind a node is, where its nodes
// are, and how they run.

// shape checks n, found at path, against one of the template definitions. anchor is where a
// missing field is reported.
func (t *templateWalk) shape(def string, n *source.Node, path diag.Path, anchor Span) {
	c := &checker{ctx: t.l.e.schema.Context(), file: t.src.Name, doc: t.doc, lenient: true}
	c.check(t.l.e.schema.Read(t.l.e.schema.Lookup(def)), n, path, anchor)
	for _, d := range c.diags {
		t.report(d)
	}
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
