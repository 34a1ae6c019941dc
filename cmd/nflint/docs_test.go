package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// The documentation's commands are part of the product: a reader copies them. These tests run
// every nflint command README.md and docs/*.md show: a text block starting "$ nflint ..." must
// print what it shows (a line "..." stands for any lines), and every nflint line of a shell
// block or a CI step must run without a usage error. Each runs in a copy of
// testdata/docs/default (with examples/ beside it), or of the sandbox a
// "<!-- docs-test: NAME -->" comment before its block names.

// A block is one fenced code block of a document.
type block struct {
	doc     string // the file it is in
	line    int    // 1-based line of its opening fence
	lang    string
	lines   []string
	sandbox string // testdata/docs/<sandbox>
}

var sandboxMark = regexp.MustCompile(`^<!-- docs-test: ([a-z0-9-]+) -->$`)

func docBlocks(t *testing.T) []block {
	t.Helper()
	docs, _ := filepath.Glob(filepath.Join("..", "..", "docs", "*.md"))
	docs = append([]string{filepath.Join("..", "..", "README.md")}, docs...)
	var out []block
	for _, doc := range docs {
		data, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		var cur *block
		sandbox := "default"
		for i, l := range strings.Split(string(data), "\n") {
			switch {
			case cur == nil && strings.HasPrefix(l, "```"):
				cur = &block{doc: filepath.Base(doc), line: i + 1, lang: strings.TrimPrefix(l, "```"), sandbox: sandbox}
				sandbox = "default"
			case cur != nil && strings.HasPrefix(l, "```"):
				out = append(out, *cur)
				cur = nil
			case cur != nil:
				cur.lines = append(cur.lines, l)
			case sandboxMark.MatchString(l):
				sandbox = sandboxMark.FindStringSubmatch(l)[1]
			}
		}
	}
	return out
}

// sandbox copies testdata/docs/<name> and examples/ into a temporary directory.
func sandbox(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	for _, from := range []struct{ src, dst string }{
		{filepath.Join("..", "..", "testdata", "docs", name), dir},
		{filepath.Join("..", "..", "examples"), filepath.Join(dir, "examples")},
	} {
		if err := os.CopyFS(from.dst, os.DirFS(from.src)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestDocsOutputs runs each "$ nflint ..." example and compares its output.
func TestDocsOutputs(t *testing.T) {
	n := 0
	for _, b := range docBlocks(t) {
		if b.lang != "text" || len(b.lines) == 0 || !strings.HasPrefix(b.lines[0], "$ nflint ") {
			continue
		}
		n++
		args, err := shellWords(strings.TrimPrefix(b.lines[0], "$ nflint "))
		if err != nil {
			t.Fatalf("%s:%d: %v", b.doc, b.line, err)
		}
		dir := sandbox(t, b.sandbox)
		got := runIn(t, dir, args)
		if !matchesShown(got, b.lines[1:]) {
			t.Errorf("%s:%d: $ nflint %s\n--- got\n%s--- shown\n%s", b.doc, b.line, strings.Join(args, " "), got, strings.Join(b.lines[1:], "\n"))
		}
	}
	if n < 3 {
		t.Errorf("found %d output examples in the documentation, want at least 3: the block parser is broken", n)
	}
}

// runIn runs nflint in dir with the given arguments and returns standard output followed by
// standard error, as a terminal shows them.
func runIn(t *testing.T, dir string, args []string) string {
	t.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var stdout, stderr bytes.Buffer
	Main(append([]string{}, args...), strings.NewReader(""), &stdout, &stderr)
	return stdout.String() + stderr.String()
}

// matchesShown compares output with the lines a document shows; a shown line "..." matches
// any run of lines, and trailing blank lines do not count.
func matchesShown(got string, shown []string) bool {
	have := strings.Split(strings.TrimRight(got, "\n"), "\n")
	for len(shown) > 0 && strings.TrimSpace(shown[len(shown)-1]) == "" {
		shown = shown[:len(shown)-1]
	}
	var match func(h, s []string) bool
	match = func(h, s []string) bool {
		switch {
		case len(s) == 0:
			return len(h) == 0
		case s[0] == "...":
			for i := 0; i <= len(h); i++ {
				if match(h[i:], s[1:]) {
					return true
				}
			}
			return false
		case len(h) == 0 || h[0] != s[0]:
			return false
		}
		return match(h[1:], s[1:])
	}
	return match(have, shown)
}

// ciCommand finds an nflint command in a line of a shell block or a CI step.
var ciCommand = regexp.MustCompile(`^\s*(?:-\s+run:\s+|run:\s+|-\s+)?((?:cat [^|]+\|\s*)?(?:nflint|go run \./cmd/nflint)\s.*?)\s*(?:#.*)?$`)

// TestDocsCommands runs every nflint line of the documentation's shell blocks and CI steps
// with bash, nflint on the PATH, and requires it to run: exit 0, or 1 for findings — never a
// usage error.
func TestDocsCommands(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("needs bash to run the documentation's shell lines")
	}
	bin := buildNflint(t)
	n := 0
	for _, b := range docBlocks(t) {
		if b.lang != "sh" && b.lang != "bash" && b.lang != "yaml" {
			continue
		}
		dir := sandbox(t, b.sandbox)
		inLoop := false
		for i, l := range b.lines {
			trimmed := strings.TrimSpace(l)
			if inLoop {
				inLoop = !strings.HasPrefix(trimmed, "done")
				continue // run with its loop
			}
			m := ciCommand.FindStringSubmatch(l)
			if strings.HasPrefix(trimmed, "for ") {
				inLoop, m = true, []string{l, loopText(b.lines[i:])}
			}
			if m == nil || strings.Contains(l, "nflint@") || strings.HasPrefix(strings.TrimSpace(l), "#") {
				continue
			}
			n++
			script := strings.ReplaceAll(m[1], "go run ./cmd/nflint", "nflint")
			cmd := exec.Command("bash", "-c", "mkdir -p .schemas && "+script)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"))
			out, _ := cmd.CombinedOutput()
			if code := cmd.ProcessState.ExitCode(); code != 0 && code != 1 {
				t.Errorf("%s:%d: %s: exit %d\n%s", b.doc, b.line+1+i, script, code, out)
			}
		}
	}
	if n < 8 {
		t.Errorf("found %d commands in the documentation, want at least 8: the line parser is broken", n)
	}
	t.Logf("%d documented commands run", n)
}

// loopText is a shell loop from its "for" line to its "done".
func loopText(lines []string) string {
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "done") {
			return strings.Join(lines[:i+1], "\n")
		}
	}
	return strings.Join(lines, "\n")
}

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

// buildNflint builds the command once for the tests that run it as a program.
func buildNflint(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "nflint-docs-")
		if err != nil {
			buildErr = err
			return
		}
		builtBin = filepath.Join(dir, "nflint")
		out, err := exec.Command("go", "build", "-o", builtBin, ".").CombinedOutput()
		if err != nil {
			buildErr = err
			t.Logf("%s", out)
		}
	})
	if buildErr != nil {
		t.Fatalf("go build: %v", buildErr)
	}
	return builtBin
}

// shellWords splits a command line as a shell would for the simple quoting the documentation
// uses: single and double quotes, no expansions.
func shellWords(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	quote, inWord := byte(0), false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0 && c == quote:
			quote = 0
		case quote != 0:
			cur.WriteByte(c)
		case c == '\'' || c == '"':
			quote, inWord = c, true
		case c == ' ' || c == '\t':
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, errUnclosedQuote
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out, nil
}

var errUnclosedQuote = os.ErrInvalid
