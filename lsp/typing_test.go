package lsp

import (
	"path/filepath"
	"strings"
	"sync"

	"github.com/nflint/nflint/lint/diag"
	"testing"
)

// Every prefix of each test file, as if typed from the top, with hover, completion and code
// actions asked at its end: the server answers each without an error (a recovered panic
// answers with one) and stays up. Findings are not waited for: typing outruns linting.
func TestTypingNeverFails(t *testing.T) {
	files := []struct{ name, lang string }{
		{"combined.yaml", "yaml"}, {"args-template.yaml", "yaml"}, {"addon-template.yaml", "yaml"}, {"job.json", "json"},
	}
	dir := workspace(t, "", "combined.yaml", "args-template.yaml", "addon-template.yaml", "job.json")
	log := &syncBuffer{}
	c := newClient(t, Options{Debounce: DefaultDebounce, Log: log})
	c.initialize(dir)
	for _, f := range files {
		text := read(t, dir, f.name)
		uri := c.open(filepath.Join(dir, f.name), f.lang, "")
		step := max(len(text)/60, 1)
		for n, v := 0, 2; n <= len(text); n, v = n+step, v+1 {
			typed := text[:n]
			c.change(uri, v, typed)
			lines := newText(typed)
			e := diagPosEnd(lines)
			end := lines.position(diag.Pos{Line: e.Line, Column: e.Column})
			c.hoverAt(uri, end.Line, end.Character)
			c.complete(uri, end.Line, end.Character)
			c.actions(uri, end.Line, end.Character)
			c.hoverAt(uri, end.Line/2, 3) // somewhere in what is there
		}
		// A few bytes cut anywhere, and every question asked where they were.
		for i, v := 0, 1000; i+5 <= len(text); i, v = i+step, v+1 {
			cut := text[:i] + text[i+5:]
			c.change(uri, v, cut)
			at := newText(cut)
			p := at.position(at.posOf(i))
			c.hoverAt(uri, p.Line, p.Character)
			c.complete(uri, p.Line, p.Character)
			c.actions(uri, p.Line, p.Character)
		}
	}
	c.exit()
	if s := log.String(); s != "" {
		t.Errorf("the server logged:\n%s", s)
	}
}

// A syncBuffer is a log the server's goroutines may write together.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// diagPosEnd is the position just past a text's last character.
func diagPosEnd(t *text) (p struct{ Line, Column int }) {
	n := len(t.lines)
	return struct{ Line, Column int }{n, len(t.line(n)) + 1}
}

// posOf is the position of a byte offset.
func (t *text) posOf(off int) diag.Pos {
	line := 1
	for line < len(t.lines) && t.lines[line] <= off {
		line++
	}
	return diag.Pos{Line: line, Column: off - t.lines[line-1] + 1}
}
