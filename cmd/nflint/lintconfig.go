package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/nflint/nflint/lint/diag"

	"github.com/nflint/nflint/config"
	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/rules"
)

// allRules is every rule a finding can carry, for SARIF's rule list, the configuration's rule
// ids and suppressions' did-you-mean.
func allRules() []*lint.Rule {
	seen := map[string]bool{}
	var out []*lint.Rule
	for _, r := range rules.Everything() {
		if !seen[r.Name] {
			seen[r.Name] = true
			out = append(out, r)
		}
	}
	return out
}

func ruleNames(rs []*lint.Rule) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Name
	}
	return out
}

// loadConfig reads the --config file, or the .nflint.yaml discovered from the working
// directory, or returns the default configuration.
func loadConfig(explicit string, known []*lint.Rule) (*config.Config, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	return config.Load(explicit, wd, ruleNames(known))
}

// configError prints every problem of a broken configuration, one per line.
func (e *env) configError(err error) {
	var errs config.Errors
	if !errors.As(err, &errs) {
		e.fail(err)
		return
	}
	noun := "problems"
	if len(errs) == 1 {
		noun = "problem"
	}
	fmt.Fprintf(e.stderr, "nflint: invalid configuration, %d %s:\n", len(errs), noun)
	for _, ce := range errs {
		fmt.Fprintln(e.stderr, diag.Clean(ce.Error()))
	}
}

// failThreshold is --fail-on when given, else the configuration's fail-on, else error.
func failThreshold(f *lintFlags, cfg *config.Config) diag.Severity {
	if !f.failOnSet && cfg.FailOn != 0 {
		return cfg.FailOn
	}
	s, _ := diag.ParseSeverity(f.failOn)
	return s
}

// fail prints an error on standard error. Errors name files and quote what users wrote, so
// they are cleaned like findings.
func (e *env) fail(err error) {
	fmt.Fprintf(e.stderr, "nflint: %s\n", diag.Clean(err.Error()))
}
