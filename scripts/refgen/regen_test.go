package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRegenerate runs the generator over the vendored inputs and requires the committed
// schema/*.gen.cue and the generated tables of schema/README.md to be exactly what it writes.
func TestRegenerate(t *testing.T) {
	dir := filepath.Join("..", "..", "schema")
	out, err := generate(filepath.Join(dir, "reference"), dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range sortedKeys(out.Files) {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("schema/%s: %v (run go run ./scripts/refgen)", name, err)
			continue
		}
		if string(got) != out.Files[name] {
			t.Errorf("schema/%s differs from what scripts/refgen writes: run go run ./scripts/refgen and commit the diff\n%s",
				name, firstDiff(string(got), out.Files[name]))
		}
	}
	stale, err := staleFiles(dir, out.Files)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range stale {
		t.Errorf("schema/%s is not generated any more: delete it", f)
	}
}

// TestInputsReadCleanly requires every vendored body to read without a warning: a line the
// reader cannot place would silently change a definition.
func TestInputsReadCleanly(t *testing.T) {
	dir := filepath.Join("..", "..", "schema")
	out, err := generate(filepath.Join(dir, "reference"), dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range out.Notes.warnings {
		t.Error(w)
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + itoa(i+1) + ":\n  committed: " + x + "\n  generated: " + y
		}
	}
	return ""
}
