package lsp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A JSON body mapped to its kind by .nflint.yaml, with a finding after a character outside
// the BMP on its line: the range counts UTF-16 units; the fix and completions are quoted.
func TestJSONWithConfiguration(t *testing.T) {
	dir := workspace(t, "kinds:\n  \"*.json\": manual-job\nrules:\n  unknown-field: warning\n", "job.json")
	c := newClient(t, Options{})
	c.initialize(dir)
	text := read(t, dir, "job.json")
	uri := c.open(filepath.Join(dir, "job.json"), "json", text)
	same(t, "diagnostics", diagLines(c.diagnostics(uri, 1)), []string{
		`2:17-2:39 1 pattern "Rapport de ventes 🌙" does not match the pattern ^[a-zA-Z0-9.,?\s\\/'"()[\];` + "`" + `%^&*\-_:!]+$ (letters, digits, spaces and common punctuation)`,
		`2:41-2:54 2 unknown-field unknown field "backofLimit" / did you mean "backoffLimit"?`,
	})
	same(t, "quick fixes", edits(c.actions(uri, 2, 45)), []string{
		`Change "backofLimit" to "backoffLimit": 2:41-2:54 "\"backoffLimit\""`,
	})
	typed := strings.Replace(text, `  "billing": {`, "  \"act\"\n  \"billing\": {", 1)
	c.change(uri, 2, typed)
	c.diagnostics(uri, 2)
	items := c.complete(uri, 3, 6)
	if len(items) == 0 || items[0].Label != "backoffLimit" || items[0].TextEdit.NewText != `"backoffLimit": ` ||
		items[0].TextEdit.Range != (textRange{position{3, 2}, position{3, 7}}) {
		t.Errorf("keys in JSON: %+v", items)
	}
	c.exit()
}

// Files that are not Northflank specs get no findings, as a directory walk skips them; other
// languages are not read at all.
func TestNotSpecs(t *testing.T) {
	dir := t.TempDir()
	c := newClient(t, Options{})
	c.initialize(dir)
	pkg := c.open(filepath.Join(dir, "package.json"), "json", `{"name": "web", "version": "1.0.0", "scripts": {"build": "tsc"}}`)
	same(t, "package.json", diagLines(c.diagnostics(pkg, 1)), []string{})
	md := c.open(filepath.Join(dir, "README.md"), "markdown", "# hello\n")
	same(t, "markdown", diagLines(c.diagnostics(md, 1)), []string{})
	cfg := c.open(filepath.Join(dir, ".nflint.yaml"), "yaml", "rules:\n  enum: off\n")
	same(t, ".nflint.yaml", diagLines(c.diagnostics(cfg, 1)), []string{})
	c.exit()
}

// Mid-typing the buffer is broken: the syntax finding is published, hover and completion
// answer without failing, and the latest of several quick changes is what is published.
func TestMalformedAndLatestWins(t *testing.T) {
	dir := workspace(t, "", "combined.yaml")
	c := newClient(t, Options{Debounce: DefaultDebounce})
	c.initialize(dir)
	text := read(t, dir, "combined.yaml")
	uri := c.open(filepath.Join(dir, "combined.yaml"), "yaml", text)
	c.diagnostics(uri, 1)
	broken := strings.Replace(text, "  instances: 1\n", "  instances: [1\n", 1)
	for v := 2; v <= 4; v++ {
		c.change(uri, v, broken[:len(broken)-v])
	}
	c.change(uri, 5, broken)
	got := c.diagnostics(uri, -1)
	if len(got) == 0 || got[0].Code != "syntax" {
		t.Errorf("broken buffer: %v", diagLines(got))
	} else if d := got[0].CodeDescription; d == nil || d.Href != "https://github.com/nflint/nflint/blob/main/docs/rules.md#syntax" {
		t.Errorf("the syntax finding links to %+v, want its heading in docs/rules.md", d)
	}
	// The buffer does not decode: hover reads the key from the text, the kind from the rest.
	same(t, "hover in a broken buffer", firstLines(c.hoverAt(uri, 7, 6), 4)[2:], []string{
		"FIELD:    deployment.docker.configType",
		"TYPE:     string",
	})
	same(t, "completion in a broken buffer", labels(c.complete(uri, 7, 16))[:2], []string{"default", "customEntrypoint"})
	c.change(uri, 6, text)
	if got := c.diagnostics(uri, 6); len(got) != 3 {
		t.Errorf("after the fix: %v", diagLines(got))
	}
	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	same(t, "after close", diagLines(c.diagnostics(uri, -1)), []string{})
	c.exit()
}

