package rules

import (
	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/schema"
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
					f, ok := field(p, d, m.Key)
					if !ok {
						continue
					}
					if why, ok := schema.Attr(f, "deprecated"); ok {
						at := s.path.Key(m.Key)
						p.ReportKey(m, at, "%s is deprecated: %s", quote(m.Key), why)
						break
					}
				}
			}
		})
	},
}
