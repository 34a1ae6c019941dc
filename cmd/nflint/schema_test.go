package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runMain(args ...string) (string, string, int) {
	var stdout, stderr bytes.Buffer
	code := Main(args, strings.NewReader(""), &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

// TestSchemaCommand checks what an editor user relies on in the exported schema: the draft,
// closed objects, open maps, alternatives and conditions. TestJSONSchemaAgrees checks the
// verdicts; this pins the shape.
func TestSchemaCommand(t *testing.T) {
	stdout, stderr, code := runMain("schema", "--kind", "combined-service")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var s map[string]any
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if s["$schema"] != "http://json-schema.org/draft-07/schema#" || s["additionalProperties"] != false {
		t.Errorf("want a closed draft-07 schema, got $schema=%v additionalProperties=%v", s["$schema"], s["additionalProperties"])
	}
	props := s["properties"].(map[string]any)
	name := props["name"].(map[string]any)
	if name["minLength"] != 3.0 || name["maxLength"] != 54.0 || name["description"] != "The name of the service." {
		t.Errorf("name: %v", name)
	}
	if env := props["runtimeEnvironment"].(map[string]any); env["additionalProperties"] != nil || env["type"] != "object" {
		t.Errorf("runtimeEnvironment must be an open object: %v", env)
	}
	if bs := props["buildSettings"].(map[string]any); len(bs["oneOf"].([]any)) != 2 {
		t.Errorf("buildSettings must be oneOf two alternatives: %v", bs)
	}
	docker := s["definitions"].(map[string]any)["Docker"].(map[string]any)
	cond, _ := json.Marshal(docker["allOf"])
	want := `{"if":{"properties":{"configType":{"enum":["customCommand","customEntrypointCustomCommand"]}},"required":["configType"]},"then":{"required":["customCommand"]}}`
	if !strings.Contains(string(cond), want) {
		t.Errorf("Docker conditions:\n%s\nwant to contain\n%s", cond, want)
	}
}

// TestSchemaTemplate checks nflint schema --kind template prints the template's own shape: a
// closed object requiring apiVersion, whose spec is left to the node kinds.
func TestSchemaTemplate(t *testing.T) {
	stdout, stderr, code := runMain("schema", "--kind", "template")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var s struct {
		AdditionalProperties *bool          `json:"additionalProperties"`
		Required             []string       `json:"required"`
		Properties           map[string]any `json:"properties"`
	}
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if s.AdditionalProperties == nil || *s.AdditionalProperties || strings.Join(s.Required, ",") != "name,apiVersion,spec" ||
		s.Properties["spec"] == nil || s.Properties["teardownSpec"] == nil || len(s.Properties) != 13 {
		t.Errorf("template schema: %s", stdout)
	}
}

func TestSchemaOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "manual-job.json")
	stdout, stderr, code := runMain("schema", "-k", "ManualJob", "-o", out)
	if code != exitOK || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil || !json.Valid(b) || !bytes.Contains(b, []byte(`"title": "Northflank manual-job`)) {
		t.Errorf("output file: %v\n%.200s", err, b)
	}
}

func TestSchemaUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{args: []string{"schema"}, stderr: "nflint: --kind is required: use one of combined-service, "},
		{args: []string{"schema", "--kind", "combined-servise"}, stderr: `nflint: unknown kind "combined-servise" (did you mean "combined-service"?)`},
		{args: []string{"schema", "--kind", "manual-job", "extra"}, stderr: `nflint: schema takes no arguments, only --kind: got "extra"`},
		{args: []string{"explain"}, stderr: "nflint: explain takes one argument, KIND or KIND.PATH"},
		{args: []string{"version", "extra"}, stderr: "nflint: version takes no arguments"},
	} {
		_, stderr, code := runMain(tc.args...)
		if code != exitUsage || !strings.HasPrefix(stderr, tc.stderr) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and stderr starting %q", tc.args, code, stderr, tc.stderr)
		}
	}
}

// TestHelp requires usage with examples for every command, from "nflint help CMD" and from
// "nflint CMD --help".
func TestHelp(t *testing.T) {
	for _, cmd := range []string{"lint", "rules", "schema", "explain", "version"} {
		for _, args := range [][]string{{"help", cmd}, {cmd, "--help"}} {
			stdout, stderr, code := runMain(args...)
			text := stdout + stderr
			if code != exitOK || !strings.Contains(text, "Usage: nflint "+cmd) || !strings.Contains(text, "Examples:\n  nflint "+cmd) {
				t.Errorf("%v: exit %d, want usage with examples:\n%s", args, code, text)
			}
		}
	}
	stdout, _, code := runMain("help")
	if code != exitOK || !strings.Contains(stdout, "nflint explain KIND[.PATH]") || !strings.Contains(stdout, "Examples:") {
		t.Errorf("nflint help: exit %d\n%s", code, stdout)
	}
	_, stderr, code := runMain("help", "explian")
	if code != exitUsage || !strings.Contains(stderr, `(did you mean "explain"?)`) {
		t.Errorf("help explian: exit %d, stderr %q", code, stderr)
	}
}
