package schema

import (
	"slices"
	"sync"
)

// A NodeKindInfo describes one kind of Northflank template node.
type NodeKindInfo struct {
	Name     string
	Category string
	// Children are the paths, from the node, of the fields that hold further nodes: a list
	// of nodes or a single node.
	Children [][]string
	// Nested is set for nodes that hold whole templates (pipelines, environments) somewhere in
	// their spec: nflint searches the spec for them.
	Nested bool
}

// NodeKinds lists the template node kinds Northflank documents, in one place. Sources, all
// under northflank.com/docs/v1/: application/infrastructure-as-code/template-nodes (flow
// control, team and project resources, actions, messages, conditions), api/team/templates/
// create-template (Subdomain, Domain), api/project/preview-blueprints (LoopWorkflow, LoopData,
// Release, RunTemplate, Approval), application/release/pipeline/configure-a-release-flow
// (Release), .../set-up-a-preview-environment (BuildSource), and
// application/infrastructure-as-code/configure-teardown-workflows (OpenTofu, OpenTofuDestroy);
// and the 2026 reference's create-template page, which adds BYOCRegistry,
// CustomDockerCredentials, EgressIp, Job, LLMModelDeployment, ExternalAddon, SSHIdentity,
// WorkloadIdentity, LoadBalancer, ReleaseStage, WorkflowTemplate, PreviewBlueprint and
// Template. Their specs are checked by the template-language definitions (issue 13); until
// then the kinds are known, counted and not checked.
var NodeKinds = []*NodeKindInfo{
	{Name: "Workflow", Category: "flow control", Children: [][]string{{"spec", "steps"}}},
	{Name: "LoopWorkflow", Category: "flow control", Children: [][]string{{"spec", "steps"}}},
	{Name: "LoopData", Category: "flow control"},

	{Name: "Project", Category: "team resource"},
	{Name: "BYOCIntegration", Category: "team resource"},
	{Name: "BYOCCluster", Category: "team resource"},
	{Name: "SubdomainPath", Category: "team resource"},
	{Name: "Subdomain", Category: "team resource"},
	{Name: "Domain", Category: "team resource"},
	{Name: "ResourceTag", Category: "team resource"},
	{Name: "CustomPlan", Category: "team resource"},
	{Name: "SecretInheritance", Category: "team resource"},
	{Name: "RolloutStrategy", Category: "team resource"},
	{Name: "BYOCRegistry", Category: "team resource"},
	{Name: "CustomDockerCredentials", Category: "team resource"},
	{Name: "EgressIp", Category: "team resource"},

	{Name: "CombinedService", Category: "project resource"},
	{Name: "BuildService", Category: "project resource"},
	{Name: "DeploymentService", Category: "project resource"},
	{Name: "CronJob", Category: "project resource"},
	{Name: "ManualJob", Category: "project resource"},
	{Name: "Addon", Category: "project resource"},
	{Name: "SecretGroup", Category: "project resource"},
	{Name: "Volume", Category: "project resource"},
	{Name: "Pipeline", Category: "project resource", Nested: true},
	{Name: "Environment", Category: "project resource", Nested: true},
	{Name: "Job", Category: "project resource"},
	{Name: "LLMModelDeployment", Category: "project resource"},
	{Name: "ExternalAddon", Category: "project resource"},
	{Name: "SSHIdentity", Category: "project resource"},
	{Name: "WorkloadIdentity", Category: "project resource"},
	{Name: "LoadBalancer", Category: "project resource"},
	{Name: "ReleaseStage", Category: "project resource"},
	{Name: "WorkflowTemplate", Category: "project resource", Nested: true},
	{Name: "PreviewBlueprint", Category: "project resource", Nested: true},

	{Name: "AddonBackup", Category: "action"},
	{Name: "AddonImport", Category: "action"},
	{Name: "JobRun", Category: "action"},
	{Name: "Build", Category: "action"},
	{Name: "Action", Category: "action"},
	{Name: "Release", Category: "action"},
	{Name: "BuildSource", Category: "action"},
	{Name: "RunTemplate", Category: "action"},
	{Name: "Approval", Category: "action"},
	{Name: "OpenTofu", Category: "action"},
	{Name: "OpenTofuDestroy", Category: "action"},
	{Name: "Template", Category: "action"},

	{Name: "Message", Category: "message"},
	{Name: "Condition", Category: "condition"},
}

// TemplateWrappers are the kinds that wrap a whole template inside a Pipeline or Environment
// node ({kind: "PreviewEnv", spec: {apiVersion, spec}}); they are not steps of a workflow.
var TemplateWrappers = []string{"PreviewEnv", "ReleaseFlow", "PreviewBlueprint"}

// NodeKindInfoFor returns what nflint knows of a template node kind, or nil.
func NodeKindInfoFor(name string) *NodeKindInfo {
	for _, k := range NodeKinds {
		if k.Name == name {
			return k
		}
	}
	return nil
}

// NodeKindNames lists the template node kinds, for suggestions.
func NodeKindNames() []string {
	var out []string
	for _, k := range NodeKinds {
		out = append(out, k.Name)
	}
	return out
}

// NodeDefinition is the definition of a node of the given kind, "#NodeAddon", or
// "#TeardownNodeAddon" for a node of a teardown spec; "" when Northflank's reference documents
// no such node there (template_nodes.gen.cue: the template page's kinds, and the kinds only
// release-flow and preview templates hold, #ReleaseFlowNodeRelease, #PreviewNodeBuildSource).
func NodeDefinition(kind string, teardown bool) string {
	prefixes := []string{"#Node", "#ReleaseFlowNode", "#PreviewNode"}
	if teardown {
		prefixes = []string{"#TeardownNode"}
	}
	ix, err := sources()
	if err != nil {
		return ""
	}
	for _, p := range prefixes {
		if _, ok := ix.decls[p+kind]; ok {
			return p + kind
		}
	}
	return ""
}

// NodeSpecKind is the kind a template node's spec is checked as: its Name is the kind the
// rules know the body by (a CombinedService node's spec is a combined-service to them), its
// Definition the node's, whose spec field holds the definition of the spec.
// The same kind is returned every time, so that what is read of its definition is kept.
func NodeSpecKind(kind string, teardown bool) *Kind {
	def := NodeDefinition(kind, teardown)
	if def == "" {
		return nil
	}
	if k, ok := nodeSpecKinds.Load(def); ok {
		return k.(*Kind)
	}
	name := kind
	for _, k := range Kinds {
		if slices.Contains(k.Aliases, kind) {
			name = k.Name
		}
	}
	if kind == "BuildService" {
		name = BuildServiceNode.Name
	}
	k, _ := nodeSpecKinds.LoadOrStore(def, &Kind{Name: name, Definition: def, Body: "node", Verb: "create", Resource: name,
		Endpoint: "POST /v1/templates", Page: "api/team/templates/create-template.md", Aliases: []string{kind}})
	return k.(*Kind)
}

var nodeSpecKinds sync.Map // definition -> *Kind
