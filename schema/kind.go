package schema

import "strings"

// A Kind is one body nflint knows: the request or response of one API endpoint, or a
// Northflank template.
type Kind struct {
	Name       string   // the name users pass to --kind
	Definition string   // the CUE definition documents of this kind must satisfy
	Endpoint   string   // the API endpoint whose page defines it
	Body       string   // "request" or "response"
	Page       string   // the reference page in shared/seeds
	Aliases    []string // template node kind names that mean this kind
}

// Kinds lists every kind, in the order `nflint rules` and the README show them.
var Kinds = []*Kind{
	{Name: "combined-service", Definition: "#CombinedService", Body: "request",
		Endpoint: "POST /v1/projects/{projectId}/services/combined", Page: "000_de3a7dbf658d213d.txt",
		Aliases: []string{"CombinedService"}},
	{Name: "deployment-service", Definition: "#DeploymentService", Body: "request",
		Endpoint: "POST /v1/projects/{projectId}/services/deployment", Page: "001_0b3d970f963bdec9.txt",
		Aliases: []string{"DeploymentService"}},
	{Name: "manual-job", Definition: "#ManualJob", Body: "request",
		Endpoint: "POST /v1/projects/{projectId}/jobs/manual", Page: "003_24c4aeac9fb1aa05.txt",
		Aliases: []string{"ManualJob"}},
	{Name: "build-service-patch", Definition: "#BuildServicePatch", Body: "request",
		Endpoint: "PATCH /v1/projects/{projectId}/services/build/{serviceId}", Page: "004_67789af787f25195.txt"},
	{Name: "service", Definition: "#Service", Body: "response",
		Endpoint: "GET /v1/projects/{projectId}/services/{serviceId}", Page: "002_8aa80caf969d1f95.txt"},
	{Name: "combined-service-response", Definition: "#CombinedServiceResponse", Body: "response",
		Endpoint: "POST /v1/projects/{projectId}/services/combined", Page: "000_de3a7dbf658d213d.txt"},
	{Name: "deployment-service-response", Definition: "#DeploymentServiceResponse", Body: "response",
		Endpoint: "POST /v1/projects/{projectId}/services/deployment", Page: "001_0b3d970f963bdec9.txt"},
	{Name: "manual-job-response", Definition: "#ManualJobResponse", Body: "response",
		Endpoint: "POST /v1/projects/{projectId}/jobs/manual", Page: "003_24c4aeac9fb1aa05.txt"},
	{Name: "build-service-patch-response", Definition: "#BuildServicePatchResponse", Body: "response",
		Endpoint: "PATCH /v1/projects/{projectId}/services/build/{serviceId}", Page: "004_67789af787f25195.txt"},
}

// Template is the kind name of Northflank template files; templates hold nodes of the other
// kinds and have no single definition of their own.
const Template = "template"

// TemplateKind is a whole template document: its own keys are #Template (schema/template.cue,
// written by hand); its nodes are checked as their kinds. Rules that look at whole templates
// run with it.
var TemplateKind = &Kind{Name: Template, Definition: "#Template", Body: "template",
	Endpoint: "POST /v1/team/templates", Page: "schema/template.cue"}

// KindByName finds a kind by its name or one of its aliases; case matters, as in the API.
func KindByName(name string) *Kind {
	for _, k := range Kinds {
		if k.Name == name {
			return k
		}
		for _, a := range k.Aliases {
			if a == name {
				return k
			}
		}
	}
	return nil
}

// Names lists every kind name users may pass, template included.
func Names() []string {
	var out []string
	for _, k := range Kinds {
		out = append(out, k.Name)
	}
	return append(out, Template)
}

// NamesText is Names joined for messages.
func NamesText() string { return strings.Join(Names(), ", ") }

// BuildServiceNode is the body of a BuildService template node. It is not a kind users name:
// it exists only inside templates.
var BuildServiceNode = &Kind{Name: "build-service-node", Definition: "#BuildServiceNode", Body: "request",
	Endpoint: "PATCH /v1/projects/{projectId}/services/build/{serviceId}", Page: "004_67789af787f25195.txt",
	Aliases: []string{"BuildService"}}

// NodeKind finds the kind that checks the spec of a template node of the given kind.
func NodeKind(nodeKind string) *Kind {
	if nodeKind == "BuildService" {
		return BuildServiceNode
	}
	for _, k := range Kinds {
		for _, a := range k.Aliases {
			if a == nodeKind {
				return k
			}
		}
	}
	return nil
}
