package rules

import (
	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/source"
)

// Helpers that read the values the implied-condition rules look at. Inside templates a value
// holding a placeholder is unknown until Northflank substitutes it: the rules then say
// nothing rather than guess.

// known reports whether a value can be judged: not a string holding a template placeholder.
func known(p *lint.Pass, n *source.Node) bool {
	return !(p.Lenient && n.Kind == source.String && source.HasPlaceholder(n.Text))
}

// stringIs reports whether member key of n is the string want.
func stringIs(n *source.Node, key, want string) bool {
	v := n.Get(key)
	return v != nil && v.Kind == source.String && v.Text == want
}

// isTrue reports whether member key of n is the boolean true.
func isTrue(n *source.Node, key string) bool {
	v := n.Get(key)
	return v != nil && v.Kind == source.Bool && v.Bool
}
