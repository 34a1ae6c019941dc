package lsp

import (
	"slices"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// Kinds that are not bodies but parts of a template, documented from their definitions like
// any kind: a node's own keys (kind, ref, spec, ...) and a workflow's spec (type, steps).
var (
	nodeKind = &schema.Kind{Name: "template node", Definition: "#TemplateNode", Body: "template", Verb: "create",
		Resource: "template", Endpoint: "POST /v1/templates", Page: "schema/template.cue"}
	workflowKind = &schema.Kind{Name: "workflow spec", Definition: "#WorkflowSpec", Body: "template", Verb: "create",
		Resource: "template", Endpoint: "POST /v1/templates", Page: "schema/template.cue"}
)

// A hit is what the cursor is on: the member whose key or scalar value holds it, or a scalar
// list item, with its path from the document root.
type hit struct {
	path       diag.Path
	start, end diag.Pos // what the cursor is on: the key, or the scalar
}

// docAt returns the document of a decoded file holding a 1-based line: the last one starting
// at or before it.
func docAt(src *source.Source, line int) *source.Document {
	var out *source.Document
	for _, d := range src.Docs {
		if d.Root != nil && (out == nil || d.Root.Pos.Line <= line) {
			out = d
		}
	}
	return out
}

// within reports whether p lies in [start, end]: the end counts, so a cursor just after a
// word is still on it.
func within(p, start, end diag.Pos) bool {
	return start.IsValid() && !p.Before(start) && end.IsValid() && !end.Before(p)
}

// find returns what the cursor is on below n, the deepest first, or nil.
func find(n *source.Node, path diag.Path, p diag.Pos) *hit {
	if n == nil {
		return nil
	}
	for _, m := range n.Members {
		mp := path.Key(m.Key)
		if within(p, m.KeyPos, m.KeyEnd) {
			return &hit{path: mp, start: m.KeyPos, end: m.KeyEnd}
		}
		v := m.Value
		if v.Kind != source.Object && v.Kind != source.Array {
			if within(p, v.Pos, v.End) {
				return &hit{path: mp, start: v.Pos, end: v.End}
			}
			continue
		}
		if h := find(v, mp, p); h != nil {
			return h
		}
	}
	for i, it := range n.Items {
		ip := path.Index(i)
		if it.Kind != source.Object && it.Kind != source.Array {
			if within(p, it.Pos, it.End) {
				return &hit{path: ip, start: it.Pos, end: it.End}
			}
			continue
		}
		if h := find(it, ip, p); h != nil {
			return h
		}
	}
	return nil
}

// resolve finds which kind documents the value at path, and its path in that kind's body: the
// kind the configuration names, else the document's; inside a template, the body of the node
// the path passes through (a node's spec is its kind's body), or the node's own keys.
func resolve(root *source.Node, path diag.Path, forced string) (*schema.Kind, diag.Path) {
	if root == nil {
		return nil, nil
	}
	var k *schema.Kind
	template := false
	switch {
	case forced == schema.Template || forced == "" && lint.IsTemplate(root):
		k, template = schema.TemplateKind, true
	case forced != "":
		if k = schema.KindByName(forced); k != nil && k.Body == "template" {
			template = true
		}
	case lint.IsNode(root):
		template = true
	default:
		k = lint.InferKind(root)
	}
	sub := diag.Path{}
	n := root
	for _, e := range path {
		if template && n != nil {
			if nk, ok := nodeKindOf(n); ok {
				k, sub = nodeKind, diag.Path{}
				if gk := generatedNodeKind(nk); gk != nil && nk != "Workflow" && nk != "LoopWorkflow" {
					// the node's own definition (issue 13's generated one) documents its keys and its
					// spec, with the fields that take a reference marked
					k = gk
				} else if e.Key == "spec" && !e.IsIndex {
					k = specKind(nk)
					n = n.Get("spec")
					continue
				}
			} else if n != root && lint.IsTemplate(n) {
				k, sub = schema.TemplateKind, diag.Path{} // a template a pipeline holds
			}
		}
		sub = append(sub, e)
		n = step(n, e)
	}
	if template && n != nil && len(sub) == 0 && k == nil {
		if _, ok := nodeKindOf(n); ok {
			k = nodeKind
		}
	}
	return k, sub
}

// nodeKindOf returns the kind a template node names, when n is one.
func nodeKindOf(n *source.Node) (string, bool) {
	if n.Kind != source.Object {
		return "", false
	}
	kv := n.Get("kind")
	if kv == nil || kv.Kind != source.String {
		return "", false
	}
	if schema.NodeKindInfoFor(kv.Text) == nil && !slices.Contains(schema.TemplateWrappers, kv.Text) {
		return "", false
	}
	return kv.Text, true
}

// generatedNodeKind is the kind whose definition is the node's generated one, or nil for a
// kind no reference page documents.
func generatedNodeKind(nodeKind string) *schema.Kind {
	if k := schema.NodeSpecKind(nodeKind, false); k != nil {
		return k
	}
	return schema.NodeSpecKind(nodeKind, true)
}

// specKind is the kind documenting a node's spec, or nil when nflint has none.
func specKind(nodeKindName string) *schema.Kind {
	if nodeKindName == "Workflow" || nodeKindName == "LoopWorkflow" {
		return workflowKind
	}
	return lint.NodeBodyKind(nodeKindName)
}

func step(n *source.Node, e diag.PathElem) *source.Node {
	if n == nil {
		return nil
	}
	if e.IsIndex {
		if n.Kind != source.Array || e.Index >= len(n.Items) {
			return nil
		}
		return n.Items[e.Index]
	}
	return n.Get(e.Key)
}
