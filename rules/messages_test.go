package rules_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/rules"
	"github.com/nflint/nflint/schema"
)

// TestMessagesQuoteUserText pins the messages of the rules that name user text (argument
// keys, placeholders, refs) when that text is hostile: a line break followed by "::error" (a
// GitHub annotation), terminal escapes, bidi controls, a line separator, and text too long
// to repeat whole. (The decoder refuses invalid UTF-8 before any rule sees it; TestQuote
// covers it.)
func TestMessagesQuoteUserText(t *testing.T) {
	long, other := strings.Repeat("a", 100), strings.Repeat("b", 100)
	src := `apiVersion: v1.2
arguments:
  "x\n::error file=a::owned": 1
  "\e[31mred\u202e": 2
  plain: 3
  ` + long + `: 4
  "line\u2028sep": 5
spec:
  kind: Workflow
  spec:
    steps:
      - kind: SecretGroup
        spec:
          secrets:
            variables:
              A: "${X\n::error::y}"
              B: "{{ .x\u202e }}"
              C: "${args.` + other + `}"
              D: "${refs.` + other + `.id}"
`
	want := []string{
		`argument "x\n::error file=a::owned" is declared but never used, and no placeholder can name it: ${args.NAME} takes only letters, digits, _ and -; rename it or remove it`,
		`argument "\x1b[31mred\u202e" is declared but never used, and no placeholder can name it: ${args.NAME} takes only letters, digits, _ and -; rename it or remove it`,
		`argument "plain" is declared but never used: refer to it as ${args.plain} or remove it`,
		`argument "` + long[:60] + `…" is declared but never used: refer to it as ${args.` + long[:60] + `…} or remove it`,
		`argument "line\u2028sep" is declared but never used, and no placeholder can name it: ${args.NAME} takes only letters, digits, _ and -; rename it or remove it`,
		`"${X\n::error::y}" is not a Northflank placeholder: Northflank substitutes only args, refs, fn, template, secrets and triggers, and leaves this text as written`,
		`"{{ .x\u202e }}" is Go-template text, which Northflank does not substitute: it is left as written`,
		`argument "` + other[:60] + `…" is not declared in the template's arguments`,
		`no node has ref "` + other[:60] + `…"`,
	}
	got := lintTemplate(t, "t.yaml", src)
	for _, w := range want {
		if !contains(got, w) {
			t.Errorf("no finding says\n%s\namong\n%s", w, strings.Join(got, "\n"))
		}
	}
	for _, m := range got {
		if r, bad := rawControl(m); bad {
			t.Errorf("message holds %U raw: %s", r, m)
		}
	}
}

// lintTemplate returns the messages and suggestions of the findings of a template.
func lintTemplate(t *testing.T, name, src string) []string {
	t.Helper()
	s, err := schema.New()
	if err != nil {
		t.Fatal(err)
	}
	source := source.Decode(name, []byte(src))
	if len(source.Diags) > 0 {
		t.Fatalf("%s does not decode: %v", name, source.Diags)
	}
	var out []string
	for _, d := range lint.New(s, rules.All, "").Lint(source).Diags {
		out = append(out, d.Message)
		if d.Suggestion != "" {
			out = append(out, d.Suggestion)
		}
	}
	return out
}

// rawControl finds a character no message may hold raw: a control character (line breaks
// included), a bidi or other format control, a line or paragraph separator, or invalid UTF-8.
func rawControl(s string) (rune, bool) {
	if !utf8.ValidString(s) {
		return utf8.RuneError, true
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029' {
			return r, true
		}
	}
	return 0, false
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
