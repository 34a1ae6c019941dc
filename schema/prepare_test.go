package schema

import "testing"

// TestPrepare compiles the definitions of several node kinds in one file: looking each up
// afterwards compiles nothing more, and each is the definition it would be on its own.
func TestPrepare(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	defs := []string{"#NodeAddon", "#NodeProject", "#NodeCombinedService", "#NoSuchDefinition"}
	s.Prepare(defs)
	if s.files != 1 {
		t.Fatalf("Prepare compiled %d files, want 1", s.files)
	}
	for _, d := range defs[:3] {
		if err := s.Lookup(d).Err(); err != nil {
			t.Errorf("%s: %v", d, err)
		}
	}
	if s.files != 1 {
		t.Errorf("looking the prepared definitions up compiled %d more files", s.files-1)
	}
	alone, _ := New()
	for _, d := range defs[:3] {
		a, b := s.Read(s.Lookup(d)), alone.Read(alone.Lookup(d))
		if len(a.Fields()) == 0 || len(a.Fields()) != len(b.Fields()) {
			t.Errorf("%s: %d fields prepared, %d compiled alone", d, len(a.Fields()), len(b.Fields()))
		}
	}
	if s.Lookup("#NoSuchDefinition").Err() == nil {
		t.Error("a definition the schema does not have is not an error after Prepare")
	}
}
