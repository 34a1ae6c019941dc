package rules

import (
	"sort"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// builtinArguments are the arguments Northflank provides without a declaration: a preview
// template's name and previewId. nflint accepts them in every template, since it cannot
// always tell a preview template from another.
var builtinArguments = []string{"name", "previewId"}

// A templateScope is one template of a template document: the document itself, or a template
// a Pipeline or Environment node holds (a release flow, a preview). Each has its own
// arguments and its own nodes; the nodes of a held template run later, on their own.
type templateScope struct {
	root  *source.Node // the template object: {apiVersion, arguments, spec, ...}
	path  diag.Path
	outer *templateScope
	held  map[*source.Node]bool // roots of the templates this one holds, outside its own text
}

// templateScopes returns the document's template and every template held inside it, outer
// ones first.
func templateScopes(root *source.Node) []*templateScope {
	top := &templateScope{root: root, path: diag.Path{}, held: map[*source.Node]bool{}}
	out := []*templateScope{top}
	var find func(s *templateScope, n *source.Node, path diag.Path)
	find = func(s *templateScope, n *source.Node, path diag.Path) {
		if n == nil {
			return
		}
		// A node whose spec is a whole template holds it: PreviewEnv, ReleaseFlow,
		// WorkflowTemplate and the like.
		if k := n.Get("kind"); k != nil && k.Kind == source.String {
			if inner := n.Get("spec"); inner != nil && inner.Kind == source.Object && inner.Member("apiVersion") != nil && inner.Member("spec") != nil {
				t := &templateScope{root: inner, path: path.Key("spec"), outer: s, held: map[*source.Node]bool{}}
				s.held[inner] = true
				out = append(out, t)
				find(t, inner, t.path)
				return
			}
		}
		// path is one buffer for the walk (Key copies it where a scope keeps it)
		for _, m := range n.Members {
			find(s, m.Value, append(path, diag.PathElem{Key: m.Key}))
		}
		for i, it := range n.Items {
			find(s, it, append(path, diag.PathElem{Index: i, IsIndex: true}))
		}
	}
	find(top, root, make(diag.Path, 0, 16))
	return out
}

// strings calls fn for every string of the template's own text: not those of the templates
// it holds.
func (s *templateScope) strings(fn func(*source.Node, diag.Path)) {
	walkStrings(s.root, s.path, s.held, fn)
}

// arguments returns the members of the template's arguments object.
func (s *templateScope) arguments() []*source.Member {
	return members(s.root.Get("arguments"))
}

// members returns an object's members; nil for anything else.
func members(n *source.Node) []*source.Member {
	if n == nil || n.Kind != source.Object {
		return nil
	}
	return n.Members
}

// declared returns the argument names a placeholder of this template may use: its
// arguments and argument overrides, the built-ins, and those of the templates around it.
func (s *templateScope) declared() []string {
	var out []string
	for t := s; t != nil; t = t.outer {
		for _, key := range []string{"arguments", "argumentOverrides"} {
			for _, m := range members(t.root.Get(key)) {
				out = append(out, m.Key)
			}
		}
	}
	out = append(out, builtinArguments...)
	sort.Strings(out)
	return out
}
