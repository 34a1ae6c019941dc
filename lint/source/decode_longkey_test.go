package source_test

import (
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/source"
)

// TestDecodeLongKey checks the finding on a key longer than the 1,024 characters YAML reads
// before a ":": at the key, saying what is wrong and how to write it. The parser said "could
// not find expected ':'", or that a mapping was not closed, on the line the mapping started.
func TestDecodeLongKey(t *testing.T) {
	k := strings.Repeat("k", 1100)
	block := `this key is 1100 characters long, and YAML reads at most 1024 before a ":" on the same line; shorten it, or write "? " before the key and put ": " and its value on the next line`
	flow := `this key is 1100 characters long, and YAML reads at most 1024 before a ":" on the same line; shorten it, or write "? " before the key`
	tests := []struct {
		name, src string
		want      string // "start-end message"
	}{
		{name: "block mapping", src: "a: 1\n" + k + ": 2\n", want: "2:1-2:1101 " + block},
		{name: "quoted, indented", src: "a:\n  b: 1\n  \"" + k + "\": 2\n",
			want: "3:3-3:1105 " + strings.Replace(block, "1100 characters long", "1102 characters long with its quotes", 1)},
		{name: "in a block sequence", src: "a:\n  - " + k + ": 2\n", want: "2:5-2:1105 " + block},
		{name: "flow mapping", src: "a: 1\nb: {c: 1, " + k + ": 2}\n", want: "2:11-2:1111 " + flow},
		{name: "JSON written as YAML", src: "{\"a\": 1,\n \"" + k + "\":2}\n",
			want: "2:2-2:1104 " + strings.Replace(flow, "1100 characters long", "1102 characters long with its quotes", 1)},
		{name: "flow sequence", src: "a: [" + k + ": 2]\n", want: "1:5-1:1105 " + flow},
		{name: "a 1 MB key", src: strings.Repeat("k", 1<<20) + ": 1\n",
			want: "1:1-1:1048577 " + strings.Replace(block, "1100", "1048576", 1)},
		{name: "a long quoted value is no key", src: "a: \"" + k + ": x\"\nb: [1\n",
			want: `2:4-0:0 invalid YAML: this "[" list is not closed: a "]" is missing, or a "," between items`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := source.Decode("a.yaml", []byte(tt.src))
			if len(s.Diags) != 1 {
				t.Fatalf("findings %v, want one", s.Diags)
			}
			d := s.Diags[0]
			if got := d.Pos.String() + "-" + d.End.String() + " " + d.Message; got != tt.want || d.Rule != "syntax" {
				t.Errorf("finding [%s]\n%s\nwant\n%s", d.Rule, got, tt.want)
			}
		})
	}
}

// TestDecodeLongKeyWithin checks the keys YAML does read: 1,024 characters, and longer ones
// written as explicit keys, as the finding advises.
func TestDecodeLongKeyWithin(t *testing.T) {
	k := strings.Repeat("k", 1100)
	for name, src := range map[string]string{
		"1024 characters":      strings.Repeat("k", 1024) + ": 1\n",
		"explicit, block":      "? " + k + "\n: 1\n",
		"explicit, flow":       "a: {? " + k + ": 1}\n",
		"explicit, JSON-style": "{? \"" + k + "\": 1}\n",
	} {
		s := source.Decode("a.yaml", []byte(src))
		if len(s.Diags) != 0 || len(s.Docs) != 1 {
			t.Errorf("%s: findings %v, want none", name, s.Diags)
		}
	}
}
