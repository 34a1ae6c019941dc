package lint

import (
	"strings"
	"unicode"

	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// The language server (package lsp) lints one unsaved buffer at a time with a long-lived
// linter, and asks what kind a document or a template node is in order to document it. What
// follows exports the runner's and the linter's own decisions, so that an editor and a run
// over files never disagree about a file.

// RenewEvery makes a long-lived linter compile a fresh schema with load every n documents,
// as the runner's workers do: an editor lints the same buffer thousands of times.
func (l *Linter) RenewEvery(n int, load func() (*schema.Schema, error)) { l.renewEvery(n, load) }

// LintBuffer lints a decoded file as a run over files lints it (the worker's lintFile): as the
// kind kindFor maps its name to, else each document by its own kind; a file that is not a
// Northflank spec is skipped as a directory walk skips it, and skipped is true.
func (l *Linter) LintBuffer(src *source.Source, kindFor func(string) string) (res Result, skipped bool) {
	kind := l.kind
	if kindFor != nil && kind == "" {
		if kind = kindFor(src.Name); kind != "" {
			l = l.WithKind(kind)
		}
	}
	if kind == "" && !source.NamedLikeSpec(src.Name) && foreign(l.e.schema, src) {
		return Result{}, true
	}
	return l.Lint(src), false
}

// InferKind is the kind a body nobody named is checked as, or nil when its fields choose none.
func InferKind(n *source.Node) *schema.Kind {
	if n == nil {
		return nil
	}
	k, _ := infer(n)
	return k
}

// NodeBodyKind is the kind whose body the spec of a template node of kind nodeKind is: the
// kind the template walk checks it as or, for a node kind nflint does not check yet (Addon,
// SecretGroup, Volume, CronJob), the create body of the resource of the same name, which an
// editor documents and completes from. nil when there is none.
func NodeBodyKind(nodeKind string) *schema.Kind {
	if k := schema.NodeKind(nodeKind); k != nil {
		return k
	}
	name := kebab(nodeKind)
	for _, k := range schema.Kinds {
		if k.Resource == name && k.Verb == "create" && k.Body == "request" {
			return k
		}
	}
	return nil
}

// kebab writes a node kind's name as a resource name: SecretGroup → secret-group.
func kebab(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('-')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TuneGC applies the garbage collection settings of a run over many files (unless the user
// set GOGC or GOMEMLIMIT) and returns the function that restores the previous ones: a
// language server lints the same buffer over and over, which allocates as a long run does.
func TuneGC() (restore func()) { return tuneGC() }
