package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The hostile-input tests feed nflint what a careless or malicious repository might hold and
// check that each gets a clear finding or exit-2 message naming the file, without a panic, a
// hang or runaway memory. Large inputs are generated here, never committed.

// memoryBound is what no input may make the process obtain from the OS.
const memoryBound = 500 << 20

// hangGuard only catches a hang: nflint's speed is measured by scripts/bench.sh, not here.
const hangGuard = 2 * time.Minute

const minimalSpec = `name: api
billing:
  deploymentPlan: nf-compute-20
deployment:
  instances: 1
buildSettings:
  dockerfile:
    dockerFilePath: /Dockerfile
    dockerWorkDir: /
`

type hostileCase struct {
	name  string
	file  string                   // file name written in a temporary directory
	data  func() []byte            // its content
	args  []string                 // flags before the path
	code  int                      // exit code
	want  []string                 // lines (or parts of lines) standard output must hold
	err   string                   // what standard error must hold, if anything
	check func(*testing.T, string) // more checks on standard output
}

func TestHostileInput(t *testing.T) {
	for _, c := range hostileCases() {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, c.file)
			if err := os.WriteFile(path, c.data(), 0o644); err != nil {
				t.Fatal(err)
			}
			args := append(append([]string{"lint", "--color", "never"}, c.args...), path)
			code, stdout, stderr := runGuarded(t, args)
			stdout = strings.ReplaceAll(stdout, dir+string(filepath.Separator), "")
			stderr = strings.ReplaceAll(stderr, dir+string(filepath.Separator), "")
			if code != c.code {
				t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", code, c.code, clip(stdout), clip(stderr))
			}
			for _, w := range c.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("output lacks %q:\n%s", w, clip(stdout))
				}
			}
			if !strings.Contains(stderr, c.err) {
				t.Errorf("standard error lacks %q:\n%s", c.err, clip(stderr))
			}
			if c.check != nil {
				c.check(t, stdout)
			}
		})
	}
}

