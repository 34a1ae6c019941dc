package rules

import (
	"fmt"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/lint"
)

// UndefinedRef reports ${refs.NAME...} where no node with ref NAME has run before.
var UndefinedRef = &lint.Rule{
	Name: "undefined-ref",
	Doc: "a template placeholder referring to a node that has not run\n\n" +
		"${refs.NAME.field} takes a value from the node with ref NAME, which must have run before the node using " +
		"it: in a sequential workflow an earlier step (or a node inside one), never a later step, a step of a " +
		"parallel workflow running beside it, the node itself or a workflow around it. Trigger refs are defined " +
		"from the start; a template without triggers that reads .branch or .sha of an unknown ref is assumed to " +
		"be run by a preview or release flow whose trigger has that ref. Each template held by a pipeline (release flow, preview) has its own refs; " +
		"${template.refs.NAME} names a node of the template around it.",
	Severity: diag.Error,
	Kinds:    []string{"template"},
	Run: func(p *lint.Pass) {
		scopes := templateScopes(p.Root)
		plans := map[*templateScope]*refPlan{}
		for _, s := range scopes {
			plans[s] = planRefs(s)
		}
		for _, s := range scopes {
			c := &refCheck{p: p, s: s, plan: plans[s]}
			if s.outer != nil {
				c.outer = plans[s.outer]
			}
			c.walk(s.root, s.path, nil)
		}
	},
}

type refCheck struct {
	p     *lint.Pass
	s     *templateScope
	plan  *refPlan
	outer *refPlan // the plan of the template around this one, if any
}

// walk checks the strings under n; owner is the innermost node holding them, nil for the
// template's own fields (arguments, options, triggers).
func (c *refCheck) walk(n *source.Node, path diag.Path, owner *refNode) {
	if n == nil || c.s.held[n] {
		return
	}
	if rn := c.plan.nodes[n]; rn != nil {
		owner = rn
	}
	if n.Kind == source.String {
		loc := newLocator(c.p.Source, n)
		for _, ph := range placeholders(n.Text) {
			for _, u := range uses(ph.body, "refs") {
				c.check(loc, path, ph, u.name, u.field, owner)
			}
			if c.outer != nil {
				for _, u := range uses(ph.body, "template.refs") {
					if !c.outer.defined(u.name) {
						c.report(loc, path, ph, fmt.Sprintf("no node of the template around this one has ref %s", quote(u.name)), c.outer, u.name)
					}
				}
			}
		}
	}
	for _, m := range n.Members {
		c.walk(m.Value, path.Key(m.Key), owner)
	}
	for i, it := range n.Items {
		c.walk(it, path.Index(i), owner)
	}
}

func (c *refCheck) check(loc *locator, path diag.Path, ph placeholder, name, field string, owner *refNode) {
	if !c.plan.defined(name) {
		if c.plan.stray[name] || len(c.plan.triggers) == 0 && (field == "branch" || field == "sha") {
			// A node outside the workflow structure, or most likely a trigger of the preview
			// or release flow that runs this template.
			return
		}
		if c.outer != nil && c.outer.defined(name) {
			c.reportOuter(loc, path, ph, name)
			return
		}
		c.report(loc, path, ph, fmt.Sprintf("no node has ref %s", quote(name)), c.plan, name)
		return
	}
	defs := c.plan.byRef[name]
	if owner == nil || c.plan.triggers[name] {
		return
	}
	for _, d := range defs {
		if relation(owner, d) == runsBefore {
			return
		}
	}
	d := defs[0]
	var msg string
	switch relation(owner, d) {
	case isSelf:
		msg = fmt.Sprintf("ref %s is this node's own: it is not defined until the node has run", quote(name))
	case encloses:
		msg = fmt.Sprintf("node %s encloses this one and has not finished when this one runs", quote(name))
	case runsParallel:
		msg = fmt.Sprintf("node %s runs in parallel with this one: its ref is not defined yet", quote(name))
	default:
		msg = fmt.Sprintf("node %s runs after this one: its ref is not defined yet", quote(name))
	}
	var at []diag.Related
	if relation(owner, d) != isSelf {
		at = []diag.Related{{Pos: d.refAt.Pos, End: d.refAt.End, Message: fmt.Sprintf("node %s is defined here", quote(name))}}
	}
	c.report(loc, path, ph, msg, nil, "", at...)
}

// report records a finding; when plan is set, it suggests the ref of plan closest to name.
func (c *refCheck) report(loc *locator, path diag.Path, ph placeholder, msg string, plan *refPlan, name string, related ...diag.Related) {
	d := diag.Diagnostic{Path: path, Message: msg, Related: related}
	d.Pos, d.End = loc.span(ph)
	if plan != nil {
		if rn := plan.unreffed(name); rn != nil {
			nm := rn.node.Get("spec").Get("name")
			d.Suggestion = fmt.Sprintf("the %s node named %s has no ref: add ref: %s to it", rn.node.Get("kind").Text, quote(nm.Text), name)
			d.Related = append(d.Related, diag.Related{Pos: nm.Pos, End: nm.End, Message: "the node named so, without a ref"})
		} else if g := plan.suggest(name); g != "" {
			d.Suggestion = fmt.Sprintf("did you mean %s?", quote(g))
		}
	}
	c.p.Report(d)
}

// reportOuter reports ${refs.X} in a held template where X is a node of the template
// around it, which the held template reaches as ${template.refs.X}.
func (c *refCheck) reportOuter(loc *locator, path diag.Path, ph placeholder, name string) {
	d := diag.Diagnostic{Path: path,
		Message: fmt.Sprintf("no node of this template has ref %s: that node belongs to the template around it", quote(name))}
	d.Pos, d.End = loc.span(ph)
	d.Suggestion = fmt.Sprintf("did you mean %s?", quote(strings.Replace(ph.text, "refs."+name, "template.refs."+name, 1)))
	c.p.Report(d)
}
