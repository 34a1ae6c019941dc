package lint

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// SuppressionRules are the rules inline suppressions report under. They are not run by the
// linter: Suppress reports them while reading the comments.
var SuppressionRules = []*Rule{
	{Name: "suppression-reason", Severity: diag.Warning, Doc: "an nflint-ignore comment without a reason\n\n" +
		"Write why the finding does not apply after \" -- \", so the next reader can judge whether it still holds."},
	{Name: "unused-suppression", Severity: diag.Warning, Doc: "an nflint-ignore comment that suppresses nothing\n\n" +
		"The finding it was written for is gone, or it names a rule that is not reported on its line: " +
		"remove it, or it will silently hide a future problem."},
}

// A suppression is one nflint-ignore or nflint-ignore-file comment.
type suppression struct {
	file   bool // nflint-ignore-file: covers the whole file
	line   int  // the comment's line
	covers int  // the line whose findings it suppresses (nflint-ignore only)
	col    int  // 1-based byte column of "#"
	rules  []ruleRef
	reason string
	doc    int
	endCol int // one past the comment's last byte
}

// A ruleRef is a rule id written in a suppression, with where it was written and whether a
// finding used it.
type ruleRef struct {
	id   string
	col  int // 1-based byte column
	used bool
}

// The directive must start the comment; "nflint-ignore" later in a comment is prose.
var directive = regexp.MustCompile(`^#[ \t]*nflint-ignore(-file)?(?:[ \t]+|$)`)

// Suppress applies the nflint-ignore comments of a YAML file to its findings: it drops the
// findings they cover and adds a warning for each comment without a reason and each rule id a
// comment names that covers nothing. known lists the rule ids, for did-you-mean. JSON has no
// comments: JSON files are returned unchanged and use the configuration file instead.
func Suppress(src *source.Source, diags []diag.Diagnostic, known []string) []diag.Diagnostic {
	if src == nil || !bytes.Contains(src.Src, []byte("nflint-ignore")) || source.IsJSON(src.Name, src.Src) {
		return diags // the common case costs one scan of the bytes
	}
	sups := parseSuppressions(src)
	if len(sups) == 0 {
		return diags
	}
	out := diags[:0:0]
	for _, d := range diags {
		if !suppressed(sups, d) {
			out = append(out, d)
		}
	}
	for _, s := range sups {
		out = append(out, s.findings(src.Name, known)...)
	}
	return diag.Sort(out)
}

// suppressed reports whether a suppression covers a finding, marking the rule it used.
func suppressed(sups []*suppression, d diag.Diagnostic) bool {
	hit := false
	for _, s := range sups {
		if !s.file && s.covers != d.Pos.Line {
			continue
		}
		for i := range s.rules {
			if s.rules[i].id == d.Rule {
				s.rules[i].used = true
				hit = true
			}
		}
	}
	return hit
}

// parseSuppressions finds the suppression comments of a file. A comment alone on its line
// covers the next line that is not itself only a comment, so several can stack above one key;
// a comment after a value covers its own line.
func parseSuppressions(src *source.Source) []*suppression {
	var out []*suppression
	n := strings.Count(string(src.Src), "\n") + 1
	for i := 1; i <= n; i++ {
		line := src.Line(i)
		if !strings.Contains(line, "nflint-ignore") {
			continue
		}
		s := parseSuppression(line, i)
		if s == nil {
			continue
		}
		s.doc = docAt(src, i)
		if !s.file {
			s.covers = i
			if strings.TrimSpace(line[:s.col-1]) == "" {
				s.covers = nextContentLine(src, i, n)
			}
		}
		out = append(out, s)
	}
	return out
}

func nextContentLine(src *source.Source, i, n int) int {
	for j := i + 1; j <= n; j++ {
		t := strings.TrimSpace(src.Line(j))
		if t != "" && !strings.HasPrefix(t, "#") {
			return j
		}
	}
	return i + 1
}

