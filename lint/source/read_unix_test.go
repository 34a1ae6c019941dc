//go:build unix

package source

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// readSoon runs ReadFile and fails the test instead of hanging when it blocks: a FIFO
// without a writer would make a blocking open wait for ever.
func readSoon(t *testing.T, path string, limit int64) ([]byte, error) {
	t.Helper()
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := ReadFile(path, limit)
		done <- result{data, err}
	}()
	select {
	case r := <-done:
		return r.data, r.err
	case <-time.After(30 * time.Second):
		t.Fatalf("ReadFile(%s) blocked", path)
		return nil, nil
	}
}

// TestReadFileRefusesWhatIsNotAFile covers every kind of file nflint must not read, named
// directly: each is refused with its kind, without blocking and without reading.
func TestReadFileRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	sock := filepath.Join(dir, "s.yaml")
	if l, err := net.Listen("unix", sock); err == nil {
		defer l.Close()
	} else {
		sock = ""
	}
	link := filepath.Join(dir, "zero.yaml")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ path, want string }{
		{path: fifo, want: "it is a named pipe (FIFO), not a regular file"},
		{path: "/dev/zero", want: "it is a character device, not a regular file"},
		{path: "/dev/null", want: "it is a character device, not a regular file"},
		{path: link, want: "it is a character device, not a regular file"},
		{path: dir, want: "it is a directory"},
		{path: sock, want: "it is a socket, not a regular file"},
	}
	for _, tt := range tests {
		if tt.path == "" {
			continue
		}
		if _, err := os.Stat(tt.path); err != nil {
			t.Logf("skipping %s: %v", tt.path, err)
			continue
		}
		_, err := readSoon(t, tt.path, 0)
		var nr *NotRegularError
		if !errors.As(err, &nr) || err.Error() != tt.want {
			t.Errorf("ReadFile(%s) = %v, want %q", tt.path, err, tt.want)
		}
	}
}

// TestReadFileLimitWhileReading checks the byte limit holds for a file whose size says
// nothing of its length: /proc files claim 0 bytes.
func TestReadFileLimitWhileReading(t *testing.T) {
	const maps = "/proc/self/maps"
	if info, err := os.Stat(maps); err != nil || info.Size() != 0 {
		t.Skip("no /proc/self/maps of size 0")
	}
	_, err := readSoon(t, maps, 16)
	if want := (ErrTooLarge{Limit: 16}); err != want {
		t.Errorf("ReadFile(%s, 16) = %v, want %v", maps, err, want)
	}
	if data, err := readSoon(t, maps, 1<<20); err != nil || len(data) == 0 {
		t.Errorf("ReadFile(%s) = %d bytes, %v", maps, len(data), err)
	}
}