// Requests the server does not answer, and garbage parameters, get errors, not a crash.
func TestProtocolErrors(t *testing.T) {
	c := newClient(t, Options{})
	c.nextID++
	c.send(map[string]any{"id": c.nextID, "method": "textDocument/hover", "params": map[string]any{}})
	if m := c.read(); m.Error == nil || m.Error.Code != codeNotInitialized {
		t.Errorf("before initialize: %+v", m)
	}
	c.initialize(t.TempDir())
	c.nextID++
	c.send(map[string]any{"id": c.nextID, "method": "workspace/symbol", "params": map[string]any{}})
	if m := c.read(); m.Error == nil || m.Error.Code != codeMethodNotFound {
		t.Errorf("unknown method: %+v", m)
	}
	c.nextID++
	c.send(map[string]any{"id": c.nextID, "method": "textDocument/completion", "params": []int{1}})
	if m := c.read(); m.Error == nil || m.Error.Code != codeInvalidParams {
		t.Errorf("bad params: %+v", m)
	}
	var h *hover
	c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": "file:///nowhere.yaml"}, "position": position{}}, &h)
	if h != nil {
		t.Errorf("hover on a document never opened: %+v", h)
	}
	c.exit()
}

// A broken .nflint.yaml is said once, and the buffer is linted with the defaults.
func TestBrokenConfiguration(t *testing.T) {
	dir := workspace(t, "rulez:\n  enum: off\n", "combined.yaml")
	c := newClient(t, Options{})
	c.initialize(dir)
	text := read(t, dir, "combined.yaml")
	uri := c.open(filepath.Join(dir, "combined.yaml"), "yaml", text)
	if got := c.diagnostics(uri, 1); len(got) != 3 {
		t.Errorf("with the defaults: %v", diagLines(got))
	}
	c.change(uri, 2, text+"\n")
	c.diagnostics(uri, 2)
	var shown []string
	for _, m := range c.seen {
		if m.Method == "window/showMessage" {
			shown = append(shown, string(m.Params))
		}
	}
	c.exit()
	if len(shown) != 1 || !strings.Contains(shown[0], `unknown key \"rulez\"`) {
		t.Errorf("messages shown: %v", shown)
	}
}

// Saving .nflint.yaml in the editor lints the open documents again with it.
func TestConfigurationSaved(t *testing.T) {
	dir := workspace(t, "", "combined.yaml")
	c := newClient(t, Options{})
	c.initialize(dir)
	uri := c.open(filepath.Join(dir, "combined.yaml"), "yaml", read(t, dir, "combined.yaml"))
	if got := c.diagnostics(uri, 1); len(got) != 3 {
		t.Fatalf("before: %v", diagLines(got))
	}
	cfgPath := filepath.Join(dir, ".nflint.yaml")
	cfg := "rules:\n  enum: off\n  unknown-field: info\n"
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	cfgURI := c.open(cfgPath, "yaml", cfg)
	c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": cfgURI}})
	same(t, "after saving the configuration", diagLines(c.diagnostics(uri, 1)), []string{
		`13:0-13:7 1 required required field "projectBranch" is missing`,
		`18:4-18:18 3 unknown-field unknown field "dockerfilePath" / did you mean "dockerFilePath"?`,
	})
	c.exit()
}

// Hover in a JSON buffer that does not decode reads the key from the text.
func TestHoverBrokenJSON(t *testing.T) {
	dir := workspace(t, "kinds:\n  \"*.json\": manual-job\n", "job.json")
	c := newClient(t, Options{})
	c.initialize(dir)
	text := strings.Replace(read(t, dir, "job.json"), `"activeDeadlineSeconds": 3600,`, `"activeDeadlineSeconds": 3600,,`, 1)
	uri := c.open(filepath.Join(dir, "job.json"), "json", text)
	if got := c.diagnostics(uri, 1); len(got) == 0 || got[0].Code != "syntax" {
		t.Fatalf("want a syntax finding: %v", diagLines(got))
	}
	same(t, "hover on a key", firstLines(c.hoverAt(uri, 9, 10), 4)[2:], []string{
		"FIELD:    deployment.external.imagePath",
		"TYPE:     string",
	})
	same(t, "hover on a value", firstLines(c.hoverAt(uri, 4, 26), 4)[2:], []string{
		"FIELD:    billing.deploymentPlan",
		"TYPE:     string",
	})
	c.exit()
}
