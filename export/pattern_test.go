package export

import (
	"encoding/json"
	"flag"
	"math/rand"
	"os"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nflint/nflint/schema"
)

var probesOut = flag.String("probes-out", "", "write every pattern's probes and Go's verdicts to this JSON file, for scripts/schema-check.sh to replay in ECMAScript")

func TestECMAPattern(t *testing.T) {
	for _, tc := range []struct {
		name, re2, want string
	}{
		{name: "escaped hyphen outside a class is a hyphen", re2: `^a\-b$`, want: `^a-b$`},
		{name: "escaped hyphen inside a class stays escaped", re2: `[a\-z]`, want: `[a\-z]`},
		{name: "a literal hyphen in a class is escaped", re2: `^[A-Za-z0-9-]+$`, want: `^[A-Za-z0-9\-]+$`},
		{name: "hyphen after a range is literal", re2: `[0-9-._]`, want: `[0-9\-._]`},
		{name: "range from / to 9 stays a range", re2: `[a-zA-Z/-9\.\-_\:]`, want: `[a-zA-Z/-9.\-_:]`},
		{name: "escaped punctuation that is not syntax", re2: `\:\@\_\%\&\/`, want: `:@_%&/`},
		{name: "syntax characters stay escaped", re2: `\.\*\+\?\(\)\[\]\{\}\|\^\$\\`, want: `\.\*\+\?\(\)\[\]\{\}\|\^\$\\`},
		{name: "the issue's image pattern", re2: `(?:\:([a-zA-Z/-9\.\-_\:]+)|\@([a-z]+))$`, want: `(?::([a-zA-Z/-9.\-_:]+)|@([a-z]+))$`},
		{name: "space class as Go reads it", re2: `^(-|\s)?\S$`, want: `^(-|[\t\n\f\r ])?[^\t\n\f\r ]$`},
		{name: "space class inside a class", re2: `[a\s]`, want: `[a\t\n\f\r ]`},
		{name: "digits and word characters are ASCII", re2: `\d\w\D\W`, want: `[0-9][0-9A-Za-z_][^0-9][^0-9A-Za-z_]`},
		{name: "negated Perl class inside a class", re2: `[\D]`, want: "[\\x00-/:-\U0010FFFF]"},
		{name: "dot does not match a newline", re2: `a.b`, want: `a[^\n]b`},
		{name: "unescaped brackets inside a class", re2: `^[^?:@$~ [\]{}]*$`, want: `^[^?:@$~ \[\]{}]*$`},
		{name: "a leading ] is literal", re2: `[]a]`, want: `[\]a]`},
		{name: "a literal { and } outside a class", re2: `a{b}c{,2}`, want: `a\{b\}c\{,2\}`},
		{name: "repetitions stay", re2: `a{2}b{2,}c{1,3}?`, want: `a{2}b{2,}c{1,3}?`},
		{name: "lone ] outside a class", re2: `a]`, want: `a\]`},
		{name: "group names are dropped", re2: `(?P<x>a)(?<y>b)(?:c)`, want: `(a)(b)(?:c)`},
		{name: "text anchors", re2: `\Aab\z`, want: `^ab$`},
		{name: "quoted text", re2: `\Qa.b\E+`, want: `a\.b+`},
		{name: "POSIX classes", re2: `[[:alpha:][:digit:]_]`, want: `[A-Za-z0-9_]`},
		{name: "Unicode classes", re2: `\pL\p{Greek}\P{Lu}[\p{^N}]`, want: `\p{L}\p{Script=Greek}\P{Lu}[\P{N}]`},
		{name: "control characters", re2: `\t\x01\x{7f}\a\101`, want: `\t\x01\x7f\x07A`},
		{name: "a class that looks like a named class", re2: `[[:]`, want: `[\[:]`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ecmaPattern(tc.re2)
			if err != nil || got != tc.want {
				t.Errorf("ecmaPattern(%q) = %q, %v; want %q", tc.re2, got, err, tc.want)
			}
			assertSameLanguage(t, tc.re2, got)
		})
	}
}

func TestECMAPatternErrors(t *testing.T) {
	for _, tc := range []struct{ re2, want string }{
		{re2: `(?i)abc`, want: `pattern "(?i)abc": flags "(?i)" have no ECMAScript equivalent`},
		{re2: `(?s:.)`, want: `pattern "(?s:.)": flags "(?s:" have no ECMAScript equivalent`},
		{re2: `\C`, want: `pattern "\\C": unsupported escape \C`},
	} {
		if _, err := ecmaPattern(tc.re2); err == nil || err.Error() != tc.want {
			t.Errorf("ecmaPattern(%q): error %v, want %q", tc.re2, err, tc.want)
		}
	}
}

