package lint

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/schema"
)

// TestAcceptedRemembersOnlyAcceptance lints the same documents again and again with one
// linter, as the language server does: remembering what definitions accepted must never hide
// a finding of a changed value, nor carry a verdict over to another definition or mode.
func TestAcceptedRemembersOnlyAcceptance(t *testing.T) {
	s, err := schema.New()
	if err != nil {
		t.Fatal(err)
	}
	l := New(s, nil, "deployment-service")
	l.SetEngine(EngineCUE) // the native engine asks CUE only what it cannot tell, which this body is not
	valid := "name: api\nbilling:\n  deploymentPlan: nf-compute-20\ndeployment:\n  instances: 1\n  external:\n    imagePath: nginx:1.27\n"
	broken := "name: api\nbilling:\n  deploymentPlan: nf-compute-20\ndeployment:\n  instances: \"1\"\n  external:\n    imagePath: nginx:1.27\n"
	findings := func(kind, text string) string {
		res := l.WithKind(kind).Lint(source.Decode("a.yaml", []byte(text)))
		var b bytes.Buffer
		for _, d := range res.Diags {
			fmt.Fprintf(&b, "%d:%d %s %s\n", d.Pos.Line, d.Pos.Column, d.Rule, d.Path)
		}
		return b.String()
	}
	for i := 0; i < 3; i++ {
		if got := findings("deployment-service", valid); got != "" {
			t.Fatalf("round %d: the valid body has findings:\n%s", i, got)
		}
		if got := findings("deployment-service", broken); got != "5:14 type deployment.instances\n" {
			t.Fatalf("round %d: the broken body gives %q", i, got)
		}
	}
	if len(l.e.accepted.set) == 0 {
		t.Fatal("nothing was remembered: the valid body was unified every time")
	}
	// The same data accepted by one definition says nothing of another's verdict.
	if got := findings("combined-service", valid); got == "" {
		t.Error("the deployment service body passed as a combined service: a verdict crossed definitions")
	}
}

// TestAppendNodeTellsValuesApart holds the digest's input to being different for values that
// differ only in where a key ends and a value begins, in kind, or in order.
func TestAppendNodeTellsValuesApart(t *testing.T) {
	docs := []string{`{"a":"bc"}`, `{"ab":"c"}`, `{"a":1}`, `{"a":"1"}`, `{"a":[1]}`, `{"a":[[1]]}`,
		`{"a":true}`, `{"a":false}`, `{"a":null}`, `{"a":{}}`, `{"a":[]}`, `{"a":1,"b":2}`, `{"b":2,"a":1}`}
	seen := map[string]string{}
	for _, d := range docs {
		src := source.Decode("a.json", []byte(d))
		b := string(appendNode(nil, src.Docs[0].Root))
		if other, ok := seen[b]; ok {
			t.Errorf("%s and %s write the same bytes", d, other)
		}
		seen[b] = d
	}
}
