// Package rules holds nflint's checks beyond the schema: conditions the API pages imply
// without stating them as requirements, and properties of Northflank templates. Each rule is
// a plain value in its own file; All lists them explicitly.
package rules

import "github.com/nflint/nflint/lint"

// All is every rule the linter runs after the schema check, in a fixed order.
var All = []*lint.Rule{
	// Conditions the API pages imply (issue 3).
	MinZonesUnused,
	GitCloneWithoutFolder,
	BuildSourceData,
	SelfHostedVcsID,
	LoadBalancingSettings,
	HeaderNamePattern,
	Deprecated,
	// Northflank templates (issue 5).
	UndeclaredArgument,
	UnusedArgument,
	UndefinedRef,
	UnsubstitutedPlaceholder,
	// Northflank's template language (issue 13).
	TemplateLegacyShape,
	ReferenceNotAccepted,
}

// Everything is every rule id nflint can report: the built-in schema rules, All, and the rules
// inline suppressions report under. `nflint rules`, the config file and SARIF use it.
func Everything() []*lint.Rule {
	out := append([]*lint.Rule{}, lint.Builtin...)
	out = append(out, All...)
	return append(out, lint.SuppressionRules...)
}
