package lint

import (
	"strings"
	"testing"
)

// TestRecoverDecoder checks that a panic inside a parser becomes a finding on the file.
func TestRecoverDecoder(t *testing.T) {
	s := &Source{Name: "spec.yaml", Docs: []*Document{{}}}
	func() {
		defer s.recoverDecoder()
		panic("index out of range")
	}()
	if len(s.Docs) != 0 || len(s.Diags) != 1 {
		t.Fatalf("docs %d, findings %v", len(s.Docs), s.Diags)
	}
	d := s.Diags[0]
	want := "nflint's JSON/YAML reader failed on this file (index out of range); check its syntax"
	if d.File != "spec.yaml" || d.Pos != (Pos{1, 1}) || d.Rule != "syntax" || d.Message != want {
		t.Errorf("finding %+v, want %q at 1:1", d, want)
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
	if len(s.Diags) != 0 || len(s.Docs) != 1 || s.Docs[0].Root.Members[1].KeyPos != (Pos{2, 1}) {
		t.Fatalf("findings %v; want key b at 2:1", s.Diags)
	}
	if s.Line(2) != "b: 2" {
		t.Errorf("line 2 = %q, want %q", s.Line(2), "b: 2")
	}
}
