package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionText(t *testing.T) {
	const rev = "0123456789abcdef0123456789abcdef01234567"
	vcs := func(modified string) []debug.BuildSetting {
		return []debug.BuildSetting{
			{Key: "vcs", Value: "git"},
			{Key: "vcs.revision", Value: rev},
			{Key: "vcs.time", Value: "2026-11-01T12:00:00Z"},
			{Key: "vcs.modified", Value: modified},
		}
	}
	cue := []*debug.Module{{Path: "cuelang.org/go", Version: "v0.17.1"}}
	tail := "cue v0.17.1\n" + runtime.Version() + "\n"
	for _, tc := range []struct {
		name    string
		info    *debug.BuildInfo
		ldflags string
		want    string
	}{
		{
			name: "go install module@version",
			info: &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}, Deps: cue},
			want: "nflint v1.2.3\n" + tail,
		},
		{
			name: "go build in a clone, Go 1.24 and later",
			info: &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261101120000-0123456789ab"}, Deps: cue, Settings: vcs("false")},
			want: "nflint v0.0.0-20261101120000-0123456789ab\ncommit " + rev + " (2026-11-01T12:00:00Z)\n" + tail,
		},
		{
			name: "a build that recorded the commit but no module version",
			info: &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Deps: cue, Settings: vcs("false")},
			want: "nflint 0123456789ab\ncommit " + rev + " (2026-11-01T12:00:00Z)\n" + tail,
		},
		{
			name: "uncommitted changes",
			info: &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Deps: cue, Settings: vcs("true")},
			want: "nflint 0123456789ab-dirty\ncommit " + rev + "-dirty (2026-11-01T12:00:00Z)\n" + tail,
		},
		{
			name:    "a release: -ldflags wins over what the build recorded",
			info:    &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261101120000-0123456789ab"}, Deps: cue, Settings: vcs("false")},
			ldflags: "1.2.3",
			want:    "nflint 1.2.3\ncommit " + rev + " (2026-11-01T12:00:00Z)\n" + tail,
		},
		{
			name: "nothing recorded",
			info: &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Deps: cue},
			want: "nflint dev\n" + tail,
		},
		{
			name:    "no build information at all",
			ldflags: "dev",
			want:    "nflint dev\ncue unknown\n" + runtime.Version() + "\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := versionText(tc.info, tc.ldflags); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		stdout, _, code := runMain(args...)
		re := regexp.MustCompile(`^nflint \S+\n(commit [0-9a-f]{40}(-dirty)? \(\S+\)\n)?cue v0\.17\.1\ngo1\.\S+\n$`)
		if code != exitOK || !re.MatchString(stdout) {
			t.Errorf("%v: exit %d, output %q; want it to match %s", args, code, stdout, re)
		}
	}
}

// TestVersionBuiltFromClone builds nflint as a user does, with go build in a clone of this
// repository (holding this work tree's changes as one more commit), and checks that
// nflint version names that commit, says when the tree is dirty, lets -ldflags win, and says
// "dev" when the build records nothing.
func TestVersionBuiltFromClone(t *testing.T) {
	if testing.Short() {
		t.Skip("builds nflint four times")
	}
	for _, tool := range []string{"git", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not on PATH", tool)
		}
	}
	t.Parallel()
	clone := cloneWorkTree(t)
	rev := strings.TrimSpace(execIn(t, clone, "git", "rev-parse", "HEAD"))
	bin := t.TempDir() // outside the clone: an untracked binary would make the tree dirty

	// -buildvcs=true, not Go's default "auto": a machine may set GOFLAGS=-buildvcs=false in
	// its go env file (this project's does), and the flag wins over GOFLAGS.
	out := buildVersion(t, clone, filepath.Join(bin, "clean"), "-buildvcs=true")
	if !strings.Contains(versionLine(out), rev[:12]) || strings.Contains(out, "dirty") || !strings.Contains(out, "\ncommit "+rev+" (") {
		t.Errorf("built from a clean clone at %s:\n%s", rev, out)
	}

	out = buildVersion(t, clone, filepath.Join(bin, "ldflags"), "-buildvcs=true", "-ldflags", "-X main.version=v9.9.9-test")
	if versionLine(out) != "nflint v9.9.9-test" || !strings.Contains(out, "\ncommit "+rev+" (") {
		t.Errorf("built with -ldflags -X main.version=v9.9.9-test:\n%s", out)
	}

	out = buildVersion(t, clone, filepath.Join(bin, "novcs"), "-buildvcs=false")
	if versionLine(out) != "nflint dev" || strings.Contains(out, "commit") {
		t.Errorf("built with -buildvcs=false:\n%s", out)
	}

	f, err := os.OpenFile(filepath.Join(clone, "README.md"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\nan uncommitted change\n")
	f.Close()
	out = buildVersion(t, clone, filepath.Join(bin, "dirty"), "-buildvcs=true")
	if !strings.Contains(versionLine(out), rev[:12]) || !strings.Contains(out, "\ncommit "+rev+"-dirty (") {
		t.Errorf("built from a clone with an uncommitted change:\n%s", out)
	}
}

// cloneWorkTree clones the repository this test runs in and commits the work tree's
// uncommitted changes (modified, new and deleted files) in the clone, so that what is built
// is the code under test at a commit the clone knows.
func cloneWorkTree(t *testing.T) string {
	t.Helper()
	root := strings.TrimSpace(execIn(t, ".", "git", "rev-parse", "--show-toplevel"))
	clone := filepath.Join(t.TempDir(), "nflint")
	execIn(t, ".", "git", "clone", "-q", root, clone)
	for _, name := range strings.Split(execIn(t, root, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"), "\x00") {
		if name == "" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(root, name))
		if os.IsNotExist(err) {
			os.Remove(filepath.Join(clone, name))
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(clone, name)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	execIn(t, clone, "git", "add", "-A")
	execIn(t, clone, "git", "-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "--allow-empty", "--no-verify", "-m", "work tree")
	return clone
}

func buildVersion(t *testing.T, dir, bin string, flags ...string) string {
	t.Helper()
	args := append(append([]string{"build", "-o", bin}, flags...), "./cmd/nflint")
	execIn(t, dir, "go", args...)
	return execIn(t, dir, bin, "version")
}

func execIn(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		stderr := ""
		if e, ok := err.(*exec.ExitError); ok {
			stderr = string(e.Stderr)
		}
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr)
	}
	return string(out)
}

func versionLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
