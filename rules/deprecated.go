package rules

import (
	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
)

// Deprecated reports fields the API pages mark as deprecated.
var Deprecated = &lint.Rule{
	Name: "deprecated",
	Doc: "a field the API marks as deprecated\n\n" +
		"The API still accepts it today but may stop; the message names what to use instead.",
	Severity: diag.Warning,
	Run: func(p *lint.Pass) {
		walkSchema(p, func(s schemaNode) {
			for _, m := range s.node.Members {
				for _, d := range s.defs() {
					if f, ok := field(d, m.Key); ok && f.Deprecated {
						p.ReportKey(m, s.path.Key(m.Key), "%s is deprecated: %s", quote(m.Key), f.DeprecatedNote)
						break
					}
				}
			}
		})
	},
}
