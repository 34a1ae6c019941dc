package ruletest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/diag"
)

// An expectation is one finding a case expects: from a "# want" comment (rule, message and
// optionally column, suggestion and path) or from a line of a txtar "want" section (the whole
// finding, as golden text).
type expectation struct {
	file    string
	line    int // 1-based line of the finding
	column  int // 1-based; 0 when the want does not pin it
	rule    string
	message matcher
	suggest *matcher // nil: any suggestion, or none
	path    *string  // nil: any path
	golden  string   // set for want-section lines: the finding rendered exactly
	written string   // where the want is written, for messages: "preferred.yaml:8"
}

// A matcher is an exact text, or a regular expression when written with a leading "~".
type matcher struct {
	text string
	re   *regexp.Regexp
}

func (m matcher) match(s string) bool {
	if m.re != nil {
		return m.re.MatchString(s)
	}
	return m.text == s
}

func (m matcher) String() string {
	if m.re != nil {
		return "~" + strconv.Quote(m.text)
	}
	return strconv.Quote(m.text)
}

func (e *expectation) matches(d diag.Diagnostic) bool {
	if e.golden != "" {
		return e.golden == render(d)
	}
	return d.File == e.file && d.Pos.Line == e.line && d.Rule == e.rule &&
		(e.column == 0 || d.Pos.Column == e.column) && e.message.match(d.Message) &&
		(e.suggest == nil || e.suggest.match(d.Suggestion)) && (e.path == nil || *e.path == d.Path.String())
}

func (e *expectation) String() string {
	if e.golden != "" {
		return e.golden
	}
	s := e.rule
	if e.column > 0 {
		s += ":" + strconv.Itoa(e.column)
	}
	s += " " + e.message.String()
	if e.suggest != nil {
		s += " suggest " + e.suggest.String()
	}
	if e.path != nil {
		s += " at " + *e.path
	}
	return s
}

// render writes a finding as a line of a want section, the form cmd/nflint's cases use:
//
//	file:line:col: severity: message [rule] @path
//	  = suggestion
func render(d diag.Diagnostic) string {
	s := fmt.Sprintf("%s:%d:%d: %s: %s [%s] @%s", d.File, d.Pos.Line, d.Pos.Column, d.Severity, d.Message, d.Rule, d.Path)
	if d.Suggestion != "" {
		s += "\n  = " + d.Suggestion
	}
	return s
}

// wantComment finds a "# want" comment on a YAML line.
var wantComment = regexp.MustCompile(`(?:^|\s)#\s*want\s+(.*)$`)

// kindComment is a whole-line "# kind: NAME" comment, naming the kind every document of the
// file is checked as.
var kindComment = regexp.MustCompile(`^\s*#\s*kind:\s*(\S+)\s*$`)

// yamlWants reads the "# want" comments and the "# kind:" directive of a YAML file. label
// names the file in errors.
func yamlWants(file, label string, data []byte) (wants []*expectation, kind string, err error) {
	content := false // a line of YAML, not a comment, has been read
	for i, line := range strings.Split(string(data), "\n") {
		if m := kindComment.FindStringSubmatch(line); m != nil {
			if content {
				return nil, "", fmt.Errorf("%s:%d: the kind applies to every document of the file: write it before the first", label, i+1)
			}
			kind = m[1]
			continue
		}
		if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "#") {
			content = true
		}
		m := wantComment.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		es, err := parseWant(m[1])
		if err != nil {
			return nil, "", fmt.Errorf("%s:%d: %v", label, i+1, err)
		}
		for _, e := range es {
			e.file, e.line, e.written = file, i+1, fmt.Sprintf("%s:%d", file, i+1)
		}
		wants = append(wants, es...)
	}
	return wants, kind, nil
}

// parseWant reads the text after "# want": one or more expectations, each
//
//	RULE[:COLUMN] MESSAGE [suggest MESSAGE] [at PATH]
//
// where MESSAGE is a Go string literal ("..." or `...`) that the whole message must equal,
// or, prefixed with "~", a regular expression it must match.
func parseWant(s string) ([]*expectation, error) {
	toks, err := tokens(s)
	if err != nil {
		return nil, err
	}
	var out []*expectation
	for len(toks) > 0 {
		e, n, err := parseExpectation(toks)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
		toks = toks[n:]
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("want: expected at least one RULE \"message\"")
	}
	return out, nil
}

