package main

import (
	"fmt"
	"strings"

	"github.com/nflint/nflint/explain"
)

const explainUsage = `Usage: nflint explain KIND[.PATH]

Documents a kind's body, or one field of it, from the API reference pages: its type, whether
it is required (always, or when another field has some value), its allowed values, bounds,
lengths and pattern (read in plain words), its description, and its child fields. PATH is
written as findings write it: keys joined by ".", list items as [] or [0] (or left out),
keys that are not identifiers quoted: runtimeFiles["/etc/app.conf"].

Kinds: ` + "%s" + `

Examples:
  nflint explain combined-service
  nflint explain combined-service.deployment.docker.configType
  nflint explain combined-service.ports[].protocol
  nflint explain manual-job.buildSettings
`

// explain prints the documentation of a kind or one of its fields.
func (e *env) explain(args []string) int {
	if wantsHelp(args) {
		fmt.Fprintf(e.stdout, explainUsage, kindNames())
		return exitOK
	}
	if len(args) != 1 {
		return e.usageError("explain takes one argument, KIND or KIND.PATH, such as combined-service.deployment.docker; kinds: %s", kindNames())
	}
	kindName, path := splitKind(args[0])
	if kindName == "" {
		return e.usageError("%q: start with a kind, as in combined-service.deployment; kinds: %s", args[0], kindNames())
	}
	k, s, code := e.documentedKind(kindName)
	if s == nil {
		return code
	}
	page, err := explain.Find(s, k, path)
	if err != nil {
		return e.usageError("%s: %v", args[0], err)
	}
	page.Write(e.stdout)
	return exitOK
}

// splitKind separates the kind from the path: kind names hold no "." or "[".
func splitKind(arg string) (string, string) {
	i := strings.IndexAny(arg, ".[")
	if i < 0 {
		return arg, ""
	}
	return arg[:i], strings.TrimPrefix(arg[i:], ".")
}
