package source

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// gitTree is every file of the ignore cases: names at several depths, names that are also
// directory names, and names with the characters patterns treat specially.
var gitTree = []string{
	"a.json", "b.yaml", "dist/x.json", "dist/sub/y.json", "src/dist/z.json", "build/q.yaml",
	"logs/keep/k.json", "logs/drop/d.json", "logs/l.json", "foo.yml", "x/foo/f.json", "x/y/foo/g.json",
	"a/b/c.json", "a/x/b/c.json", "a/b.json", "deep/one/two/t.json", "#hash.json", "!bang.json",
	"sp .json", "important.json", "conf/important.json", "conf/other.json", "pkg/gen/a.json",
	"pkg/gen/keep.json", "abc.json", "adc.json", "aXc.json", "nested/n.json", "nested/inner/i.json",
	"nested/inner/keep.json", "Upper.JSON", "a/b/c/d/e.json", "c/d.json",
}

// gitCases are ignore files, by the directory they are in ("" for the top), and the exclude
// file of the repository.
var gitCases = []struct {
	name    string
	ignores map[string]string
	exclude string
}{
	{name: "directory only", ignores: map[string]string{"": "dist/\n"}},
	{name: "anchored", ignores: map[string]string{"": "/dist\n"}},
	{name: "name at any depth", ignores: map[string]string{"": "dist\n"}},
	{name: "negation", ignores: map[string]string{"": "*.json\n!important.json\n"}},
	{name: "anchored negation", ignores: map[string]string{"": "*.json\n!/important.json\n"}},
	{name: "re-included directory", ignores: map[string]string{"": "logs/*\n!logs/keep/\n"}},
	{name: "no re-include below an ignored directory", ignores: map[string]string{"": "logs/\n!logs/keep/\n"}},
	{name: "double star between", ignores: map[string]string{"": "a/**/c.json\n"}},
	{name: "leading double star", ignores: map[string]string{"": "**/foo\n"}},
	{name: "trailing double star", ignores: map[string]string{"": "deep/**\n"}},
	{name: "escapes", ignores: map[string]string{"": "\\#hash.json\n\\!bang.json\n"}},
	{name: "negated class", ignores: map[string]string{"": "a[!b]c.json\n"}},
	{name: "caret class", ignores: map[string]string{"": "a[^b]c.json\n"}},
	{name: "question mark", ignores: map[string]string{"": "a?c.json\n"}},
	{name: "escaped trailing space", ignores: map[string]string{"": "sp\\ .json\n"}},
	{name: "trailing spaces", ignores: map[string]string{"": "a.json   \n"}},
	{name: "CRLF", ignores: map[string]string{"": "a.json\r\nb.yaml\r\n"}},
	{name: "middle slash anchors", ignores: map[string]string{"": "b/c.json\n"}},
	{name: "negation in a glob directory", ignores: map[string]string{"": "pkg/gen/*\n!pkg/gen/keep.json\n"}},
	{name: "glob negation", ignores: map[string]string{"": "conf/*.json\n!conf/important.json\n"}},
	{name: "nested file", ignores: map[string]string{"nested": "*.json\n!keep.json\n"}},
	{name: "nested anchored", ignores: map[string]string{"nested": "/inner\n"}},
	{name: "nested slashed", ignores: map[string]string{"nested": "inner/i.json\n"}},
	{name: "deeper file wins", ignores: map[string]string{"nested/inner": "!i.json\n", "nested": "*.json\n"}},
	{name: "ignore file in an ignored directory", ignores: map[string]string{"": "nested/\n", "nested": "!n.json\n"}},
	{name: "case matters", ignores: map[string]string{"": "*.JSON\n"}},
	{name: "everything but directories and YAML", ignores: map[string]string{"": "*\n!*/\n!*.yaml\n"}},
	{name: "everything at the top but src", ignores: map[string]string{"": "/*\n!/src\n"}},
	{name: "double star then glob", ignores: map[string]string{"": "**/dist/*.json\n"}},
	{name: "slashed directory only", ignores: map[string]string{"": "a/b/\n"}},
	{name: "slashed file", ignores: map[string]string{"": "c/d.json\n"}},
	{name: "comments and blanks", ignores: map[string]string{"": "# comment\n  \n*.yaml\n"}},
	{name: "exclude file", exclude: "*.yaml\n", ignores: map[string]string{"": "!b.yaml\n"}},
	{name: "exclude file alone", exclude: "dist/\n"},
}

// TestGitignoreAgreesWithGit walks a repository for each case and compares the files it keeps
// with the untracked, not ignored files git lists, from the top and from subdirectories. A
// directory named on the command line is walked even when git ignores it, as a file named there
// is linted: the rules then apply to what is below it.
func TestGitignoreAgreesWithGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	for _, c := range gitCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := gitRepo(t, c.ignores, c.exclude)
			want := gitFiles(t, dir, ".")
			if got := walked(t, dir, "."); !slices.Equal(got, want) {
				t.Errorf("walk of the top:\n got %q\nwant %q", got, want)
			}
			for _, sub := range []string{"a", "nested", "logs"} {
				if gitIgnores(dir, sub) {
					continue
				}
				want := gitFiles(t, dir, sub)
				if got := walked(t, dir, sub); !slices.Equal(got, want) {
					t.Errorf("walk of %s:\n got %q\nwant %q", sub, got, want)
				}
			}
		})
	}
}

func gitRepo(t *testing.T, ignores map[string]string, exclude string) string {
	t.Helper()
	dir := t.TempDir()
	git(t, dir, "init", "-q")
	for _, f := range gitTree {
		writeFile(t, filepath.Join(dir, f), "{}")
	}
	for d, text := range ignores {
		writeFile(t, filepath.Join(dir, d, ".gitignore"), text)
	}
	if exclude != "" {
		writeFile(t, filepath.Join(dir, ".git", "info", "exclude"), exclude)
	}
	return dir
}

// gitFiles lists the spec files git neither tracks nor ignores below sub, relative to dir.
func gitFiles(t *testing.T, dir, sub string) []string {
	var out []string
	for _, l := range strings.Split(git(t, filepath.Join(dir, sub), "ls-files", "-z", "--others", "--exclude-standard", "--full-name"), "\x00") {
		if l != "" && IsSpecFile(l) {
			out = append(out, l)
		}
	}
	slices.Sort(out)
	return out
}

// gitIgnores reports whether git ignores a path of the repository dir.
func gitIgnores(dir, p string) bool {
	cmd := exec.Command("git", "check-ignore", "-q", p)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	return cmd.Run() == nil
}

// walked lists what Collect finds below sub, relative to dir.
func walked(t *testing.T, dir, sub string) []string {
	t.Helper()
	files, errs := Collect([]string{filepath.Join(dir, sub)}, CollectOptions{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for i, f := range files {
		rel, err := filepath.Rel(dir, f)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = filepath.ToSlash(rel)
	}
	slices.Sort(files)
	return files
}

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	// The user's global excludes would change git's answer, and nflint never reads them.
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("git %v: %v", args, err)
	}
	return string(out)
}

func writeFile(t *testing.T, p, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
