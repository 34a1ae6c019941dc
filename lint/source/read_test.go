package source

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestReadFileRegular(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.yaml")
	if err := os.WriteFile(p, []byte("name: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, err := ReadFile(p, 8); err != nil || string(data) != "name: x\n" {
		t.Errorf("ReadFile at the limit = %q, %v", data, err)
	}
	if _, err := ReadFile(p, 7); err != (ErrTooLarge{Limit: 7, Size: 8}) {
		t.Errorf("ReadFile over the limit: %v", err)
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "missing.yaml"), 0); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadFile of a missing file: %v", err)
	}
}
