package rules

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/lint"
)

// goTemplate matches Go-template actions such as "{{ .image }}".
var goTemplate = regexp.MustCompile(`\{\{[^{}]*\}\}`)

// shellVariable matches the body of a shell-style ${VAR}.
var shellVariable = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// commandFields hold shell commands, where the container's shell expands ${VAR} at run time.
var commandFields = []string{"customCommand", "customEntrypoint", "cmd", "command", "entrypoint", "runCommand"}

// UnsubstitutedPlaceholder reports ${VAR} and {{ .x }} text that Northflank leaves as written.
var UnsubstitutedPlaceholder = &lint.Rule{
	Name: "unsubstituted-placeholder",
	Doc: "placeholder text Northflank does not substitute\n\n" +
		"Northflank templates substitute ${args.…}, ${refs.…}, ${fn.…}, ${template.…}, ${secrets.…} and " +
		"${triggers.…} only, and ${{secrets.…}} when the workload runs. Shell-style ${VAR} and Go-template {{ .x }} " +
		"reach the service as written, so the value is the placeholder text itself. A ${VAR} in a shell command " +
		"(customCommand, cmd, runCommand, ...) is left alone: the container's shell expands it; so is one in " +
		"runtime variables, build arguments and secret-group variables, which Northflank's dynamic templating " +
		"resolves (an info when the template defines no such variable). Write \\${...} for a literal.",
	Severity: diag.Warning,
	Kinds:    []string{"template"},
	Run: func(p *lint.Pass) {
		defined := definedVariables(p.Root)
		walkStrings(p.Root, p.Path, nil, func(n *source.Node, path diag.Path) {
			loc := newLocator(p.Source, n)
			covered := checkDollar(p, n, loc, path, defined)
			for _, at := range goTemplate.FindAllStringIndex(n.Text, -1) {
				if !covered(at[0]) {
					reportGoTemplate(p, loc, path, placeholder{text: n.Text[at[0]:at[1]], body: n.Text[at[0]+2 : at[1]-2], offset: at[0]})
				}
			}
		})
	},
}

// checkDollar reports the ${...} placeholders of a string that Northflank does not
// substitute, and returns a test for offsets inside any ${...}.
func checkDollar(p *lint.Pass, n *source.Node, loc *locator, path diag.Path, defined map[string]bool) func(int) bool {
	phs := placeholders(n.Text)
	shell := slices.Contains(commandFields, lastKey(path))
	dynamic := inVariables(path)
	for _, ph := range phs {
		ns := namespaceOf(ph.body)
		if slices.Contains(namespaces, ns) || shell && shellVariable.MatchString(ph.body) || runtimeSecret(ph) {
			continue
		}
		if dynamic && shellVariable.MatchString(ph.body) {
			if !defined[ph.body] {
				d := dynamicNote(ph, path)
				d.Pos, d.End = loc.span(ph)
				p.Report(d)
			}
			continue
		}
		d := diag.Diagnostic{Path: path,
			Message: fmt.Sprintf("%s is not a Northflank placeholder: Northflank substitutes only args, refs, fn, template, secrets and triggers, and leaves this text as written", quote(ph.text))}
		d.Pos, d.End = loc.span(ph)
		switch g := diag.Closest(ns, namespaces); {
		case ns != "" && g != "":
			d.Suggestion = fmt.Sprintf("did you mean %s?", quote("${"+g+strings.TrimPrefix(strings.TrimSpace(ph.body), ns)+"}"))
		case shellVariable.MatchString(ph.body):
			d.Suggestion = fmt.Sprintf("declare an argument and write %s", quote("${args."+ph.body+"}"))
		default:
			d.Suggestion = "write ${args.NAME} for a template argument or ${refs.NODE.FIELD} for another node's value"
		}
		p.Report(d)
	}
	// The placeholders are in order and do not overlap: the one that could hold off is the
	// last starting at or before it.
	return func(off int) bool {
		i := sort.Search(len(phs), func(i int) bool { return phs[i].offset > off }) - 1
		return i >= 0 && off < phs[i].offset+len(phs[i].text)
	}
}

// lastKey is the last object key of a path: "runCommand" for runCommand[2].
func lastKey(path diag.Path) string {
	for i := len(path) - 1; i >= 0; i-- {
		if !path[i].IsIndex {
			return path[i].Key
		}
	}
	return ""
}

func reportGoTemplate(p *lint.Pass, loc *locator, path diag.Path, ph placeholder) {
	d := diag.Diagnostic{Path: path,
		Message: fmt.Sprintf("%s is Go-template text, which Northflank does not substitute: it is left as written", quote(ph.text))}
	d.Pos, d.End = loc.span(ph)
	name := strings.Trim(strings.TrimSpace(ph.body), ".")
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	if shellVariable.MatchString(name) {
		d.Suggestion = fmt.Sprintf("declare an argument and write %s", quote("${args."+name+"}"))
	} else {
		d.Suggestion = "write ${args.NAME} for a template argument or ${refs.NODE.FIELD} for another node's value"
	}
	p.Report(d)
}
