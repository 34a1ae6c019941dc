package config

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"go.yaml.in/yaml/v3"

	"github.com/nflint/nflint/schema"
)

// keys are the top-level keys of a configuration file, in the order the README shows them.
var keys = []string{"rules", "ignore", "kinds", "fail-on", "inline-ignores"}

// levels are the values a rule may be set to.
var levels = []string{"off", "info", "warning", "error"}

// A parser reads one configuration file, collecting every problem rather than stopping at the
// first: fixing a config one error per run is tedious.
type parser struct {
	file  string
	rules []string // known rule ids
	cfg   *Config
	errs  Errors
}

// Parse reads a configuration file's contents. ruleIDs are the rule ids the configuration may
// name. The returned error, when not nil, is an Errors listing every problem.
func Parse(file string, data []byte, ruleIDs []string) (*Config, error) {
	p := &parser{file: file, rules: ruleIDs, cfg: Default(filepath.Dir(file))}
	p.cfg.File = file
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, Errors{p.syntax(data, err)}
	}
	if len(doc.Content) == 0 {
		return p.cfg, nil // an empty file configures nothing
	}
	root := doc.Content[0]
	switch {
	case root.Kind == yaml.ScalarNode && root.Tag == "!!null":
		return p.cfg, nil
	case root.Kind != yaml.MappingNode:
		p.errorf(root, "the configuration must be a mapping of keys (%s), found %s", strings.Join(keys, ", "), describe(root))
	default:
		p.top(root)
	}
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return p.cfg, nil
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntax reports a YAML syntax error as the linter does for spec files (the same parser, with
// messages in plain words and a column), falling back to the parser's own message.
func (p *parser) syntax(data []byte, err error) *Error {
	for _, d := range source.Decode(p.file, data).Diags {
		if d.Rule == "syntax" {
			return &Error{File: p.file, Line: d.Pos.Line, Column: d.Pos.Column, Message: d.Message}
		}
	}
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: p.file, Line: line, Message: "invalid YAML: " + m[2]}
	}
	return &Error{File: p.file, Message: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) *Error {
	e := &Error{File: p.file, Line: n.Line, Column: n.Column, Message: fmt.Sprintf(format, args...)}
	p.errs = append(p.errs, e)
	return e
}

// suggest adds a did-you-mean to an error when a candidate is close to what was written.
func suggest(e *Error, got string, candidates []string) {
	if c := diag.Closest(got, candidates); c != "" {
		e.Suggestion = fmt.Sprintf("did you mean %q?", c)
	}
}

// pairs walks a mapping's key/value pairs, reporting duplicate keys and keys that are not
// plain strings.
func (p *parser) pairs(m *yaml.Node, fn func(k, v *yaml.Node)) {
	seen := map[string]int{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			p.errorf(k, "a key must be a plain string, found %s", describe(k))
			continue
		}
		if line, dup := seen[k.Value]; dup {
			p.errorf(k, "key %q appears twice (first on line %d)", k.Value, line)
			continue
		}
		seen[k.Value] = k.Line
		fn(k, v)
	}
}

func (p *parser) top(root *yaml.Node) {
	p.pairs(root, func(k, v *yaml.Node) {
		switch k.Value {
		case "rules":
			p.rulesSection(v)
		case "ignore":
			p.ignoreSection(v)
		case "kinds":
			p.kindsSection(v)
		case "fail-on":
			if s, ok := p.severity(v, "fail-on", []string{"error", "warning", "info"}); ok {
				p.cfg.FailOn = s
			}
		case "inline-ignores":
			if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" {
				p.errorf(v, "inline-ignores must be true or false, found %s", describe(v))
				return
			}
			p.cfg.InlineIgnores = v.Value == "true"
		default:
			e := p.errorf(k, "unknown key %q: the keys are %s", k.Value, strings.Join(keys, ", "))
			suggest(e, k.Value, keys)
		}
	})
}

// severity reads a severity name from a scalar; allowed are the names accepted at this place.
func (p *parser) severity(v *yaml.Node, what string, allowed []string) (diag.Severity, bool) {
	if v.Kind != yaml.ScalarNode || !slices.Contains(allowed, v.Value) {
		e := p.errorf(v, "%s is %s: use %s", what, describe(v), strings.Join(allowed, ", "))
		if v.Kind == yaml.ScalarNode {
			suggest(e, v.Value, allowed)
		}
		return 0, false
	}
	s, err := diag.ParseSeverity(v.Value)
	return s, err == nil
}

func (p *parser) rulesSection(v *yaml.Node) {
	if v.Kind != yaml.MappingNode {
		p.errorf(v, "rules must be a mapping of rule id to off, info, warning or error, found %s", describe(v))
		return
	}
	p.pairs(v, func(k, v *yaml.Node) {
		if !slices.Contains(p.rules, k.Value) {
			e := p.errorf(k, "unknown rule %q (nflint rules lists them)", k.Value)
			suggest(e, k.Value, p.rules)
			return
		}
		if v.Kind == yaml.ScalarNode && v.Value == "off" {
			p.cfg.Rules[k.Value] = Setting{Off: true}
			return
		}
		if s, ok := p.severity(v, fmt.Sprintf("the level of rule %q", k.Value), levels); ok {
			p.cfg.Rules[k.Value] = Setting{Severity: s}
		}
	})
}

func (p *parser) ignoreSection(v *yaml.Node) {
	if v.Kind != yaml.SequenceNode {
		p.errorf(v, "ignore must be a list of path globs, found %s", describe(v))
		return
	}
	for _, it := range v.Content {
		if g, ok := p.glob(it); ok {
			p.cfg.Ignore = append(p.cfg.Ignore, g)
		}
	}
}

func (p *parser) kindsSection(v *yaml.Node) {
	if v.Kind != yaml.MappingNode {
		p.errorf(v, "kinds must be a mapping of path glob to kind, found %s", describe(v))
		return
	}
	p.pairs(v, func(k, v *yaml.Node) {
		g, ok := p.glob(k)
		if !ok {
			return
		}
		if v.Kind != yaml.ScalarNode || v.Tag != "!!str" {
			p.errorf(v, "the kind of %q must be a kind name (%s), found %s", g, schema.NamesText(), describe(v))
			return
		}
		kind := v.Value
		if kd := schema.KindByName(kind); kd != nil {
			kind = kd.Name // an alias such as CombinedService
		} else if kind != schema.Template {
			e := p.errorf(v, "unknown kind %q: use one of %s", kind, schema.NamesText())
			suggest(e, kind, kindNames())
			return
		}
		p.cfg.Kinds = append(p.cfg.Kinds, KindGlob{Glob: g, Kind: kind})
	})
}

// glob reads and checks a path glob.
func (p *parser) glob(n *yaml.Node) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" || n.Value == "" {
		p.errorf(n, "a path glob must be a non-empty string, found %s", describe(n))
		return "", false
	}
	g := cleanGlob(n.Value)
	if err := checkGlob(g); err != nil {
		p.errorf(n, "bad glob %q: %v", n.Value, err)
		return "", false
	}
	return g, true
}

// kindNames lists kind names and aliases, for did-you-mean.
func kindNames() []string {
	out := schema.Names()
	for _, k := range schema.Kinds {
		out = append(out, k.Aliases...)
	}
	return out
}

// describe names what a node holds, for messages: `"warn"`, `a list`, `a mapping`.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	switch n.Tag {
	case "!!null":
		return "nothing"
	case "!!str":
		return strconv.Quote(n.Value)
	}
	return n.Value
}
