package lsp

import (
	"path/filepath"
	"sync"

	"github.com/nflint/nflint/config"
	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/rules"
	"github.com/nflint/nflint/schema"
)

// recycleAfter is how many documents the server's CUE context checks before it is replaced,
// as the runner's workers do: without it a session's memory grows with every keystroke.
const recycleAfter = 500

// An engine lints buffers as `nflint lint` lints files: the same linter and rules, the
// configuration discovered from the file's directory, inline suppressions, then the
// configuration's rule settings. The linter serves one goroutine at a time.
type engine struct {
	mu     sync.Mutex
	linter *lint.Linter
	err    error
	ids    []string // every rule id a finding can carry, for the configuration and suppressions
}

func newEngine() *engine {
	e := &engine{}
	seen := map[string]bool{}
	for _, r := range rules.Everything() {
		if !seen[r.Name] {
			seen[r.Name] = true
			e.ids = append(e.ids, r.Name)
		}
	}
	return e
}

// lintResult is what linting a buffer found; configErr is set when the configuration is
// broken, and the buffer was linted with the defaults.
type lintResult struct {
	diags     []diag.Diagnostic
	configErr error
}

func (e *engine) lint(name, dir, text string) lintResult {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.linter == nil && e.err == nil {
		load := func() (*schema.Schema, error) { return schema.New() }
		s, err := load()
		if e.err = err; err == nil {
			e.linter = lint.New(s, rules.All, "")
			e.linter.RenewEvery(recycleAfter, load)
		}
	}
	if e.err != nil {
		return lintResult{configErr: e.err}
	}
	var res lintResult
	cfg, err := config.Load("", dir, e.ids)
	if err != nil {
		res.configErr, cfg = err, config.Default(dir)
	}
	if source.IsToolConfig(name) || cfg.IgnoreFile(name) || int64(len(text)) > source.DefaultMaxBytes {
		return res // never linted by nflint lint either
	}
	src := source.Decode(name, []byte(text))
	r, skipped := e.linter.LintBuffer(src, cfg.KindFor)
	if skipped {
		return res
	}
	diags := r.Diags
	if cfg.InlineIgnores {
		diags = lint.Suppress(src, diags, e.ids)
	}
	res.diags = cfg.Apply(diags)
	return res
}

// lintNow lints a document's latest text and publishes the findings, unless the document
// changed or closed meanwhile: the newest version's own lint publishes then.
func (s *Server) lintNow(uri string) {
	defer func() {
		if r := recover(); r != nil {
			s.logf("panic linting %s: %v", uri, r)
		}
	}()
	d := s.docs.snapshot(uri)
	if d == nil {
		return
	}
	var res lintResult
	if isSpecLanguage(d) {
		dir := filepath.Dir(d.name)
		res = s.engine.lint(d.name, dir, d.text)
	}
	lines := newText(d.text)
	out := make([]diagnostic, 0, len(res.diags))
	for _, f := range res.diags {
		out = append(out, toDiagnostic(uri, lines, f))
	}
	// The publication lock, not the store's, is held while writing: the request loop never
	// waits for output to update a document, and a close is never followed by stale findings.
	s.publish.Lock()
	defer s.publish.Unlock()
	s.docs.mu.Lock()
	cur := s.docs.docs[uri]
	current := cur != nil && cur.version == d.version && cur.text == d.text
	if current {
		cur.findings, cur.lines = res.diags, lines
	}
	s.docs.mu.Unlock()
	if !current {
		return
	}
	// A broken configuration is said once, not on every keystroke, and again once it changes.
	if msg := configMessage(res.configErr); msg != s.configShown {
		s.configShown = msg
		if msg != "" {
			s.c.notify("window/showMessage", showMessageParams{Type: 1, Message: msg})
		}
	}
	v := d.version
	s.c.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: uri, Version: &v, Diagnostics: out})
}

// toDiagnostic is a finding as the protocol carries it: its rule as the code, its message
// with the suggestion, as `nflint lint --format json` and SARIF write them, and its second
// places as related information.
func toDiagnostic(uri string, t *text, f diag.Diagnostic) diagnostic {
	d := diagnostic{Range: t.span(f.Pos, f.End), Severity: severity(f.Severity), Code: f.Rule, Source: "nflint",
		Message: diag.Clean(f.Message), CodeDescription: &codeDescription{Href: diag.RuleDocURL(f.Rule)}}
	if f.Suggestion != "" {
		d.Message += "\n" + diag.Clean(f.Suggestion)
	}
	if p := f.Path.String(); p != "" || f.Suggestion != "" {
		d.Data = &diagnosticData{Path: p, Suggestion: diag.Clean(f.Suggestion)}
	}
	for _, r := range f.Related {
		d.RelatedInformation = append(d.RelatedInformation, relatedInfo{
			Location: location{URI: uri, Range: t.span(r.Pos, r.End)}, Message: diag.Clean(r.Message)})
	}
	return d
}

func severity(s diag.Severity) int {
	switch s {
	case diag.Error:
		return 1
	case diag.Warning:
		return 2
	}
	return 3
}

func configMessage(err error) string {
	if err == nil {
		return ""
	}
	return "nflint: " + diag.Clean(err.Error()) + " (linting with the default settings)"
}
