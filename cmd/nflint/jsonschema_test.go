package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/nflint/nflint/export"
	"github.com/nflint/nflint/schema"
)

// schemaRules are the findings the exported JSON Schema must agree with: those the checker
// reports against the CUE definitions. The rules of package rules go beyond the schema, and
// an editor does not see them.
var schemaRules = map[string]bool{"required": true, "conditional": true, "unknown-field": true, "type": true,
	"enum": true, "range": true, "length": true, "pattern": true, "one-of": true, "schema": true}

// knownDifferences lists the documents where a JSON Schema validator cannot reach nflint's
// verdict, keyed "case file#document" (and "@node path" inside templates), with the reason.
// docs/editors.md explains each. An entry whose verdicts agree fails the test, so the list
// cannot go stale.
var knownDifferences = map[string]string{}

// skipReasons are whole classes of documents JSON Schema cannot judge as nflint does; every
// skipped document is logged with its reason.
const (
	skipPlaceholder = "template placeholders (${...}) stand for values known only when Northflank runs the template"
	skipDecode      = "the file does not decode cleanly (syntax or duplicate key): there is no single document to validate"
	skipUnknownKind = "nflint cannot tell the document's kind, so there is no schema to compare with"
	skipSuppressed  = "an inline nflint-ignore or a config file changes nflint's verdict; an editor does not read them"
	skipUnchecked   = "a template node whose kind nflint has no schema for"
)

// TestJSONSchemaAgrees validates every spec in testdata (schema, rules, templates, gallery,
// jsonschema cases and the ok corpus) against the JSON Schema `nflint schema` exports for
// its kind and requires the validator's verdict (valid or not) to be nflint's.
func TestJSONSchemaAgrees(t *testing.T) {
	a := &agreement{t: t, schemas: compileSchemas(t)}
	for _, c := range loadCases(t, "schema", "rules", "templates", "gallery", "jsonschema") {
		a.archive(c)
	}
	ok, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "ok", "*"))
	for _, p := range ok {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a.file("ok/"+filepath.Base(p), filepath.Base(p), data, "")
	}
	if dir := os.Getenv("NFLINT_AGREE_DIR"); dir != "" {
		a.dir(dir)
	}
	a.run()
	t.Logf("compared %d documents, skipped %d", a.compared, a.skipped)
	if a.compared < 30 {
		t.Errorf("only %d documents compared: the agreement test is not testing much", a.compared)
	}
	for id := range knownDifferences {
		if !a.seen[id] {
			t.Errorf("knownDifferences lists %s, which no longer exists", id)
		}
	}
}

// compileSchemas exports and compiles the schema of every kind, and of BuildService template
// nodes. Compiling also validates each schema against the draft-07 meta-schema.
func compileSchemas(t *testing.T) map[string]*jsonschema.Schema {
	s, err := schema.NewDocumented()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*jsonschema.Schema{}
	for _, k := range append(append([]*schema.Kind(nil), schema.Kinds...), schema.BuildServiceNode) {
		b, err := export.JSONSchema(s, k)
		if err != nil {
			t.Fatalf("%s: %v", k.Name, err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: the exported schema is not JSON: %v", k.Name, err)
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft7)
		url := "file:///" + k.Name + ".json"
		if err := c.AddResource(url, doc); err != nil {
			t.Fatal(err)
		}
		sch, err := c.Compile(url)
		if err != nil {
			t.Fatalf("%s: the exported schema does not compile as draft-07: %v", k.Name, err)
		}
		out[k.Name] = sch
	}
	return out
}

type agreement struct {
	t                 *testing.T
	schemas           map[string]*jsonschema.Schema
	compared, skipped int
	seen              map[string]bool
	files             []*specFile
}

// A specFile is one spec file of a case, linted with the others in one nflint run per kind:
// one run per file and kind would cost a schema load each.
type specFile struct {
	id, name string
	data     []byte
	kind     string // the kind the case names, or "" to let nflint infer it
	rel      string // its path in the shared directory
	runs     *nflintRuns
}

func (a *agreement) archive(c *tcase) {
	kind := argKind(c.args)
	rel := strings.TrimPrefix(filepath.ToSlash(c.path), "../../testdata/")
	if parts := strings.Split(rel, "/"); kind == "" && len(parts) == 3 && parts[0] == "schema" && schema.KindByName(parts[1]) != nil {
		kind = parts[1]
	}
	configured := false
	for _, f := range c.archive.Files {
		if strings.HasPrefix(f.Name, ".nflint") {
			configured = true
		}
	}
	for _, f := range c.archive.Files {
		if !source.IsSpecFile(f.Name) || strings.HasPrefix(f.Name, "want") || strings.HasPrefix(f.Name, ".nflint") {
			continue
		}
		id := rel + ":" + f.Name
		if configured || bytes.Contains(f.Data, []byte("nflint-ignore")) {
			a.skip(id, skipSuppressed)
			continue
		}
		a.file(id, f.Name, f.Data, kind)
	}
}

// dir adds every spec file below a directory, for measuring agreement on real specs:
// NFLINT_AGREE_DIR=/work/shared/corpus go test ./cmd/nflint -run TestJSONSchemaAgrees -v
func (a *agreement) dir(root string) {
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !source.IsSpecFile(p) {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if bytes.Contains(data, []byte("nflint-ignore")) {
			a.skip(p, skipSuppressed)
			return nil
		}
		a.file(p, filepath.Base(p), data, "")
		return nil
	})
	if err != nil {
		a.t.Fatal(err)
	}
}

