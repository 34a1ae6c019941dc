package main

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostileNames are file names a repository can hold that try to act on nflint's reader: a
// GitHub workflow command, terminal escapes, a line break, a right-to-left override, a
// byte that is not UTF-8, an XML-invalid control character.
var hostileNames = []string{
	"::error file=a.yaml,line=1::forged.yaml",
	"esc\x1b[2Jclear.yaml",
	"new\nline::error::x.yaml",
	"rtl\u202egpj.yaml",
	"bad\xffutf8.yaml",
	"bell\x07.yaml",
}

// hostileSpec is a body whose keys and values carry the same kind of text.
const hostileSpec = "name: \"x\\e[31m\\n::error::forged\"\n\"\\e]0;title\\a::warning::k\": 1\ndeployment: {instances: \"\\u202e1\"}\n"

// TestOutputCannotBeTurnedAgainstItsReader lints files with hostile names and contents in
// every format, and checks what each reader needs: no control character or bidirectional
// control in text, GitHub or JUnit output; no line a GitHub runner would take as a command
// but GitHub's own; JSON and SARIF that parse; JUnit that an XML parser accepts.
func TestOutputCannotBeTurnedAgainstItsReader(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, name := range hostileNames {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(hostileSpec), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", name, err)
		}
		paths = append(paths, p)
	}
	for _, format := range []string{"text", "github", "junit", "json", "sarif"} {
		t.Run(format, func(t *testing.T) {
			args := append([]string{"lint", "--color", "never", "--format", format, "--kind", "combined-service"}, paths...)
			code, stdout, stderr := runGuarded(t, args)
			if code != exitFindings {
				t.Fatalf("exit code %d, want 1\n%s", code, clip(stderr))
			}
			checkLines(t, format, stdout)
			checkLines(t, "stderr", stderr)
			checkParses(t, format, stdout)
		})
	}
}

// checkLines fails on a line that starts a workflow command (other than the GitHub format's
// own annotations) and on any character that acts on a terminal.
func checkLines(t *testing.T, format, out string) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "::") && (format != "github" || !githubCommand(line)) {
			t.Errorf("%s line %d would be read as a workflow command: %q", format, i+1, line)
		}
		if format == "json" || format == "sarif" {
			continue // escaped by the encoding, checked by parsing
		}
		for _, r := range line {
			if r == 0x1b || r == 0x07 || r == 0x202e || r == utf8.RuneError || r < 0x20 && r != '\t' {
				t.Errorf("%s line %d holds %U raw: %q", format, i+1, r, line)
				break
			}
		}
	}
}

// githubCommand reports whether a line is one annotation nflint wrote: its level, then
// properties with every ":" escaped, so the runner's split at the next "::" falls where
// nflint meant, before the message (which may hold "::" freely).
func githubCommand(line string) bool {
	for _, level := range []string{"::error ", "::warning ", "::notice "} {
		if props, _, ok := strings.Cut(strings.TrimPrefix(line, level), "::"); ok && strings.HasPrefix(line, level) {
			return strings.HasPrefix(props, "file=") && !strings.Contains(props, ":")
		}
	}
	return false
}

func checkParses(t *testing.T, format, out string) {
	t.Helper()
	switch format {
	case "json", "sarif":
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Errorf("%s output does not parse: %v", format, err)
		}
	case "junit":
		dec := xml.NewDecoder(strings.NewReader(out))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				return
			}
			if err != nil {
				t.Fatalf("JUnit output is not XML: %v", err)
			}
		}
	}
}

// TestErrorsCannotBeTurnedAgainstTheirReader checks standard error the same way: a path that
// cannot be read, an --output that is an input, each with a hostile name.
func TestErrorsCannotBeTurnedAgainstTheirReader(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "gone\x1b[2J\n::error::x.yaml")
	spec := filepath.Join(dir, "in\x1b]0;t\x07.yaml")
	if err := os.WriteFile(spec, []byte("name: x\n"), 0o644); err != nil {
		t.Skipf("this file system refuses the name: %v", err)
	}
	for _, args := range [][]string{{"lint", missing}, {"lint", "--output", spec, spec}} {
		code, _, stderr := runGuarded(t, args)
		if code != exitUsage || !strings.Contains(stderr, `\u001B`) {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 naming the file with its escape shown as \\u001B", args, code, stderr)
		}
		checkLines(t, "stderr", stderr)
	}
}
