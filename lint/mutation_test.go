package lint_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/source"

	yaml "go.yaml.in/yaml/v3"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/rules"
)

// TestMutations takes every spec in the repository (repoInputs), breaks it in the ways people do —
// a key deleted, a key written twice, a scalar of another type, a placeholder inserted, a
// workflow nested one level deeper — and holds nflint's findings on each result to the
// invariants of checkInvariants and every output format to being parseable.
func TestMutations(t *testing.T) {
	l := lint.New(loadSchema(t), rules.All, "")
	n := 0
	for _, in := range repoInputs(t) {
		for i, m := range mutate(t, in.data) {
			n++
			mname := mutantName(in.name, i)
			src := source.Decode(mname, m)
			res := l.Lint(src)
			checkInvariants(t, src, res.Diags)
			if n%7 == 0 { // every format on a sample: the writers are cheap, the parsing less so
				checkFormats(t, src, res)
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d mutated documents: the testdata walk or the mutations are broken", n)
	}
	t.Logf("%d mutated documents checked", n)
}

// mutantName names the i-th mutation of a file, as YAML whatever the original was.
func mutantName(name string, i int) string {
	return fmt.Sprintf("%s~%d.yaml", strings.TrimSuffix(name, filepath.Ext(name)), i)
}

// maxSites bounds the mutations of one kind per document, spread over the document.
const maxSites = 2

// mutate returns the document broken in each way at up to maxSites places each, as YAML.
// A document YAML cannot read is returned as no mutation: the decoder tests cover those.
func mutate(t *testing.T, data []byte) [][]byte {
	var orig yaml.Node
	if err := yaml.Unmarshal(data, &orig); err != nil || orig.Kind != yaml.DocumentNode {
		return nil
	}
	var out [][]byte
	for _, kind := range []string{"delete", "duplicate", "retype", "placeholder", "nest"} {
		sites := countSites(&orig, kind)
		for k := 0; k < min(sites, maxSites); k++ {
			var doc yaml.Node
			yaml.Unmarshal(data, &doc)
			target := k * sites / min(sites, maxSites)
			if apply(&doc, kind, &target) {
				var b bytes.Buffer
				enc := yaml.NewEncoder(&b)
				if err := enc.Encode(&doc); err == nil {
					out = append(out, b.Bytes())
				}
			}
		}
	}
	return out
}

func countSites(doc *yaml.Node, kind string) int {
	n := 0
	walkYAML(doc, func(parent, node *yaml.Node, i int) bool {
		if isSite(node, kind) {
			n++
		}
		return false
	})
	return n
}

func isSite(n *yaml.Node, kind string) bool {
	switch kind {
	case "delete", "duplicate":
		return n.Kind == yaml.MappingNode && len(n.Content) > 0
	case "retype", "placeholder":
		return n.Kind == yaml.ScalarNode
	case "nest":
		return n.Kind == yaml.MappingNode && valueOf(n, "kind") == "Workflow"
	}
	return false
}

// apply breaks the target-th site of a kind; it counts target down as sites pass.
func apply(doc *yaml.Node, kind string, target *int) bool {
	done := false
	walkYAML(doc, func(parent, n *yaml.Node, i int) bool {
		if done || !isSite(n, kind) {
			return done
		}
		if *target > 0 {
			*target--
			return false
		}
		done = true
		switch kind {
		case "delete":
			n.Content = append(n.Content[:0:0], n.Content[2:]...)
		case "duplicate":
			n.Content = append(n.Content, n.Content[0], n.Content[1])
		case "retype":
			retype(n)
		case "placeholder":
			n.Tag, n.Style, n.Value = "!!str", 0, "${args.X}-"+n.Value
		case "nest":
			wrapped := *n
			*n = yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
				scalar("kind"), scalar("Workflow"), scalar("spec"), {Kind: yaml.MappingNode, Content: []*yaml.Node{
					scalar("type"), scalar("sequential"), scalar("steps"), {Kind: yaml.SequenceNode, Content: []*yaml.Node{&wrapped}}}}}}
		}
		return true
	})
	return done
}

// retype turns a number or boolean into a string, and a string into a number.
func retype(n *yaml.Node) {
	if n.Tag == "!!str" {
		n.Tag, n.Style, n.Value = "!!int", 0, "7"
		return
	}
	n.Tag, n.Style, n.Value = "!!str", yaml.DoubleQuotedStyle, "seven"
}

func scalar(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

func valueOf(m *yaml.Node, key string) string {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1].Value
		}
	}
	return ""
}

// walkYAML calls fn for every node below n, depth first, until fn returns true. Aliases are
// not followed.
func walkYAML(n *yaml.Node, fn func(parent, node *yaml.Node, i int) bool) bool {
	for i, c := range n.Content {
		if fn(n, c, i) || c.Kind != yaml.AliasNode && walkYAML(c, fn) {
			return true
		}
	}
	return false
}