func argKind(args []string) string {
	for i, a := range args {
		switch {
		case (a == "--kind" || a == "-k") && i+1 < len(args):
			return args[i+1]
		case strings.HasPrefix(a, "--kind="):
			return strings.TrimPrefix(a, "--kind=")
		}
	}
	return ""
}

func (a *agreement) skip(id, reason string) {
	a.skipped++
	a.t.Logf("skip %s: %s", id, reason)
}

// file queues one spec file; run lints the queued files and compares their documents.
func (a *agreement) file(id, name string, data []byte, kind string) {
	if k := schema.KindByName(kind); k != nil {
		kind = k.Name
	}
	a.files = append(a.files, &specFile{id: id, name: name, data: data, kind: kind})
}

func (a *agreement) run() {
	lintAll(a.t, a.files)
	for _, f := range a.files {
		a.compareFile(f)
	}
}

func (a *agreement) compareFile(f *specFile) {
	src := source.Decode(f.name, f.data)
	if len(src.Diags) > 0 {
		a.skip(f.id, skipDecode)
		return
	}
	kind, runs := f.kind, f.runs
	for _, doc := range src.Docs {
		if doc.Root == nil {
			continue
		}
		docID := f.id + "#" + strconv.Itoa(doc.Index)
		switch {
		case (kind == "" || kind == schema.Template) && runs.get(kind).has(doc.Index, "unknown-kind"):
			a.skip(docID, skipUnknownKind)
		case kind == schema.Template || kind == "" && isTemplateDoc(doc.Root):
			for _, body := range []string{"spec", "teardownSpec.spec"} {
				p := diag.Path{}
				for _, k := range strings.Split(body, ".") {
					p = p.Key(k)
				}
				a.nodes(docID, doc, doc.Root.Lookup(p), p, runs.get(kind), false)
			}
		case kind == "" && isNodeDoc(doc.Root):
			a.nodes(docID, doc, doc.Root, diag.Path{}, runs.get(""), false)
		case kind != "":
			a.compare(docID, kind, jsonValue(doc.Root), runs.get(kind).invalid(doc.Index, ""))
		default:
			a.inferred(docID, doc, runs)
		}
	}
}

// inferred compares a document whose kind nflint inferred. The findings do not name the kind,
// so every kind under which nflint's findings equal those of the inferred run is compared.
func (a *agreement) inferred(id string, doc *source.Document, runs *nflintRuns) {
	base := runs.get("")
	if base.has(doc.Index, "unknown-kind") {
		a.skip(id, skipUnknownKind)
		return
	}
	matched := false
	for _, k := range schema.Kinds {
		r := runs.get(k.Name)
		if r.docText(doc.Index) == base.docText(doc.Index) {
			matched = true
			a.compare(id+" as "+k.Name, k.Name, jsonValue(doc.Root), r.invalid(doc.Index, ""))
		}
	}
	if !matched {
		a.t.Errorf("%s: no --kind gives the findings of the inferred run", id)
	}
}

