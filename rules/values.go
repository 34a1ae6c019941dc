package rules

import "github.com/nflint/nflint/lint"

// Helpers that read the values the implied-condition rules look at. Inside templates a value
// holding a placeholder is unknown until Northflank substitutes it: the rules then say
// nothing rather than guess.

// known reports whether a value can be judged: not a string holding a template placeholder.
func known(p *lint.Pass, n *lint.Node) bool {
	return !(p.Lenient && n.Kind == lint.String && lint.HasPlaceholder(n.Text))
}

// stringIs reports whether member key of n is the string want.
func stringIs(n *lint.Node, key, want string) bool {
	v := n.Get(key)
	return v != nil && v.Kind == lint.String && v.Text == want
}

// isTrue reports whether member key of n is the boolean true.
func isTrue(n *lint.Node, key string) bool {
	v := n.Get(key)
	return v != nil && v.Kind == lint.Bool && v.Bool
}
