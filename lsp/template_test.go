package lsp

import (
	"path/filepath"
	"testing"
)

// A template with placeholders and a suppression: the suppressed finding is gone, the
// arguments and refs complete inside ${args. and ${refs., and the misspelt argument's fix
// rewrites only the name.
func TestTemplatePlaceholdersAndSuppression(t *testing.T) {
	dir := workspace(t, "", "args-template.yaml")
	c := newClient(t, Options{})
	c.initialize(dir)
	uri := c.open(filepath.Join(dir, "args-template.yaml"), "yaml", read(t, dir, "args-template.yaml"))
	same(t, "diagnostics", diagLines(c.diagnostics(uri, 1)), []string{
		`3:2-3:11 2 unused-argument argument "INSTANCES" is declared but never used: refer to it as ${args.INSTANCES} or remove it`,
		`4:2-4:8 2 unused-argument argument "BRANCH" is declared but never used: refer to it as ${args.BRANCH} or remove it`,
		`17:23-17:39 1 undeclared-argument argument "INSTANCE" is not declared in the template's arguments / did you mean "INSTANCES"?`,
	})
	same(t, "arguments", labels(c.complete(uri, 17, 31)), []string{"INSTANCES", "BRANCH"})
	same(t, "refs", labels(c.complete(uri, 37, 26)), []string{"api"})
	same(t, "quick fix", edits(c.actions(uri, 17, 30))[:1], []string{
		`Change ${args.INSTANCE} to ${args.INSTANCES}: 17:23-17:39 "${args.INSTANCES}"`,
	})
	same(t, "hover in a DeploymentService node", firstLines(c.hoverAt(uri, 37, 14), 4), []string{
		"```text",
		"KIND:     deployment-service (POST /v1/templates, node body)",
		"FIELD:    spec.deployment.internal.id",
		"TYPE:     string",
	})
	c.exit()
}

// Each document of a multi-document file is its own kind, for hover as for findings.
func TestMultiDocument(t *testing.T) {
	dir := t.TempDir()
	text := "name: checkout-api\nbilling:\n  deploymentPlan: nf-compute-20\ndeployment:\n  instances: 1\n  docker:\n    configType: default\n" +
		"vcsData:\n  projectUrl: https://github.com/acme/checkout\n  projectType: github\n  projectBranch: main\n" +
		"buildSettings:\n  dockerfile:\n    dockerFilePath: /Dockerfile\n    dockerWorkDir: /\n" +
		"---\nname: nightly\nbilling:\n  deploymentPlan: nf-compute-10\nbackoffLimit: 2\nactiveDeadlineSeconds: 36\n" +
		"deployment:\n  external:\n    imagePath: ghcr.io/acme/reporter:1\n"
	c := newClient(t, Options{})
	c.initialize(dir)
	uri := c.open(filepath.Join(dir, "northflank.yaml"), "yaml", text)
	same(t, "diagnostics", diagLines(c.diagnostics(uri, 1)), []string{})
	same(t, "hover in the first document", firstLines(c.hoverAt(uri, 4, 3), 3)[1:], []string{
		"KIND:     combined-service (POST /v1/projects/{projectId}/services/combined, request body)",
		"FIELD:    deployment.instances",
	})
	same(t, "hover in the second document", firstLines(c.hoverAt(uri, 19, 3), 3)[1:], []string{
		"KIND:     manual-job (POST /v1/projects/{projectId}/jobs/manual, request body)",
		"FIELD:    backoffLimit",
	})
	c.exit()
}