func hostileCases() []hostileCase {
	text := func(s string) func() []byte { return func() []byte { return []byte(s) } }
	cs := []string{"--kind", "combined-service"}
	padded := minimalSpec + strings.Repeat("# padding\n", 200)
	return []hostileCase{
		// Named like Northflank specs: a file named otherwise that holds no object is not one,
		// and is skipped (testdata/script/discovery-skip.txtar).
		{name: "empty file", file: "northflank-empty.yaml", data: text(""), code: 0,
			want: []string{"northflank-empty.yaml:1:1: warning: the file holds no document: there is nothing to check [empty]"}},
		{name: "empty JSON file", file: "northflank-empty.json", data: text(" \n\n"), code: 0,
			want: []string{"northflank-empty.json:1:1: warning: the file holds no document: there is nothing to check [empty]"}},
		{name: "only comments", file: "northflank-comments.yaml", data: text("# nothing here yet\n# TODO\n"), code: 0,
			want: []string{"northflank-comments.yaml:1:1: warning: the file holds no document: there is nothing to check [empty]"}},
		{name: "top-level scalar", file: "northflank-scalar.yaml", data: text("42\n"), code: 1,
			want: []string{"northflank-scalar.yaml:1:1: error: the document is integer 42, not an object: a Northflank spec is a JSON object [unknown-kind]"}},
		{name: "top-level list", file: "northflank-list.json", data: text("[1, 2]\n"), code: 1,
			want: []string{"northflank-list.json:1:1: error: the document is an array, not an object: a Northflank spec is a JSON object [unknown-kind]"}},
		{name: "binary data", file: "image.yaml", data: binaryData, code: 1,
			want:  []string{"image.yaml:1:1: error: the file is binary data, not JSON or YAML text [syntax]"},
			check: noControlBytes},
		{name: "invalid UTF-8", file: "latin1.json", data: text("{\n  \"name\": \"caf\xe9\"\n}\n"), code: 1,
			want: []string{"latin1.json:2:15: error: byte 0xE9 is not valid UTF-8: JSON and YAML files must be UTF-8 text [syntax]"}},
		{name: "UTF-8 BOM", file: "bom.yaml", args: cs, code: 1,
			data: text("\xef\xbb\xbf" + strings.Replace(minimalSpec, "name: api", "name: ab", 1)),
			want: []string{`bom.yaml:1:7: error: "ab" is 2 characters, the minimum is 3 [length]`}},
		{name: "UTF-8 BOM, valid", file: "bom-ok.json", code: 0,
			data: text("\xef\xbb\xbf" + `{"name": "web", "billing": {"deploymentPlan": "nf-compute-10"}, "deployment": {"instances": 1}, "buildSettings": {"buildpack": {"builder": "HEROKU_24"}}}`),
			want: []string{""}},
		{name: "CRLF line endings", file: "crlf.yaml", args: cs, code: 1,
			data: text(strings.ReplaceAll(strings.Replace(minimalSpec, "instances: 1", "instances: two", 1), "\n", "\r\n")),
			want: []string{`crlf.yaml:5:14: error: expected integer, found string "two" [type]`,
				"5 |   instances: two\n  |              ^~~\n"}},
		{name: "CRLF in JSON", file: "crlf.json", args: cs, code: 1,
			data: text("{\r\n  \"name\": \"web\",\r\n  \"billing\": {\"deploymentPlan\": \"nf-compute-10\"},\r\n  \"deployment\": {\"instances\": \"1\"},\r\n  \"buildSettings\": {\"buildpack\": {}}\r\n}\r\n"),
			want: []string{`crlf.json:4:31: error: expected integer, found string "1" [type]`}},
		{name: "tab indentation in YAML", file: "tabs.yaml", data: text("name: api\nbilling:\n\tdeploymentPlan: nf-compute-20\n"), code: 1,
			want: []string{"tabs.yaml:3:2: error: invalid YAML: a character that cannot start a value here (tabs cannot indent YAML) [syntax]"}},
		{name: "tabs between JSON tokens", file: "tabs.json", args: cs, code: 1,
			data: text("{\n\t\"name\":\t\"ab\",\n\t\"billing\": {\"deploymentPlan\": \"nf-compute-10\"},\n\t\"deployment\": {\"instances\": 1},\n\t\"buildSettings\": {\"buildpack\": {}}\n}\n"),
			want: []string{`tabs.json:2:10: error: "ab" is 2 characters, the minimum is 3 [length]`}},
		{name: "file over the size limit", file: "big.yaml", data: text(padded),
			args: []string{"--max-file-size", "1000"}, code: 2,
			err: fmt.Sprintf("nflint: cannot read big.yaml: the file is %d bytes, larger than the limit of 1000 bytes (raise it with --max-file-size)", len(padded))},
		{name: "size limit raised", file: "big-ok.yaml", data: text(padded),
			args: []string{"--max-file-size", "3000"}, code: 0, want: []string{""}},
		{name: "JSON nested 100,000 levels", file: "deep.json", code: 1,
			data: func() []byte { return []byte(strings.Repeat("[", 100000) + strings.Repeat("]", 100000)) },
			want: []string{"deep.json:1:1001: error: the document nests deeper than 1000 levels; nflint does not read further [syntax]"}},
		{name: "JSON objects nested 100,000 levels", file: "deep-objects.json", code: 1,
			data: func() []byte { return []byte(strings.Repeat(`{"a":`, 100000) + "1" + strings.Repeat("}", 100000)) },
			want: []string{"deep-objects.json:1:5001: error: the document nests deeper than 1000 levels; nflint does not read further [syntax]"}},
		{name: "YAML flow nested 100,000 levels", file: "deep-flow.yaml", code: 1,
			data: func() []byte { return []byte(strings.Repeat("[", 100000) + strings.Repeat("]", 100000)) },
			want: []string{"deep-flow.yaml:1:1: error: the document nests deeper than 1000 levels; nflint does not read further [syntax]"}},
		{name: "YAML block nested 100,000 levels", file: "deep-block.yaml", code: 1,
			data: func() []byte { return []byte(strings.Repeat("- ", 100000) + "x\n") },
			want: []string{"deep-block.yaml:1:1: error: the document nests deeper than 1000 levels; nflint does not read further [syntax]"}},
		{name: "YAML nested 2,000 levels", file: "deep-2000.yaml", args: cs, code: 1,
			data: func() []byte {
				return []byte("name: " + strings.Repeat("{a: ", 2000) + "1" + strings.Repeat("}", 2000) + "\n")
			},
			want: []string{"deep-2000.yaml:1:4007: error: the document nests deeper than 1000 levels; nflint does not read further [syntax]"}},
		{name: "YAML alias bomb", file: "bomb.yaml", data: aliasBomb(9), code: 1,
			want: []string{"bomb.yaml:1:1: error: invalid YAML: aliases expand to more than"}},
		{name: "YAML anchor merged into itself", file: "loop.yaml", code: 1,
			data: text("name: api\nx: &p\n  a: 1\n  <<: *p\n"),
			want: []string{"loop.yaml:4:7: error: the YAML alias *p is used inside the anchor &p it refers to, so the document would be infinite [syntax]"}},
		{name: "anchors and merge keys", file: "anchors.yaml", data: text(anchorsSpec), code: 1,
			want: []string{
				`anchors.yaml:11:1: error: unknown field "x-probe"`,
				// in the anchor: reported once for each health check that merges it
				"anchors.yaml:19:21: error: 300 is above the maximum 255 [range]\n19 |   failureThreshold: 300\n   |                     ^~~\n" +
					"anchors.yaml:19:21: error: 300 is above the maximum 255 [range]\n",
				// in the mapping that overrides the anchor
				"anchors.yaml:23:26: error: 0 is below the minimum 1 [range]",
				// on the item whose merged mapping lacks the field
				`anchors.yaml:25:5: error: "path" is required when protocol is "HTTP" [conditional]`,
			},
			check: func(t *testing.T, out string) {
				// the healthy first health check, merged from the same anchor, is not reported
				if strings.Contains(out, "anchors.yaml:21:") || strings.Contains(out, "anchors.yaml:22:") {
					t.Errorf("a finding on the first health check, which is valid:\n%s", out)
				}
			}},
		{name: "very long line", file: "long.yaml", args: cs, code: 1,
			data: text(minimalSpec + "description: " + strings.Repeat("a", 1<<20) + "\n"),
			want: []string{"long.yaml:10:14: error: "}},
		{name: "numbers JSON cannot hold", file: "numbers.yaml", args: cs, code: 1,
			data: text(strings.Replace(minimalSpec, "instances: 1", "instances: 1e400\n  gracePeriodSeconds: .nan", 1) +
				"ports:\n  - name: http\n    internalPort: .inf\n    protocol: HTTP\n"),
			want: []string{
				"numbers.yaml:5:14: error: expected integer, found number 1e400 [type]",
				"numbers.yaml:6:23: error: expected integer, found number NaN [type]",
				"numbers.yaml:13:19: error: expected integer, found number +Inf [type]",
			}},
		{name: "YAML 1.1 booleans", file: "yes.yaml", args: cs, code: 1,
			data: text(minimalSpec + "disabledCI: on\nports:\n  - name: http\n    internalPort: 80\n    public: yes\n    protocol: HTTP\n" +
				"vcsData:\n  projectUrl: https://github.com/acme/api\n  projectType: github\n  projectBranch: on\n"),
			want: []string{
				`yes.yaml:10:13: error: expected boolean, found string "on" [type]`,
				`yes.yaml:14:13: error: expected boolean, found string "yes" [type]`,
			},
			check: func(t *testing.T, out string) {
				// where a string is expected, "on" is the string the API receives
				if strings.Contains(out, "yes.yaml:19:") {
					t.Errorf("projectBranch: on is a valid string, but was reported:\n%s", out)
				}
			}},
	}
}

