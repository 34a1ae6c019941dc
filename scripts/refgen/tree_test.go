package main

import (
	"strings"
	"testing"
)

// section turns a snippet into the lines of a body section.
func section(s string) []srcLine {
	var out []srcLine
	for i, l := range strings.Split(strings.TrimPrefix(s, "\n"), "\n") {
		out = append(out, srcLine{No: i + 1, Text: l})
	}
	return out
}

// The quirks of reference/README.md, "Reading the markdown", one snippet each.
func TestReadBody(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  string
		warns []string
	}{{
		name: "scalars with their keyword groups",
		in: "{object}\n" +
			"- `name`: (string) (required) The name of the service. (pattern: ^[a-zA-Z]((-|\\s)?[a-zA-Z0-9]+((-|\\s)[a-zA-Z0-9]+)*)?$) (min length: 3) (max length: 54)\n" +
			"- `type`: (string) The way the service should be deployed. Either as a deployment (default), or as a stateful set. (enum: deployment, statefulSet)\n" +
			"- `minReplicas`: (number) (required) Minimum number of replicas (format: float)\n" +
			"- `minZones`: (integer) Defines how many zones. (Only relevant if type is set to \"required\")",
		want: "  name: string! \"The name of the service.\" pattern[^[a-zA-Z]((-|\\s)?[a-zA-Z0-9]+((-|\\s)[a-zA-Z0-9]+)*)?$] len[3,54]\n" +
			"  type: string \"The way the service should be deployed. Either as a deployment (default), or as a stateful set.\" enum[deployment statefulSet]\n" +
			"  minReplicas: number! \"Minimum number of replicas\" format[float]\n" +
			"  minZones: integer \"Defines how many zones. (Only relevant if type is set to \\\"required\\\")\"\n",
	}, {
		name: "objects and arrays nest by indent; array items sit deeper",
		in: "{object}\n" +
			"- `billing`: {object}\n" +
			"  - `deploymentPlan`: (string) (required)\n" +
			"- `ports`: [array of] {object}\n" +
			"   - `name`: (string) (required)\n" +
			"   - `domains`: [array of] (string) A domain.\n" +
			"- `runtimeEnvironment`: {object}",
		want: "  billing: object\n    {\n      deploymentPlan: string!\n    }\n" +
			"  ports: [object]\n    {\n      name: string!\n      domains: [string \"A domain.\"]\n    }\n" +
			"  runtimeEnvironment: object\n",
	}, {
		name: "a trailing | {object} starts the next alternative at the same indent",
		in: "{object}\n" +
			"- `headers`: [array of] (multiple options) {object}\n" +
			"      - `name`: (string) (required) (pattern: ^[a-zA-Z0-9_\\-%$+]+$)\n" +
			"      - `value`: (string) (required) | {object}\n" +
			"      - `name`: (string) (required)\n" +
			"      - `value`: (string) (required)\n" +
			"- `verificationMode`: (string) (enum: or, and)",
		want: "  headers: [object | object]\n    {\n      name: string! pattern[^[a-zA-Z0-9_\\-%$+]+$]\n      value: string!\n    }\n" +
			"    {\n      name: string!\n      value: string!\n    }\n" +
			"  verificationMode: string enum[or and]\n",
	}, {
		name: "a parent's alternative announced on its last child's line, the next one at a shallower indent",
		in: "{object}\n" +
			"- `buildSettings`: (multiple options) {object}\n" +
			"   - `dockerfile`: {object}\n" +
			"     - `buildkit`: {object}\n" +
			"       - `internalCacheStorage`: (number) DEPRECATED: This field will be removed. (format: float) | {object}\n" +
			"   - `buildpack`: {object}\n" +
			"     - `builder`: (string)\n" +
			"- `buildConfiguration`: {object}",
		want: "  buildSettings: (mo) object | object\n" +
			"    {\n      dockerfile: object\n        {\n          buildkit: object\n            {\n" +
			"              internalCacheStorage: number \"DEPRECATED: This field will be removed.\" format[float]\n" +
			"            }\n        }\n    }\n" +
			"    {\n      buildpack: object\n        {\n          builder: string\n        }\n    }\n" +
			"  buildConfiguration: object\n",
	}, {
		name: "a marker followed by a shallower field is an empty alternative (choose later)",
		in: "{object}\n" +
			"- `deployment`: (multiple options) {object}\n" +
			"   - `internal`: {object}\n" +
			"     - `id`: (multiple options) (string) (min length: 3) | (string)\n" +
			"     - `buildSHA`: (multiple options) (string) A commit sha. (min length: 40) (max length: 40) | (string) Latest commit. (enum: latest)\n" +
			"     - `buildId`: (string) ID of the build | {object}\n" +
			"- `disabledCI`: (boolean)",
		want: "  deployment: (mo) object | object\n" +
			"    {\n      internal: object\n        {\n" +
			"          id: (mo) string len[3,] | string\n" +
			"          buildSHA: (mo) string \"A commit sha.\" len[40,40] | string \"Latest commit.\" enum[latest]\n" +
			"          buildId: string \"ID of the build\"\n" +
			"        }\n    }\n" +
			"  disabledCI: boolean\n",
	}, {
		name: "a field that accepts a template reference loses the reference alternative and its (required)",
		in: "{object}\n" +
			"- `projectId`: (multiple options) (string) ID of parent project (pattern: ^[A-Za-z0-9-]+$) | (string) A string containing references (pattern: .*\\${.*}.*)\n" +
			"- `hostnames`: (multiple options) [array of] (multiple options) (string) (pattern: ^[a-z]+$) | (string) (pattern: .*\\${.*}.*) | (string) (pattern: .*\\${.*}.*)",
		want: "  projectId: (mo) ref string \"ID of parent project\" pattern[^[A-Za-z0-9-]+$]\n" +
			"  hostnames: (mo) ref [string pattern[^[a-z]+$]]\n",
	}, {
		name: "(undefined) where nodes recurse",
		in: "{object}\n" +
			"- `steps`: [array of] (undefined)\n" +
			"- `spec`: (undefined) (required) The root node.",
		want: "  steps: [undefined]\n  spec: undefined! \"The root node.\"\n",
	}, {
		name: "whole-body alternatives: OR between objects",
		in:   "{object}\n- `name`: (string) (required)\n- `spec`: (undefined)\n\nOR\n\n{object}\n- `name`: (string) (required)\n- `gitops`: {object}",
		want: "(multiple options)\n| alt 1: object\n  name: string!\n  spec: undefined\n| alt 2: object\n  name: string!\n  gitops: object\n",
	}, {
		name: "whole-body alternatives: (multiple options) with markers",
		in: "(multiple options) {object}\n" +
			" - `name`: (string) (required)\n" +
			" - `metadata`: {object}\n" +
			"   - `annotations`: {object} | {object}\n" +
			" - `name`: (string) (required)\n" +
			" - `templateValues`: {object} | {object}\n" +
			" - `region`: (string)",
		want: "(multiple options)\n| alt 1: object\n  name: string!\n  metadata: object\n    {\n      annotations: object\n    }\n" +
			"| alt 2: object\n  name: string!\n  templateValues: object\n| alt 3: object\n  region: string\n",
	}, {
		name:  "lines it cannot read are warnings, not failures",
		in:    "{object}\n- `a`: (strange) thing\n- `b`: {object} | [array of] {object}\nsomething else",
		want:  "  a: ? \"(strange) thing\"\n  b: object | [object]\n",
		warns: []string{`line 2: a: no type in "(strange) thing"`, "line 3: b: alternatives on a line without (multiple options)", `line 4: not a field: "something else"`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := readBody(section(tt.in))
			if got := dump(b); got != tt.want {
				t.Errorf("tree:\n%s\nwant:\n%s", got, tt.want)
			}
			var warns []string
			for _, w := range b.Warnings {
				warns = append(warns, "line "+itoa(w.Line)+": "+w.Text)
			}
			if strings.Join(warns, "\n") != strings.Join(tt.warns, "\n") {
				t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warns, "\n"), strings.Join(tt.warns, "\n"))
			}
		})
	}
}
