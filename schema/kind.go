package schema

import "strings"

// A Kind is one body nflint knows: the request or response of one API endpoint, or a
// Northflank template.
type Kind struct {
	Name       string   // the name users pass to --kind
	Definition string   // the CUE definition documents of this kind must satisfy
	Endpoint   string   // the API endpoint whose page defines it
	Body       string   // "request", "response" or "template"
	Verb       string   // create, put (create or update), patch, update, get
	Resource   string   // what the endpoint acts on: combined-service, addon, ...
	Page       string   // the reference page, under schema/reference/northflank-api-2026-06
	Aliases    []string // template node kind names that mean this kind
}

// Kinds lists every kind, in the order `nflint rules` and the README show them: each
// resource's create, put and patch (or update) request bodies, then the responses. The
// definitions are generated from Northflank's API reference (scripts/refgen).
var Kinds = []*Kind{
	{Name: "combined-service", Definition: "#CombinedService", Body: "request", Verb: "create", Resource: "combined-service",
		Endpoint: "POST /v1/projects/{projectId}/services/combined", Page: "api/project/services/create-combined-service.md",
		Aliases: []string{"CombinedService"}},
	{Name: "combined-service-put", Definition: "#CombinedServicePut", Body: "request", Verb: "put", Resource: "combined-service",
		Endpoint: "PUT /v1/projects/{projectId}/services/combined", Page: "api/project/services/put-combined-service.md"},
	{Name: "combined-service-patch", Definition: "#CombinedServicePatch", Body: "request", Verb: "patch", Resource: "combined-service",
		Endpoint: "PATCH /v1/projects/{projectId}/services/combined/{serviceId}", Page: "api/project/services/patch-combined-service.md"},
	{Name: "deployment-service", Definition: "#DeploymentService", Body: "request", Verb: "create", Resource: "deployment-service",
		Endpoint: "POST /v1/projects/{projectId}/services/deployment", Page: "api/project/services/create-deployment-service.md",
		Aliases: []string{"DeploymentService"}},
	{Name: "deployment-service-put", Definition: "#DeploymentServicePut", Body: "request", Verb: "put", Resource: "deployment-service",
		Endpoint: "PUT /v1/projects/{projectId}/services/deployment", Page: "api/project/services/put-deployment-service.md"},
	{Name: "deployment-service-patch", Definition: "#DeploymentServicePatch", Body: "request", Verb: "patch", Resource: "deployment-service",
		Endpoint: "PATCH /v1/projects/{projectId}/services/deployment/{serviceId}", Page: "api/project/services/patch-deployment-service.md"},
	{Name: "build-service", Definition: "#BuildService", Body: "request", Verb: "create", Resource: "build-service",
		Endpoint: "POST /v1/projects/{projectId}/services/build", Page: "api/project/services/create-build-service.md"},
	{Name: "build-service-put", Definition: "#BuildServicePut", Body: "request", Verb: "put", Resource: "build-service",
		Endpoint: "PUT /v1/projects/{projectId}/services/build", Page: "api/project/services/put-build-service.md"},
	{Name: "build-service-patch", Definition: "#BuildServicePatch", Body: "request", Verb: "patch", Resource: "build-service",
		Endpoint: "PATCH /v1/projects/{projectId}/services/build/{serviceId}", Page: "api/project/services/patch-build-service.md"},
	{Name: "manual-job", Definition: "#ManualJob", Body: "request", Verb: "create", Resource: "manual-job",
		Endpoint: "POST /v1/projects/{projectId}/jobs/manual", Page: "api/project/jobs/create-manual-job.md",
		Aliases: []string{"ManualJob"}},
	{Name: "manual-job-put", Definition: "#ManualJobPut", Body: "request", Verb: "put", Resource: "manual-job",
		Endpoint: "PUT /v1/projects/{projectId}/jobs/manual", Page: "api/project/jobs/put-manual-job.md"},
	{Name: "manual-job-patch", Definition: "#ManualJobPatch", Body: "request", Verb: "patch", Resource: "manual-job",
		Endpoint: "PATCH /v1/projects/{projectId}/jobs/manual/{jobId}", Page: "api/project/jobs/patch-manual-job.md"},
	{Name: "cron-job", Definition: "#CronJob", Body: "request", Verb: "create", Resource: "cron-job",
		Endpoint: "POST /v1/projects/{projectId}/jobs/cron", Page: "api/project/jobs/create-cron-job.md"},
	{Name: "cron-job-put", Definition: "#CronJobPut", Body: "request", Verb: "put", Resource: "cron-job",
		Endpoint: "PUT /v1/projects/{projectId}/jobs/cron", Page: "api/project/jobs/put-cron-job.md"},
	{Name: "cron-job-patch", Definition: "#CronJobPatch", Body: "request", Verb: "patch", Resource: "cron-job",
		Endpoint: "PATCH /v1/projects/{projectId}/jobs/cron/{jobId}", Page: "api/project/jobs/patch-cron-job.md"},
	{Name: "addon", Definition: "#Addon", Body: "request", Verb: "create", Resource: "addon",
		Endpoint: "POST /v1/projects/{projectId}/addons", Page: "api/project/addons/create-addon.md"},
	{Name: "addon-put", Definition: "#AddonPut", Body: "request", Verb: "put", Resource: "addon",
		Endpoint: "PUT /v1/projects/{projectId}/addons", Page: "api/project/addons/put-addon.md"},
	{Name: "addon-patch", Definition: "#AddonPatch", Body: "request", Verb: "patch", Resource: "addon",
		Endpoint: "PATCH /v1/projects/{projectId}/addons/{addonId}", Page: "api/project/addons/patch-addon.md"},
	{Name: "secret-group", Definition: "#SecretGroup", Body: "request", Verb: "create", Resource: "secret-group",
		Endpoint: "POST /v1/projects/{projectId}/secrets", Page: "api/project/secrets/create-project-secret.md"},
	{Name: "secret-group-put", Definition: "#SecretGroupPut", Body: "request", Verb: "put", Resource: "secret-group",
		Endpoint: "PUT /v1/projects/{projectId}/secrets", Page: "api/project/secrets/put-project-secret.md"},
	{Name: "secret-group-patch", Definition: "#SecretGroupPatch", Body: "request", Verb: "patch", Resource: "secret-group",
		Endpoint: "PATCH /v1/projects/{projectId}/secrets/{secretId}", Page: "api/project/secrets/patch-project-secret.md"},
	{Name: "volume", Definition: "#Volume", Body: "request", Verb: "create", Resource: "volume",
		Endpoint: "POST /v1/projects/{projectId}/volumes", Page: "api/project/volumes/create-volume.md"},
	{Name: "volume-update", Definition: "#VolumeUpdate", Body: "request", Verb: "update", Resource: "volume",
		Endpoint: "POST /v1/projects/{projectId}/volumes/{volumeId}", Page: "api/project/volumes/update-volume.md"},
	{Name: "project", Definition: "#Project", Body: "request", Verb: "create", Resource: "project",
		Endpoint: "POST /v1/projects", Page: "api/team/projects/create-project.md"},
	{Name: "project-put", Definition: "#ProjectPut", Body: "request", Verb: "put", Resource: "project",
		Endpoint: "PUT /v1/projects", Page: "api/team/projects/create-or-update-project.md"},
	{Name: "project-update", Definition: "#ProjectUpdate", Body: "request", Verb: "update", Resource: "project",
		Endpoint: "PATCH /v1/projects/{projectId}", Page: "api/team/projects/update-project.md"},
	{Name: "template-update", Definition: "#TemplateUpdate", Body: "template", Verb: "update", Resource: "template",
		Endpoint: "POST /v1/templates/{templateId}", Page: "api/team/templates/update-template.md"},
	{Name: "service", Definition: "#Service", Body: "response", Verb: "get", Resource: "service",
		Endpoint: "GET /v1/projects/{projectId}/services/{serviceId}", Page: "api/project/services/get-service.md"},
	{Name: "combined-service-response", Definition: "#CombinedServiceResponse", Body: "response", Verb: "create", Resource: "combined-service",
		Endpoint: "POST /v1/projects/{projectId}/services/combined", Page: "api/project/services/create-combined-service.md"},
	{Name: "deployment-service-response", Definition: "#DeploymentServiceResponse", Body: "response", Verb: "create", Resource: "deployment-service",
		Endpoint: "POST /v1/projects/{projectId}/services/deployment", Page: "api/project/services/create-deployment-service.md"},
	{Name: "manual-job-response", Definition: "#ManualJobResponse", Body: "response", Verb: "create", Resource: "manual-job",
		Endpoint: "POST /v1/projects/{projectId}/jobs/manual", Page: "api/project/jobs/create-manual-job.md"},
	{Name: "build-service-patch-response", Definition: "#BuildServicePatchResponse", Body: "response", Verb: "patch", Resource: "build-service",
		Endpoint: "PATCH /v1/projects/{projectId}/services/build/{serviceId}", Page: "api/project/services/patch-build-service.md"},
}

// Template is the kind name of Northflank template files; templates hold nodes of the other
// kinds and have no single definition of their own.
const Template = "template"

// TemplateKind is a whole template document: its own keys are #Template (schema/template.cue,
// written by hand); its nodes are checked as their kinds. Rules that look at whole templates
// run with it.
var TemplateKind = &Kind{Name: Template, Definition: "#Template", Body: "template", Verb: "create",
	Resource: "template", Endpoint: "POST /v1/templates", Page: "schema/template.cue"}

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

// BuildServiceNode is the spec of a BuildService template node, generated from the template
// page with required flags from the create-build-service page (template_nodes.gen.cue). It is
// not a kind users name: it exists only inside templates.
var BuildServiceNode = &Kind{Name: "build-service-node", Definition: "#NodeBuildServiceSpec", Body: "request",
	Verb: "create", Resource: "build-service", Endpoint: "POST /v1/projects/{projectId}/services/build",
	Page: "api/team/templates/create-template.md", Aliases: []string{"BuildService"}}

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