// parseSuppression reads `# nflint-ignore[-file] rule-a,rule-b -- reason` from a line.
func parseSuppression(line string, n int) *suppression {
	hash := commentStart(line)
	if hash < 0 {
		return nil
	}
	loc := directive.FindStringSubmatchIndex(line[hash:])
	if loc == nil {
		return nil
	}
	s := &suppression{file: loc[2] >= 0, line: n, col: hash + 1, endCol: len(line) + 1}
	restAt := hash + loc[1]
	ids := line[restAt:]
	if k := strings.Index(ids, "--"); k >= 0 {
		ids, s.reason = ids[:k], strings.TrimSpace(ids[k+2:])
	}
	for off := 0; off < len(ids); {
		j := strings.IndexAny(ids[off:], ", \t")
		if j < 0 {
			j = len(ids) - off
		}
		if id := ids[off : off+j]; id != "" {
			s.rules = append(s.rules, ruleRef{id: id, col: restAt + off + 1})
		}
		off += j + 1
	}
	return s
}

// commentStart returns the byte index of the "#" that starts a line's YAML comment, or -1: a
// "#" at the start of the line or after a blank, outside quoted strings.
func commentStart(line string) int {
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote == '"' && c == '\\':
			i++ // an escaped character, perhaps a quote
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"':
			quote = c
		case c == '\'' && opensQuote(line[:i]):
			quote = c
		case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return i
		}
	}
	return -1
}

// opensQuote reports whether a single quote after prefix starts a quoted scalar, rather than
// being an apostrophe inside a plain one ("it's").
func opensQuote(prefix string) bool {
	t := strings.TrimRight(prefix, " \t")
	return t == "" || strings.ContainsAny(t[len(t)-1:], ":-[{,")
}

// docAt returns the index of the YAML document holding a line: the last one starting at or
// before it.
func docAt(src *source.Source, line int) int {
	doc := 0
	for _, d := range src.Docs {
		if d.Root != nil && d.Root.Pos.Line <= line {
			doc = d.Index
		}
	}
	return doc
}

// findings are the warnings about one suppression comment itself.
func (s *suppression) findings(file string, known []string) []diag.Diagnostic {
	var out []diag.Diagnostic
	at := func(col, end int, rule, msg, suggestion string) {
		out = append(out, diag.Diagnostic{File: file, Document: s.doc, Pos: diag.Pos{Line: s.line, Column: col}, End: diag.Pos{Line: s.line, Column: end},
			Rule: rule, Severity: diag.Warning, Message: msg, Suggestion: suggestion})
	}
	name := "nflint-ignore"
	if s.file {
		name = "nflint-ignore-file"
	}
	if len(s.rules) == 0 {
		at(s.col, s.endCol, "unused-suppression", fmt.Sprintf("%s names no rule, so it suppresses nothing: write # %s RULE -- REASON", name, name), "")
		return out
	}
	if s.reason == "" {
		at(s.col, s.endCol, "suppression-reason", fmt.Sprintf("%s has no reason: add one after \" -- \" saying why the finding does not apply", name), "")
	}
	for _, r := range s.rules {
		switch {
		case r.used:
		case !slices.Contains(known, r.id):
			sug := ""
			if c := diag.Closest(r.id, known); c != "" {
				sug = fmt.Sprintf("did you mean %q?", c)
			}
			at(r.col, r.col+len(r.id), "unused-suppression", fmt.Sprintf("%s names unknown rule %q, so it suppresses nothing", name, r.id), sug)
		case s.file:
			at(r.col, r.col+len(r.id), "unused-suppression", fmt.Sprintf("%s suppresses %q, but the file has no %s finding", name, r.id, r.id), "")
		default:
			at(r.col, r.col+len(r.id), "unused-suppression", fmt.Sprintf("%s suppresses %q, but line %d has no %s finding", name, r.id, s.covers, r.id), "")
		}
	}
	return out
}
