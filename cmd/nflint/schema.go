package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/nflint/nflint/lint/diag"

	"github.com/spf13/pflag"

	"github.com/nflint/nflint/export"
	"github.com/nflint/nflint/schema"
)

const schemaUsage = `Usage: nflint schema --kind KIND [--output FILE]

Prints the JSON Schema (draft-07) of a kind, generated from the same definitions nflint
checks with, for editors that use yaml-language-server (VS Code's YAML extension, Neovim,
Helix, Zed, JetBrains). Point a spec file at it with a first line such as
  # yaml-language-server: $schema=.schemas/combined-service.json
docs/editors.md lists what an editor cannot check that nflint does.

Examples:
  nflint schema --kind combined-service > .schemas/combined-service.json
  nflint schema --kind manual-job --output .schemas/manual-job.json
  for k in combined-service deployment-service manual-job; do nflint schema -k $k -o .schemas/$k.json; done

Flags:
`

// schemaCmd prints the JSON Schema of one kind.
func (e *env) schemaCmd(args []string) int {
	var kind, output string
	fs := pflag.NewFlagSet("schema", pflag.ContinueOnError)
	fs.StringVarP(&kind, "kind", "k", "", "the kind to describe: "+kindNames()+", template")
	fs.StringVarP(&output, "output", "o", "", "write the schema to this file instead of standard output")
	if err := parseFlags(fs, schemaUsage, args, e.stdout); err != nil {
		if err == errHelpShown {
			return exitOK
		}
		return e.usageError("%v", err)
	}
	if fs.NArg() > 0 {
		return e.usageError("schema takes no arguments, only --kind: got %q", fs.Arg(0))
	}
	k, s, code := e.documentedKind(kind)
	if s == nil {
		return code
	}
	b, err := export.JSONSchema(s, k)
	if err != nil {
		fmt.Fprintf(e.stderr, "nflint: %v\n", err)
		return exitUsage
	}
	if output != "" {
		if err := os.WriteFile(output, b, 0o644); err != nil {
			fmt.Fprintf(e.stderr, "nflint: %v\n", err)
			return exitUsage
		}
		return exitOK
	}
	e.stdout.Write(b)
	return exitOK
}

// kindFlag resolves --kind for schema and explain: a kind, an alias such as CombinedService,
// template, whose definition states a template's own keys (its nodes are of other kinds), or
// another template node kind (Addon, JobRun), whose node definition the template page states.
func (e *env) kindFlag(name string) (*schema.Kind, int) {
	if name == "" {
		return nil, e.usageError("--kind is required: use one of %s", kindNames())
	}
	if name == schema.Template {
		return schema.TemplateKind, exitOK
	}
	if k := schema.KindByName(name); k != nil {
		return k, exitOK
	}
	if k := schema.NodeSpecKind(name, false); k != nil {
		return k, exitOK // a template node kind no body kind names: its node definition
	}
	return nil, e.usageError("unknown kind %q%s: use one of %s", name, didYouMean(name, kindAndAliasNames()), kindNames())
}

// documentedKind resolves a --kind name and loads the schema with the pages' descriptions,
// for the commands that show them (schema, explain). It returns a nil schema and the exit
// code when either fails.
func (e *env) documentedKind(name string) (*schema.Kind, *schema.Schema, int) {
	k, code := e.kindFlag(name)
	if k == nil {
		return nil, nil, code
	}
	s, err := schema.NewDocumented()
	if err != nil {
		fmt.Fprintf(e.stderr, "nflint: %v\n", err)
		return nil, nil, exitUsage
	}
	return k, s, exitOK
}

func (e *env) usageError(format string, args ...any) int {
	fmt.Fprintf(e.stderr, "nflint: "+format+"\n", args...)
	return exitUsage
}

// kindNames lists the kinds that have a definition (every kind but template).
func kindNames() string {
	var names []string
	for _, k := range schema.Kinds {
		names = append(names, k.Name)
	}
	return joinComma(names)
}

func kindAndAliasNames() []string {
	var names []string
	for _, k := range schema.Kinds {
		names = append(names, k.Name)
		names = append(names, k.Aliases...)
	}
	return names
}

// didYouMean is a " (did you mean "x"?)" suffix for a misspelt name, or "".
func didYouMean(got string, candidates []string) string {
	if g := diag.Closest(got, candidates); g != "" {
		return fmt.Sprintf(" (did you mean %q?)", g)
	}
	return ""
}

func joinComma(xs []string) string { return strings.Join(xs, ", ") }
