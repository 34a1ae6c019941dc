package lsp

import (
	"path/filepath"
	"strings"
	"testing"
)

// The combined-service body: findings with their ranges, hover on a key, completion of a
// value and of keys, and the quick fixes of each finding.
func TestCombinedServiceBody(t *testing.T) {
	dir := workspace(t, "", "combined.yaml")
	c := newClient(t, Options{})
	c.initialize(dir)
	text := read(t, dir, "combined.yaml")
	uri := c.open(filepath.Join(dir, "combined.yaml"), "yaml", text)
	same(t, "diagnostics", diagLines(c.diagnostics(uri, 1)), []string{
		`12:14-12:18 1 enum "http" is not one of HTTP, HTTP/2, TCP, UDP / did you mean "HTTP"?`,
		`13:0-13:7 1 required required field "projectBranch" is missing`,
		`18:4-18:18 1 unknown-field unknown field "dockerfilePath" / did you mean "dockerFilePath"?`,
	})
	same(t, "hover on protocol", strings.Split(c.hoverAt(uri, 12, 6), "\n"), []string{
		"```text",
		"KIND:     combined-service (POST /v1/projects/{projectId}/services/combined, request body)",
		"FIELD:    ports[].protocol",
		"TYPE:     string",
		"REQUIRED: yes",
		"",
		"DESCRIPTION:",
		"    The protocol to use for the port.",
		"",
		"CONSTRAINTS:",
		"    one of: HTTP, HTTP/2, TCP, UDP",
		"```",
	})
	same(t, "values of protocol", labels(c.complete(uri, 12, 14)), []string{"HTTP", "HTTP/2", "TCP", "UDP"})
	same(t, "quick fixes of the enum", edits(c.actions(uri, 12, 15)), []string{
		`Change http to HTTP: 12:14-12:18 "HTTP"`,
		`Suppress enum on this line (then write why after --): 12:0-12:0 "    # nflint-ignore enum --\n"`,
	})
	same(t, "quick fixes of the missing field", edits(c.actions(uri, 13, 2)), []string{
		`Add the missing field "projectBranch": 14:2-14:2 "projectBranch: \"\"\n  "`,
		`Suppress required on this line (then write why after --): 13:0-13:0 "# nflint-ignore required --\n"`,
	})
	same(t, "quick fixes of the unknown field", edits(c.actions(uri, 18, 6))[:1], []string{
		`Change dockerfilePath to dockerFilePath: 18:4-18:18 "dockerFilePath"`,
	})

	// Typing a new key in the first port: its fields not yet written.
	typed := strings.Replace(text, "    public: true\n", "    public: true\n    \n", 1)
	c.change(uri, 2, typed)
	c.diagnostics(uri, 2)
	same(t, "keys of a port", labels(c.complete(uri, 12, 4)), []string{"security", "domains", "disableNfDomain", "advancedOptions"})
	// In vcsData, which lacks a required field: that field first, with its type.
	typed = strings.Replace(text, "  projectType: github\n", "  projectType: github\n  pro\n", 1)
	c.change(uri, 3, typed)
	c.diagnostics(uri, 3)
	items := c.complete(uri, 16, 5)
	if len(items) < 2 || items[0].Label != "projectBranch" || items[0].Detail != "string, required" {
		t.Fatalf("keys of vcsData: %+v", items)
	}
	if e := items[0].TextEdit; e == nil || e.NewText != "projectBranch: " || e.Range != (textRange{position{16, 2}, position{16, 5}}) {
		t.Errorf("completion edit: %+v", e)
	}
	// The suppression the quick fix writes holds until its reason is written, and says so.
	typed = strings.Replace(text, "    protocol: http\n", "    # nflint-ignore enum --\n    protocol: http\n", 1)
	c.change(uri, 4, typed)
	same(t, "after the suppression quick fix", diagLines(c.diagnostics(uri, 4))[:1], []string{
		`12:4-12:27 2 suppression-reason nflint-ignore has no reason: add one after " -- " saying why the finding does not apply`,
	})
	c.exit()
}

// A template with an Addon node: the findings on its misspelt key and on a misspelt node kind,
// with their fixes, hover on a field of the Addon's spec, node kinds after kind:, and the
// fields of the Addon spec's billing.
func TestAddonNodeInTemplate(t *testing.T) {
	dir := workspace(t, "", "addon-template.yaml")
	c := newClient(t, Options{})
	c.initialize(dir)
	uri := c.open(filepath.Join(dir, "addon-template.yaml"), "yaml", read(t, dir, "addon-template.yaml"))
	same(t, "diagnostics", diagLines(c.diagnostics(uri, 1)), []string{
		`8:8-8:12 1 unknown-field unknown field "refs" / did you mean "ref"?`,
		`17:14-17:18 1 node-kind "Adon" is not a Northflank template node kind / did you mean "Addon"?`,
	})
	same(t, "quick fixes on the Addon node", edits(c.actions(uri, 8, 10)), []string{
		`Change refs to ref: 8:8-8:12 "ref"`,
		`Suppress unknown-field on this line (then write why after --): 8:0-8:0 "        # nflint-ignore unknown-field --\n"`,
	})
	same(t, "quick fix of the node kind", edits(c.actions(uri, 17, 15))[:1], []string{`Change Adon to Addon: 17:14-17:18 "Addon"`})
	same(t, "hover on the Addon's type", strings.Split(c.hoverAt(uri, 11, 12), "\n"), []string{
		"```text",
		"KIND:     Addon (POST /v1/templates, node body)",
		"FIELD:    spec.type",
		"TYPE:     string",
		"REQUIRED: yes, in this alternative",
		"IN:       alternative 1 of 3 of spec",
		"",
		"DESCRIPTION:",
		"    The identifier for the type of addon. Addon types can be found at the Get Addon Types",
		"    endpoint.",
		"```",
	})
	kinds := labels(c.complete(uri, 17, 14))
	if len(kinds) < 40 || kinds[0] != "Action" || kinds[1] != "Addon" {
		t.Errorf("node kinds after kind: %v", kinds)
	}
	same(t, "fields of the Addon's billing", labels(c.complete(uri, 15, 12)), []string{"storageClass", "storage", "zonalRedundancy", "diskAutoscaling"})
	c.exit()
}
