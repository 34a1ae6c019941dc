package source

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCollectApplicationRepository walks a repository laid out like an application's: git's
// ignored files, other people's directories and the tools' own configuration are not
// collected, and --verbose (OnSkip) names why for the ones a user could be looking for.
func TestCollectApplicationRepository(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{
		"northflank.json", "package.json", "deploy/api.yaml", "dist/bundle.json", "dist/sub/x.json",
		"node_modules/left-pad/package.json", "vendor/lib/spec.yaml", ".git/config.json",
		"coverage/lcov.json", "keep/coverage/report.json", ".nflint.yaml", ".nflint.yml",
		".pre-commit-config.yaml", "deploy/.nflint.yaml", "notes.txt", "debug.log.json",
	} {
		writeFile(t, filepath.Join(dir, f), "{}")
	}
	writeFile(t, filepath.Join(dir, ".gitignore"), "dist/\n/coverage\n*.log.json\n")
	var notes []string
	files, errs := Collect([]string{dir}, CollectOptions{OnSkip: func(p, reason string) {
		notes = append(notes, strings.TrimPrefix(p, dir+string(filepath.Separator))+": "+reason)
	}})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for i, f := range files {
		files[i] = strings.TrimPrefix(f, dir+string(filepath.Separator))
	}
	if want := []string{"deploy/api.yaml", "keep/coverage/report.json", "northflank.json", "package.json"}; !slices.Equal(files, want) {
		t.Errorf("files:\n got %q\nwant %q", files, want)
	}
	// The notes name the file and line of the rule that ignores an entry, and nothing below it.
	ignoreFile := diagPath(filepath.Join(dir, ".gitignore"))
	want := []string{
		".nflint.yaml: " + toolConfigReason,
		".nflint.yml: " + toolConfigReason,
		".pre-commit-config.yaml: " + toolConfigReason,
		"coverage: ignored by " + ignoreFile + ":2",
		"debug.log.json: ignored by " + ignoreFile + ":3",
		"deploy/.nflint.yaml: " + toolConfigReason,
		"dist: ignored by " + ignoreFile + ":1",
	}
	if !slices.Equal(notes, want) {
		t.Errorf("notes:\n got %q\nwant %q", notes, want)
	}
}

// diagPath is how a note shows an ignore file: relative to the working directory if it can be.
func diagPath(p string) string {
	g := &gitIgnore{}
	g.cwd, _ = filepath.Abs(".")
	return g.show(p)
}

// TestCollectNamedFiles: files named on the command line are collected whatever git ignores
// (pre-commit names tracked files, and a user naming one means it), but for the tools' own
// configuration.
func TestCollectNamedFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, ".gitignore"), "dist/\n")
	var args []string
	for _, f := range []string{"dist/x.json", ".pre-commit-config.yaml", "sub/.nflint.yml", "node_modules/a/b.json"} {
		writeFile(t, filepath.Join(dir, f), "{}")
		args = append(args, filepath.Join(dir, f))
	}
	var notes []string
	files, errs := Collect(args, CollectOptions{OnSkip: func(p, reason string) { notes = append(notes, filepath.Base(p)+": "+reason) }})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if want := []string{args[0], args[3]}; !slices.Equal(files, want) {
		t.Errorf("files:\n got %q\nwant %q", files, want)
	}
	if want := []string{".pre-commit-config.yaml: " + toolConfigReason, ".nflint.yml: " + toolConfigReason}; !slices.Equal(notes, want) {
		t.Errorf("notes:\n got %q\nwant %q", notes, want)
	}
}

// TestCollectRepositoryRoot: walking a subdirectory of a repository applies the .gitignore
// files above it, up to the repository's top, and the repository's exclude file; a
// .gitignore above the repository does not apply.
func TestCollectRepositoryRoot(t *testing.T) {
	outer := t.TempDir()
	dir := filepath.Join(outer, "repo")
	writeFile(t, filepath.Join(outer, ".gitignore"), "*.json\n")
	writeFile(t, filepath.Join(dir, ".git", "info", "exclude"), "secret.yaml\n")
	writeFile(t, filepath.Join(dir, ".gitignore"), "generated/\n")
	writeFile(t, filepath.Join(dir, "deploy", ".gitignore"), "/local.yaml\n")
	for _, f := range []string{"deploy/api.json", "deploy/generated/x.yaml", "deploy/secret.yaml", "deploy/local.yaml", "deploy/sub/local.yaml"} {
		writeFile(t, filepath.Join(dir, f), "{}")
	}
	files, errs := Collect([]string{filepath.Join(dir, "deploy")}, CollectOptions{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for i, f := range files {
		files[i], _ = filepath.Rel(dir, f)
	}
	if want := []string{"deploy/api.json", "deploy/sub/local.yaml"}; !slices.Equal(files, want) {
		t.Errorf("files:\n got %q\nwant %q", files, want)
	}
	// Without .git, the walked directory's .gitignore files apply, not those above it.
	if err := os.RemoveAll(filepath.Join(dir, ".git")); err != nil {
		t.Fatal(err)
	}
	files, _ = Collect([]string{filepath.Join(dir, "deploy")}, CollectOptions{})
	for i, f := range files {
		files[i], _ = filepath.Rel(dir, f)
	}
	if want := []string{"deploy/api.json", "deploy/generated/x.yaml", "deploy/secret.yaml", "deploy/sub/local.yaml"}; !slices.Equal(files, want) {
		t.Errorf("files outside a repository:\n got %q\nwant %q", files, want)
	}
}

func TestNamedLikeSpec(t *testing.T) {
	for _, c := range []struct {
		path string
		want bool
	}{
		{path: "northflank.json", want: true},
		{path: "deploy/Northflank.YAML", want: true},
		{path: "northflank-service.yml", want: true},
		{path: "northflank.template.json", want: true},
		{path: ".northflank.yaml", want: true},
		{path: ".northflank/project.json", want: true},
		{path: "infra/.northflank/jobs/nightly.yaml", want: true},
		{path: "northflank.txt", want: false},
		{path: "postgres-northflank.yaml", want: false},
		{path: "northflank/template.json", want: false},
		{path: "package.json", want: false},
	} {
		if got := NamedLikeSpec(c.path); got != c.want {
			t.Errorf("NamedLikeSpec(%q) = %v, want %v", c.path, got, c.want)
		}
	}
}
