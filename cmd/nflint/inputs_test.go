//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// The input tests run the command on what it must not read: links out of a linted directory,
// FIFOs, devices, and configuration files that are devices or sit above the repository.

// passwdLine stands for a secret outside the linted directory.
const passwdLine = "root:x:0:0:root:/root:/bin/bash"

// inputTree is a directory holding one clean spec and links to a FIFO, /dev/zero and a file
// outside it, and to a spec inside it.
func inputTree(t *testing.T) string {
	t.Helper()
	top := t.TempDir()
	dir := filepath.Join(top, "deploy")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "api.yaml"), minimalSpec)
	writeFile(t, filepath.Join(top, "passwd.yaml"), passwdLine+"\n")
	if err := syscall.Mkfifo(filepath.Join(top, "fifo"), 0o644); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	for name, target := range map[string]string{"fifo.yaml": "../fifo", "zero.yaml": "/dev/zero",
		"passwd.yaml": "../passwd.yaml", "alias.yaml": "api.yaml"} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func writeFile(t *testing.T, p, s string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestInputsLinksNotFollowed: a walk reads none of the links, so it neither hangs on the
// FIFO, nor reads /dev/zero, nor shows the outside file; --follow-symlinks adds the link to a
// spec inside the directory, and only that one.
func TestInputsLinksNotFollowed(t *testing.T) {
	dir := inputTree(t)
	for _, tt := range []struct {
		args    []string
		summary string
	}{
		{args: []string{"lint", dir}, summary: "1 file, 1 document: 0 errors, 1 warning"},
		{args: []string{"lint", "--follow-symlinks", dir}, summary: "2 files, 2 documents: 0 errors, 2 warnings"},
	} {
		code, stdout, stderr := runGuarded(t, tt.args)
		if code != 0 || strings.Contains(stdout+stderr, "root:") || strings.TrimSpace(stderr) != tt.summary {
			t.Errorf("%q: exit %d, want 0 and %q\nstdout:\n%s\nstderr:\n%s", tt.args, code, tt.summary, stdout, stderr)
		}
	}
}

// TestInputsDevicesRefused: FIFOs and devices named on the command line are refused by name,
// exit 2, and the other files are still checked.
func TestInputsDevicesRefused(t *testing.T) {
	dir := inputTree(t)
	code, _, stderr := runGuarded(t, []string{"lint", filepath.Join(dir, "fifo.yaml"), "/dev/zero", filepath.Join(dir, "api.yaml")})
	stderr = strings.ReplaceAll(stderr, dir+string(filepath.Separator), "")
	want := "nflint: cannot read fifo.yaml: it is a named pipe (FIFO), not a regular file\n" +
		"nflint: cannot read /dev/zero: it is a character device, not a regular file\n" +
		"1 file, 1 document: 0 errors, 1 warning\n"
	if code != 2 || stderr != want {
		t.Errorf("exit %d, want 2; stderr:\n%s\nwant:\n%s", code, stderr, want)
	}
}

// TestInputsConfiguration covers the configuration file: a device named with --config, a
// discovered .nflint.yaml linking to one, and one above the repository, which is not used.
// --verbose names the configuration in use.
func TestInputsConfiguration(t *testing.T) {
	top := t.TempDir()
	repo := filepath.Join(top, "repo")
	if err := os.MkdirAll(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(top, ".nflint.yaml"), "ignore: [\"*\"]\n")
	writeFile(t, filepath.Join(repo, "api.yaml"), strings.Replace(minimalSpec, "instances: 1", "instances: two", 1))
	t.Chdir(repo)

	code, _, stderr := runGuarded(t, []string{"lint", "--verbose", "api.yaml"})
	if code != 1 || strings.Contains(stderr, "using configuration") || !strings.Contains(stderr, "1 file, 1 document: 1 error") {
		t.Errorf("the configuration above the repository applied: exit %d\n%s", code, stderr)
	}

	code, _, stderr = runGuarded(t, []string{"lint", "--config", "/dev/zero", "api.yaml"})
	if want := "nflint: cannot read configuration /dev/zero: it is a character device, not a regular file\n"; code != 2 || stderr != want {
		t.Errorf("--config /dev/zero: exit %d, stderr %q, want 2 and %q", code, stderr, want)
	}

	if err := os.Symlink("/dev/zero", filepath.Join(repo, ".nflint.yaml")); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runGuarded(t, []string{"lint", "api.yaml"})
	if want := "nflint: cannot read configuration .nflint.yaml: it is a character device, not a regular file\n"; code != 2 || stderr != want {
		t.Errorf("discovered link to /dev/zero: exit %d, stderr %q, want 2 and %q", code, stderr, want)
	}

	if err := os.Remove(filepath.Join(repo, ".nflint.yaml")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(repo, ".nflint.yaml"), "fail-on: warning\n")
	code, _, stderr = runGuarded(t, []string{"lint", "--verbose", "api.yaml"})
	if code != 1 || !strings.HasPrefix(stderr, "nflint: using configuration .nflint.yaml\n") {
		t.Errorf("--verbose with the repository's configuration: exit %d\n%s", code, stderr)
	}
}

// TestInputsStdinPipe: "-" still reads a pipe, the one stream nflint takes.
func TestInputsStdinPipe(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	go func() {
		w.WriteString(minimalSpec)
		w.Close()
	}()
	var stdout, stderr bytes.Buffer
	code := Main([]string{"lint", "--stdin-filename", "api.yaml", "-"}, r, &stdout, &stderr)
	if want := "1 file, 1 document: 0 errors, 1 warning\n"; code != 0 || stderr.String() != want {
		t.Errorf("exit %d, stderr %q, want 0 and %q", code, stderr.String(), want)
	}
}
