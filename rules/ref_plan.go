package rules

import (
	"sort"
	"strings"

	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/schema"
)

// A refPlan is the order in which the nodes of one template run, for the reference rules.
type refPlan struct {
	nodes    map[*source.Node]*refNode
	byRef    map[string][]*refNode
	triggers map[string]bool // refs of the template's triggers: defined before any node runs
	// stray holds refs of objects outside the workflow structure (a step nested wrongly):
	// the structure is reported by other rules, and "no node has ref" would mislead.
	stray map[string]bool
	// suggestions finds close ref names for messages; built at the first use.
	suggestions *suggester
}

// A refNode is one node of a template and where it runs.
type refNode struct {
	node  *source.Node
	ref   string
	refAt *source.Node // the ref value, for messages; nil without a ref
	trail []runStep    // from the template down to the node
}

// A runStep is one level of where a node runs: its place among the steps of a workflow.
// Level 0 is the template itself: its spec runs first (0), its teardown workflow later (1).
type runStep struct {
	workflow *source.Node
	parallel bool
	index    int
}

func planRefs(s *templateScope) *refPlan {
	pl := &refPlan{nodes: map[*source.Node]*refNode{}, byRef: map[string][]*refNode{}, triggers: map[string]bool{},
		stray: map[string]bool{}}
	pl.visit(s.root.Get("spec"), []runStep{{index: 0}})
	if td := s.root.Get("teardownSpec"); td != nil {
		pl.visit(td.Get("spec"), []runStep{{index: 1}})
	}
	if t := s.root.Get("triggers"); t != nil {
		for _, it := range t.Items {
			if r := it.Get("ref"); r != nil && r.Kind == source.String {
				pl.triggers[r.Text] = true
			}
		}
	}
	pl.strays(s.root, s.held)
	return pl
}

// strays records the refs of objects with a kind that the workflow walk did not reach.
func (pl *refPlan) strays(n *source.Node, held map[*source.Node]bool) {
	if n == nil || held[n] {
		return
	}
	if r, k := n.Get("ref"), n.Get("kind"); pl.nodes[n] == nil && r != nil && r.Kind == source.String && k != nil && k.Kind == source.String {
		pl.stray[r.Text] = true
	}
	for _, m := range n.Members {
		pl.strays(m.Value, held)
	}
	for _, it := range n.Items {
		pl.strays(it, held)
	}
}

// visit records a node and the nodes it holds as workflow steps. The templates a Pipeline or
// Environment node holds are scopes of their own and are not visited.
func (pl *refPlan) visit(n *source.Node, trail []runStep) {
	k := n.Get("kind")
	if k == nil || k.Kind != source.String {
		// A step without a kind is reported as such; its ref is not reported again at each use.
		if r := n.Get("ref"); r != nil && r.Kind == source.String {
			pl.stray[r.Text] = true
		}
		return
	}
	rn := &refNode{node: n, trail: trail}
	if r := n.Get("ref"); r != nil && r.Kind == source.String && !source.HasPlaceholder(r.Text) {
		rn.ref, rn.refAt = r.Text, r
		pl.byRef[r.Text] = append(pl.byRef[r.Text], rn)
	}
	pl.nodes[n] = rn
	info := schema.NodeKindInfoFor(k.Text)
	if info == nil {
		return
	}
	parallel := stringIs(n.Get("spec"), "type", "parallel")
	for _, c := range info.Children {
		sub := n
		for _, key := range c {
			sub = sub.Get(key)
		}
		switch {
		case sub == nil:
		case sub.Kind == source.Array:
			for i, it := range sub.Items {
				pl.visit(it, append(trail[:len(trail):len(trail)], runStep{n, parallel, i}))
			}
		case sub.Kind == source.Object:
			pl.visit(sub, append(trail[:len(trail):len(trail)], runStep{n, parallel, 0}))
		}
	}
}

// names lists every ref the template defines, for suggestions.
func (pl *refPlan) names() []string {
	var out []string
	for name := range pl.byRef {
		out = append(out, name)
	}
	for name := range pl.triggers {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// suggest returns the ref the template defines that name most likely means, or "".
func (pl *refPlan) suggest(name string) string {
	if pl.suggestions == nil {
		pl.suggestions = newSuggester(pl.names())
	}
	return pl.suggestions.closest(name)
}

// unreffed finds the node without a ref whose spec name is name (letters and digits compared,
// case ignored): the node a ${refs.name} most likely means, a better hint than a similar ref.
// Of several, the first in the file.
func (pl *refPlan) unreffed(name string) *refNode {
	var best *refNode
	for _, rn := range pl.nodes {
		nm := rn.node.Get("spec").Get("name")
		if rn.ref != "" || nm == nil || nm.Kind != source.String || looseName(nm.Text) != looseName(name) || looseName(name) == "" {
			continue
		}
		if best == nil || rn.node.Pos.Before(best.node.Pos) {
			best = rn
		}
	}
	return best
}

// looseName keeps a name's letters and digits, lower-cased: "API Server" and "api-server"
// name the same thing.
func looseName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// defined reports whether the template defines ref name anywhere.
func (pl *refPlan) defined(name string) bool { return pl.triggers[name] || len(pl.byRef[name]) > 0 }

// Relations of the node defining a ref to the node using it.
const (
	runsBefore   = ""
	isSelf       = "self"
	encloses     = "encloses"
	runsAfter    = "after"
	runsParallel = "parallel"
)

// relation says when def runs as seen from use: before it (its ref is defined), or not.
func relation(use, def *refNode) string {
	i := 0
	for i < len(use.trail) && i < len(def.trail) && use.trail[i] == def.trail[i] {
		i++
	}
	switch {
	case i == len(def.trail) && i == len(use.trail):
		return isSelf
	case i == len(def.trail):
		return encloses
	case i == len(use.trail):
		return runsAfter // def is one of use's own steps
	case use.trail[i].parallel:
		return runsParallel
	case def.trail[i].index < use.trail[i].index:
		return runsBefore
	}
	return runsAfter
}
