// Package lint checks decoded Northflank spec documents against the schema — bodies, template
// nodes and whole templates — runs the rules, applies inline suppressions, and runs all of it
// over many files with one worker per CPU.
package lint

import (
	"fmt"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/schema"
)

// A Linter checks decoded files. It is safe for use by one goroutine at a time; run one per
// worker.
type Linter struct {
	e     *engine
	rules []*Rule
	kind  string // forced kind, or "" to select per document
}

// An engine is the compiled schema a linter checks with (which keeps what has been read from
// it), shared by the linters WithKind derives so that renewing it renews them all.
type engine struct {
	schema   *schema.Schema
	places   map[*schema.Def]placesIndex // by body definition, for unknown keys declared elsewhere
	accepted accepted                    // values its definitions accepted (accepted.go)
	native   *natives                    // progs compiled from the definitions; nil for the CUE engine
	inferred inferences                  // kinds inferred, by the outline of the body (infer_cache.go)
	used     int                         // documents that built CUE values with this schema
	built    int                         // CUE values built for the document being checked
	keys     int64                       // schema.Keys when the last document was counted
	every    int                         // renew after this many documents; 0 never
	load     func() (*schema.Schema, error)
}

// New returns a linter over a compiled schema. kind, when not empty, is the kind every
// document is checked as (a kind name or "template").
func New(s *schema.Schema, rules []*Rule, kind string) *Linter {
	return &Linter{e: &engine{schema: s, native: &natives{}}, rules: rules, kind: kind}
}

// SetEngine chooses how the linter checks documents: natively (the default) or with CUE
// alone, the reference engine. Both give the same findings.
func (l *Linter) SetEngine(e Engine) {
	if e == EngineCUE {
		l.e.native = nil
	} else if l.e.native == nil {
		l.e.native = &natives{}
	}
}

// renewEvery makes the linter compile a fresh schema with load every n documents. A CUE
// context keeps every value built in it, so one context that checks document after document
// grows without bound; counting documents, not files, keeps a file of 30,000 documents as
// flat as 30,000 files.
func (l *Linter) renewEvery(n int, load func() (*schema.Schema, error)) {
	l.e.every, l.e.load = n, load
}

// tick counts a checked document and renews the schema when it is due. Only a document that
// built CUE values, or asked CUE about keys it had not seen (schema.Keys), counts: the native
// engine checks most documents without either, and its context, which then holds only the
// definitions, need not be renewed for them (renewing costs a schema load and every
// definition and native check compiled again). A failed renewal keeps the schema in use: it
// is still correct, only larger.
func (e *engine) tick() {
	keys := e.schema.Keys()
	if e.built == 0 && keys == e.keys {
		return
	}
	e.built, e.keys = 0, keys
	if e.used++; e.every == 0 || e.used < e.every {
		return
	}
	if s, err := e.load(); err == nil {
		e.schema, e.places, e.used, e.keys, e.accepted = s, nil, 0, 0, accepted{}
		if e.native != nil {
			e.native = &natives{} // its progs hold the old schema's definitions
		}
	}
}

// checker returns a checker of one document against the engine's schema: its context, its
// native checks, and the count of CUE values built that decides the context's renewal.
func (e *engine) checker(file string, doc int, lenient bool) *checker {
	return &checker{ctx: e.schema.Context(), file: file, doc: doc, lenient: lenient, native: e.native, built: &e.built}
}

// placesOf returns what indexes a body's fields by name, once per schema, when first asked:
// only a body with an unknown key needs it.
func (e *engine) placesOf(def *schema.Def) func() placesIndex {
	return func() placesIndex {
		if e.places == nil {
			e.places = map[*schema.Def]placesIndex{}
		}
		ix, ok := e.places[def]
		if !ok {
			ix = indexPlaces(def)
			e.places[def] = ix
		}
		return ix
	}
}

// WithKind returns a linter that checks every document as kind, sharing what this one has
// read from the schema.
func (l *Linter) WithKind(kind string) *Linter {
	out := *l
	out.kind = kind
	return &out
}

// A Result is what linting one file found.
type Result struct {
	Diags     []diag.Diagnostic
	Documents int
	Bodies    map[string]int // bodies checked, by kind
	Unchecked map[string]int // template nodes of known kinds nflint has no schema for
}

