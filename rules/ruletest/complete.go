package ruletest

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/source"
)

// Missing checks that the testdata under dir is complete for the rules rs: every rule with
// a Run func has a directory dir/<rule-id>/ holding a spec where the rule fires, a spec that
// draws no finding at all, and at least one expectation that states a whole message; and
// every directory of dir names one of rs. Each problem says what to add, so that an author
// who adds a rule learns here, in one place, what its tests still need.
func Missing(dir string, rs []*lint.Rule) []string {
	var problems []string
	byName := map[string]bool{}
	for _, r := range rs {
		byName[r.Name] = true
		if r.Run == nil {
			continue // the schema's own rules and the suppression rules: cmd/nflint's cases test them
		}
		if p := missingFor(dir, r); p != "" {
			problems = append(problems, p)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		return append(problems, err.Error())
	}
	for _, e := range entries {
		if !byName[e.Name()] {
			problems = append(problems, fmt.Sprintf("%s: no rule has the id %q: name the directory after the rule it tests",
				filepath.Join(dir, e.Name()), e.Name()))
		}
	}
	sort.Strings(problems)
	return problems
}

// missingFor says what the testdata of one rule lacks, or "".
func missingFor(dir string, r *lint.Rule) string {
	rdir := filepath.Join(dir, r.Name)
	cases, err := Load(rdir)
	if os.IsNotExist(err) {
		return fmt.Sprintf("rule %q has no testdata: add %s/ with a spec where it fires (a line ending in "+
			"# want %s \"the whole message\") and a spec it leaves clean (no # want at all)", r.Name, rdir, r.Name)
	}
	if err != nil {
		return err.Error()
	}
	var fires, clean, exact bool
	for _, c := range cases {
		clean = clean || c.hasCleanDocument()
		for _, ws := range c.specs() {
			for _, w := range ws {
				if w.ruleOf() == r.Name {
					fires = true
					exact = exact || w.exact()
				}
			}
		}
	}
	var need []string
	if !fires {
		need = append(need, fmt.Sprintf("a spec where it fires (# want %s \"...\")", r.Name))
	} else if !exact {
		need = append(need, fmt.Sprintf("a want that states a whole message (# want %s \"...\", not only ~\"regexp\")", r.Name))
	}
	if !clean {
		need = append(need, "a spec it leaves clean (no # want at all; a document of a multi-document YAML file counts)")
	}
	if len(need) == 0 {
		return ""
	}
	return fmt.Sprintf("%s: rule %q needs %s", rdir, r.Name, strings.Join(need, "; and "))
}

// hasCleanDocument reports whether a spec of the case, or one document of a multi-document
// YAML spec, carries no want: so a rule's cases may be one file, where it fires and where it
// does not.
func (c *Case) hasCleanDocument() bool {
	byFile := c.specs()
	for _, f := range c.Files {
		ws, ok := byFile[f.Name]
		if !ok {
			continue
		}
		if len(ws) == 0 {
			return true
		}
		docs := source.Decode(f.Name, f.Data).Docs
		for i, d := range docs {
			if d.Root == nil {
				continue
			}
			end := 1 << 30
			if i+1 < len(docs) && docs[i+1].Root != nil {
				end = docs[i+1].Root.Pos.Line
			}
			if !slices.ContainsFunc(ws, func(w *expectation) bool { return w.line >= d.Root.Pos.Line && w.line < end }) {
				return true
			}
		}
	}
	return false
}
