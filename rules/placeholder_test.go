package rules

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

func TestPlaceholders(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{name: "one", in: "${args.x}", want: []string{"${args.x}"}},
		{name: "two in text", in: "a-${args.x}-${refs.db.id}", want: []string{"${args.x}", "${refs.db.id}"}},
		{name: "nested braces", in: "${fn.f({a: 1})}!", want: []string{"${fn.f({a: 1})}"}},
		{name: "escaped", in: `\${args.x} ${args.y}`, want: []string{"${args.y}"}},
		{name: "unclosed", in: "${args.x", want: nil},
		{name: "github actions", in: "${{ secrets.X }}", want: []string{"${{ secrets.X }}"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, ph := range placeholders(tt.in) {
				got = append(got, ph.text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("placeholders(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestUses(t *testing.T) {
	tests := []struct {
		name, body, ns string
		want           []use
	}{
		{name: "args", body: "args.REGION", ns: "args", want: []use{{name: "REGION"}}},
		{name: "ref with field", body: "refs.postgres-dev.id", ns: "refs", want: []use{{name: "postgres-dev", field: "id"}}},
		{name: "inside fn", body: "fn.concat(args.a, refs.b.host)", ns: "refs", want: []use{{name: "b", offset: 18, field: "host"}}},
		{name: "template refs are not refs", body: "template.refs.x.id", ns: "refs", want: nil},
		{name: "template refs", body: "template.refs.x.id", ns: "template.refs", want: []use{{name: "x", field: "id"}}},
		{name: "longer word", body: "myargs.x", ns: "args", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := uses(tt.body, tt.ns); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("uses(%q, %q) = %+v, want %+v", tt.body, tt.ns, got, tt.want)
			}
		})
	}
}

// searchSpan is how placeholders were located before locator: the k-th occurrence of the
// placeholder's text in the decoded string is taken to be the k-th in the source. It costs
// the string's length for each placeholder, and is kept as the reference locator must agree
// with wherever no escape sequence writes a "$", "{" or "}".
func searchSpan(src *source.Source, n *source.Node, ph placeholder) (diag.Pos, diag.Pos) {
	if src == nil || n.Pos.Line != n.End.Line || n.End.Column <= n.Pos.Column {
		return n.Pos, n.End
	}
	line := src.Line(n.Pos.Line)
	if n.End.Column-1 > len(line) {
		return n.Pos, n.End
	}
	raw := line[n.Pos.Column-1 : n.End.Column-1]
	k := strings.Count(n.Text[:ph.offset], ph.text)
	at := 0
	for ; k >= 0; k-- {
		j := strings.Index(raw[at:], ph.text)
		if j < 0 {
			return n.Pos, n.End
		}
		at += j
		if k > 0 {
			at += len(ph.text)
		}
	}
	start := diag.Pos{Line: n.Pos.Line, Column: n.Pos.Column + at}
	return start, diag.Pos{Line: n.Pos.Line, Column: start.Column + len(ph.text)}
}

// spans decodes a file and returns, for every placeholder of every string value, where
// locator and searchSpan place it, as "line:col-line:col" strings.
func spans(t *testing.T, name, src string) (got, want []string) {
	t.Helper()
	s := source.Decode(name, []byte(src))
	if len(s.Diags) > 0 || len(s.Docs) == 0 {
		t.Fatalf("%s does not decode: %v", name, s.Diags)
	}
	for _, doc := range s.Docs {
		walkStrings(doc.Root, diag.Path{}, nil, func(n *source.Node, _ diag.Path) {
			loc := newLocator(s, n)
			for _, ph := range placeholders(n.Text) {
				p, e := loc.span(ph)
				got = append(got, fmt.Sprintf("%v-%v", p, e))
				p, e = searchSpan(s, n, ph)
				want = append(want, fmt.Sprintf("%v-%v", p, e))
			}
		})
	}
	return got, want
}

// TestLocatorAgreesWithSearch checks locator against the search it replaces on strings of
// every quoting style, with and without escape sequences before, between and after the
// placeholders.
func TestLocatorAgreesWithSearch(t *testing.T) {
	values := []string{
		"${args.a}", "x-${args.a}-${args.a}-${refs.b.id}", "${args.a}${args.a}", `\${args.a} ${args.a}`,
		"${fn.f({a: 1})} ${args.a}", "${{ secrets.X }} {{ .y }} ${X}", "é-${args.a}-ü-${args.a}",
	}
	escapes := []string{`\t`, `\n`, `\"`, `\\`, `\u00e9`, `\x41`, `\/`, `\ud83d\ude00`}
	var yamlDoc, jsonDoc strings.Builder
	yamlDoc.WriteString("a:\n")
	jsonDoc.WriteString(`{"a": [`)
	for _, v := range values {
		dq := strings.ReplaceAll(v, `\`, `\\`) // inside double quotes
		fmt.Fprintf(&yamlDoc, "  - %s\n  - '%s'\n  - \"%s\"\n  - !!str %s\n  - [%q, '%s']\n", v, v, dq, v, v, v)
		for _, e := range escapes {
			withEsc := e + strings.ReplaceAll(dq, "-", "-"+e) + e
			if e != `\/` && e != `\ud83d\ude00` { // JSON only
				fmt.Fprintf(&yamlDoc, "  - \"%s\"\n", withEsc)
			}
			if e != `\x41` { // YAML only
				fmt.Fprintf(&jsonDoc, "%q, \"%s\", ", v, withEsc)
			}
		}
		fmt.Fprintf(&yamlDoc, "  - 'it''s ${args.a} and ''${args.a}'''\n")
	}
	jsonDoc.WriteString(`"${args.end}"]}`)
	for _, f := range []struct{ name, src string }{{"t.yaml", yamlDoc.String()}, {"t.json", jsonDoc.String()}} {
		got, want := spans(t, f.name, f.src)
		if len(got) < 50 {
			t.Fatalf("%s: only %d placeholders", f.name, len(got))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: placeholder %d at %s, want %s\n%s", f.name, i, got[i], want[i], f.src)
				break
			}
		}
	}
}

// TestLocatorEscapedPlaceholder pins the case the search got wrong: a placeholder whose "$"
// is written as an escape sequence is shown as the whole string (its text is not in the
// source as decoded), and the one after it at its own column.
func TestLocatorEscapedPlaceholder(t *testing.T) {
	got, _ := spans(t, "t.yaml", "a: \"\\x24{args.a} ${args.a}\"\n")
	if want := []string{"1:4-1:28", "1:18-1:27"}; !reflect.DeepEqual(got, want) {
		t.Errorf("spans = %q, want %q", got, want)
	}
}

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{in: "plain", want: `"plain"`},
		{in: "a\n::error::b", want: `"a\n::error::b"`},
		{in: "\x1b[2J\u202e\u2066", want: `"\x1b[2J\u202e\u2066"`},
		{in: "bad\xffbyte", want: `"bad\xffbyte"`},
		{in: strings.Repeat("é", 81), want: `"` + strings.Repeat("é", 60) + `…"`},
		{in: strings.Repeat("é", 80), want: `"` + strings.Repeat("é", 80) + `"`},
	}
	for _, tt := range tests {
		if got := quote(tt.in); got != tt.want {
			t.Errorf("quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
