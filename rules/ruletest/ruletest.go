// Package ruletest runs a rule's cases in the spirit of x/tools' analysistest: specs under
// testdata/<rule-id>/ hold the findings expected of them, and a test fails, at the file and
// line, on every finding that is not expected and every expectation no finding meets.
//
// A case is a YAML file whose lines say what is reported on them:
//
//	deployment:
//	  zonalRedundancy:
//	    type: preferred
//	    minZones: 2  # want min-zones-unused "minZones is ignored because type is \"preferred\": ..."
//
// Each "# want" comment holds one or more expectations, RULE[:COLUMN] MESSAGE [suggest
// MESSAGE] [at PATH]. MESSAGE is a Go string literal ("..." or `...`) equal to the whole
// message, or with a leading "~" a regular expression the message must match. A whole-line
// "# kind: NAME" checks every document as that kind (lint --kind); without it the kind is
// inferred as nflint lint infers it.
//
// JSON has no comments: a JSON case is a txtar archive (NAME.txtar) holding the spec files
// and a "want" section with each expected finding as cmd/nflint's cases write it,
// "file:line:col: severity: message [rule] @path" and an indented "  = suggestion" line.
// A "kind" section names the kind. YAML files inside an archive may use "# want" comments.
// An archive keeps the spec and what it must produce in one file, so neither is renamed or
// deleted without the other.
//
// Every finding counts, the schema's own included: the case runs the rule under test, alone,
// after the schema check, so a clean case is clean only if the spec is valid and the rule is
// silent, and a rule that is silent because the spec is broken elsewhere does not pass.
package ruletest

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// A Case is one file of a rule's testdata: a YAML spec, or a txtar archive of specs.
type Case struct {
	Path  string // as found, "testdata/min-zones-unused/preferred.yaml"
	Kind  string // the kind every document is checked as; "" to infer
	Files []txtar.File
	wants []*expectation
}

// specs lists the spec files of the case, each with the expectations written for it.
func (c *Case) specs() map[string][]*expectation {
	out := map[string][]*expectation{}
	for _, f := range c.Files {
		out[f.Name] = nil
	}
	for _, e := range c.wants {
		out[e.file] = append(out[e.file], e)
	}
	return out
}

// Load reads the cases of one rule: every .yaml, .yml and .txtar file of dir. A .json file
// is an error, since it cannot say what it expects.
func Load(dir string) ([]*Case, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []*Case
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		p := filepath.Join(dir, e.Name())
		c, err := loadCase(p)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

func loadCase(p string) (*Case, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	name := filepath.Base(p)
	switch filepath.Ext(p) {
	case ".yaml", ".yml":
		c := &Case{Path: p, Files: []txtar.File{{Name: name, Data: data}}}
		c.wants, c.Kind, err = yamlWants(name, p, data)
		return c, err
	case ".txtar":
		return loadArchive(p, txtar.Parse(data))
	case ".json":
		return nil, fmt.Errorf("%s: JSON has no comments to say what it expects: put it in a .txtar archive with a want section", p)
	}
	return nil, fmt.Errorf("%s: not a case: rule testdata holds .yaml, .yml and .txtar files", p)
}

func loadArchive(p string, a *txtar.Archive) (*Case, error) {
	c := &Case{Path: p}
	for _, f := range a.Files {
		switch f.Name {
		case "want":
			ws, err := goldenWants(string(f.Data))
			if err != nil {
				return nil, fmt.Errorf("%s: %v", p, err)
			}
			c.wants = append(c.wants, ws...)
		case "kind":
			c.Kind = strings.TrimSpace(string(f.Data))
		default:
			c.Files = append(c.Files, f)
			if ext := filepath.Ext(f.Name); ext == ".yaml" || ext == ".yml" {
				ws, kind, err := yamlWants(f.Name, p+": "+f.Name, f.Data)
				if err != nil {
					return nil, err
				}
				if kind != "" {
					return nil, fmt.Errorf("%s: %s: in an archive the kind section names the kind, not a # kind: comment", p, f.Name)
				}
				c.wants = append(c.wants, ws...)
			}
		}
	}
	if len(c.Files) == 0 {
		return nil, fmt.Errorf("%s: the archive holds no spec file", p)
	}
	for _, e := range c.wants {
		if !hasFile(c.Files, e.file) {
			return nil, fmt.Errorf("%s: %s names %s, which the archive does not hold", p, e.written, e.file)
		}
	}
	return c, nil
}

func hasFile(fs []txtar.File, name string) bool {
	for _, f := range fs {
		if f.Name == name {
			return true
		}
	}
	return false
}

// Run runs every case of rule r under dir/<r.Name>/ as a parallel subtest, each with a
// schema of its own (a CUE context is not safe for concurrent use).
func Run(t *testing.T, dir string, r *lint.Rule) {
	t.Helper()
	cases, err := Load(filepath.Join(dir, r.Name))
	if os.IsNotExist(err) {
		t.Fatal(missingFor(dir, r))
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.Path), func(t *testing.T) {
			t.Parallel()
			s, err := schema.New()
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range Check(s, r, c) {
				t.Error(p)
			}
		})
	}
}

