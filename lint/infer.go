package lint

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// infer picks the kind of a body from its fields: each kind scores the keys it declares
// (two levels deep), loses for keys it does not declare and for required fields the body
// lacks. It returns nil and the reason when no kind fits or two fit equally well.
func infer(s *schema.Schema, n *source.Node) (*schema.Kind, string) {
	if n.Kind != source.Object {
		return nil, fmt.Sprintf("the document is %s, not an object: a Northflank spec is a JSON object", found(n))
	}
	if isManifest(n) {
		return nil, "not a Northflank spec: this has the shape of a Kubernetes manifest (apiVersion, kind, metadata); a Northflank template has apiVersion and spec at the top, with the node kind inside spec"
	}
	var best *schema.Kind
	bestScore, second := -1<<30, -1<<30
	for _, k := range schema.Kinds {
		sc := fitScore(s.Def(k), n, 2)
		switch {
		case sc > bestScore:
			best, second, bestScore = k, bestScore, sc
		case sc > second:
			second = sc
		}
	}
	if bestScore >= 2 && bestScore-second >= 2 {
		return best, ""
	}
	how := "name its kind with --kind (" + kindList() + ") or map the file to a kind in .nflint.yaml"
	known, foreign := splitKeys(s, best, n)
	if len(known) >= 2 {
		msg := fmt.Sprintf("cannot tell which Northflank body this is: %s fit %s", quoteList(known), best.Name)
		if len(foreign) > 0 {
			msg += fmt.Sprintf(", but %s belong to no API body nflint knows", quoteList(foreign))
		}
		return nil, msg + "; " + how
	}
	return nil, "not a Northflank spec nflint knows: its fields match none of the API bodies or templates it checks; if it is one, " + how
}

// splitKeys divides the top-level keys of n into those the kind declares and those no kind
// declares.
func splitKeys(s *schema.Schema, k *schema.Kind, n *source.Node) (known, foreign []string) {
	declared := func(k *schema.Kind, key string) bool {
		_, ok := s.Def(k).Field(key)
		return ok
	}
	for _, m := range n.Members {
		switch {
		case k != nil && declared(k, m.Key):
			known = append(known, m.Key)
		default:
			anywhere := false
			for _, other := range schema.Kinds {
				anywhere = anywhere || declared(other, m.Key)
			}
			if !anywhere {
				foreign = append(foreign, m.Key)
			}
		}
	}
	sort.Strings(foreign)
	return known, foreign
}

// quoteList renders names as "a", "b" and "c", eliding after six.
func quoteList(names []string) string {
	var q []string
	for i, n := range names {
		if i == 6 {
			q = append(q, fmt.Sprintf("%d more", len(names)-6))
			break
		}
		q = append(q, strconv.Quote(n))
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

// fitScore measures how well a definition describes an object.
func fitScore(def *schema.Def, n *source.Node, depth int) int {
	if a := def.Alternatives(); a != nil {
		best := -1 << 30
		for _, b := range a.Branches {
			best = max(best, fitScore(b.Def, n, depth))
		}
		return best
	}
	score := 0
	for _, m := range n.Members {
		f, ok := def.Field(m.Key)
		if !ok {
			if !def.Allows(m.Key) {
				score -= 3
			}
			continue
		}
		score += 2
		if depth > 1 && m.Value.Kind == source.Object {
			score += fitScore(f.Def(), m.Value, depth-1) / 2
		}
	}
	for _, f := range def.Fields() {
		if f.Required && n.Member(f.Name) == nil {
			score -= 2
		}
	}
	return score
}
