package lint

import (
	"fmt"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// Nodes of the kinds Northflank's template page documents are checked against their own
// definitions (schema/template_nodes.gen.cue): the node's keys, kind, condition and
// skipNodeExecution, and its spec. The nodes a node holds (a workflow's steps, a nested
// template's spec) are open values there: the walk visits them as nodes of their own.

// checkNode checks one node of a documented kind, then runs the rules on its spec as the body
// they know it by.
func (t *templateWalk) checkNode(n *source.Node, k *schema.Kind, path diag.Path) {
	res := t.res
	res.Bodies[k.Name]++
	def := t.l.e.schema.Def(k)
	c := t.l.e.checker(t.src.Name, t.doc, true)
	c.places, c.base, c.accepted = t.l.e.placesOf(def), path, &t.l.e.accepted
	// a workflow's steps are nodes the walk visits: stand-ins here keep each node's check to
	// its own keys, however deep workflows nest
	n = shallow(n, "spec.steps")
	c.check(def, n, path, Span{Pos: n.Pos})
	res.Diags = append(res.Diags, c.diags...)
	sm := n.Member("spec")
	f, ok := def.Field("spec")
	if sm == nil || !ok {
		return
	}
	specDef := f.Def()
	shared := map[any]any{}
	for _, r := range t.l.rules {
		if !r.Applies(k.Name) || r.Run == nil {
			continue
		}
		p := &Pass{Rule: r, Kind: k, Def: specDef, Root: sm.Value, Path: path.Key("spec"), Source: t.src, Doc: t.doc,
			Lenient: true, Anchor: keySpan(sm), report: func(d diag.Diagnostic) { res.Diags = append(res.Diags, d) }, shared: shared}
		r.Run(p)
	}
}

// misplaced reports a node of a kind documented only in the other kind of spec: teardown
// nodes (OpenTofuDestroy) in a template's spec, resources in its teardown spec.
func (t *templateWalk) misplaced(km *source.Member, kind string, path diag.Path) {
	var msg string
	if t.teardown {
		msg = fmt.Sprintf("%q nodes do not run in a teardown spec; it holds %s nodes", kind, strings.Join(teardownKinds(), ", "))
	} else {
		msg = fmt.Sprintf("%q nodes run only in a template's teardown spec (teardownSpec.spec)", kind)
	}
	t.report(diag.Diagnostic{Pos: km.Value.Pos, End: km.Value.End, Path: path.Key("kind"), Rule: "node-kind", Severity: diag.Error, Message: msg})
}

// teardownKinds lists the node kinds a teardown spec holds.
func teardownKinds() []string {
	var out []string
	for _, k := range schema.NodeKinds {
		if schema.NodeDefinition(k.Name, true) != "" {
			out = append(out, k.Name)
		}
	}
	return out
}
