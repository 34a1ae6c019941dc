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
		"KIND:     deployment-service (POST /v1/projects/{projectId}/services/deployment, request body)",
		"FIELD:    deployment.internal.id",
		"TYPE:     string",
	})
	c.exit()
}
