package source

import "testing"

func TestStripJSONC(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{name: "line comment", in: "{\"a\": 1 // one\n}", want: "{\"a\": 1       \n}"},
		{name: "block comment across lines", in: "{/* a\nb */\"a\": 1}", want: "{    \n    \"a\": 1}"},
		{name: "trailing commas", in: "{\"a\": [1, 2,],\n}", want: "{\"a\": [1, 2 ] \n}"},
		{name: "comma then comment", in: "[1, // last\n]", want: "[1         \n]"},
		{name: "inside strings", in: `{"u": "http://x/*y*/", "q": "a\",//"}`, want: `{"u": "http://x/*y*/", "q": "a\",//"}`},
		{name: "unclosed comment", in: "{} /* open", want: "{}        "},
		{name: "unclosed string", in: `{"a`, want: `{"a`},
		{name: "comma between values stays", in: "[1,2]", want: "[1,2]"},
	} {
		if got := string(StripJSONC([]byte(c.in))); got != c.want {
			t.Errorf("%s: StripJSONC(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestStripTemplateActions(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{name: "value", in: "name: {{ .Values.name }}\n", want: "name:                   \n"},
		{name: "line of its own", in: "{{- if .x }}\na: 1\n{{- end }}\n", want: "            \na: 1\n          \n"},
		{name: "across lines", in: "a: {{ x\n y }}b", want: "a:     \n     b"},
		{name: "left open", in: "a: {{ x", want: "a: {{ x"},
		{name: "placeholders stay", in: "a: ${args.x}", want: "a: ${args.x}"},
	} {
		if got := string(StripTemplateActions([]byte(c.in))); got != c.want {
			t.Errorf("%s: StripTemplateActions(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}