const anchorsSpec = `# health checks share their settings through an anchor and merge keys
name: api
billing:
  deploymentPlan: nf-compute-20
deployment:
  instances: 1
buildSettings:
  dockerfile:
    dockerFilePath: /Dockerfile
    dockerWorkDir: /
x-probe: &probe
  protocol: HTTP
  type: readinessProbe
  port: 8080
  path: /healthz
  initialDelaySeconds: 10
  periodSeconds: 30
  timeoutSeconds: 5
  failureThreshold: 300
healthChecks:
  - <<: *probe
  - <<: *probe
    initialDelaySeconds: 0
    type: livenessProbe
  - <<: {protocol: HTTP, type: startupProbe, port: 80}
    initialDelaySeconds: 1
    periodSeconds: 10
    timeoutSeconds: 1
    failureThreshold: 1
`

func binaryData() []byte {
	b := make([]byte, 4096)
	for i := range b {
		b[i] = byte(i*7 + i/13) // includes NUL and ESC bytes
	}
	return b
}

// aliasBomb builds the "billion laughs": each level lists the previous nine times.
func aliasBomb(levels int) func() []byte {
	return func() []byte {
		var b strings.Builder
		b.WriteString(`l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]` + "\n")
		for i := 1; i < levels; i++ {
			p := fmt.Sprintf("*l%d", i-1)
			fmt.Fprintf(&b, "l%d: &l%d [%s]\n", i, i, strings.Repeat(p+",", 8)+p)
		}
		return []byte(b.String())
	}
}

func noControlBytes(t *testing.T, out string) {
	for i := 0; i < len(out); i++ {
		if c := out[i]; c < 0x20 && c != '\n' && c != '\t' {
			t.Fatalf("output holds control byte 0x%02x at %d: binary input is echoed to the terminal", c, i)
		}
	}
}

