package lint_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/rules"
	"github.com/nflint/nflint/schema"
)

// TestDepthCutOffIsTheOnlyFinding lints templates whose workflows nest past MaxDepth, so that
// the cut falls on each kind of value in turn (a step, its kind, its spec, a service's
// fields): the depth finding is the one finding. The null that stood in for the cut value
// was reported as a type error, or failed the definition around it.
func TestDepthCutOffIsTheOnlyFinding(t *testing.T) {
	s, err := schema.New()
	if err != nil {
		t.Fatal(err)
	}
	l := lint.New(s, rules.All, "")
	for steps := 328; steps <= 335; steps++ {
		for _, form := range []struct{ name, file, src string }{
			{name: "flow YAML", file: "deep.yaml", src: deepTemplate(steps, false)},
			{name: "block YAML", file: "deep.yaml", src: deepTemplate(steps, true)},
			{name: "JSON", file: "deep.json", src: deepTemplate(steps, false)},
		} {
			t.Run(fmt.Sprintf("%s/%d steps", form.name, steps), func(t *testing.T) {
				res := l.Lint(source.Decode(form.file, []byte(form.src)))
				var got []string
				for _, d := range res.Diags {
					got = append(got, d.Message+" ["+d.Rule+"]")
				}
				want := "the document nests deeper than 1000 levels; nflint does not read further [syntax]"
				if steps < 332 {
					want = "" // shallow enough
				}
				if strings.Join(got, "\n") != want {
					t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
				}
			})
		}
	}
}

// TestDepthCutOffPosition pins where the depth finding is, in each form.
func TestDepthCutOffPosition(t *testing.T) {
	tests := []struct {
		name, file, src string
		want            string
	}{
		{name: "flow YAML", file: "deep.yaml", src: deepTemplate(340, false), want: "1:20703"},
		{name: "block YAML", file: "deep.yaml", src: deepTemplate(340, true), want: "1336:2007"},
		{name: "JSON", file: "deep.json", src: deepTemplate(340, false), want: "1:20694"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := source.Decode(tt.file, []byte(tt.src))
			if len(s.Diags) != 1 || s.Diags[0].Pos.String() != tt.want {
				t.Errorf("findings %v, want the depth finding at %s", s.Diags, tt.want)
			}
		})
	}
}

// deepTemplate returns a template whose spec is a workflow nesting steps workflows, the
// innermost running a combined service: each adds three levels (the step, its spec, the list
// of steps).
func deepTemplate(steps int, block bool) string {
	const service = `{"kind": "CombinedService", "ref": "svc", "spec": {"name": "checkout-api",
 "billing": {"deploymentPlan": "nf-compute-10"}, "deployment": {"instances": 1, "docker": {"configType": "default"}},
 "buildSettings": {"dockerfile": {"buildEngine": "kaniko", "dockerFilePath": "/Dockerfile", "dockerWorkDir": "/"}},
 "buildSource": "git", "vcsData": {"projectUrl": "https://github.com/acme/checkout", "projectType": "github",
 "projectBranch": "main"}, "ports": [{"name": "http", "internalPort": 8080, "public": true, "protocol": "HTTP"}]}}`
	if !block {
		open := strings.Repeat(`{"kind": "Workflow", "spec": {"type": "sequential", "steps": [`, steps)
		return `{"apiVersion": "v1.2", "name": "deep", "spec": ` + open + strings.ReplaceAll(service, "\n", "") +
			strings.Repeat("]}}", steps) + "}\n"
	}
	var b strings.Builder
	b.WriteString("apiVersion: v1.2\nname: deep\nspec:\n")
	for k := range steps {
		in := strings.Repeat(" ", 2+6*k)
		if k == 0 {
			b.WriteString(in + "kind: Workflow\n")
		} else {
			b.WriteString(in[2:] + "- kind: Workflow\n")
		}
		b.WriteString(in + "spec:\n" + in + "  type: sequential\n" + in + "  steps:\n")
	}
	b.WriteString(strings.Repeat(" ", 6*steps) + "- " + strings.ReplaceAll(service, "\n", "") + "\n")
	return b.String()
}