// nodes compares the spec of every template node of a kind nflint has a schema for. It
// descends as nflint's template walk does: into the child fields a node kind declares, and
// through the whole spec only of nodes that nest templates (Pipeline, Environment); a node
// nflint does not reach must not be compared with nflint's silence about it.
func (a *agreement) nodes(id string, doc *source.Document, n *source.Node, path diag.Path, run *nflintRun, search bool) {
	if n == nil {
		return
	}
	if n.Kind == source.Array {
		for i, it := range n.Items {
			a.nodes(id, doc, it, path.Index(i), run, search)
		}
		return
	}
	kn := n.Get("kind")
	if n.Kind != source.Object {
		return
	}
	if kn == nil || kn.Kind != source.String || n.Get("spec") == nil {
		a.search(id, doc, n, path, run, search)
		return
	}
	spec, specPath := n.Get("spec"), path.Key("spec")
	if k := schema.NodeKind(kn.Text); k != nil {
		nodeID := id + "@" + specPath.String()
		if hasPlaceholder(spec) {
			a.skip(nodeID, skipPlaceholder)
			return
		}
		a.compare(nodeID, k.Name, jsonValue(spec), run.invalid(doc.Index, specPath.String()))
		return
	}
	info := schema.NodeKindInfoFor(kn.Text)
	if info == nil {
		a.search(id, doc, n, path, run, search) // a template wrapper such as PreviewEnv
		return
	}
	for _, c := range info.Children {
		sub := diag.Path{}
		for _, k := range c {
			sub = sub.Key(k)
		}
		a.nodes(id, doc, n.Lookup(sub), append(path[:len(path):len(path)], sub...), run, false)
	}
	if info.Nested {
		a.nodes(id, doc, spec, specPath, run, true)
	}
}

// search looks through an object's fields for nodes, inside nodes that nest templates.
func (a *agreement) search(id string, doc *source.Document, n *source.Node, path diag.Path, run *nflintRun, search bool) {
	if !search {
		return
	}
	for _, m := range n.Members {
		a.nodes(id, doc, m.Value, path.Key(m.Key), run, true)
	}
}

func (a *agreement) compare(id, kind string, data any, nflintInvalid []string) {
	if a.seen == nil {
		a.seen = map[string]bool{}
	}
	a.seen[id] = true
	sch := a.schemas[kind]
	if sch == nil {
		a.skip(id, skipUnchecked)
		return
	}
	a.compared++
	verr := sch.Validate(data)
	agree := (verr != nil) == (len(nflintInvalid) > 0)
	reason, listed := knownDifferences[id]
	switch {
	case agree && listed:
		a.t.Errorf("%s: listed in knownDifferences (%s) but JSON Schema and nflint agree: remove the entry", id, reason)
	case !agree && listed:
		a.t.Logf("known difference %s: %s", id, reason)
	case !agree:
		a.t.Errorf("%s (kind %s): JSON Schema says valid=%v, nflint says valid=%v\nnflint: %s\nvalidator: %v",
			id, kind, verr == nil, len(nflintInvalid) == 0, strings.Join(nflintInvalid, "; "), verr)
	}
}

// isTemplateDoc and isNodeDoc are the linter's own decisions, so the test compares the JSON
// Schema with nflint on the documents nflint reads as templates and nodes, no others.
func isTemplateDoc(n *source.Node) bool { return lint.IsTemplate(n) }

func isNodeDoc(n *source.Node) bool { return lint.IsNode(n) }

func hasPlaceholder(n *source.Node) bool {
	if n.Kind == source.String {
		return source.HasPlaceholder(n.Text)
	}
	for _, it := range n.Items {
		if hasPlaceholder(it) {
			return true
		}
	}
	for _, m := range n.Members {
		if source.HasPlaceholder(m.Key) || hasPlaceholder(m.Value) {
			return true
		}
	}
	return false
}

// jsonValue converts a decoded document to the values a JSON Schema validator takes.
func jsonValue(n *source.Node) any {
	switch n.Kind {
	case source.Object:
		m := map[string]any{}
		for _, mem := range n.Members {
			m[mem.Key] = jsonValue(mem.Value)
		}
		return m
	case source.Array:
		l := []any{}
		for _, it := range n.Items {
			l = append(l, jsonValue(it))
		}
		return l
	case source.String:
		return n.Text
	case source.Int, source.Float:
		if json.Valid([]byte(n.Text)) {
			return json.Number(n.Text)
		}
		f, _ := strconv.ParseFloat(strings.ReplaceAll(n.Text, "_", ""), 64)
		return json.Number(strconv.FormatFloat(f, 'g', -1, 64))
	case source.Bool:
		return n.Bool
	}
	return nil
}

