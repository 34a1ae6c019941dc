package main

import (
	"errors"
	"fmt"

	"github.com/nflint/nflint/lsp"
)

const lspUsage = `Usage: nflint lsp

Runs nflint as a language server (the Language Server Protocol over standard input and
output) for editors: the findings of nflint lint as you type, with the workspace's
.nflint.yaml and inline suppressions; hover with what nflint explain says of a field;
completion of fields, values, node kinds, ${args.} and ${refs.} names; quick fixes. It opens
no network connection. docs/editors.md shows the setup for VS Code, Neovim, Helix and Zed.

Examples:
  nflint lsp
`

// lspCmd serves the language server until the editor exits.
func (e *env) lspCmd(args []string) int {
	if wantsHelp(args) {
		fmt.Fprint(e.stdout, lspUsage)
		return exitOK
	}
	if len(args) > 0 {
		return e.usageError("lsp takes no arguments (the editor starts it and speaks on standard input and output)")
	}
	err := lsp.Serve(e.stdin, e.stdout, lsp.Options{Debounce: lsp.DefaultDebounce, Version: version, Log: e.stderr})
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, lsp.ErrNoShutdown):
		return exitFindings // the protocol's exit code 1 for an exit without shutdown
	}
	e.fail(err)
	return exitUsage
}
