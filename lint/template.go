package lint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/schema"
)

// IsTemplate reports whether a document is a Northflank template: apiVersion and spec at the
// top level.
// Kubernetes manifests have apiVersion and spec too: a template's spec is a node with a kind,
// and a template has no kind or metadata of its own.
// A document whose spec is a node but that lacks apiVersion is a template with a mistake, not
// something else.
func IsTemplate(n *source.Node) bool {
	if n.Kind != source.Object || n.Member("kind") != nil || n.Member("metadata") != nil {
		return false
	}
	spec := n.Get("spec")
	if spec == nil || spec.Kind != source.Object {
		return false
	}
	k := spec.Get("kind")
	return k != nil && k.Kind == source.String
}

// IsNode reports whether a document is a bare template node: {kind, spec}. Kubernetes-style
// manifests ({apiVersion, kind, metadata, spec}) are not.
func IsNode(n *source.Node) bool {
	k := n.Get("kind")
	return n.Kind == source.Object && k != nil && k.Kind == source.String && n.Member("spec") != nil &&
		!isManifest(n)
}

// isManifest reports whether a document has the shape of a Kubernetes manifest: a kind and
// metadata, which every Kubernetes object has (apiVersion alone is also a template's).
func isManifest(n *source.Node) bool {
	return n.Kind == source.Object && n.Member("kind") != nil && n.Member("metadata") != nil
}

// knownAPIVersions are the template format versions Northflank documents.
var knownAPIVersions = []string{"v1", "v1.2"}

// A templateWalk visits every node of one template document.
type templateWalk struct {
	top    string // the definition of the template's own keys: #Template, or a template kind's
	l      *Linter
	src    *source.Source
	doc    int
	res    *Result
	report func(diag.Diagnostic)
	refs   map[string]*source.Member // ref name -> where it was first defined
	nodes  []nodeVisit
	// teardown is set while the walk is in a teardown spec, whose nodes are of other kinds
	teardown bool
}

// A nodeVisit records a node in the order Northflank runs it, for the reference rules.
type nodeVisit struct {
	node *source.Node
	path diag.Path
}

func (t *templateWalk) run(root *source.Node) {
	if root.Kind != source.Object {
		t.report(diag.Diagnostic{Pos: root.Pos, Rule: "type", Severity: diag.Error,
			Message: fmt.Sprintf("expected a template object, found %s", found(root))})
		return
	}
	t.l.e.schema.Prepare(nodeDefinitions(root, t.top))
	t.shapeExcept(t.top, shallow(root, "spec", "teardownSpec.spec"), nil, Span{Pos: root.Pos}, t.excusedAtTop)
	if v := root.Member("apiVersion"); v != nil {
		if v.Value.Kind != source.String || !slices.Contains(knownAPIVersions, v.Value.Text) {
			t.report(diag.Diagnostic{Pos: v.Value.Pos, End: v.Value.End, Path: diag.Path{}.Key("apiVersion"),
				Rule: "template-api-version", Severity: diag.Warning,
				Message: fmt.Sprintf("unknown template apiVersion %s; known versions: %s", v.Value.Describe(), strings.Join(knownAPIVersions, ", "))})
		}
	}
	t.templateBody(root, nil)
}

// templateBody visits the nodes of a template object found at path: its spec, and the spec of
// its teardown workflow.
func (t *templateWalk) templateBody(n *source.Node, path diag.Path) {
	if spec := n.Get("spec"); spec != nil {
		t.node(spec, path.Key("spec"))
	}
	if td := n.Get("teardownSpec"); td != nil && td.Kind == source.Object {
		if spec := td.Get("spec"); spec != nil {
			was := t.teardown
			t.teardown = true
			t.node(spec, path.Key("teardownSpec").Key("spec"))
			t.teardown = was
		}
	}
}

