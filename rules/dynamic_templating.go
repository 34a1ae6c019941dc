package rules

import (
	"fmt"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// Northflank's dynamic templating (guides/secure.md, "Inject secrets: Dynamic templating")
// resolves ${NAME} inside runtime variables, build arguments and secret-group variables from
// the variables defined before it or inherited from secret groups and addons: there ${NAME}
// is substituted, not left as written.

// inVariables reports whether path is a value of a variable map: runtimeEnvironment.X,
// buildArguments.X, secrets.variables.X.
func inVariables(path diag.Path) bool {
	if len(path) < 2 || path[len(path)-1].IsIndex || path[len(path)-2].IsIndex {
		return false
	}
	switch holder := path[len(path)-2].Key; holder {
	case "runtimeEnvironment", "buildArguments":
		return true
	case "variables":
		return len(path) >= 3 && !path[len(path)-3].IsIndex && path[len(path)-3].Key == "secrets"
	}
	return false
}

// definedVariables collects the variable names a template defines anywhere in its variable
// maps: a ${NAME} of none of them can still be inherited, but is worth a note.
func definedVariables(root *source.Node) map[string]bool {
	out := map[string]bool{}
	var walk func(n *source.Node, path diag.Path)
	walk = func(n *source.Node, path diag.Path) {
		if n == nil {
			return
		}
		// path is one buffer shared by the whole walk: only inVariables reads it, on the way
		for _, m := range n.Members {
			p := append(path, diag.PathElem{Key: m.Key})
			if inVariables(p) {
				out[m.Key] = true
			}
			walk(m.Value, p)
		}
		for i, it := range n.Items {
			walk(it, append(path, diag.PathElem{Index: i, IsIndex: true}))
		}
	}
	walk(root, make(diag.Path, 0, 16))
	return out
}

// dynamicNote is the info for a ${NAME} of a variable map that no variable of the template
// defines: it resolves only if a linked secret group or addon provides NAME.
func dynamicNote(ph placeholder, path diag.Path) diag.Diagnostic {
	return diag.Diagnostic{Path: path, Severity: diag.Info,
		Message: fmt.Sprintf("%s is resolved by Northflank's dynamic templating from variables defined before it or "+
			"inherited from secret groups and addons; the template defines no variable %s, so it must come from a linked "+
			"secret group or addon", quote(ph.text), quote(ph.body))}
}

// runtimeSecret reports whether a placeholder is the runtime form ${{secrets.…}}, which
// Northflank resolves when the workload runs (guides/secure.md, "Reference global secrets").
func runtimeSecret(ph placeholder) bool {
	b := strings.TrimSpace(ph.body)
	if !strings.HasPrefix(b, "{") || !strings.HasSuffix(b, "}") {
		return false
	}
	return namespaceOf(strings.TrimSpace(b[1:len(b)-1])) == "secrets"
}
