package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

// The template node language. create-template.md prints the nodes a template's spec and its
// teardown spec may hold as the alternatives of those two fields, one per node kind; the
// template bodies leave both fields open (Opaque), and the generator writes each alternative
// as a definition of its own, #Node<Kind> and #TeardownNode<Kind>, which the template walk
// picks by the node's kind. Nodes hold further nodes where the page prints (undefined)
// (steps, a nested template's spec): open values, which the walk visits as nodes.

// nodesFile is the generated file of the node definitions.
const nodesFile = "template_nodes.gen.cue"

// nodePage is the page that documents the node language.
const nodePage = "api/team/templates/create-template.md"

// nodeLists are the fields of template bodies that hold node alternatives, and the prefix of
// their definitions. The template page's lists come first; the release-flow and preview
// pages add only the kinds it does not document (Release, BuildSource): a kind it documents
// has its definition wherever it appears.
var nodeLists = []struct{ Page, Section, Path, Prefix string }{
	{nodePage, RequestBody, "spec", "Node"},
	{nodePage, RequestBody, "teardownSpec.spec", "TeardownNode"},
	{"api/project/pipelines/get-release-flow.md", ResponseBody, "data.spec", "ReleaseFlowNode"},
	{"api/project/pipelines/update-preview-template.md", RequestBody, "spec", "PreviewNode"},
}

// nodeEndpoints are the endpoint bodies of node kinds that create what an endpoint page
// documents. The template page prints no (required) on a field that also takes a reference,
// nor on objects, arrays and multi-option fields: there the endpoint page's answer is used
// (schema/README.md, the merge rule). Kinds without one take required where the template
// page prints it, and nowhere else.
var nodeEndpoints = map[string]string{
	"Project":           "#Project",
	"BuildService":      "#BuildService",
	"CombinedService":   "#CombinedService",
	"DeploymentService": "#DeploymentService",
	"CronJob":           "#CronJob",
	"ManualJob":         "#ManualJob",
	"Addon":             "#Addon",
	"SecretGroup":       "#SecretGroup",
	"Volume":            "#Volume",
}

// nodeSeeds are the seed pages of the node kinds' families, whose numeric bounds apply to
// their specs as to the endpoint bodies (schema/README.md).
var nodeSeeds = map[string][]string{
	"CombinedService":   combinedSeeds,
	"DeploymentService": deploymentSeeds,
	"BuildService":      buildSeeds,
	"ManualJob":         jobSeeds,
	"CronJob":           jobSeeds,
}

// A nodeDef is one node kind's definition, merged and ready to print.
type nodeDef struct {
	Name string // "#NodeAddon"
	Kind string // "Addon"
	Page string // the page that documents it
	Val  *Val
}

// genNodes writes the node definitions of every node list of the template page.
func genNodes(refDir string, models map[string]*Val, seeds *Seeds, em *emitter, notes *Notes) (string, error) {
	var defs []nodeDef
	have := map[string]bool{}
	for _, list := range nodeLists {
		page, err := readPage(filepath.Join(refDir, pagesDir, list.Page))
		if err != nil {
			return "", err
		}
		body := readBody(page.Sections[list.Section])
		if len(body.Root.Alts) == 0 {
			return "", fmt.Errorf("%s: no %s", list.Page, list.Section)
		}
		f := fieldAt(body.Root.Alts[0], list.Path)
		if f == nil {
			return "", fmt.Errorf("%s: no field %s", list.Page, list.Path)
		}
		flow := list.Page != nodePage
		for _, a := range f.Alts {
			if flow && have[kindOfNode(a)] {
				continue
			}
			d, err := mergeNode(a, list.Page, list.Prefix, models, seeds, notes)
			if err != nil {
				return "", err
			}
			have[d.Kind] = have[d.Kind] || list.Prefix == "Node"
			defs = append(defs, d)
		}
	}
	for _, d := range defs {
		em.names[d.Name] = true
	}
	var b strings.Builder
	b.WriteString("// The template node language: one definition per node kind of a template's spec (#Node<Kind>)\n" +
		"// and of its teardown spec (#TeardownNode<Kind>), from " + nodePage + ", and of the kinds only\n" +
		"// release-flow and preview templates hold (#ReleaseFlowNode<Kind>, #PreviewNode<Kind>), from the\n" +
		"// pipelines pages.\n\n")
	for _, d := range defs {
		b.WriteString("// A " + d.Kind + " node (" + d.Page + ").\n" + d.Name + ": " + em.body(d.Val) + "\n\n")
	}
	text := strings.TrimSuffix(b.String(), "\n")
	return Header + "package nflint\n\n" + imports(text) + text, nil
}

