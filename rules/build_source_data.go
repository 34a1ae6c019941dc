package rules

import (
	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// BuildSourceData reports a build source without the data it builds from: buildSource
// "bundle" without bundleData, or git (the default) without vcsData.
var BuildSourceData = &lint.Rule{
	Name: "build-source-data",
	Doc: "a build source without the data it builds from\n\n" +
		"buildSource \"bundle\" builds from bundleData, and \"git\", the default, from the repository in vcsData; " +
		"without it the service has nothing to build. Applies to combined services, whose bodies say how they " +
		"build; patches change only what they name, responses describe services that may not build at all, and " +
		"a BuildService node's body (the patch build service body) has no buildSource.",
	Severity: diag.Warning,
	Kinds:    []string{"combined-service"},
	Run: func(p *lint.Pass) {
		walkSchema(p, func(s schemaNode) {
			n := s.node
			if n.Kind != source.Object || !s.declares("buildSource", "vcsData", "bundleData") {
				return
			}
			src := n.Member("buildSource")
			switch {
			case src == nil:
				if n.Member("vcsData") == nil {
					p.ReportMissing(n, s.path().Key("vcsData"), `vcsData is missing: buildSource defaults to "git", which builds from the repository vcsData names`)
				}
			case !known(p, src.Value):
			case stringIs(n, "buildSource", "bundle") && n.Member("bundleData") == nil:
				p.Reportf(src.Value, s.path().Key("bundleData"), `buildSource is "bundle" but bundleData is missing: nothing says which bundle to build`)
			case stringIs(n, "buildSource", "git") && n.Member("vcsData") == nil:
				p.Reportf(src.Value, s.path().Key("vcsData"), `buildSource is "git" but vcsData is missing: nothing says which repository to build`)
			}
		})
	},
}