// Check lints a case with the schema and rule r alone and returns what differs from its
// expectations, one problem per finding or expectation, each starting with where it is.
func Check(s *schema.Schema, r *lint.Rule, c *Case) []string {
	if c.Kind != "" && c.Kind != schema.Template && schema.KindByName(c.Kind) == nil {
		return []string{fmt.Sprintf("%s: unknown kind %q; kinds: %s", c.Path, c.Kind, schema.NamesText())}
	}
	l := lint.New(s, []*lint.Rule{r}, c.Kind)
	var got []diag.Diagnostic
	for _, f := range c.Files {
		got = append(got, l.Lint(source.Decode(f.Name, f.Data)).Diags...)
	}
	return compare(c, got)
}

// compare pairs findings with expectations; each expectation is met by one finding at most.
func compare(c *Case, got []diag.Diagnostic) []string {
	met := make([]bool, len(c.wants))
	var unexpected []diag.Diagnostic
	for _, d := range got {
		if i := c.find(d, met); i >= 0 {
			met[i] = true
		} else {
			unexpected = append(unexpected, d)
		}
	}
	var problems []string
	for _, d := range unexpected {
		problems = append(problems, c.where(d.File, d.Pos.Line)+"unexpected finding:\n\t"+
			strings.ReplaceAll(render(d), "\n", "\n\t")+c.near(d, met))
	}
	for i, e := range c.wants {
		if !met[i] {
			problems = append(problems, c.where(e.file, e.line)+"no finding meets the want "+e.String())
		}
	}
	sort.Strings(problems)
	return problems
}

func (c *Case) find(d diag.Diagnostic, met []bool) int {
	for i, e := range c.wants {
		if !met[i] && e.matches(d) {
			return i
		}
	}
	return -1
}

// near names the wants left unmet on the finding's line for its rule: the ones it came close
// to meeting.
func (c *Case) near(d diag.Diagnostic, met []bool) string {
	var out []string
	for i, e := range c.wants {
		if !met[i] && e.file == d.File && e.line == d.Pos.Line && e.ruleOf() == d.Rule {
			out = append(out, "\n\tthe want on this line is "+strings.ReplaceAll(e.String(), "\n", "\n\t"))
		}
	}
	return strings.Join(out, "")
}

// where is the place a problem is reported at: the YAML file's own line, or the archive and
// the file inside it.
func (c *Case) where(file string, line int) string {
	if strings.HasSuffix(c.Path, ".txtar") {
		return fmt.Sprintf("%s: %s:%d: ", c.Path, file, line)
	}
	return fmt.Sprintf("%s:%d: ", c.Path, line)
}
