package source_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// decoded renders what Decode made of a file, one line per finding, key and value, so that a
// test pins every position at once:
//
//	"2:1-2:2 [syntax] message"           a finding: start-end, rule, message
//	"c key 2:1-2:2"                      the key at path c
//	"c 2:4-2:5 integer 1"                the value at path c: kind, and text for scalars
func decoded(s *source.Source) []string {
	var out []string
	for _, d := range s.Diags {
		out = append(out, fmt.Sprintf("%s-%s [%s] %s", d.Pos, d.End, d.Rule, d.Message))
	}
	for _, doc := range s.Docs {
		out = appendNode(out, doc.Root, diag.Path{})
	}
	return out
}

func appendNode(out []string, n *source.Node, p diag.Path) []string {
	if n == nil {
		return append(out, fmt.Sprintf("%s empty", p))
	}
	line := fmt.Sprintf("%s %s-%s %s", p, n.Pos, n.End, n.Kind)
	switch n.Kind {
	case source.String, source.Int, source.Float:
		line += " " + fmt.Sprintf("%+q", n.Text)
	case source.Bool:
		line += fmt.Sprint(" ", n.Bool)
	}
	out = append(out, strings.TrimPrefix(line, " "))
	for _, m := range n.Members {
		out = append(out, fmt.Sprintf("%s key %s-%s", p.Key(m.Key), m.KeyPos, m.KeyEnd))
		out = appendNode(out, m.Value, p.Key(m.Key))
	}
	for i, it := range n.Items {
		out = appendNode(out, it, p.Index(i))
	}
	return out
}

// decodeCase is one file and all Decode should make of it.
type decodeCase struct {
	name, file, src string
	want            []string // as decoded renders them
}

func runDecodeCases(t *testing.T, tests []decodeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decoded(source.Decode(tt.file, []byte(tt.src)))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Decode(%q):\n%s\nwant:\n%s", tt.src, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
