package report_test

import (
	"testing"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/report"
)

// TestSummaryLine pins the one-line tally users parse: the skipped clause comes last, and is
// absent when nothing was skipped, so lines of runs that skip nothing read as they always did.
func TestSummaryLine(t *testing.T) {
	for _, c := range []struct {
		name      string
		files     int
		errors    int
		unchecked map[string]int
		skipped   int
		want      string
	}{
		{name: "nothing skipped", files: 2, errors: 1, want: "2 files, 2 documents: 1 error, 0 warnings"},
		{name: "one skipped", files: 1, skipped: 1, want: "1 file, 1 document: 0 errors, 0 warnings; 1 file skipped: not a Northflank spec; --verbose lists it"},
		{name: "many skipped", files: 3, errors: 2, skipped: 14,
			want: "3 files, 3 documents: 2 errors, 0 warnings; 14 files skipped: not Northflank specs; --verbose lists them"},
		{name: "only skipped", skipped: 2, want: "0 files, 0 documents: 0 errors, 0 warnings; 2 files skipped: not Northflank specs; --verbose lists them"},
		{name: "after unchecked nodes", files: 1, unchecked: map[string]int{"Addon": 2}, skipped: 3,
			want: "1 file, 1 document: 0 errors, 0 warnings; 2 template nodes of kinds nflint has no schema for (not checked); 3 files skipped: not Northflank specs; --verbose lists them"},
	} {
		t.Run(c.name, func(t *testing.T) {
			sum := report.NewSummary()
			for i := 0; i < c.files; i++ {
				var diags []diag.Diagnostic
				unchecked := map[string]int{}
				if i == 0 { // the first file has every finding and unchecked node
					diags = make([]diag.Diagnostic, c.errors)
					for j := range diags {
						diags[j].Severity = diag.Error
					}
					unchecked = c.unchecked
				}
				sum.Add(report.FileCount{Documents: 1, Unchecked: unchecked}, diags)
			}
			for i := 0; i < c.skipped; i++ {
				sum.Skip("package.json")
			}
			if got := sum.String(); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
			if sum.SkippedFiles != nil {
				t.Errorf("names kept without KeepSkipped: %q", sum.SkippedFiles)
			}
		})
	}
}
