package rules

import (
	"fmt"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/lint"
)

// UndeclaredArgument reports ${args.NAME} where the template declares no argument NAME.
var UndeclaredArgument = &lint.Rule{
	Name: "undeclared-argument",
	Doc: "a template placeholder naming an argument the template does not declare\n\n" +
		"Northflank substitutes ${args.NAME} from the template's arguments (or argumentOverrides); an undeclared " +
		"name is usually a typo and leaves the value unset. The built-in arguments name and previewId of preview " +
		"templates count as declared in every template, and a held template (release flow, preview) may use the " +
		"arguments of the templates around it. A preview's options.nameFormat is not checked: the preview fills it " +
		"from its trigger.",
	Severity: diag.Error,
	Kinds:    []string{"template"},
	Run: func(p *lint.Pass) {
		for _, s := range templateScopes(p.Root) {
			declared := s.declared()
			isDeclared := make(map[string]bool, len(declared)) // a list search per use is quadratic in big templates
			for _, a := range declared {
				isDeclared[a] = true
			}
			suggest := newSuggester(declared)
			s.strings(func(n *source.Node, path diag.Path) {
				if isNameFormat(s, path) {
					return
				}
				loc := newLocator(p.Source, n)
				for _, ph := range placeholders(n.Text) {
					for _, u := range uses(ph.body, "args") {
						if !isDeclared[u.name] {
							reportArgument(p, s, loc, path, ph, u.name, suggest)
						}
					}
				}
			})
		}
	},
}

// isNameFormat reports whether path is a template's options.nameFormat: the naming
// convention of a preview, filled from the trigger that starts it (pull request, branch)
// rather than from declared arguments.
func isNameFormat(s *templateScope, path diag.Path) bool {
	return len(path) == len(s.path)+2 && path[len(s.path)].Key == "options" && path.Last() == "nameFormat"
}

func reportArgument(p *lint.Pass, s *templateScope, loc *locator, path diag.Path, ph placeholder, name string, suggest *suggester) {
	d := diag.Diagnostic{Path: path}
	d.Pos, d.End = loc.span(ph)
	if s.root.Get("arguments") == nil && s.outer == nil {
		d.Message = fmt.Sprintf("argument %s is not declared: the template has no arguments; declare it under arguments", quote(name))
	} else {
		d.Message = fmt.Sprintf("argument %s is not declared in the template's arguments", quote(name))
	}
	if g := suggest.closest(name); g != "" {
		d.Suggestion = fmt.Sprintf("did you mean %s?", quote(g))
	}
	p.Report(d)
}