// Lint checks every document of a decoded file. A panic while checking a document — a bug in
// nflint or in CUE — becomes an internal-error finding on that document, and the other
// documents and files are checked as usual.
func (l *Linter) Lint(src *source.Source) Result {
	res := Result{Bodies: map[string]int{}, Unchecked: map[string]int{}}
	res.Diags = append(res.Diags, src.Diags...)
	empty := 0
	for _, doc := range src.Docs {
		if doc.Root == nil {
			empty++
			continue
		}
		res.Documents++
		l.guarded(src, doc, &res)
		l.e.tick()
	}
	if len(src.Docs) == empty && len(src.Diags) == 0 {
		res.Diags = append(res.Diags, diag.Diagnostic{File: src.Name, Pos: diag.Pos{Line: 1, Column: 1}, Rule: "empty", Severity: diag.Warning,
			Message: "the file holds no document: there is nothing to check"})
	}
	res.Diags = diag.Sort(res.Diags)
	return res
}

// guarded checks one document, turning a panic into a finding at the document's start. The
// findings the document got before the panic are dropped: they may be half of a check.
func (l *Linter) guarded(src *source.Source, doc *source.Document, res *Result) {
	before := len(res.Diags)
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		res.Diags = append(res.Diags[:before], diag.Diagnostic{File: src.Name, Document: doc.Index, Pos: doc.Root.Pos,
			Rule: "internal-error", Severity: diag.Error,
			Message: fmt.Sprintf("nflint failed while checking this document (%s): this is a bug in nflint, please report it; the other documents and files are checked as usual", diag.Clean(fmt.Sprint(r)))})
		l.e.used = l.e.every // a context a panic left behind is not trusted: renew it
	}()
	l.document(src, doc, res)
}

func (l *Linter) document(src *source.Source, doc *source.Document, res *Result) {
	root := doc.Root
	report := func(d diag.Diagnostic) {
		d.File, d.Document = src.Name, doc.Index
		res.Diags = append(res.Diags, d)
	}
	forced := schema.KindByName(l.kind)
	switch {
	case l.kind == schema.Template || l.kind == "" && IsTemplate(root) || forced != nil && forced.Body == "template":
		t := &templateWalk{l: l, src: src, doc: doc.Index, res: res, report: report, top: "#Template"}
		if forced != nil {
			t.top = forced.Definition // a template update: its own keys, the same nodes
		}
		t.run(root)
		kind := schema.TemplateKind
		if forced != nil && forced.Body == "template" {
			kind = forced // a template update: rules may tell it from a template kept in git
		}
		l.templateRules(src, doc.Index, kind, root, res)
		return
	case l.kind != "":
		l.body(src, doc.Index, schema.KindByName(l.kind), root, nil, Span{root.Pos, root.Pos}, false, res)
		return
	case IsNode(root):
		t := &templateWalk{l: l, src: src, doc: doc.Index, res: res, report: report}
		t.node(root, nil)
		return
	}
	k, why := l.e.inferred.infer(root)
	if k == nil {
		report(diag.Diagnostic{Pos: root.Pos, Rule: "unknown-kind", Severity: diag.Error, Message: why})
		return
	}
	l.body(src, doc.Index, k, root, nil, Span{root.Pos, root.Pos}, false, res)
}

// body checks one request or response body: the schema, then the rules for its kind. anchor
// is where fields missing from the body itself are reported: the key holding the body, or
// the start of the document.
func (l *Linter) body(src *source.Source, doc int, k *schema.Kind, n *source.Node, path diag.Path, anchor Span, lenient bool, res *Result) {
	res.Bodies[k.Name]++
	def := l.e.schema.Def(k) // read once for the checker and every rule
	c := l.e.checker(src.Name, doc, lenient)
	c.places, c.base, c.accepted = l.e.placesOf(def), path, &l.e.accepted
	c.check(def, n, path, anchor)
	res.Diags = append(res.Diags, c.diags...)
	shared := map[any]any{}
	for _, r := range l.rules {
		if !r.Applies(k.Name) || r.Run == nil {
			continue
		}
		p := &Pass{Rule: r, Kind: k, Def: def, Root: n, Path: path, Source: src, Doc: doc, Lenient: lenient, Anchor: anchor,
			report: func(d diag.Diagnostic) { res.Diags = append(res.Diags, d) }, shared: shared}
		r.Run(p)
	}
}

// templateRules runs the rules that look at a template as a whole (arguments, references).
func (l *Linter) templateRules(src *source.Source, doc int, kind *schema.Kind, root *source.Node, res *Result) {
	for _, r := range l.rules {
		if !r.Applies(schema.Template) || r.Run == nil || len(r.Kinds) == 0 {
			continue
		}
		p := &Pass{Rule: r, Kind: kind, Root: root, Path: diag.Path{}, Source: src, Doc: doc, Lenient: true, Anchor: Span{root.Pos, root.Pos},
			report: func(d diag.Diagnostic) { res.Diags = append(res.Diags, d) }}
		r.Run(p)
	}
}
