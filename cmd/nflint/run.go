package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Exit codes, as fixed in DEVELOPERS.md.
const (
	exitOK       = 0 // nothing at or above the failure threshold
	exitFindings = 1 // findings at or above it
	exitUsage    = 2 // bad usage, or an input that cannot be read
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

const usage = `nflint checks Northflank API spec files offline.

Usage:
  nflint lint [flags] PATH...    check files and directories ("-" reads standard input)
  nflint rules                   list every rule with its severity
  nflint explain KIND[.PATH]     document a field: type, allowed values, conditions, children
  nflint schema --kind KIND      print a kind's JSON Schema, for editors
  nflint lsp                     run the language server for editors (stdio)
  nflint version                 print the versions of nflint and CUE
  nflint help [COMMAND]          show help

Examples:
  nflint lint deploy/
  nflint explain combined-service.deployment.docker
  nflint schema --kind combined-service > .schemas/combined-service.json

Run "nflint help COMMAND" for the flags and examples of a command.
`

// Main runs nflint with its arguments and streams and returns the exit code; main is only
// os.Exit(Main(...)), so tests run the real command in-process.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	env := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	switch args[0] {
	case "lint":
		return env.lint(args[1:])
	case "rules":
		if wantsHelp(args[1:]) {
			return env.help("rules")
		}
		return env.rules(args[1:])
	case "schema":
		return env.schemaCmd(args[1:])
	case "explain":
		return env.explain(args[1:])
	case "lsp":
		return env.lspCmd(args[1:])
	case "version", "--version":
		return env.versionCmd(args[1:])
	case "help", "-h", "--help":
		if len(args) > 1 && args[1] != "help" {
			return env.help(args[1])
		}
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "nflint: unknown command %q%s\n\n%s", args[0], didYouMean(args[0], commands), usage)
	if hint := commandHint(args); hint != "" {
		fmt.Fprintf(stderr, "(%s)\n", hint)
	}
	return exitUsage
}

// commands are nflint's subcommands, for did-you-mean and the hint on misplaced flags.
var commands = []string{"lint", "rules", "schema", "explain", "lsp", "version", "help"}

// commandHint suggests the command line the user likely meant when the first argument is a
// flag or a path: flags go after the command ("nflint --format json lint ." is "nflint lint
// --format json ."), and files are checked by lint.
func commandHint(args []string) string {
	if !strings.HasPrefix(args[0], "-") && !strings.ContainsAny(args[0], "./") {
		return ""
	}
	for i, a := range args {
		if slices.Contains(commands, a) && i > 0 {
			rest := append(append([]string{}, args[:i]...), args[i+1:]...)
			return fmt.Sprintf("flags go after the command: nflint %s %s", a, strings.Join(rest, " "))
		}
	}
	return "to check files, run: nflint lint " + strings.Join(args, " ")
}

// env holds the streams of one invocation.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}
