package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/schema"
)

// TestRenewByDocuments checks the CUE context is renewed by documents that built values in
// it, not by files: one file of many documents must not keep one context growing for ever,
// and documents the native engine checks without CUE must not cost a renewal.
func TestRenewByDocuments(t *testing.T) {
	docs := strings.Repeat("name: api\n---\n", 35)
	for _, tc := range []struct {
		engine Engine
		loads  int
		why    string
	}{
		{EngineCUE, 1 + 3, "the first and 3 renewals: every document built a CUE value"},
		{EngineNative, 1, "only the first: no document built a CUE value"},
	} {
		l, loads := renewing(t, "combined-service", tc.engine)
		s := l.e.schema
		res := l.Lint(source.Decode("many.yaml", []byte(docs)))
		if res.Documents != 35 {
			t.Fatalf("%d documents checked, want 35", res.Documents)
		}
		if *loads != tc.loads {
			t.Errorf("%s: the schema was compiled %d times for 35 documents renewed every 10, want %d (%s)", tc.engine, *loads, tc.loads, tc.why)
		}
		if tc.engine == EngineCUE && (l.e.schema == s || l.WithKind("manual-job").e != l.e) {
			t.Error("the linter and the linters derived from it must share the renewed schema")
		}
	}
}

// TestRenewCountsCUEValues holds the native engine to renewing its context once documents
// that did build CUE values add up. No document of the test data makes the native engine ask
// CUE any more, so the test builds the values as a checker asking CUE would.
func TestRenewCountsCUEValues(t *testing.T) {
	l, loads := renewing(t, "combined-service", EngineNative)
	n := source.Decode("a.yaml", []byte("name: api\n")).Docs[0].Root
	for i := range 25 {
		c := &checker{ctx: l.e.schema.Context(), native: l.e.native, built: &l.e.built}
		if i%2 == 0 {
			c.value(n) // this document asked CUE
		}
		l.e.tick()
	}
	if *loads != 1+1 {
		t.Errorf("the schema was compiled %d times for 13 documents of 25 that built CUE values, renewed every 10, want 2", *loads)
	}
}

// TestRenewCountsKeys: CUE keeps every key it is asked about, so documents with unknown keys
// never asked about before count toward a renewal as documents that built values do; the
// same unknown key in every document adds nothing after the first.
func TestRenewCountsKeys(t *testing.T) {
	l, loads := renewing(t, "combined-service", EngineNative)
	for i := range 25 {
		l.Lint(source.Decode("a.yaml", []byte(fmt.Sprintf("name: api\nnever-seen-%d: 1\n", i))))
	}
	if *loads != 1+2 {
		t.Errorf("the schema was compiled %d times for 25 documents with a new unknown key each, renewed every 10, want 3", *loads)
	}
	*loads = 0
	for range 25 {
		l.Lint(source.Decode("a.yaml", []byte("name: api\nthe-same-unknown-key: 1\n")))
	}
	if *loads != 0 {
		t.Errorf("the schema was compiled %d times for 25 documents with the same unknown key, want none", *loads)
	}
}

// renewing returns a linter of the engine, forced to kind, that renews its schema every 10
// documents that count, and the number of schemas loaded so far (the first included).
func renewing(t *testing.T, kind string, engine Engine) (*Linter, *int) {
	t.Helper()
	loads := 0
	load := func() (*schema.Schema, error) {
		loads++
		return schema.New()
	}
	s, err := load()
	if err != nil {
		t.Fatal(err)
	}
	l := New(s, nil, kind)
	l.SetEngine(engine)
	l.renewEvery(10, load)
	return l, &loads
}
