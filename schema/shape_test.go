package schema

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
)

var updateShapes = flag.Bool("update-shapes", false, "rewrite schema/shapes.json from the definitions")

// TestShapes keeps shapes.json, the embedded summary inference reads instead of compiling every
// kind, equal to what the definitions say (-update-shapes rewrites it).
func TestShapes(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(s.Shapes())
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *updateShapes {
		if err := os.WriteFile("shapes.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, shapesJSON) {
		t.Fatal("schema/shapes.json is not what the definitions say: go test ./schema -run TestShapes -update-shapes")
	}
	if sh := ShapeOf("#CombinedService"); sh == nil || len(sh.Fields) == 0 {
		t.Fatal("no shape for #CombinedService")
	} else if f, ok := sh.Field("billing"); !ok || !f.Required || f.Shape.Types != TypeObject {
		t.Errorf("billing in #CombinedService's shape: %+v", f)
	}
}
