package rules

import (
	"fmt"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/lint"
)

// UnusedArgument reports a template argument no placeholder uses.
var UnusedArgument = &lint.Rule{
	Name: "unused-argument",
	Doc: "a template argument that nothing uses\n\n" +
		"An argument never referenced as ${args.NAME} has no effect: often a reference to it is misspelt, or it " +
		"was left behind when the template changed.",
	Severity: diag.Warning,
	Kinds:    []string{"template"},
	Run: func(p *lint.Pass) {
		used := usedArguments(p.Root)
		for _, s := range templateScopes(p.Root) {
			for _, m := range s.arguments() {
				if !used[m.Key] {
					p.ReportKey(m, s.path.Key("arguments").Key(m.Key), "%s", unusedMessage(m.Key))
				}
			}
		}
	},
}

// unusedMessage says an argument is not used and how to use it. A name of other characters
// than letters, digits, _ and - cannot follow "args." in a placeholder at all.
func unusedMessage(key string) string {
	if !isName(key) {
		return fmt.Sprintf("argument %s is declared but never used, and no placeholder can name it: ${args.NAME} "+
			"takes only letters, digits, _ and -; rename it or remove it", quote(key))
	}
	return fmt.Sprintf("argument %s is declared but never used: refer to it as ${args.%s} or remove it", quote(key), shorten(key))
}

// usedArguments collects the argument names the placeholders of a document use, in values
// and in keys, anywhere: a held template may use the arguments of the one around it.
func usedArguments(root *source.Node) map[string]bool {
	used := map[string]bool{}
	note := func(s string) {
		for _, ph := range placeholders(s) {
			for _, u := range uses(ph.body, "args") {
				used[u.name] = true
			}
		}
	}
	var walk func(n *source.Node)
	walk = func(n *source.Node) {
		if n.Kind == source.String {
			note(n.Text)
		}
		for _, m := range n.Members {
			note(m.Key)
			walk(m.Value)
		}
		for _, it := range n.Items {
			walk(it)
		}
	}
	walk(root)
	return used
}
