package lsp

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A client drives a server in process through the protocol: real frames on io.Pipe pairs.
type client struct {
	t      testing.TB
	w      *io.PipeWriter
	in     chan message // every frame the server wrote, read as it comes
	nextID int
	done   chan error
	queue  []message // notifications read while waiting for a response
	seen   []message // every notification the server sent
}

func newClient(t testing.TB, opts Options) *client {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	c := &client{t: t, w: inW, in: make(chan message, 1<<16), done: make(chan error, 1)}
	// The pump reads whatever the server writes at once, as an editor does, so that a server
	// publishing findings never waits for the test to ask.
	go func() {
		defer close(c.in)
		r := bufio.NewReader(outR)
		for {
			body, err := readMessage(r)
			if err != nil {
				return
			}
			var m message
			if err := json.Unmarshal(body, &m); err != nil {
				m = message{Method: "unparsable", Params: body}
			}
			c.in <- m
		}
	}()
	go func() {
		err := Serve(inR, outW, opts)
		outW.Close()
		c.done <- err
	}()
	t.Cleanup(func() { inW.Close(); outR.Close() })
	return c
}

func (c *client) send(m map[string]any) {
	c.t.Helper()
	m["jsonrpc"] = "2.0"
	body, err := json.Marshal(m)
	if err != nil {
		c.t.Fatal(err)
	}
	if _, err := fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n%s", len(body), body); err != nil {
		c.t.Fatal(err)
	}
}

func (c *client) read() message {
	c.t.Helper()
	m, ok := <-c.in
	if !ok {
		c.t.Fatalf("the server closed its output")
	}
	if m.Method == "unparsable" {
		c.t.Fatalf("the server sent %q", m.Params)
	}
	if m.Method != "" {
		c.seen = append(c.seen, m)
	}
	return m
}

// call sends a request and returns its result, decoded into out.
func (c *client) call(method string, params any, out any) {
	c.t.Helper()
	c.nextID++
	id := c.nextID
	c.send(map[string]any{"id": id, "method": method, "params": params})
	for {
		m := c.read()
		if m.Method != "" {
			c.queue = append(c.queue, m)
			continue
		}
		if string(m.ID) != fmt.Sprint(id) {
			c.t.Fatalf("response to %s for id %s, want %d", method, m.ID, id)
		}
		if m.Error != nil {
			c.t.Fatalf("%s: error %d: %s", method, m.Error.Code, m.Error.Message)
		}
		if out != nil {
			if err := json.Unmarshal(m.Result, out); err != nil {
				c.t.Fatalf("%s: result %s: %v", method, m.Result, err)
			}
		}
		return
	}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	c.send(map[string]any{"method": method, "params": params})
}

// diagnostics waits for the findings published for a document's version (-1: any).
func (c *client) diagnostics(uri string, version int) []diagnostic {
	c.t.Helper()
	for {
		var m message
		if len(c.queue) > 0 {
			m, c.queue = c.queue[0], c.queue[1:]
		} else {
			m = c.read()
		}
		if m.Method != "textDocument/publishDiagnostics" {
			continue
		}
		var p publishDiagnosticsParams
		if err := json.Unmarshal(m.Params, &p); err != nil {
			c.t.Fatal(err)
		}
		if p.URI == uri && (version < 0 || p.Version != nil && *p.Version == version) {
			return p.Diagnostics
		}
	}
}

func (c *client) initialize(root string) {
	c.t.Helper()
	var res initializeResult
	c.call("initialize", map[string]any{"processId": nil, "rootUri": fileURI(root), "capabilities": map[string]any{}}, &res)
	if !res.Capabilities.HoverProvider || res.Capabilities.TextDocumentSync.Change != 1 {
		c.t.Fatalf("capabilities: %+v", res.Capabilities)
	}
	c.notify("initialized", map[string]any{})
}

// open sends didOpen with a file's text and returns its URI.
func (c *client) open(path, lang, text string) string {
	c.t.Helper()
	uri := fileURI(path)
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": lang, "version": 1, "text": text}})
	return uri
}

func (c *client) change(uri string, version int, text string) {
	c.t.Helper()
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": version},
		"contentChanges": []map[string]any{{"text": text}}})
}

// exit shuts the server down as an editor does and checks it ends cleanly.
func (c *client) exit() {
	c.t.Helper()
	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	if err := <-c.done; err != nil {
		c.t.Fatalf("server ended with %v", err)
	}
}

func fileURI(p string) string {
	abs, _ := filepath.Abs(p)
	return "file://" + filepath.ToSlash(abs)
}

// workspace copies testdata files into a temporary directory, with a configuration if given.
func workspace(t *testing.T, cfg string, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if cfg != "" {
		if err := os.WriteFile(filepath.Join(dir, ".nflint.yaml"), []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// oneLine renders a diagnostic as a test expects it: range, severity, code, message.
func oneLine(d diagnostic) string {
	s := fmt.Sprintf("%d:%d-%d:%d %d %s %s", d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character,
		d.Severity, d.Code, strings.ReplaceAll(d.Message, "\n", " / "))
	for _, r := range d.RelatedInformation {
		s += fmt.Sprintf(" [related %d:%d %s]", r.Location.Range.Start.Line, r.Location.Range.Start.Character, r.Message)
	}
	return s
}

func (c *client) hoverAt(uri string, line, char int) string {
	c.t.Helper()
	var h *hover
	c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": position{line, char}}, &h)
	if h == nil {
		return ""
	}
	return h.Contents.Value
}

func (c *client) complete(uri string, line, char int) []completionItem {
	c.t.Helper()
	var l completionList
	c.call("textDocument/completion", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": position{line, char}}, &l)
	return l.Items
}

func (c *client) actions(uri string, line, char int) []codeAction {
	c.t.Helper()
	var as []codeAction
	at := position{line, char}
	c.call("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri}, "range": textRange{at, at},
		"context": map[string]any{"diagnostics": []any{}}}, &as)
	return as
}

func labels(items []completionItem) []string {
	out := []string{}
	for _, it := range items {
		out = append(out, it.Label)
	}
	return out
}

// edits renders a code action's edits as "title: line:char-line:char "new text"".
func edits(as []codeAction) []string {
	out := []string{}
	for _, a := range as {
		for _, es := range a.Edit.Changes {
			for _, e := range es {
				out = append(out, fmt.Sprintf("%s: %d:%d-%d:%d %q", a.Title, e.Range.Start.Line, e.Range.Start.Character,
					e.Range.End.Line, e.Range.End.Character, e.NewText))
			}
		}
	}
	return out
}

func diagLines(ds []diagnostic) []string {
	out := []string{}
	for _, d := range ds {
		out = append(out, oneLine(d))
	}
	return out
}

func same(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n--- got\n%s\n--- want\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func firstLines(s string, n int) []string {
	ls := strings.Split(s, "\n")
	return ls[:min(n, len(ls))]
}
