package rules

import (
	"regexp"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/lint"
)

// plainHeaderName is the pattern the API pages give a header name in string mode.
var plainHeaderName = regexp.MustCompile(`^[a-zA-Z0-9_\-%$+]+$`)

// HeaderNamePattern reports a security header rule whose name is not a plain header name
// while regexMode is not true.
var HeaderNamePattern = &lint.Rule{
	Name: "header-name-pattern",
	Doc: "a header rule whose name is neither a plain header name nor marked as a regular expression\n\n" +
		"In string mode a header name must match ^[a-zA-Z0-9_\\-%$+]+$. The API also accepts any name as a " +
		"regular expression, so a name such as \"X Api Key\" or \"x-token:\" passes without regexMode and is then " +
		"matched as a pattern: usually the author meant a plain header and the rule never matches.",
	Severity: diag.Warning,
	Run: func(p *lint.Pass) {
		walkSchema(p, func(s schemaNode) {
			n := s.node
			name := n.Get("name")
			if name == nil || name.Kind != source.String || !known(p, name) || plainHeaderName.MatchString(name.Text) {
				return
			}
			if r := n.Get("regexMode"); r != nil && (r.Kind != source.Bool || r.Bool) || !s.declares("regexMode", "name", "value") {
				return
			}
			p.Reportf(name, s.path().Key("name"),
				`header name %s has characters a plain header name cannot have (only letters, digits and _-%%$+) and regexMode is not true: set regexMode to true if it is a regular expression, or correct the name`,
				quote(name.Text))
		})
	},
}
