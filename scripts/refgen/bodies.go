package main

// A BodySpec is one body the generator writes: a section of a reference page, the js-client
// type that says which objects are required, and the seed kinds whose numeric bounds apply.
type BodySpec struct {
	Def     string   // the CUE definition: "#CombinedService"
	Page    string   // the page, relative to northflank-api-2026-06/: "api/project/services/create-combined-service.md"
	Section string   // RequestBody or ResponseBody
	TSType  string   // the js-client type of the body ("...Data"; "...Result" is the data of a response)
	Seeds   []string // the seed kinds of the same resource family (seed-facts.json); none: no numeric bounds
	// Opaque lists the paths whose values the generator leaves open (_): the template node
	// language, which issue 13 encodes.
	Opaque []string
}

// Wrapped reports whether the body is a response, {"data": {...}}, whose js-client type is
// the data.
func (b BodySpec) Wrapped() bool { return b.Section == ResponseBody }

const (
	services = "api/project/services/"
	jobs     = "api/project/jobs/"
)

var (
	combinedSeeds   = []string{"combined-service"}
	deploymentSeeds = []string{"deployment-service"}
	buildSeeds      = []string{"build-service-patch"}
	jobSeeds        = []string{"manual-job"}
	templateOpaque  = []string{"spec", "teardownSpec.spec"}
)

// Bodies lists every body, in the order the generator numbers shared definitions.
var Bodies = []BodySpec{
	{"#CombinedService", services + "create-combined-service.md", RequestBody, "CreateServiceCombinedData", combinedSeeds, nil},
	{"#CombinedServicePut", services + "put-combined-service.md", RequestBody, "PutServiceCombinedData", combinedSeeds, nil},
	{"#CombinedServicePatch", services + "patch-combined-service.md", RequestBody, "PatchServiceCombinedData", combinedSeeds, nil},
	{"#DeploymentService", services + "create-deployment-service.md", RequestBody, "CreateServiceDeploymentData", deploymentSeeds, nil},
	{"#DeploymentServicePut", services + "put-deployment-service.md", RequestBody, "PutServiceDeploymentData", deploymentSeeds, nil},
	{"#DeploymentServicePatch", services + "patch-deployment-service.md", RequestBody, "PatchServiceDeploymentData", deploymentSeeds, nil},
	{"#BuildService", services + "create-build-service.md", RequestBody, "CreateServiceBuildData", buildSeeds, nil},
	{"#BuildServicePut", services + "put-build-service.md", RequestBody, "PutServiceBuildData", buildSeeds, nil},
	{"#BuildServicePatch", services + "patch-build-service.md", RequestBody, "PatchServiceBuildData", buildSeeds, nil},
	{"#ManualJob", jobs + "create-manual-job.md", RequestBody, "CreateJobManualData", jobSeeds, nil},
	{"#ManualJobPut", jobs + "put-manual-job.md", RequestBody, "PutJobManualData", jobSeeds, nil},
	{"#ManualJobPatch", jobs + "patch-manual-job.md", RequestBody, "PatchJobManualData", jobSeeds, nil},
	{"#CronJob", jobs + "create-cron-job.md", RequestBody, "CreateJobCronData", jobSeeds, nil},
	{"#CronJobPut", jobs + "put-cron-job.md", RequestBody, "PutJobCronData", jobSeeds, nil},
	{"#CronJobPatch", jobs + "patch-cron-job.md", RequestBody, "PatchJobCronData", jobSeeds, nil},
	{"#Addon", "api/project/addons/create-addon.md", RequestBody, "CreateAddonData", nil, nil},
	{"#AddonPut", "api/project/addons/put-addon.md", RequestBody, "PutAddonData", nil, nil},
	{"#AddonPatch", "api/project/addons/patch-addon.md", RequestBody, "PatchAddonData", nil, nil},
	{"#SecretGroup", "api/project/secrets/create-project-secret.md", RequestBody, "CreateSecretData", nil, nil},
	{"#SecretGroupPut", "api/project/secrets/put-project-secret.md", RequestBody, "PutSecretData", nil, nil},
	{"#SecretGroupPatch", "api/project/secrets/patch-project-secret.md", RequestBody, "PatchSecretData", nil, nil},
	{"#Volume", "api/project/volumes/create-volume.md", RequestBody, "CreateVolumeData", nil, nil},
	{"#VolumeUpdate", "api/project/volumes/update-volume.md", RequestBody, "UpdateVolumeData", nil, nil},
	{"#Project", "api/team/projects/create-project.md", RequestBody, "CreateProjectData", nil, nil},
	{"#ProjectPut", "api/team/projects/create-or-update-project.md", RequestBody, "PutProjectData", nil, nil},
	{"#ProjectUpdate", "api/team/projects/update-project.md", RequestBody, "PatchProjectData", nil, nil},
	{"#TemplateCreate", "api/team/templates/create-template.md", RequestBody, "CreateTemplateData", nil, templateOpaque},
	{"#TemplateUpdate", "api/team/templates/update-template.md", RequestBody, "UpdateTemplateData", nil, templateOpaque},
	{"#CombinedServiceResponse", services + "create-combined-service.md", ResponseBody, "CreateServiceCombinedResult", []string{"combined-service-response"}, nil},
	{"#DeploymentServiceResponse", services + "create-deployment-service.md", ResponseBody, "CreateServiceDeploymentResult", []string{"deployment-service-response"}, nil},
	{"#ManualJobResponse", jobs + "create-manual-job.md", ResponseBody, "CreateJobManualResult", []string{"manual-job-response"}, nil},
	{"#BuildServicePatchResponse", services + "patch-build-service.md", ResponseBody, "PatchServiceBuildResult", []string{"build-service-patch-response"}, nil},
	{"#Service", services + "get-service.md", ResponseBody, "GetServiceResult", []string{"service"}, nil},
}
