package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestVendoredCopyIsFresh checks, where ../shared exists (not in CI), that schema/reference
// holds exactly what vendoring it again would write.
func TestVendoredCopyIsFresh(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared", "reference")
	if _, err := os.Stat(shared); err != nil {
		t.Skip("no ../shared/reference here")
	}
	files, err := vendorFiles(shared)
	if err != nil {
		t.Fatal(err)
	}
	ref := filepath.Join("..", "..", "schema", "reference")
	for _, name := range sortedKeys(files) {
		got, err := os.ReadFile(filepath.Join(ref, name))
		if err != nil || string(got) != files[name] {
			t.Errorf("schema/reference/%s is stale: run bash scripts/refgen/vendor.sh", name)
		}
	}
}
