package lint

import "github.com/nflint/nflint/lint/diag"

// Builtin lists the rules the linter applies itself while reading and checking documents
// against the schema. They have no Run function: the checker reports them. Package rules adds
// the checks written as separate rules.
var Builtin = []*Rule{
	{Name: "syntax", Severity: diag.Error, Doc: "the file is not valid JSON or YAML\n\nNothing else in the file can be checked until it parses."},
	{Name: "duplicate-key", Severity: diag.Error, Doc: "a key appears twice in one object\n\nParsers keep only one of the values, silently; the API sees the last."},
	{Name: "empty", Severity: diag.Warning, Doc: "the file holds no document\n\nAn empty spec file usually means a generation step failed."},
	{Name: "unknown-kind", Severity: diag.Error, Doc: "the document's kind cannot be told from its fields\n\nName it with --kind or map the file to a kind in .nflint.yaml."},
	{Name: "required", Severity: diag.Error, Doc: "a required field is missing\n\nThe API rejects the request."},
	{Name: "conditional", Severity: diag.Error, Doc: "a field required by another field's value is missing\n\nThe pages state these in prose, such as customCommand when configType is customCommand."},
	{Name: "unknown-field", Severity: diag.Error, Doc: "a field the API does not define\n\nUsually a typo: the API ignores or rejects it, and the setting you meant is not applied."},
	{Name: "type", Severity: diag.Error, Doc: "a value of the wrong JSON type\n\nFor example a string where the API expects an integer."},
	{Name: "enum", Severity: diag.Error, Doc: "a value outside the allowed set\n\nThe pages list the values each such field accepts."},
	{Name: "range", Severity: diag.Error, Doc: "a number below its minimum or above its maximum"},
	{Name: "length", Severity: diag.Error, Doc: "a string or list that is too short or too long"},
	{Name: "pattern", Severity: diag.Error, Doc: "a string that does not match the field's pattern"},
	{Name: "one-of", Severity: diag.Error, Doc: "alternatives set wrongly\n\nNone, or more than one, of exclusive alternatives is set (dockerfile or buildpack; internal, external or vcs)."},
	{Name: "internal-error", Severity: diag.Error, Doc: "nflint failed while checking a document\n\nA bug in nflint or a library it uses: the document is not checked, the rest of the run is. Please report the file."},
	{Name: "schema", Severity: diag.Error, Doc: "a value the API's definition rejects for a reason nflint cannot name more precisely"},
	{Name: "node-kind", Severity: diag.Error, Doc: "a template node of a kind Northflank does not have\n\nNorthflank rejects the template."},
	{Name: "duplicate-ref", Severity: diag.Error, Doc: "two template nodes share a ref\n\nReferences to it become ambiguous."},
	{Name: "template-api-version", Severity: diag.Warning, Doc: "a template apiVersion Northflank does not document"},
}
