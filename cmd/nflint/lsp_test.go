package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

// The language server reports what nflint lint reports: for the same files, with the same
// configuration, the findings of `nflint lsp` (run through Main, as an editor runs it) equal
// those of `nflint lint --format json`, by file, line, column, rule and message.
func TestLSPEqualsLint(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"combined.yaml":       "../../lsp/testdata/combined.yaml",
		"addon-template.yaml": "../../lsp/testdata/addon-template.yaml",
		"args-template.yaml":  "../../lsp/testdata/args-template.yaml",
		"job.json":            "../../lsp/testdata/job.json",
		"broken.yaml":         "../../examples/broken-combined.yaml",
		"template.json":       "../../examples/template.json",
	}
	for name, from := range files {
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	os.WriteFile(filepath.Join(dir, ".nflint.yaml"), []byte("kinds:\n  \"job.json\": manual-job\nrules:\n  unused-argument: info\n"), 0o644)

	var cli struct {
		Diagnostics []struct {
			File, Rule, Message, Suggestion string
			Line, Column                    int
		}
	}
	out := runIn(t, dir, []string{"lint", "--format", "json", "--quiet", "."})
	if err := json.Unmarshal([]byte(out), &cli); err != nil {
		t.Fatalf("lint output %q: %v", out, err)
	}
	want := map[string][]string{}
	for _, d := range cli.Diagnostics {
		msg := d.Message
		if d.Suggestion != "" {
			msg += "\n" + d.Suggestion
		}
		want[filepath.Base(d.File)] = append(want[filepath.Base(d.File)], fmt.Sprintf("%d:%d %s %q", d.Line, d.Column, d.Rule, msg))
	}

	got := lspFindings(t, dir, files)
	for name := range files {
		if strings.Join(got[name], "\n") != strings.Join(want[name], "\n") {
			t.Errorf("%s:\n--- nflint lsp\n%s\n--- nflint lint\n%s", name, strings.Join(got[name], "\n"), strings.Join(want[name], "\n"))
		}
	}
	if len(want["combined.yaml"]) == 0 || len(want["args-template.yaml"]) == 0 {
		t.Errorf("the comparison compared nothing: %v", want)
	}
}

// lspFindings opens each file in `nflint lsp` and collects the findings it publishes, with
// the protocol's 0-based UTF-16 positions turned back into 1-based byte columns.
func lspFindings(t *testing.T, dir string, files map[string]string) map[string][]string {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- Main([]string{"lsp"}, inR, outW, io.Discard)
		outW.Close()
	}()
	send := func(m map[string]any) {
		m["jsonrpc"] = "2.0"
		b, _ := json.Marshal(m)
		fmt.Fprintf(inW, "Content-Length: %d\r\n\r\n%s", len(b), b)
	}
	r := bufio.NewReader(outR)
	recv := func() map[string]json.RawMessage {
		h, err := textproto.NewReader(r).ReadMIMEHeader()
		if err != nil {
			t.Fatal(err)
		}
		n, _ := strconv.Atoi(h.Get("Content-Length"))
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil {
			t.Fatal(err)
		}
		var m map[string]json.RawMessage
		json.Unmarshal(b, &m)
		return m
	}
	send(map[string]any{"id": 1, "method": "initialize", "params": map[string]any{"rootUri": "file://" + filepath.ToSlash(dir)}})
	recv()
	send(map[string]any{"method": "initialized", "params": map[string]any{}})
	texts := map[string]string{}
	for name := range files {
		data, _ := os.ReadFile(filepath.Join(dir, name))
		texts["file://"+filepath.ToSlash(filepath.Join(dir, name))] = string(data)
		lang := "yaml"
		if strings.HasSuffix(name, ".json") {
			lang = "json"
		}
		send(map[string]any{"method": "textDocument/didOpen", "params": map[string]any{"textDocument": map[string]any{
			"uri": "file://" + filepath.ToSlash(filepath.Join(dir, name)), "languageId": lang, "version": 1, "text": string(data)}}})
	}
	got := map[string][]string{}
	for seen := 0; seen < len(files); {
		m := recv()
		if string(m["method"]) != `"textDocument/publishDiagnostics"` {
			continue
		}
		var p struct {
			URI         string
			Diagnostics []struct {
				Range         struct{ Start struct{ Line, Character int } }
				Code, Message string
			}
		}
		json.Unmarshal(m["params"], &p)
		seen++
		lines := strings.Split(texts[p.URI], "\n")
		for _, d := range p.Diagnostics {
			col := byteColumn(lines[d.Range.Start.Line], d.Range.Start.Character)
			got[filepath.Base(p.URI)] = append(got[filepath.Base(p.URI)], fmt.Sprintf("%d:%d %s %q", d.Range.Start.Line+1, col, d.Code, d.Message))
		}
	}
	send(map[string]any{"id": 2, "method": "shutdown"})
	recv()
	send(map[string]any{"method": "exit"})
	go io.Copy(io.Discard, r)
	if code := <-done; code != exitOK {
		t.Errorf("nflint lsp exited %d after shutdown and exit", code)
	}
	return got
}

// byteColumn turns a 0-based UTF-16 offset in a line into a 1-based byte column.
func byteColumn(line string, units int) int {
	n := 0
	for i, r := range line {
		if n >= units {
			return i + 1
		}
		n += len(utf16.Encode([]rune{r}))
	}
	return len(line) + 1
}
