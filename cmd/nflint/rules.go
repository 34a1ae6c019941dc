package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/rules"
)

// rules prints every rule id with its default severity and one-line description.
func (e *env) rules(args []string) int {
	if len(args) > 0 {
		fmt.Fprintf(e.stderr, "nflint: rules takes no arguments\n")
		return exitUsage
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSEVERITY\tDESCRIPTION")
	for _, r := range rules.Everything() {
		title, _, _ := strings.Cut(r.Doc, "\n")
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Name, r.Severity, title)
	}
	tw.Flush()
	_ = lint.Builtin
	return exitOK
}