// runGuarded runs nflint in-process and fails the test on a panic, a hang or a memory bound
// crossed.
func runGuarded(t *testing.T, args []string) (int, string, string) {
	t.Helper()
	type result struct {
		code           int
		stdout, stderr string
		panicked       any
	}
	done := make(chan result, 1)
	go func() {
		var r result
		defer func() {
			r.panicked = recover()
			done <- r
		}()
		var stdout, stderr bytes.Buffer
		r.code = Main(args, strings.NewReader(""), &stdout, &stderr)
		r.stdout, r.stderr = stdout.String(), stderr.String()
	}()
	select {
	case r := <-done:
		if r.panicked != nil {
			t.Fatalf("nflint panicked: %v", r.panicked)
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		if m.Sys > memoryBound {
			t.Errorf("the process obtained %d MB from the OS, over the bound of %d MB", m.Sys>>20, memoryBound>>20)
		}
		return r.code, r.stdout, r.stderr
	case <-time.After(hangGuard):
		t.Fatalf("nflint did not finish within %v", hangGuard)
	}
	return 0, "", ""
}

func clip(s string) string {
	if len(s) > 4000 {
		return s[:4000] + "…"
	}
	return s
}

// TestHostileFileOverDefaultLimit makes a real file above the default limit of 10 MB — sparse,
// so it costs no disk — and a 100 MB one, and checks both are refused by name without being
// read.
func TestHostileFileOverDefaultLimit(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int64{10<<20 + 1, 100 << 20} {
		path := filepath.Join(dir, fmt.Sprintf("huge-%d.yaml", size))
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(size); err != nil {
			t.Fatal(err)
		}
		f.Close()
		code, _, stderr := runGuarded(t, []string{"lint", path})
		want := fmt.Sprintf("nflint: cannot read %s: the file is %d bytes, larger than the limit of %d bytes (raise it with --max-file-size)", path, size, 10<<20)
		if code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("exit code %d, stderr:\n%s\nwant exit 2 and %q", code, stderr, want)
		}
	}
}

// TestHostileStdinOverLimit checks the limit on a stream, whose size is only known by reading.
func TestHostileStdinOverLimit(t *testing.T) {
	var stdout, stderr bytes.Buffer
	in := strings.NewReader(minimalSpec + strings.Repeat("# padding\n", 100))
	code := Main([]string{"lint", "--max-file-size", "500", "--stdin-filename", "spec.yaml", "-"}, in, &stdout, &stderr)
	want := "nflint: cannot read spec.yaml: the file is larger than the limit of 500 bytes (raise it with --max-file-size)"
	if code != 2 || !strings.Contains(stderr.String(), want) {
		t.Errorf("exit code %d, stderr:\n%s\nwant exit 2 and %q", code, stderr.String(), want)
	}
}

// TestHostileDirectory covers what a directory walk meets: a symlink loop back to the
// directory, a file symlink loop, a dangling symlink, a FIFO and (when not running as root) a
// file without read permission. No link is followed (lint.TestCollectSymlinks pins the notes
// each gets); the FIFO and the unreadable file are named on standard error with exit code 2,
// and the readable spec is still checked.
func TestHostileDirectory(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("api.yaml", minimalSpec)
	symlink := func(target, name string) {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	symlink(".", "loop")                 // directory loop: dir/loop/loop/... for ever
	symlink("self.yaml", "self.yaml")    // a link to itself
	symlink("missing.yaml", "gone.yaml") // dangling
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644); err != nil {
		t.Fatal(err)
	}
	wantErrs := []string{
		"nflint: cannot read pipe.yaml: it is a named pipe (FIFO), not a regular file",
	}
	write("secret.yaml", minimalSpec)
	if err := os.Chmod(filepath.Join(dir, "secret.yaml"), 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(filepath.Join(dir, "secret.yaml")); err == nil {
		// Running as root, permissions do not stop a read: the FIFO above is the unreadable
		// entry this test relies on.
		f.Close()
		t.Log("running as root: chmod 000 does not make a file unreadable; covered by pipe.yaml")
	} else {
		wantErrs = append(wantErrs, "nflint: cannot read secret.yaml: permission denied")
	}
	code, stdout, stderr := runGuarded(t, []string{"lint", dir})
	stderr = strings.ReplaceAll(stderr, dir+string(filepath.Separator), "")
	if code != 2 {
		t.Errorf("exit code %d, want 2\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	for _, w := range wantErrs {
		if !strings.Contains(stderr, w) {
			t.Errorf("standard error lacks %q:\n%s", w, stderr)
		}
	}
	for _, link := range []string{"loop", "gone.yaml", "self.yaml"} {
		if strings.Contains(stderr, link) || strings.Contains(stdout, link) {
			t.Errorf("the link %s was followed:\nstdout:\n%s\nstderr:\n%s", link, stdout, stderr)
		}
	}
	if !strings.Contains(stderr, "0 errors") {
		t.Errorf("the readable specs were not checked clean:\n%s", stderr)
	}
}

// TestHostileSymlinkedDirectory checks that a directory named through a symlink is walked.
func TestHostileSymlinkedDirectory(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(real, "api.yaml"), []byte("name: ab\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := runGuarded(t, []string{"lint", "--kind", "combined-service", link})
	if code != 1 || !strings.Contains(stdout, filepath.Join(link, "api.yaml")+":1:7: error:") {
		t.Errorf("exit code %d, output:\n%s\nwant the file below the link checked", code, stdout)
	}
}
