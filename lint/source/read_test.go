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

// TestReadFileWhole reads files of sizes around the read buffer's steps byte for byte.
func TestReadFileWhole(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 511, 512, 513, 4096, 300_001} {
		want := make([]byte, size)
		for i := range want {
			want[i] = byte('a' + i%26)
		}
		p := filepath.Join(dir, "f.yaml")
		if err := os.WriteFile(p, want, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadFile(p, int64(size)+1)
		if err != nil || string(got) != string(want) {
			t.Errorf("ReadFile of %d bytes: %d bytes read, %v", size, len(got), err)
		}
	}
}
