//go:build unix

package source

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
)

// linkTree builds a directory of a spec, a spec in a subdirectory, a FIFO named like a spec,
// and symbolic links of every kind: to a spec inside, to a file outside (as /etc/passwd is),
// to a FIFO, to /dev/zero and /proc/self/mem, to a directory inside and to the directory
// itself (a loop), to nothing and to itself. It returns the directory and the outside file.
func linkTree(t *testing.T) (dir, outside string) {
	t.Helper()
	dir, outside = t.TempDir(), filepath.Join(t.TempDir(), "passwd.yaml")
	for _, f := range []string{filepath.Join(dir, "api.yaml"), filepath.Join(dir, "sub", "b.yaml"), outside} {
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte("name: x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	links := map[string]string{
		"in.yaml": "api.yaml", "out.yaml": outside, "fifo.yaml": "pipe.yaml", "zero.yaml": "/dev/zero",
		"mem.yaml": "/proc/self/mem", "subdir": "sub", "loop": ".", "gone.yaml": "missing.yaml", "self.yaml": "self.yaml",
		"up.yaml": "../" + filepath.Base(dir) + "/api.yaml", "notes.txt": "api.yaml",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	return dir, outside
}

// collectIn runs Collect and returns its files, errors and skip notes with dir cut from the
// paths.
func collectIn(dir string, args []string, follow bool) (files, errs, notes []string) {
	cut := func(p string) string { return strings.TrimPrefix(p, dir+string(filepath.Separator)) }
	fs, ies := Collect(args, CollectOptions{FollowSymlinks: follow, OnSkip: func(p, reason string) {
		notes = append(notes, cut(p)+": "+reason)
	}})
	for _, f := range fs {
		files = append(files, cut(f))
	}
	for _, e := range ies {
		errs = append(errs, strings.ReplaceAll(e.Error(), dir+string(filepath.Separator), ""))
	}
	return files, errs, notes
}

// TestCollectSymlinks pins what a walk does with each link: without --follow-symlinks none
// is followed, each noted; with it, only links resolving to a regular file inside the walked
// directory are linted. A FIFO named like a spec is an error either way.
func TestCollectSymlinks(t *testing.T) {
	dir, _ := linkTree(t)
	fifoErr := []string{"cannot read pipe.yaml: it is a named pipe (FIFO), not a regular file"}
	notFollowed := "a symbolic link, not followed (--follow-symlinks follows links to files inside the directory)"
	tests := []struct {
		name   string
		follow bool
		files  []string
		notes  []string
	}{
		{name: "default", files: []string{"api.yaml", "sub/b.yaml"}, notes: []string{
			"fifo.yaml: " + notFollowed,
			"gone.yaml: " + notFollowed,
			"in.yaml: " + notFollowed,
			"loop: a symbolic link to a directory, not followed",
			"mem.yaml: " + notFollowed,
			"out.yaml: " + notFollowed,
			"self.yaml: " + notFollowed,
			"subdir: a symbolic link to a directory, not followed",
			"up.yaml: " + notFollowed,
			"zero.yaml: " + notFollowed,
		}},
		{name: "follow", follow: true, files: []string{"api.yaml", "in.yaml", "sub/b.yaml", "up.yaml"}, notes: []string{
			"fifo.yaml: a symbolic link to a named pipe (FIFO), not followed",
			"gone.yaml: a symbolic link that resolves to nothing readable: no such file or directory",
			"loop: a symbolic link to a directory, not followed",
			"mem.yaml: a symbolic link to a file outside the directory, not followed",
			"out.yaml: a symbolic link to a file outside the directory, not followed",
			"self.yaml: a symbolic link that resolves to nothing readable: too many levels of symbolic links",
			"subdir: a symbolic link to a directory, not followed",
			"zero.yaml: a symbolic link to a character device, not followed",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, errs, notes := collectIn(dir, []string{dir}, tt.follow)
			if !reflect.DeepEqual(files, tt.files) {
				t.Errorf("files = %q, want %q", files, tt.files)
			}
			if !reflect.DeepEqual(errs, fifoErr) {
				t.Errorf("errors = %q, want %q", errs, fifoErr)
			}
			if !reflect.DeepEqual(notes, tt.notes) {
				t.Errorf("notes:\n%s\nwant:\n%s", strings.Join(notes, "\n"), strings.Join(tt.notes, "\n"))
			}
		})
	}
}

// TestCollectNamedPaths covers paths named on the command line: a link to a directory is
// walked (links inside it still are not followed), a link to a file is read wherever it
// points, and FIFOs and devices are refused by name.
func TestCollectNamedPaths(t *testing.T) {
	dir, _ := linkTree(t)
	alias := filepath.Join(t.TempDir(), "alias")
	if err := os.Symlink(dir, alias); err != nil {
		t.Fatal(err)
	}
	files, errs, _ := collectIn(dir, []string{alias, filepath.Join(dir, "out.yaml"), filepath.Join(dir, "pipe.yaml"),
		filepath.Join(dir, "zero.yaml"), "/dev/null", "-"}, false)
	want := []string{alias + "/api.yaml", alias + "/sub/b.yaml", "out.yaml", "-"}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("files = %q, want %q", files, want)
	}
	wantErrs := []string{
		fmt.Sprintf("cannot read %s/pipe.yaml: it is a named pipe (FIFO), not a regular file", alias),
		"cannot read pipe.yaml: it is a named pipe (FIFO), not a regular file",
		"cannot read zero.yaml: it is a character device, not a regular file",
		"cannot read /dev/null: it is a character device, not a regular file",
	}
	if !reflect.DeepEqual(errs, wantErrs) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(wantErrs, "\n"))
	}
}

// TestCollectIgnoredDirectory checks an ignored directory is not entered: a FIFO inside it
// is no error, and no note is made for its links.
func TestCollectIgnoredDirectory(t *testing.T) {
	dir, _ := linkTree(t)
	ignore := func(p string) bool { return filepath.Base(p) == "sub" || p == filepath.Join(dir, "pipe.yaml") }
	var notes []string
	files, errs := Collect([]string{dir}, CollectOptions{Ignore: ignore, OnSkip: func(p, _ string) { notes = append(notes, p) }})
	if len(files) != 1 || filepath.Base(files[0]) != "api.yaml" || len(errs) != 0 {
		t.Errorf("files = %q, errors = %v", files, errs)
	}
	for _, n := range notes {
		if strings.Contains(n, "sub"+string(filepath.Separator)) {
			t.Errorf("a note from inside an ignored directory: %s", n)
		}
	}
}
