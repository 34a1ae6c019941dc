// Package schema holds nflint's knowledge of the Northflank API: CUE definitions of every
// request and response body in the API reference pages, embedded in the binary, the registry
// of kinds that names them, and the one reader of those definitions (Def): typed Go values
// for fields, alternatives, items and constraints, which the checker, the JSON Schema export,
// explain, the rules and the coverage test all read, so that they agree on what each
// definition means.
//
// The *.gen.cue files are generated from Northflank's API reference (schema/reference) by
// scripts/refgen; the other .cue files
// are written by hand and add what the generator cannot read from the pages.
package schema

import (
	"embed"
	"fmt"
	"slices"
	"sort"
	"sync"
	"sync/atomic"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/cuecontext"
	"cuelang.org/go/cue/parser"
)

//go:embed *.cue
var files embed.FS

// A Schema is the definitions, compiled in one CUE context as they are asked for: each kind's
// definition with what it refers to, once (index.go). Values from it may be used concurrently
// (cuelang.org/go v0.17 values are immutable), but a context grows with every value built in
// it, so long runs build a fresh Schema from time to time.
type Schema struct {
	ctx    *cue.Context
	docs   bool
	mu     sync.Mutex
	roots  map[string]cue.Value // definition name -> the compiled file holding it
	files  int                  // files compiled, for the test of Prepare
	reader reader
	keys   sync.Map     // the keys asked about (Def.Allows), as a set
	nkeys  atomic.Int64 // how many: see Keys
}

// Keys counts the distinct keys Def.Allows was asked about. CUE keeps every key it is asked
// about in its context for the context's life, so a linter that renews its context by the
// values it builds counts these too: a stream of documents with keys never seen before would
// otherwise grow one context without bound, while the same misspelt key in every file adds
// nothing after the first.
func (s *Schema) Keys() int64 { return s.nkeys.Load() }

// asked records a key Def.Allows was asked about.
func (s *Schema) asked(key string) {
	if _, seen := s.keys.LoadOrStore(key, struct{}{}); !seen {
		s.nkeys.Add(1)
	}
}

// Load prepares the embedded definitions in ctx, without the pages' field descriptions: the
// linter never quotes them, and reading the comments is about a third of the compile cost.
func Load(ctx *cue.Context) (*Schema, error) { return load(ctx, false) }

// New prepares the embedded definitions in a fresh CUE context of their own, without the
// field descriptions (see Load).
func New() (*Schema, error) { return Load(cuecontext.New()) }

// NewDocumented is New with the field descriptions, for explain and the JSON Schema export.
func NewDocumented() (*Schema, error) { return LoadDocumented(cuecontext.New()) }

// LoadDocumented prepares the definitions with the field descriptions from the API pages, for
// explain and the JSON Schema export.
func LoadDocumented(ctx *cue.Context) (*Schema, error) { return load(ctx, true) }

func load(ctx *cue.Context, docs bool) (*Schema, error) {
	if _, err := sources(); err != nil {
		return nil, err
	}
	return &Schema{ctx: ctx, docs: docs, roots: map[string]cue.Value{}}, nil
}

// Context is the CUE context the schema is built in.
func (s *Schema) Context() *cue.Context { return s.ctx }

// Definition returns the definition that a kind's documents must satisfy.
func (s *Schema) Definition(k *Kind) cue.Value { return s.Lookup(k.Definition) }

// Lookup returns a definition by its CUE name, such as "#Docker", compiling it with what it
// refers to the first time it is asked for. A definition the schema does not have, or one that
// does not compile (a bug the test of every definition catches), is an error value.
func (s *Schema) Lookup(def string) cue.Value {
	s.mu.Lock()
	defer s.mu.Unlock()
	root, ok := s.roots[def]
	if !ok {
		root = s.compile(def)
	}
	if err := root.Err(); err != nil {
		return root
	}
	return root.LookupPath(cue.ParsePath(def))
}

// Prepare compiles, in one file, the definitions named that are not compiled yet: a template
// with nodes of forty kinds then builds the definitions they share once, not forty times.
// Names the schema does not have are left to Lookup to report.
func (s *Schema) Prepare(defs []string) {
	ix, err := sources()
	if err != nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var todo []string
	for _, d := range defs {
		if _, ok := s.roots[d]; !ok && ix.decls[d] != nil && !slices.Contains(todo, d) {
			todo = append(todo, d)
		}
	}
	if len(todo) > 1 {
		s.compile(todo...)
	}
}

// compile builds the closure of defs and records every definition it holds.
func (s *Schema) compile(defs ...string) cue.Value {
	ix, _ := sources() // load checked the index
	text, names, err := ix.closure(defs...)
	if err != nil {
		return s.ctx.Encode(err) // an error value carrying err
	}
	var opts []parser.Option
	if s.docs {
		opts = append(opts, parser.ParseComments)
	}
	f, err := parser.ParseFile("schema", text, opts...)
	if err != nil {
		return s.ctx.Encode(fmt.Errorf("nflint's built-in schema does not parse: %v", err))
	}
	root := s.ctx.BuildFile(f)
	s.files++
	for _, n := range names {
		s.roots[n] = root
	}
	return root
}

// Check compiles every definition, for the test that keeps the embedded schema compiling.
func (s *Schema) Check() error {
	ix, err := sources()
	if err != nil {
		return err
	}
	var names []string
	for n := range ix.decls {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := s.Lookup(n).Err(); err != nil {
			return fmt.Errorf("%s: %v", n, err)
		}
	}
	return nil
}