// nested searches the spec of a Pipeline or Environment node for the templates it holds, such
// as {kind: "PreviewEnv", spec: {apiVersion, spec}}, and visits their nodes.
func (t *templateWalk) nested(n *source.Node, path diag.Path) {
	if n == nil {
		return
	}
	if n.Kind == source.Object {
		if k := n.Get("kind"); k != nil && k.Kind == source.String && slices.Contains(schema.TemplateWrappers, k.Text) {
			if inner := n.Get("spec"); inner != nil && inner.Kind == source.Object {
				if inner.Member("apiVersion") != nil {
					t.templateBody(inner, path.Key("spec"))
				} else {
					t.nested(inner, path.Key("spec"))
				}
			}
			return
		}
		if IsNode(n) && schema.NodeKindInfoFor(n.Get("kind").Text) != nil {
			t.node(n, path)
			return
		}
		for _, m := range n.Members {
			t.nested(m.Value, path.Key(m.Key))
		}
	}
	for i, it := range n.Items {
		t.nested(it, path.Index(i))
	}
}

// node checks one template node and the nodes it holds.
func (t *templateWalk) node(n *source.Node, path diag.Path) {
	if n.Truncated {
		return // nested deeper than MaxDepth: the decoder reported it
	}
	if n.Kind != source.Object {
		t.report(diag.Diagnostic{Pos: n.Pos, End: n.End, Path: path, Rule: "type", Severity: diag.Error,
			Message: fmt.Sprintf("expected a template node object, found %s", found(n))})
		return
	}
	km := n.Member("kind")
	if km == nil || km.Value.Kind != source.String {
		// Without a kind nothing else about the node can be judged: only the kind is reported.
		t.shape("#TemplateNode", only(n, "kind"), path, Span{Pos: n.Pos})
		return
	}
	if km.Value.Truncated {
		return
	}
	kind := km.Value.Text
	info := schema.NodeKindInfoFor(kind)
	if info == nil {
		d := diag.Diagnostic{Pos: km.Value.Pos, End: km.Value.End, Path: path.Key("kind"), Rule: "node-kind", Severity: diag.Error,
			Message: fmt.Sprintf("%q is not a Northflank template node kind", kind)}
		if g := diag.Closest(kind, schema.NodeKindNames()); g != "" {
			d.Suggestion = fmt.Sprintf("did you mean %q?", g)
		}
		t.report(d)
		return
	}
	t.ref(n, path)
	t.nodes = append(t.nodes, nodeVisit{node: n, path: path})
	spec := n.Get("spec")
	specPath := path.Key("spec")
	if spec == nil {
		t.missingSpec(n, kind, specPath)
		return
	}
	switch k := schema.NodeSpecKind(kind, t.teardown); {
	case k != nil:
		t.checkNode(n, k, path)
		if t.teardown && kind == "Workflow" {
			t.workflow(spec, specPath) // the teardown page leaves a workflow's spec untyped
		}
	case schema.NodeDefinition(kind, !t.teardown) != "":
		t.misplaced(km, kind, path)
	default:
		t.shape("#TemplateNode", shallow(n, "spec"), path, Span{Pos: n.Pos})
		t.res.Unchecked[kind]++
	}
	if info.Nested {
		t.nested(spec, specPath)
	}
	for _, c := range info.Children {
		sub := diag.Path{}
		for _, k := range c {
			sub = sub.Key(k)
		}
		t.children(n.Lookup(sub), append(path[:len(path):len(path)], sub...))
	}
}

// children visits a list of nodes, or one node, held by a container node.
func (t *templateWalk) children(n *source.Node, path diag.Path) {
	switch {
	case n == nil:
	case n.Kind == source.Array:
		for i, it := range n.Items {
			t.node(it, path.Index(i))
		}
	case n.Kind == source.Object:
		t.node(n, path)
	}
}

// ref records a node's ref and reports one already used.
func (t *templateWalk) ref(n *source.Node, path diag.Path) {
	m := n.Member("ref")
	if m == nil || m.Value.Kind != source.String {
		return
	}
	if t.refs == nil {
		t.refs = map[string]*source.Member{}
	}
	if first, dup := t.refs[m.Value.Text]; dup {
		t.report(diag.Diagnostic{Pos: m.Value.Pos, End: m.Value.End, Path: path.Key("ref"), Rule: "duplicate-ref", Severity: diag.Error,
			Message: fmt.Sprintf("ref %q is already used by another node", m.Value.Text),
			Related: []diag.Related{{Pos: first.Value.Pos, End: first.Value.End, Message: "first used here"}}})
		return
	}
	t.refs[m.Value.Text] = m
}
