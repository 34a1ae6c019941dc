package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzCLI runs the whole command on arbitrary file contents, in every output format by turns,
// and holds it to what scripts and CI rely on: an exit code of 0, 1 or 2, output that parses
// in its format, and no line a GitHub runner would read as a command (but the GitHub
// format's own). The lint package's targets check the findings themselves.
func FuzzCLI(f *testing.F) {
	for _, name := range []string{"minimal.yaml", "full.yaml"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "lint", "testdata", "bench", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, false)
	}
	f.Add([]byte("a: '\u2028\u2029'\nc:"), false)
	f.Add([]byte(`{"name": "::error::x\u001b[2J", "deployment": {"instances": "two"}}`), true)
	formats := []string{"text", "json", "sarif", "github", "junit"}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, asJSON bool) {
		name := filepath.Join(dir, "spec.yaml")
		if asJSON {
			name = filepath.Join(dir, "spec.json")
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		format := formats[len(data)%len(formats)]
		var stdout, stderr bytes.Buffer
		code := Main([]string{"lint", "--color", "never", "--format", format, name}, strings.NewReader(""), &stdout, &stderr)
		if code < 0 || code > 2 {
			t.Fatalf("exit code %d", code)
		}
		if code == exitUsage && !strings.Contains(stderr.String(), "spec.") {
			t.Fatalf("exit 2 without naming the file: %s", stderr.String())
		}
		if err := parseOutput(format, stdout.Bytes()); err != nil {
			t.Fatalf("%s output does not parse: %v\n%s", format, err, stdout.String())
		}
		checkLines(t, format, stdout.String())
	})
}

func parseOutput(format string, out []byte) error {
	switch format {
	case "json", "sarif":
		var v any
		return json.Unmarshal(out, &v)
	case "junit":
		dec := xml.NewDecoder(bytes.NewReader(out))
		for {
			if _, err := dec.Token(); err == io.EOF {
				return nil
			} else if err != nil {
				return err
			}
		}
	}
	return nil
}