// TestDefinitionPatterns translates every pattern of every kind's definition and requires
// each translation to exist and to match exactly the strings the original matches in Go.
// With -probes-out it writes the probes and the verdicts, so that scripts/schema-check.sh
// checks that ECMAScript's u-mode reads each translation as Go reads the original.
func TestDefinitionPatterns(t *testing.T) {
	s, err := schema.New()
	if err != nil {
		t.Fatal(err)
	}
	patterns := map[string]string{}
	for _, k := range append(append([]*schema.Kind{}, schema.Kinds...), schema.TemplateKind, schema.BuildServiceNode) {
		g := newGenerator()
		g.inline(s.Def(k))
		for re2, ecma := range g.patterns {
			patterns[re2] = ecma
		}
	}
	if len(patterns) == 0 {
		t.Fatal("the definitions have no pattern: the walk is broken")
	}
	var out []patternProbes
	for _, re2 := range sortedKeys(patterns) {
		ecma := patterns[re2]
		if ecma == "" {
			_, err := ecmaPattern(re2)
			t.Errorf("no ECMAScript translation: %v", err)
			continue
		}
		out = append(out, assertSameLanguage(t, re2, ecma))
	}
	if *probesOut != "" {
		b, err := json.Marshal(out)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(*probesOut, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// patternProbes is what scripts/schema-check.sh replays: the pattern as exported, and
// whether Go's original matches each probe.
type patternProbes struct {
	Go       string   `json:"go"`
	ECMA     string   `json:"ecma"`
	Match    []string `json:"match"`
	NotMatch []string `json:"notMatch"`
}

// assertSameLanguage requires the translation to match, in Go, exactly the probes the
// original matches.
func assertSameLanguage(t *testing.T, re2, ecma string) patternProbes {
	t.Helper()
	orig, err := regexp.Compile(re2)
	if err != nil {
		t.Fatalf("the original %q: %v", re2, err)
	}
	// Go names a script \p{Greek}, ECMAScript \p{Script=Greek}: the one spelling they differ in
	tr, err := regexp.Compile(scriptName.ReplaceAllString(ecma, `\${1}{`))
	if err != nil {
		t.Fatalf("the translation %q of %q does not compile in Go: %v", ecma, re2, err)
	}
	res := patternProbes{Go: re2, ECMA: ecma}
	for _, p := range probes(t, re2) {
		want := orig.MatchString(p)
		if got := tr.MatchString(p); got != want {
			t.Errorf("%q matches %q: %v, but its translation %q: %v", re2, p, want, ecma, got)
		}
		if want {
			res.Match = append(res.Match, p)
		} else {
			res.NotMatch = append(res.NotMatch, p)
		}
	}
	if len(res.Match) == 0 {
		t.Errorf("%q: no probe matches: the probes say nothing", re2)
	}
	return res
}

var scriptName = regexp.MustCompile(`\\([pP])\{Script=`)

// probeRunes are the characters where engines differ: ASCII, the control characters Go's \s
// leaves out or takes in, Unicode spaces and line separators, letters and digits past ASCII,
// one character past the Basic Multilingual Plane.
var probeRunes = []rune(" !\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\t\n\v\f\r\x00\x7f\u00a0\u2028\u3000é٣€\U0001F600")

// probes are strings generated from the pattern (which mostly match) and each with one
// character deleted, inserted or replaced (which mostly do not), and every string of up to
// two probe runes.
func probes(t *testing.T, re2 string) []string {
	re, err := syntax.Parse(re2, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	rnd := rand.New(rand.NewSource(1))
	seen := map[string]bool{"": true}
	add := func(s string) { seen[s] = true }
	for i := 0; i < 200; i++ {
		var b strings.Builder
		sample(&b, re, rnd)
		s := b.String()
		add(s)
		rs := []rune(s)
		for j := 0; j <= len(rs); j++ {
			r := probeRunes[rnd.Intn(len(probeRunes))]
			add(string(rs[:j]) + string(r) + string(rs[j:]))
			if j < len(rs) {
				add(string(rs[:j]) + string(rs[j+1:]))
				add(string(rs[:j]) + string(r) + string(rs[j+1:]))
			}
		}
	}
	for _, a := range probeRunes {
		add(string(a))
		for _, b := range probeRunes {
			add(string(a) + string(b))
		}
	}
	return sortedKeys(seen)
}

// sample writes a random string the syntax tree describes (ignoring anchors and boundaries).
func sample(b *strings.Builder, re *syntax.Regexp, rnd *rand.Rand) {
	repeat := func(min, max int) {
		if max < 0 {
			max = min + 3
		}
		for n := min + rnd.Intn(max-min+1); n > 0; n-- {
			sample(b, re.Sub[0], rnd)
		}
	}
	switch re.Op {
	case syntax.OpLiteral:
		b.WriteString(string(re.Rune))
	case syntax.OpCharClass:
		if len(re.Rune) > 0 {
			i := rnd.Intn(len(re.Rune)/2) * 2
			lo, hi := re.Rune[i], min(re.Rune[i+1], re.Rune[i]+200)
			if r := lo + rune(rnd.Intn(int(hi-lo)+1)); utf8.ValidRune(r) {
				b.WriteRune(r)
			}
		}
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		b.WriteRune(probeRunes[rnd.Intn(len(probeRunes))])
	case syntax.OpCapture:
		sample(b, re.Sub[0], rnd)
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			sample(b, sub, rnd)
		}
	case syntax.OpAlternate:
		sample(b, re.Sub[rnd.Intn(len(re.Sub))], rnd)
	case syntax.OpStar:
		repeat(0, 3)
	case syntax.OpPlus:
		repeat(1, 3)
	case syntax.OpQuest:
		repeat(0, 1)
	case syntax.OpRepeat:
		repeat(re.Min, re.Max)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