// mergeNode merges one node alternative; its kind is the single value of its kind field.
func mergeNode(a *Alt, pageName, prefix string, models map[string]*Val, seeds *Seeds, notes *Notes) (nodeDef, error) {
	kind := kindOfNode(a)
	if kind == "" {
		return nodeDef{}, fmt.Errorf("%s: line %d: a node without a single kind", pageName, a.Line)
	}
	name := prefix + kind
	// the node's own fields first, its spec left open; then the spec as the body it is, at
	// the paths of the endpoint page and the seed pages of its family
	spec := BodySpec{Def: "#" + name, Page: pageName, Section: RequestBody, Opaque: []string{"spec"}}
	m := &merger{spec: spec, seeds: seeds, notes: notes, visited: map[string]bool{}, node: true}
	v := m.object(a, name, "", nil, false)
	v.Hint = name
	if p, f := prop(v, "spec"), fieldOf(a, "spec"); p != nil && f != nil {
		m.spec.Opaque, m.spec.Seeds = nil, nodeSeeds[kind]
		if ep := nodeEndpoints[kind]; ep != "" {
			m.endpoint = map[string]bool{}
			requiredPaths(models[ep], "", m.endpoint)
		}
		p.Val = m.value(f, "", nil)
		p.Val.Comment = ""
		nameSpec(p.Val, name+"Spec")
	}
	return nodeDef{Name: "#" + name, Kind: kind, Page: pageName, Val: v}, nil
}

// fieldOf is the field of an object alternative of that name.
func fieldOf(a *Alt, name string) *Field {
	for _, f := range a.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// kindOfNode is a node alternative's kind: the single value of its kind field, or "".
func kindOfNode(a *Alt) string {
	for _, f := range a.Fields {
		if f.Name == "kind" && len(f.Alts) == 1 && len(f.Alts[0].Enum) == 1 {
			return f.Alts[0].Enum[0]
		}
	}
	return ""
}

// nameSpec names a node's spec after its node: #NodeAddonSpec, and its alternatives
// #NodeAddonSpecOption1, ...
func nameSpec(v *Val, name string) {
	switch v.Kind {
	case "object":
		v.Hint = name
	case "union":
		for _, a := range v.Alts {
			if a.Kind == "object" {
				a.Hint = name + strings.TrimPrefix(a.Hint, "Spec")
			}
		}
	}
}

// fieldAt finds the field at a dotted path through the first object alternative of each
// field on the way.
func fieldAt(a *Alt, path string) *Field {
	var f *Field
	for _, name := range strings.Split(path, ".") {
		if a == nil {
			return nil
		}
		f = nil
		for _, g := range a.Fields {
			if g.Name == name {
				f = g
			}
		}
		if f == nil {
			return nil
		}
		a = nil
		for _, x := range f.Alts {
			if x.Kind == "object" {
				a = x
				break
			}
		}
	}
	return f
}

// requiredPaths records, for every field path of a body's model, whether it is required. A
// field of an alternative is required only when every alternative requires it: the template
// page may print the alternatives of the endpoint page as one object (a deployment's external
// and internal), and a field one alternative requires is not required of them all.
func requiredPaths(v *Val, path string, out map[string]bool) {
	if v == nil {
		return
	}
	switch v.Kind {
	case "object":
		for _, p := range v.Props {
			pp := join(path, p.Name)
			out[pp] = p.Required
			requiredPaths(p.Val, pp, out)
		}
	case "array":
		requiredPaths(v.Elem, path+"[]", out)
	case "union":
		var each []map[string]bool
		for _, a := range v.Alts {
			m := map[string]bool{}
			requiredPaths(a, path, m)
			each = append(each, m)
		}
		for _, m := range each {
			for p, req := range m {
				all := req
				for _, o := range each {
					all = all && o[p]
				}
				out[p] = all
			}
		}
	}
}

// endpointRequired is the endpoint page's answer for a node spec field the template page
// prints no (required) on, and whether it has one.
func (m *merger) endpointRequired(f *Field, path string) (bool, bool) {
	if m.endpoint == nil {
		return false, false
	}
	req, ok := m.endpoint[path]
	if ok && req && f.Ref {
		m.notes.row(m.spec.Def, Row{Field: "spec." + path, Seed: "endpoint page: required",
			Reference: "takes a reference, no (required)", Nflint: "required",
			Why: "the template page drops (required) where a field takes a reference; the endpoint page says it"})
	}
	return req, ok
}
