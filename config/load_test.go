package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFindStopsAtRepositoryRoot checks discovery climbs to the directory holding .git (a
// directory, or a file as in worktrees and submodules) and no further: a file above the
// repository, such as one ignoring everything, must not apply.
func TestFindStopsAtRepositoryRoot(t *testing.T) {
	for _, gitIsFile := range []bool{false, true} {
		above := t.TempDir()
		repo := filepath.Join(above, "repo")
		sub := filepath.Join(repo, "deploy", "jobs")
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(above, ".nflint.yaml"), "ignore: [\"*\"]\n")
		if gitIsFile {
			write(t, filepath.Join(repo, ".git"), "gitdir: ../.git/worktrees/repo\n")
		} else if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
			t.Fatal(err)
		}
		if got := Find(sub); got != "" {
			t.Errorf(".git a file %v: Find found %s above the repository", gitIsFile, got)
		}
		write(t, filepath.Join(repo, ".nflint.yml"), "fail-on: info\n")
		if got, want := Find(sub), filepath.Join(repo, ".nflint.yml"); got != want {
			t.Errorf(".git a file %v: Find = %q, want the repository's %q", gitIsFile, got, want)
		}
	}
}

// TestLoadRefusesWhatIsNotAFile covers configurations that are devices, FIFOs or too large,
// named with --config or discovered through a link: each is an error naming the file, read
// without blocking and without reading past the limit.
func TestLoadRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	write(t, big, "# "+strings.Repeat("x", MaxBytes)+"\n")
	tests := []struct {
		name, explicit, link, want string
	}{
		{name: "too large", explicit: big, want: "cannot read configuration " + big + ": it is larger than 1048576 bytes"},
		{name: "a directory", explicit: dir, want: "cannot read configuration " + dir + ": it is a directory"},
		{name: "/dev/zero", explicit: "/dev/zero", want: "cannot read configuration /dev/zero: it is a character device, not a regular file"},
		{name: "discovered link to /dev/zero", link: "/dev/zero", want: "cannot read configuration .nflint.yaml: it is a character device, not a regular file"},
		{name: "FIFO", explicit: fifo(t, dir), want: "cannot read configuration " + filepath.Join(dir, "fifo.yaml") + ": it is a named pipe (FIFO), not a regular file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wd := t.TempDir()
			if tt.link != "" {
				if _, err := os.Stat(tt.link); err != nil {
					t.Skipf("no %s", tt.link)
				}
				if err := os.Symlink(tt.link, filepath.Join(wd, ".nflint.yaml")); err != nil {
					t.Skipf("no symbolic links: %v", err)
				}
			}
			if tt.explicit == "" && tt.link == "" {
				t.Skip("no FIFOs on this system")
			}
			if _, err := os.Stat(tt.explicit); tt.explicit != "" && err != nil {
				t.Skipf("no %s", tt.explicit)
			}
			_, err := Load(tt.explicit, wd, testRules)
			if err == nil || err.Error() != tt.want {
				t.Errorf("Load: %v\nwant: %s", err, tt.want)
			}
		})
	}
}
