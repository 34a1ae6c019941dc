package rules

import (
	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// GitCloneWithoutFolder reports buildConfiguration.fullGitClone without includeGitFolder.
var GitCloneWithoutFolder = &lint.Rule{
	Name: "git-clone-without-folder",
	Doc: "fullGitClone without includeGitFolder\n\n" +
		"The API pages say the full git history is \"only relevant if includeGitFolder is set\": without the " +
		".git folder in the build context the history is not included, so the build does not get what you asked for.",
	Severity: diag.Warning,
	Run: func(p *lint.Pass) {
		walkSchema(p, func(s schemaNode) {
			n := s.node
			m := n.Member("fullGitClone")
			if m == nil || !isTrue(n, "fullGitClone") || !s.declares("fullGitClone", "includeGitFolder") {
				return
			}
			at := s.path().Key("fullGitClone")
			switch f := n.Get("includeGitFolder"); {
			case f == nil:
				p.ReportKey(m, at, "fullGitClone is ignored because includeGitFolder is not set: set includeGitFolder to true to include the git history")
			case f.Kind == source.Bool && !f.Bool:
				p.ReportKey(m, at, "fullGitClone is ignored because includeGitFolder is false: set includeGitFolder to true to include the git history")
			}
		})
	},
}
