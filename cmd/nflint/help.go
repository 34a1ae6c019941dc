package main

import "fmt"

const rulesUsage = `Usage: nflint rules

Lists every rule nflint applies: its stable id (the id in brackets after each finding, and
the one to name in .nflint.yaml or an nflint-ignore comment), its default severity, and
what it checks.

Examples:
  nflint rules
  nflint rules | grep conditional
`

// help prints the usage and examples of one command.
func (e *env) help(cmd string) int {
	switch cmd {
	case "lint":
		e.lint([]string{"--help"})
	case "rules":
		fmt.Fprint(e.stdout, rulesUsage)
	case "schema":
		e.schemaCmd([]string{"--help"})
	case "explain":
		e.explain([]string{"--help"})
	case "version":
		e.versionCmd([]string{"--help"})
	case "lsp":
		e.lspCmd([]string{"--help"})
	default:
		fmt.Fprintf(e.stderr, "nflint: no help for %q%s\n\n%s", cmd,
			didYouMean(cmd, []string{"lint", "rules", "schema", "explain", "lsp", "version"}), usage)
		return exitUsage
	}
	return exitOK
}

// wantsHelp reports whether a command's arguments ask for its help.
func wantsHelp(args []string) bool {
	return len(args) == 1 && (args[0] == "-h" || args[0] == "--help")
}
