package lsp

import (
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// A document is an open buffer: its text as the editor holds it, saved or not.
type document struct {
	uri      string
	name     string // the file name findings and the configuration's globs see
	language string
	version  int
	text     string
	// findings are the last findings published for the document, and lines the text they were
	// computed on: code actions are built from them.
	findings []diag.Diagnostic
	lines    *text
}

// store holds the open documents. The request loop writes them; the linting worker reads a
// snapshot, and publishes its findings only if the document is still at that version.
type store struct {
	mu   sync.Mutex
	docs map[string]*document
}

func newStore() *store { return &store{docs: map[string]*document{}} }

// snapshot returns a copy of a document, or nil when it is not open.
func (st *store) snapshot(uri string) *document {
	st.mu.Lock()
	defer st.mu.Unlock()
	d := st.docs[uri]
	if d == nil {
		return nil
	}
	c := *d
	return &c
}

func (s *Server) didOpen(p *didOpenParams) {
	d := p.TextDocument
	s.docs.mu.Lock()
	s.docs.docs[d.URI] = &document{uri: d.URI, name: s.fileName(d.URI), language: d.LanguageID, version: d.Version, text: d.Text}
	s.docs.mu.Unlock()
	s.sched.now(d.URI)
}

func (s *Server) didChange(p *didChangeParams) {
	if len(p.ContentChanges) == 0 {
		return
	}
	s.docs.mu.Lock()
	d := s.docs.docs[p.TextDocument.URI]
	if d != nil {
		// Full synchronisation: the last change holds the whole text.
		d.text, d.version = p.ContentChanges[len(p.ContentChanges)-1].Text, p.TextDocument.Version
	}
	s.docs.mu.Unlock()
	if d != nil {
		s.sched.soon(p.TextDocument.URI)
	}
}

func (s *Server) didSave(p *didSaveParams) {
	s.docs.mu.Lock()
	d := s.docs.docs[p.TextDocument.URI]
	if d != nil && p.Text != nil {
		d.text = *p.Text
	}
	s.docs.mu.Unlock()
	switch {
	case d != nil && source.IsToolConfig(d.name):
		s.relintAll() // a saved .nflint.yaml changes what every open document gets
	case d != nil:
		s.sched.now(p.TextDocument.URI)
	}
}

// relintAll lints every open document again.
func (s *Server) relintAll() {
	s.docs.mu.Lock()
	uris := make([]string, 0, len(s.docs.docs))
	for uri := range s.docs.docs {
		uris = append(uris, uri)
	}
	s.docs.mu.Unlock()
	slices.Sort(uris)
	for _, uri := range uris {
		s.sched.now(uri)
	}
}

func (s *Server) didClose(p *didCloseParams) {
	uri := p.TextDocument.URI
	s.sched.cancel(uri)
	s.publish.Lock()
	defer s.publish.Unlock()
	s.docs.mu.Lock()
	delete(s.docs.docs, uri)
	s.docs.mu.Unlock()
	s.c.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: uri, Diagnostics: []diagnostic{}})
}

// fileName is the name a document is linted under: its path for a file, else a name below
// the workspace, so that the configuration's globs and the JSON-or-YAML choice still apply.
func (s *Server) fileName(uri string) string {
	if p := uriPath(uri); p != "" {
		return p
	}
	name := uri
	if i := strings.LastIndexAny(name, ":/"); i >= 0 {
		name = name[i+1:]
	}
	return filepath.Join(s.root, name)
}

// uriPath is the local path of a file URI, "" for other URIs.
func uriPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return ""
	}
	p := u.Path
	if len(p) >= 3 && p[0] == '/' && p[2] == ':' {
		p = p[1:] // file:///C:/x on Windows
	}
	return filepath.FromSlash(p)
}

// isSpecLanguage reports whether nflint reads a document: JSON or YAML, by the editor's
// language or the file's extension.
func isSpecLanguage(d *document) bool {
	switch d.language {
	case "json", "jsonc", "yaml":
		return true
	}
	switch strings.ToLower(filepath.Ext(d.name)) {
	case ".json", ".yaml", ".yml":
		return true
	}
	return false
}
