package rules

import (
	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
)

// MinZonesUnused reports zonalRedundancy.minZones set where zonalRedundancy.type is not
// "required".
var MinZonesUnused = &lint.Rule{
	Name: "min-zones-unused",
	Doc: "minZones set where zonal redundancy is not required\n\n" +
		"The API pages say minZones is only relevant when zonalRedundancy.type is \"required\"; with any other " +
		"type it is ignored, and instances are not spread over the zones you asked for.",
	Severity: diag.Warning,
	Run: func(p *lint.Pass) {
		walkSchema(p, func(s schemaNode) {
			n := s.node
			m := n.Member("minZones")
			if m == nil || !s.declares("minZones", "type") {
				return
			}
			at := s.path().Key("minZones")
			t := n.Get("type")
			switch {
			case t == nil:
				p.ReportKey(m, at, `minZones is ignored because type is not set: it applies only when type is "required"`)
			case !known(p, t) || stringIs(n, "type", "required"):
			default:
				p.ReportKey(m, at, `minZones is ignored because type is %s: it applies only when type is "required"`, t.Describe())
			}
		})
	},
}
