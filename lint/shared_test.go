package lint_test

import (
	"testing"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/lint/source"
)

// TestSharedOncePerBody holds Pass.Shared to its promise: what the rules of one body share is
// built once for that body, and again for the next body, never carried from one to the other.
func TestSharedOncePerBody(t *testing.T) {
	type key struct{}
	builds := 0
	var roots []*source.Node
	share := func(p *lint.Pass) {
		got := p.Shared(key{}, func() any { builds++; return p.Root }).(*source.Node)
		if got != p.Root {
			t.Errorf("shared value of another body: %s, want %s", got.Describe(), p.Root.Describe())
		}
		roots = append(roots, got)
	}
	rs := []*lint.Rule{{Name: "a", Run: share}, {Name: "b", Run: share}, {Name: "c", Run: share}}
	l := lint.New(loadSchema(t), rs, "combined-service")
	src := source.Decode("two.yaml", []byte("name: a\n---\nname: b\n"))
	l.Lint(src)
	if builds != 2 || len(roots) != 6 {
		t.Errorf("%d builds for %d rule runs over two bodies, want 2 for 6", builds, len(roots))
	}
}
