package lint

import (
	"fmt"

	"cuelang.org/go/cue"
	"github.com/nflint/nflint/schema"
)

// infer picks the kind of a body from its fields: each kind scores the keys it declares
// (two levels deep), loses for keys it does not declare and for required fields the body
// lacks. It returns nil and the reason when no kind fits or two fit equally well.
func infer(s *schema.Schema, n *Node) (*schema.Kind, string) {
	if n.Kind != Object {
		return nil, fmt.Sprintf("the document is %s, not an object: a Northflank spec is a JSON object", found(n))
	}
	var best *schema.Kind
	bestScore, second := -1<<30, -1<<30
	for _, k := range schema.Kinds {
		sc := fitScore(s.Definition(k), n, 2)
		switch {
		case sc > bestScore:
			best, second, bestScore = k, bestScore, sc
		case sc > second:
			second = sc
		}
	}
	how := "name its kind with --kind (" + kindList() + ") or map the file to a kind in .nflint.yaml"
	switch {
	case bestScore < 2:
		return nil, "this is not a Northflank spec nflint recognises: its fields match no API body or template; " + how
	case bestScore-second < 2:
		return nil, "cannot tell which Northflank body this is from its fields; " + how
	}
	return best, ""
}

// fitScore measures how well a definition describes an object.
func fitScore(def cue.Value, n *Node, depth int) int {
	if branches, _ := matchN(def); branches != nil {
		best := -1 << 30
		for _, b := range branches {
			best = max(best, fitScore(b.def, n, depth))
		}
		return best
	}
	fs := map[string]field{}
	for _, f := range fields(def) {
		fs[f.name] = f
	}
	score := 0
	for _, m := range n.Members {
		f, ok := fs[m.Key]
		if !ok {
			if !def.Allows(cue.Str(m.Key)) {
				score -= 3
			}
			continue
		}
		score += 2
		if depth > 1 && m.Value.Kind == Object {
			score += fitScore(f.val, m.Value, depth-1) / 2
		}
	}
	for name, f := range fs {
		if f.required && n.Member(name) == nil {
			score -= 2
		}
	}
	return score
}
