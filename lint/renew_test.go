package lint

import (
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/schema"
)

// TestRenewByDocuments checks the CUE context is renewed by documents checked, not by files:
// one file of many documents must not keep one context growing for ever.
func TestRenewByDocuments(t *testing.T) {
	loads := 0
	load := func() (*schema.Schema, error) {
		loads++
		return schema.New()
	}
	s, err := load()
	if err != nil {
		t.Fatal(err)
	}
	l := New(s, nil, "combined-service")
	l.renewEvery(10, load)
	docs := strings.Repeat("name: api\n---\n", 35)
	res := l.Lint(source.Decode("many.yaml", []byte(docs)))
	if res.Documents != 35 {
		t.Fatalf("%d documents checked, want 35", res.Documents)
	}
	if loads != 1+3 {
		t.Errorf("the schema was compiled %d times for 35 documents renewed every 10, want 4 (the first and 3 renewals)", loads)
	}
	if l.e.schema == s || l.WithKind("manual-job").e != l.e {
		t.Error("the linter and the linters derived from it must share the renewed schema")
	}
}
