package rules_test

import (
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
// spec, a want stating a whole message (ruletest.Missing). These are a rule's own tests: with
// its file and its line in All, they are all a new rule needs. (The gallery under
// testdata/gallery shows the CLI output of the checker's built-in rules, and of these rules
// where a case was written; cmd/nflint's TestGalleryCoversEveryRule holds the built-in ones
// to it.)
func TestRuleTestdataComplete(t *testing.T) {
	for _, p := range ruletest.Missing("testdata", rules.Everything()) {
		t.Error(p)
	}
}
