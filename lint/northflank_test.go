package lint_test

import (
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/source"
)

// TestResembles decides on every document of testdata/resembles: check.txtar holds attempts
// at Northflank specs, each of which must resemble one (in any of its documents), and
// skip.txtar files of other tools, none of which may.
func TestResembles(t *testing.T) {
	s := loadSchema(t)
	for _, c := range []struct {
		archive string
		want    bool
	}{{archive: "testdata/resembles/check.txtar", want: true}, {archive: "testdata/resembles/skip.txtar", want: false}} {
		a, err := txtar.ParseFile(c.archive)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range a.Files {
			src := source.Decode(f.Name, f.Data)
			if len(src.Diags) > 0 {
				t.Errorf("%s: %s does not decode: %v", c.archive, f.Name, src.Diags[0].Message)
			}
			got := false
			for _, d := range src.Docs {
				got = got || lint.Resembles(s, d.Root)
			}
			if got != c.want {
				t.Errorf("%s: Resembles(%s) = %v, want %v", c.archive, f.Name, got, c.want)
			}
		}
	}
}