// nflintRuns holds one file's findings from each nflint run, by --kind ("" for none).
type nflintRuns struct {
	t    *testing.T
	id   string
	runs map[string]*nflintRun
}

type nflintRun struct{ diags []jsonDiag }

type jsonDiag struct {
	File, Path, Rule, Severity, Message string
	Line, Column, Document              int
}

func (r *nflintRuns) get(kind string) *nflintRun {
	run, ok := r.runs[kind]
	if !ok {
		r.t.Fatalf("%s: no nflint run with --kind %q", r.id, kind)
	}
	return run
}

// lintAll writes every file into one directory and runs nflint over them once without
// --kind and once per kind: a file whose case names its kind is linted with that kind, the
// others with every kind, to find the kinds whose findings match the inferred run.
func lintAll(t *testing.T, files []*specFile) {
	dir := t.TempDir()
	byKind := map[string][]string{}
	for i, f := range files {
		f.rel = filepath.Join(strconv.Itoa(i), f.name)
		f.runs = &nflintRuns{t: t, id: f.id, runs: map[string]*nflintRun{}}
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(f.rel)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f.rel), f.data, 0o644); err != nil {
			t.Fatal(err)
		}
		if f.kind != "" {
			byKind[f.kind] = append(byKind[f.kind], f.rel)
			continue
		}
		byKind[""] = append(byKind[""], f.rel)
		for _, k := range schema.Kinds {
			byKind[k.Name] = append(byKind[k.Name], f.rel)
		}
	}
	byFile := map[string]*specFile{}
	for _, f := range files {
		byFile[f.rel] = f
	}
	for kind, rels := range byKind {
		for _, rel := range rels {
			byFile[rel].runs.runs[kind] = &nflintRun{}
		}
		for _, d := range lintIn(t, dir, kind, rels) {
			run := byFile[d.File].runs.runs[kind]
			run.diags = append(run.diags, d)
		}
	}
}

// lintIn runs nflint in dir over files and returns its findings.
func lintIn(t *testing.T, dir, kind string, files []string) []jsonDiag {
	args := []string{"lint", "--format", "json", "--color", "never"}
	if kind != "" {
		args = append(args, "--kind", kind)
	}
	args = append(args, files...)
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var stdout, stderr bytes.Buffer
	if code := Main(args, strings.NewReader(""), &stdout, &stderr); code == exitUsage {
		t.Fatalf("nflint lint --kind %q: exit 2: %s", kind, stderr.String())
	}
	var out struct{ Diagnostics []jsonDiag }
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("nflint lint --kind %q: output is not JSON: %v", kind, err)
	}
	return out.Diagnostics
}

// invalid lists the schema findings of one document (under a path prefix, for template nodes)
// that make it invalid: errors of the schema rules.
func (r *nflintRun) invalid(doc int, prefix string) []string {
	var out []string
	for _, d := range r.diags {
		if d.Document != doc || d.Severity != "error" || !schemaRules[d.Rule] || !under(d.Path, prefix) {
			continue
		}
		out = append(out, d.Path+": "+d.Message+" ["+d.Rule+"]")
	}
	sort.Strings(out)
	return out
}

func under(path, prefix string) bool {
	if prefix == "" || path == prefix {
		return true
	}
	return strings.HasPrefix(path, prefix+".") || strings.HasPrefix(path, prefix+"[")
}

func (r *nflintRun) has(doc int, rule string) bool {
	for _, d := range r.diags {
		if d.Document == doc && d.Rule == rule {
			return true
		}
	}
	return false
}

// docText renders one document's findings, to compare runs.
func (r *nflintRun) docText(doc int) string {
	var b strings.Builder
	for _, d := range r.diags {
		if d.Document == doc {
			b.WriteString(strconv.Itoa(d.Line) + ":" + strconv.Itoa(d.Column) + " " + d.Rule + " " + d.Path + " " + d.Message + "\n")
		}
	}
	return b.String()
}
