package main

import (
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// The observation half of the coverage test: which constraints a linted document shows broken
// and which kept.

func identKey(k string) bool {
	for i, r := range k {
		if !(r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return k != ""
}

// joinKey extends a generalized path by a key, in the form lint.Path.String uses.
func joinKey(p, k string) string {
	if !identKey(k) {
		return p + "[" + strconv.Quote(k) + "]"
	}
	if p == "" {
		return k
	}
	return p + "." + k
}

// generalize renders a finding's path with every list index as [*].
func generalize(p diag.Path) string {
	g := ""
	for _, e := range p {
		if e.IsIndex {
			g += "[*]"
		} else {
			g = joinKey(g, e.Key)
		}
	}
	return g
}

// present lists the generalized paths of every value in a document.
func present(n *source.Node, path string, out map[string]*source.Node) {
	if n == nil {
		return
	}
	out[path] = n
	switch n.Kind {
	case source.Object:
		for _, m := range n.Members {
			present(m.Value, joinKey(path, m.Key), out)
		}
	case source.Array:
		for _, it := range n.Items {
			present(it, path+"[*]", out)
		}
	}
}

// classesOf maps a finding to the constraint classes it shows broken.
func classesOf(d diag.Diagnostic) []string {
	switch d.Rule {
	case "required", "conditional", "enum":
		return []string{d.Rule}
	case "pattern":
		if strings.Contains(d.Message, "does not have the format") {
			return []string{"format"}
		}
		return []string{"pattern"}
	case "range":
		if strings.Contains(d.Message, "minimum") || strings.Contains(d.Message, "greater than") {
			return []string{"min"}
		}
		return []string{"max"}
	case "length":
		if strings.Contains(d.Message, "the minimum is") || strings.Contains(d.Message, "at least") {
			return []string{"min-length"}
		}
		return []string{"max-length"}
	case "one-of":
		return []string{"one-of"}
	}
	return nil
}

// A coverage records, per constraint, whether some case broke it and some case kept it.
type coverage struct {
	violated, satisfied map[constraintKey]bool
}

// observe records what one linted document shows about each site. An alternative counts as
// broken when the object at its path draws a finding (nflint reports the branch the author
// meant, so the finding may name a field of that branch) and as kept when it draws none.
func (cv *coverage) observe(sites []site, root *source.Node, diags []diag.Diagnostic) {
	nodes := map[string]*source.Node{}
	present(root, "", nodes)
	broken := map[string]bool{} // path + " " + class
	flagged := map[string]bool{}
	var paths []string
	for _, d := range diags {
		g := generalize(d.Path)
		paths = append(paths, g)
		flagged[g] = true
		for _, c := range classesOf(d) {
			broken[g+" "+c] = true
		}
	}
	for _, s := range sites {
		n := nodes[s.path]
		switch s.key.class {
		case "alternative":
			if n != nil && !anyUnder(paths, s.path) {
				cv.satisfied[s.key] = true
			}
			if n != nil && anyUnder(paths, s.path) {
				cv.violated[s.key] = true
			}
		case "conditional":
			if broken[s.path+" conditional"] {
				cv.violated[s.key] = true
			} else if n != nil && nodes[siblingPath(s.path, s.trigger)] != nil {
				cv.satisfied[s.key] = true
			}
		case "required":
			if broken[s.path+" required"] {
				cv.violated[s.key] = true
			} else if n != nil {
				cv.satisfied[s.key] = true
			}
		default:
			// a value kept a constraint only if nothing at all is reported about it: a
			// value reported as not allowed says nothing about its pattern
			if broken[s.path+" "+s.key.class] {
				cv.violated[s.key] = true
			} else if n != nil && !flagged[s.path] {
				cv.satisfied[s.key] = true
			}
		}
	}
}

func siblingPath(p, name string) string {
	if i := strings.LastIndexAny(p, ".["); i >= 0 && p[i] == '.' {
		return joinKey(p[:i], name)
	}
	return joinKey("", name)
}

func anyUnder(paths []string, p string) bool {
	for _, q := range paths {
		if p == "" || q == p || strings.HasPrefix(q, p+".") || strings.HasPrefix(q, p+"[") {
			return true
		}
	}
	return false
}
