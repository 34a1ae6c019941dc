package rules

import (
	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// LoadBalancingSettings reports a load-balancing mode without its settings.
var LoadBalancingSettings = &lint.Rule{
	Name: "load-balancing-settings",
	Doc: "a load-balancing mode without its settings\n\n" +
		"loadBalancing.mode consistentHash and consistentReplicaRouting are configured by the object of the same " +
		"name, and consistentHash mode customHeader by the header to hash on; without them the mode has nothing to " +
		"work from.",
	Severity: diag.Warning,
	Run: func(p *lint.Pass) {
		walkSchema(p, func(s schemaNode) {
			n := s.node
			mode := n.Member("mode")
			if mode == nil || mode.Value.Kind != source.String {
				return
			}
			switch m := mode.Value.Text; {
			case (m == "consistentHash" || m == "consistentReplicaRouting") && n.Member(m) == nil &&
				s.declares("mode", "consistentHash", "consistentReplicaRouting"):
				p.Reportf(mode.Value, s.path().Key(m), "mode is %q but %s is missing: the mode takes its settings from it", m, m)
			case m == "customHeader" && n.Member("header") == nil && s.declares("mode", "header"):
				p.Reportf(mode.Value, s.path().Key("header"), `mode is "customHeader" but header is missing: name the header to hash on`)
			}
		})
	},
}
