package rules

import (
	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
)

// SelfHostedVcsID reports projectType "self-hosted" without selfHostedVcsId.
var SelfHostedVcsID = &lint.Rule{
	Name: "self-hosted-vcs-id",
	Doc: "a self-hosted repository without selfHostedVcsId\n\n" +
		"The API pages say selfHostedVcsId names the self-hosted VCS \"if projectType is self-hosted\": without it " +
		"Northflank cannot tell which of your self-hosted VCS servers holds the repository.",
	Severity: diag.Warning,
	Run: func(p *lint.Pass) {
		walkSchema(p, func(s schemaNode) {
			n := s.node
			t := n.Member("projectType")
			if t == nil || !stringIs(n, "projectType", "self-hosted") || n.Member("selfHostedVcsId") != nil ||
				!s.declares("projectType", "selfHostedVcsId") {
				return
			}
			p.Reportf(t.Value, s.path().Key("selfHostedVcsId"),
				`projectType is "self-hosted" but selfHostedVcsId is missing: name the self-hosted VCS to use`)
		})
	},
}
