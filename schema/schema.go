// Package schema holds nflint's knowledge of the Northflank API: CUE definitions of every
// request and response body in the API reference pages, embedded in the binary, the registry
// of kinds that names them, and the one reader of those definitions (Def): typed Go values
// for fields, alternatives, items and constraints, which the checker, the JSON Schema export,
// explain, the rules and the coverage test all read, so that they agree on what each
// definition means.
//
// The *.gen.cue files are generated from the pages by scripts/seedgen; the other .cue files
// are written by hand and add what the generator cannot read from the pages.
package schema

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/cuecontext"
	"cuelang.org/go/cue/parser"
)

//go:embed *.cue
var files embed.FS

// A Schema is the compiled definitions in one CUE context. Values from it may be used
// concurrently (cuelang.org/go v0.17 values are immutable), but a context grows with every
// value built in it, so long runs build a fresh Schema from time to time.
type Schema struct {
	ctx    *cue.Context
	root   cue.Value
	reader reader
}

// Load compiles the embedded definitions in ctx, without the pages' field descriptions: the
// linter never quotes them, and reading the comments is about a third of the compile cost,
// which every nflint run pays at start-up.
func Load(ctx *cue.Context) (*Schema, error) { return load(ctx, false) }

// New compiles the embedded definitions in a fresh CUE context of their own, without the
// field descriptions (see Load).
func New() (*Schema, error) { return Load(cuecontext.New()) }

// NewDocumented is New with the field descriptions, for explain and the JSON Schema export.
func NewDocumented() (*Schema, error) { return LoadDocumented(cuecontext.New()) }

// LoadDocumented compiles the definitions with the field descriptions from the API pages, for
// explain and the JSON Schema export.
func LoadDocumented(ctx *cue.Context) (*Schema, error) { return load(ctx, true) }

func load(ctx *cue.Context, docs bool) (*Schema, error) {
	f, err := merged(docs)
	if err != nil {
		return nil, err
	}
	root := ctx.BuildFile(f)
	if err := root.Err(); err != nil {
		return nil, fmt.Errorf("nflint's built-in schema does not compile: %v", err)
	}
	return &Schema{ctx: ctx, root: root}, nil
}

// Context is the CUE context the schema was built in.
func (s *Schema) Context() *cue.Context { return s.ctx }

// Definition returns the definition that a kind's documents must satisfy.
func (s *Schema) Definition(k *Kind) cue.Value {
	return s.root.LookupPath(cue.ParsePath(k.Definition))
}

// Lookup returns a definition by its CUE name, such as "#Docker".
func (s *Schema) Lookup(def string) cue.Value {
	return s.root.LookupPath(cue.ParsePath(def))
}

// merged parses every embedded file and joins them into one file, so that one BuildFile
// resolves the references between them without the module loader (which would pull in
// registry and network code nflint must not carry).
func merged(docs bool) (*ast.File, error) {
	names, err := fs.Glob(files, "*.cue")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := &ast.File{}
	imports := map[string]bool{}
	var decls []ast.Decl
	var specs []*ast.ImportSpec
	for _, name := range names {
		src, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var opts []parser.Option
		if docs {
			opts = append(opts, parser.ParseComments)
		}
		f, err := parser.ParseFile(name, src, opts...)
		if err != nil {
			return nil, fmt.Errorf("nflint's built-in schema does not parse: %v", err)
		}
		for _, d := range f.Decls {
			switch x := d.(type) {
			case *ast.Package:
			case *ast.ImportDecl:
				for _, spec := range x.Specs {
					if !imports[spec.Path.Value] {
						imports[spec.Path.Value] = true
						specs = append(specs, spec)
					}
				}
			default:
				decls = append(decls, d)
			}
		}
	}
	if len(specs) > 0 {
		out.Decls = append(out.Decls, &ast.ImportDecl{Specs: specs})
	}
	out.Decls = append(out.Decls, decls...)
	return out, nil
}
