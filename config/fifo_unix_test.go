//go:build unix

package config

import (
	"path/filepath"
	"syscall"
	"testing"
)

// fifo makes a FIFO named fifo.yaml in dir.
func fifo(t *testing.T, dir string) string {
	t.Helper()
	p := filepath.Join(dir, "fifo.yaml")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	return p
}
