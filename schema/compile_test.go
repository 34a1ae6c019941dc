package schema

import (
	"strings"
	"testing"
)

// TestEveryDefinitionCompiles compiles each definition of the embedded schema on its own, as
// a run asks for it: a definition that names one the index did not follow, or a file with
// something other than definitions, fails here rather than in a user's run.
func TestEveryDefinitionCompiles(t *testing.T) {
	for _, docs := range []bool{false, true} {
		load := New
		if docs {
			load = NewDocumented
		}
		s, err := load()
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Check(); err != nil {
			t.Errorf("docs=%v: %v", docs, err)
		}
	}
}

// TestCompilePerKind checks a kind's first use compiles its own closure only: the combined
// service needs neither the manual job nor the template.
func TestCompilePerKind(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Definition(KindByName("combined-service")).Err(); err != nil {
		t.Fatal(err)
	}
	for _, other := range []string{"#ManualJob", "#Template", "#Service"} {
		if _, ok := s.roots[other]; ok {
			t.Errorf("compiling combined-service compiled %s too", other)
		}
	}
	if _, ok := s.roots["#Port"]; !ok {
		t.Error("the combined service's closure should hold #Port, which it refers to")
	}
}

func TestLookupUnknown(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	err = s.Lookup("#NoSuchThing").Err()
	if err == nil || !strings.Contains(err.Error(), "no definition #NoSuchThing") {
		t.Errorf("Lookup of an unknown definition: %v", err)
	}
}

func TestIndexRefusesTopLevelFields(t *testing.T) {
	ix := &index{decls: map[string]*decl{}, imports: map[string]string{}}
	err := ix.add("x.cue", []byte("package nflint\n\n#A: {a: int}\nb: 1\n"))
	if err == nil || !strings.Contains(err.Error(), `x.cue:4: the embedded schema holds only top-level definitions; found "b: 1"`) {
		t.Errorf("add: %v", err)
	}
}
