package rules_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nflint/nflint/rules"
	"github.com/nflint/nflint/rules/ruletest"
)

// TestRuleCases runs the cases of every rule, testdata/<rule-id>/*.yaml and *.txtar, in
// parallel: each spec says on its lines which findings it expects ("# want RULE \"message\"",
// package ruletest has the syntax), and every other finding, or a want nothing meets, fails
// at its file and line. To add a case, write the spec with its wants and run
// go test ./rules -run TestRuleCases/RULE-ID.
func TestRuleCases(t *testing.T) {
	for _, r := range rules.All {
		t.Run(r.Name, func(t *testing.T) {
			t.Parallel()
			ruletest.Run(t, "testdata", r)
		})
	}
}

// TestRuleTestdataComplete says what a rule still lacks: testdata where it fires, a clean
// spec, a want stating a whole message (ruletest.Missing), and the rule's gallery case, the
// CLI output a reader of testdata/gallery sees for it.
func TestRuleTestdataComplete(t *testing.T) {
	for _, p := range ruletest.Missing("testdata", rules.Everything()) {
		t.Error(p)
	}
	for _, r := range rules.All {
		if p := missingGallery(r.Name); p != "" {
			t.Error(p)
		}
	}
}

func missingGallery(rule string) string {
	p := filepath.Join("..", "testdata", "gallery", "rule-"+rule+".txtar")
	b, err := os.ReadFile(p)
	if err != nil {
		return fmt.Sprintf("rule %q has no gallery case: add %s with its spec files and empty want.txt and want.json "+
			"sections, then fill them with go test ./cmd/nflint -run TestGallery -update-gallery and read them", rule, p)
	}
	if !strings.Contains(string(b), "["+rule+"]") {
		return fmt.Sprintf("%s does not show rule %q: its want.txt has no finding [%s]", p, rule, rule)
	}
	return ""
}
