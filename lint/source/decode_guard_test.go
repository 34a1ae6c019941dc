package source

import (
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/diag"
)

// TestRecoverDecoder checks that a panic while decoding becomes a finding on the file, at the
// best place known, and that the documents read before it are kept.
func TestRecoverDecoder(t *testing.T) {
	tests := []struct {
		name string
		d    decoding
		want string // "line:col message"
	}{
		{name: "while converting a node", d: decoding{doc: 1, at: diag.Pos{Line: 3, Column: 5}},
			want: "3:5 nflint's YAML reader failed here (index out of range), so the rest of the file was not checked; please report this bug in nflint, with the file"},
		{name: "inside the YAML parser, second document", d: decoding{doc: 1, text: []byte("a: 1\n---\n# c\n  b: 2\n")},
			want: "4:3 nflint's YAML reader failed here (index out of range), so the rest of the file was not checked; please report this bug in nflint, with the file"},
		{name: "inside the YAML parser, unknown document", d: decoding{doc: 5, text: []byte("a: 1\n")},
			want: "1:1 nflint's YAML reader failed here (index out of range), so the rest of the file was not checked; please report this bug in nflint, with the file"},
		{name: "inside the JSON parser", d: decoding{json: true, text: []byte("\n\n  {\"a\": 1}")},
			want: "3:3 nflint's JSON reader failed here (index out of range), so the rest of the file was not checked; please report this bug in nflint, with the file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &Source{Name: "spec.yaml", Src: tt.d.text, Docs: []*Document{{}}}
			d := tt.d
			d.src = s
			func() {
				defer d.recoverDecoder()
				panic("index out of range")
			}()
			if len(s.Docs) != 1 || len(s.Diags) != 1 {
				t.Fatalf("docs %d, findings %v; want the document read before kept, and one finding", len(s.Docs), s.Diags)
			}
			f := s.Diags[0]
			if got := f.Pos.String() + " " + f.Message; got != tt.want || f.Rule != "syntax" || f.Document != tt.d.doc {
				t.Errorf("finding %q [%s] in document %d, want %q in document %d", got, f.Rule, f.Document, tt.want, tt.d.doc)
			}
		})
	}
}

// TestLoneCRs checks old Mac line endings: each lone CR is a line break, CRLF is untouched,
// and offsets do not move.
func TestLoneCRs(t *testing.T) {
	for in, want := range map[string]string{
		"a\rb\r\nc\r": "a\nb\r\nc\n",
		"a\r\nb":      "a\r\nb",
		"\r\r00":      "\n\n00",
		"no breaks":   "no breaks",
	} {
		if got := string(loneCRs([]byte(in))); got != want {
			t.Errorf("loneCRs(%q) = %q, want %q", in, got, want)
		}
	}
	s := Decode("mac.yaml", []byte("a: 1\rb: [x\rc: 3\r"))
	if len(s.Diags) != 1 || s.Diags[0].Pos.Line > 4 || !strings.HasPrefix(s.Diags[0].Message, "invalid YAML") {
		t.Fatalf("findings %v, want one syntax error inside the file", s.Diags)
	}
	s = Decode("mac.yaml", []byte("a: 1\rb: 2\r"))
	if len(s.Diags) != 0 || len(s.Docs) != 1 || s.Docs[0].Root.Members[1].KeyPos != (diag.Pos{Line: 2, Column: 1}) {
		t.Fatalf("findings %v; want key b at 2:1", s.Diags)
	}
	if s.Line(2) != "b: 2" {
		t.Errorf("line 2 = %q, want %q", s.Line(2), "b: 2")
	}
}