// parseExpectation reads one expectation from the start of toks and returns how many tokens
// it took.
func parseExpectation(toks []token) (*expectation, int, error) {
	e := &expectation{}
	rule, col, hasCol := strings.Cut(toks[0].text, ":")
	if toks[0].quoted || rule == "" {
		return nil, 0, fmt.Errorf("want: expected a rule id, found %s", toks[0].text)
	}
	e.rule = rule
	if hasCol {
		var err error
		if e.column, err = strconv.Atoi(col); err != nil || e.column < 1 {
			return nil, 0, fmt.Errorf("want: %q: the column after the rule id must be a number from 1", toks[0].text)
		}
	}
	if len(toks) < 2 || !toks[1].quoted {
		return nil, 0, fmt.Errorf("want %s: expected a quoted message after the rule id", rule)
	}
	var err error
	if e.message, err = toks[1].matcher(); err != nil {
		return nil, 0, err
	}
	i := 2
	for ; i+1 < len(toks) && !toks[i].quoted && (toks[i].text == "suggest" || toks[i].text == "at"); i += 2 {
		if toks[i].text == "at" {
			p := toks[i+1].text
			e.path = &p
			continue
		}
		if !toks[i+1].quoted {
			return nil, 0, fmt.Errorf("want %s: expected a quoted suggestion after suggest", rule)
		}
		m, err := toks[i+1].matcher()
		if err != nil {
			return nil, 0, err
		}
		e.suggest = &m
	}
	return e, i, nil
}

// A token of a want comment: a word, or a Go string literal (quoted), possibly marked "~".
type token struct {
	text   string // the word, or the literal's value
	quoted bool
	regexp bool
}

func (t token) matcher() (matcher, error) {
	if !t.regexp {
		return matcher{text: t.text}, nil
	}
	re, err := regexp.Compile(t.text)
	if err != nil {
		return matcher{}, fmt.Errorf("want: bad regular expression %q: %v", t.text, err)
	}
	return matcher{text: t.text, re: re}, nil
}

func tokens(s string) ([]token, error) {
	var out []token
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		t := token{}
		if strings.HasPrefix(s, "~\"") || strings.HasPrefix(s, "~`") {
			t.regexp, s = true, s[1:]
		}
		if s[0] == '"' || s[0] == '`' {
			lit, err := strconv.QuotedPrefix(s)
			if err != nil {
				return nil, fmt.Errorf("want: unterminated or malformed string literal: %s", s)
			}
			t.text, _ = strconv.Unquote(lit)
			t.quoted, s = true, s[len(lit):]
		} else {
			end := strings.IndexAny(s, " \t")
			if end < 0 {
				end = len(s)
			}
			t.text, s = s[:end], s[end:]
		}
		out = append(out, t)
	}
	return out, nil
}

// goldenWants reads a txtar want section: findings as render writes them, a suggestion on
// the indented "  = " line after its finding.
func goldenWants(section string) ([]*expectation, error) {
	var out []*expectation
	for i, line := range strings.Split(strings.TrimRight(section, "\n"), "\n") {
		switch {
		case line == "":
		case strings.HasPrefix(line, "  = "):
			if len(out) == 0 {
				return nil, fmt.Errorf("want:%d: a suggestion line before any finding", i+1)
			}
			out[len(out)-1].golden += "\n" + line
		default:
			file, rest, ok1 := strings.Cut(line, ":")
			ln, _, ok2 := strings.Cut(rest, ":")
			n, err := strconv.Atoi(ln)
			if !ok1 || !ok2 || err != nil {
				return nil, fmt.Errorf("want:%d: expected file:line:col: severity: message [rule] @path, found %q", i+1, line)
			}
			out = append(out, &expectation{file: file, line: n, golden: line, written: fmt.Sprintf("want:%d", i+1)})
		}
	}
	return out, nil
}

// goldenRule finds the rule id of a rendered finding: the bracketed word before " @path".
var goldenRule = regexp.MustCompile(`\[([a-z0-9-]+)\] @[^\n]*$`)

// ruleOf returns the rule id of an expectation, for the completeness check.
func (e *expectation) ruleOf() string {
	if e.golden == "" {
		return e.rule
	}
	first, _, _ := strings.Cut(e.golden, "\n")
	if m := goldenRule.FindStringSubmatch(first); m != nil {
		return m[1]
	}
	return ""
}

// exact reports whether an expectation states the whole message.
func (e *expectation) exact() bool { return e.golden != "" || e.message.re == nil }
