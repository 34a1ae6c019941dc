package rules

import (
	"slices"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// currentAPIVersion is the only apiVersion the create-template page allows.
const currentAPIVersion = "v1.2"

// legacyAPIVersions are the older template formats files in git still carry; any other
// version is the template-api-version rule's.
var legacyAPIVersions = []string{"v1"}

// TemplateLegacyShape reports a template in the shape of an older format: apiVersion "v1",
// or no name.
var TemplateLegacyShape = &lint.Rule{
	Name: "template-legacy-shape",
	Doc: "a template in an older shape than Northflank's template API takes\n\n" +
		"Northflank's create-template body (POST /v1/templates) takes apiVersion \"v1.2\" only and requires a name. " +
		"Many template files kept in git are in the older \"v1\" format or have no name; Northflank may still read " +
		"them through GitOps, so this is a warning whose severity teams can set, not an error.",
	Severity: diag.Warning,
	Kinds:    []string{"template"},
	Run: func(p *lint.Pass) {
		root := p.Root
		// An update body is a request made on purpose, not a file kept in git: its own
		// definition reports a missing name or a wrong apiVersion, as errors.
		if root.Kind != source.Object || p.Kind != nil && p.Kind.Name == "template-update" {
			return
		}
		if v := root.Member("apiVersion"); v != nil && v.Value.Kind == source.String && slices.Contains(legacyAPIVersions, v.Value.Text) {
			p.Reportf(v.Value, diag.Path{}.Key("apiVersion"), "apiVersion %s is an older template format: "+
				"Northflank's template API takes apiVersion %s", quote(v.Value.Text), quote(currentAPIVersion))
		}
		if root.Member("name") == nil {
			p.ReportMissing(root, diag.Path{}.Key("name"), "the template has no name: Northflank's template API "+
				"requires one (3 to 100 letters, digits, spaces or hyphens)")
		}
	},
}
