// Package config reads .nflint.yaml, the project configuration: rule severities, ignored
// paths, files mapped to kinds, the failure threshold, and whether inline suppressions are
// honoured. A configuration is validated as strictly as a spec: every unknown key or bad value
// is reported at its file, line and column, so a typo never silently changes what CI checks.
package config

import (
	"fmt"
	"strings"

	"github.com/nflint/nflint/lint/diag"
)

// FileNames are the names a configuration file is discovered by, in order of preference.
var FileNames = []string{".nflint.yaml", ".nflint.yml"}

// A Config is a project's configuration. The zero value is not used: Default returns the
// configuration of a project without a file.
type Config struct {
	File string // the file it was read from; "" when none was found
	Dir  string // the directory globs are relative to: the file's, or the working directory

	Rules         map[string]Setting // by rule id
	Ignore        []string           // globs of paths never linted
	Kinds         []KindGlob         // first match wins, in the order written
	FailOn        diag.Severity      // 0 when the file does not set it
	InlineIgnores bool               // whether # nflint-ignore comments are honoured
}

// A Setting is what the configuration says about one rule: off, or a severity replacing the
// rule's default.
type Setting struct {
	Off      bool
	Severity diag.Severity // when not Off
}

// A KindGlob maps the files a glob matches to a kind.
type KindGlob struct {
	Glob string
	Kind string // a kind name (aliases resolved) or "template"
}

// Default is the configuration of a project without a configuration file.
func Default(dir string) *Config {
	return &Config{Dir: dir, Rules: map[string]Setting{}, InlineIgnores: true}
}

// An Error is one problem in a configuration file, at a 1-based line and column (column 0
// when only the line is known, as for some YAML syntax errors).
type Error struct {
	File         string
	Line, Column int
	Message      string
	Suggestion   string // optional: `did you mean "rules"?`
}

func (e *Error) Error() string {
	at := e.File
	if e.Line > 0 {
		at += fmt.Sprintf(":%d", e.Line)
		if e.Column > 0 {
			at += fmt.Sprintf(":%d", e.Column)
		}
	}
	s := at + ": " + e.Message
	if e.Suggestion != "" {
		s += "; " + e.Suggestion
	}
	return s
}

// Errors are all the problems found in one configuration file.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Apply replaces the severity of each finding whose rule the configuration sets, and drops the
// findings of rules turned off. It reuses the slice.
func (c *Config) Apply(diags []diag.Diagnostic) []diag.Diagnostic {
	if len(c.Rules) == 0 {
		return diags
	}
	out := diags[:0]
	for _, d := range diags {
		if s, ok := c.Rules[d.Rule]; ok {
			if s.Off {
				continue
			}
			d.Severity = s.Severity
		}
		out = append(out, d)
	}
	return out
}
