package lint_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/lint"
)

// TestFileDeletedDuringRun removes a file between Collect and Run, as a concurrent checkout or
// build step might: the file is named as unreadable and the others are still checked.
func TestFileDeletedDuringRun(t *testing.T) {
	dir := t.TempDir()
	spec := readBench(t, "minimal.yaml")
	for _, name := range []string{"a.yaml", "b.yaml", "c.yaml"} {
		if err := os.WriteFile(filepath.Join(dir, name), spec, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, errs := source.Collect([]string{dir}, source.CollectOptions{})
	if len(files) != 3 || len(errs) != 0 {
		t.Fatalf("Collect: %v, %v", files, errs)
	}
	gone := filepath.Join(dir, "b.yaml")
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	results, err := runAll(files, lint.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	var checked, findings int
	for i, r := range results {
		switch {
		case files[i] == gone:
			if r.Err == nil || r.Err.Error() != "cannot read "+gone+": no such file or directory" {
				t.Errorf("input error %v, want one naming %s", r.Err, gone)
			}
		case r.Err != nil:
			t.Errorf("%s: %v", files[i], r.Err)
		default:
			checked++
			findings += len(r.Result.Diags)
		}
	}
	if checked != 2 || findings != 0 {
		t.Errorf("%d files checked, %d findings; want the 2 remaining files checked clean", checked, findings)
	}
}

// TestDecodeGuards pins what the byte-level guards report before any parser runs.
func TestDecodeGuards(t *testing.T) {
	tests := []struct {
		name, file, src string
		want            string // "line:col message"
	}{
		{name: "NUL byte", file: "a.yaml", src: "name: x\x00", want: "1:1 the file is binary data, not JSON or YAML text"},
		{name: "mostly control bytes", file: "a.json", src: "\x01\x02\x03\x04\x05{}", want: "1:1 the file is binary data, not JSON or YAML text"},
		{name: "Latin-1 byte", file: "a.yaml", src: "a: 1\nb: caf\xe9\n", want: "2:7 byte 0xE9 is not valid UTF-8: JSON and YAML files must be UTF-8 text"},
		{name: "truncated sequence", file: "a.json", src: "{\"a\": \"\xe2\x82\"}", want: "1:8 byte 0xE2 is not valid UTF-8: JSON and YAML files must be UTF-8 text"},
		{name: "deep JSON", file: "a.json", src: strings.Repeat("[", source.MaxDepth+1) + strings.Repeat("]", source.MaxDepth+1),
			want: "1:1001 the document nests deeper than 1000 levels; nflint does not read further"},
		{name: "merge key into its own anchor", file: "a.yaml", src: "0: &p\n    <<: *p",
			want: "2:9 the YAML alias *p is used inside the anchor &p it refers to, so the document would be infinite"},
		{name: "alias inside its own list", file: "a.yaml", src: "a: 1\n---\nb: &l [1, [*l]]\n",
			want: "3:12 the YAML alias *l is used inside the anchor &l it refers to, so the document would be infinite"},
		{name: "alias after its anchor", file: "a.yaml", src: "a: &x {b: 1}\nc: *x\nd: {<<: *x}\n"},
		{name: "brackets in strings do not count", file: "a.json", src: `{"a": "` + strings.Repeat("[", 5000) + `\"` + `"}`},
		{name: "deep enough JSON", file: "a.json", src: strings.Repeat("[", source.MaxDepth) + strings.Repeat("]", source.MaxDepth)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := source.Decode(tt.file, []byte(tt.src))
			var got []string
			for _, d := range s.Diags {
				got = append(got, d.Pos.String()+" "+d.Message)
			}
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("findings %q, want none", got)
			case tt.want != "" && (len(got) != 1 || got[0] != tt.want):
				t.Errorf("findings %q, want [%q]", got, tt.want)
			}
			if tt.want != "" && len(s.Docs) != 0 {
				t.Errorf("%d documents decoded from a file the guard rejected", len(s.Docs))
			}
		})
	}
}

// TestOverflowedYAMLNumber checks that 1e400 written as a plain YAML scalar stays a number,
// while the same text quoted stays a string.
func TestOverflowedYAMLNumber(t *testing.T) {
	s := source.Decode("a.yaml", []byte("plain: 1e400\nquoted: \"1e400\"\nword: 1e400x\n"))
	if len(s.Docs) != 1 || len(s.Diags) != 0 {
		t.Fatalf("decoded %d documents, findings %v", len(s.Docs), s.Diags)
	}
	want := map[string]source.NodeKind{"plain": source.Float, "quoted": source.String, "word": source.String}
	for _, m := range s.Docs[0].Root.Members {
		if m.Value.Kind != want[m.Key] || m.Value.Text != strings.Trim(m.Value.Text, `"`) {
			t.Errorf("%s: kind %v text %q, want kind %v", m.Key, m.Value.Kind, m.Value.Text, want[m.Key])
		}
	}
}
