package main

import (
	"regexp"
	"strings"
)

// A reading is what the generator takes from a description's prose.
type reading struct {
	When       *Cond   // "Required in case where `configType` is `customProcess`", "Required when protocol is HTTP"
	Deprecated *string // "DEPRECATED: ...", "(Deprecated - use buildPlan ...)"
	Min, Max   *string // "Must be between 300 (5 minutes) and 604800 (7 days)"
	MinItems   int     // "At least one metric is required."
	Unread     []string
}

var (
	requiredWhen = regexp.MustCompile("^Required (?:in case where|when) `?(\\w+)`? is (.+?)\\.?$")
	deprecatedTo = regexp.MustCompile(`^DEPRECATED:\s*(.*?)\.?$`)
	deprecatedIn = regexp.MustCompile(`\(Deprecated\s*-?\s*(.*?)\.?\)\.?$`)
	between      = regexp.MustCompile(`^Must be between (\d+)(?: \([^)]*\))? and (\d+)(?: \([^)]*\))?\.?$`)
	atLeastOne   = regexp.MustCompile(`^At least one \w+ is required\.?$`)
	// conditional is prose that states a rule about values: what the generator did not read
	// of it is listed, so that nobody believes it is checked.
	conditional = regexp.MustCompile(`(?i)\b(only|must|cannot|at least|at most|deprecated|mutually|valid only)\b|` +
		`\brequired (if|when|for|in)\b|\bis required\b|^required\b|\bmust be between\b`)
	valueSplit = regexp.MustCompile(`,\s*|\s+or\s+`)
)

// readProse reads the sentences of a description.
func readProse(desc string) reading {
	var r reading
	for _, s := range sentences(desc) {
		switch {
		case requiredWhen.MatchString(s):
			m := requiredWhen.FindStringSubmatch(s)
			c := &Cond{Trigger: m[1]}
			for _, v := range valueSplit.Split(m[2], -1) {
				if v = strings.Trim(strings.TrimSpace(v), "`\"'"); v != "" {
					c.Values = append(c.Values, v)
				}
			}
			r.When = c
		case deprecatedTo.MatchString(s):
			r.Deprecated = ptr(deprecationNote(deprecatedTo.FindStringSubmatch(s)[1]))
		case deprecatedIn.MatchString(s):
			r.Deprecated = ptr(deprecatedIn.FindStringSubmatch(s)[1])
		case between.MatchString(s):
			m := between.FindStringSubmatch(s)
			r.Min, r.Max = ptr(m[1]), ptr(m[2])
		case atLeastOne.MatchString(s):
			r.MinItems = 1
		case conditional.MatchString(s):
			r.Unread = append(r.Unread, s)
		}
	}
	return r
}

// deprecationNote keeps what follows "DEPRECATED:" when it says why or what replaces the
// field; "DEPRECATED: The object to attach this volume to." only describes it, and the
// deprecated rule would quote it as a reason.
func deprecationNote(s string) string {
	if strings.HasPrefix(s, "This field") || strings.HasPrefix(strings.ToLower(s), "use ") {
		return s
	}
	return ""
}

// sentences splits prose after a full stop followed by a capital or a parenthesis; "e.g."
// and a stop inside parentheses do not end a sentence.
func sentences(text string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case '.':
			if depth > 0 || i+2 >= len(text) || text[i+1] != ' ' || !sentenceStart(text[i+2]) ||
				strings.HasSuffix(text[:i], "e.g") || strings.HasSuffix(text[:i], "i.e") {
				continue
			}
			out = append(out, strings.TrimSpace(text[start:i+1]))
			start = i + 2
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

func sentenceStart(c byte) bool { return c >= 'A' && c <= 'Z' || c == '(' || c == '`' }
