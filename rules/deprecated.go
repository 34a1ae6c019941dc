package rules

import (
	"fmt"

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
						msg := fmt.Sprintf("%s is deprecated", quote(m.Key))
						if f.DeprecatedNote != "" {
							msg += ": " + f.DeprecatedNote
						} else {
							msg += ": the API may stop accepting it" // the page gives no reason or successor
						}
						p.ReportKey(m, s.path().Key(m.Key), "%s", msg)
						break
					}
				}
			}
		})
	},
}
