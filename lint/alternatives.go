package lint

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// score says how clearly the data chose a branch: its own keys present, and fixed values
// matched. A fixed value the data contradicts rules the branch out.
func score(b *schema.Branch, n *source.Node) int {
	s := 0
	for _, k := range b.Keys {
		if n.Member(k) != nil {
			s += 2
		}
	}
	for k, want := range b.Fixed {
		if got := n.Get(k); got != nil && got.Kind == source.String {
			if got.Text == want {
				s += 3
			} else {
				s -= 3
			}
		}
	}
	return s
}

// alternatives checks an object against a oneOf/anyOf. It reports nothing when the data
// satisfies it; otherwise it picks the branch the author meant from its discriminating keys
// and reports only that branch's findings.
func (c *checker) alternatives(a *schema.Alternatives, n *source.Node, path diag.Path, anchor Span) {
	valid := 0
	for _, b := range a.Branches {
		if c.valid(b.Def, n) {
			valid++
		}
	}
	if a.Count.Met(valid) {
		return
	}
	bs := a.Branches
	chosen := chooseBranches(bs, n)
	if len(chosen) > 1 && a.Count != schema.AtLeastOne {
		c.notBoth(bs, chosen, n, path)
		return
	}
	if len(chosen) == 1 {
		c.walk(bs[chosen[0]].Def, n, path, anchor)
		return
	}
	// Nothing in the data says which branch was meant.
	if c.badDiscriminator(bs, n, path) {
		return
	}
	c.noBranch(bs, n, path, anchor)
}

// badDiscriminator reports a field every branch fixes to a value of its own (routingMode:
// "prefix", "exact" or "regex") when the data's value is none of them: that value is the
// mistake, and every branch's allowed value is the answer — not the one value of whichever
// branch came first.
func (c *checker) badDiscriminator(bs []*schema.Branch, n *source.Node, path diag.Path) bool {
	keys := make([]string, 0, len(bs[0].Fixed))
	for k := range bs[0].Fixed {
		keys = append(keys, k)
	}
	slices.Sort(keys) // deterministic when several fields are fixed
	for _, key := range keys {
		var values []string
		for _, b := range bs {
			if v, ok := b.Fixed[key]; ok && !slices.Contains(values, v) {
				values = append(values, v)
			}
		}
		m := n.Member(key)
		if len(values) < 2 || m == nil || m.Value.Kind != source.String || slices.Contains(values, m.Value.Text) ||
			slices.ContainsFunc(bs, func(b *schema.Branch) bool { _, ok := b.Fixed[key]; return !ok }) {
			continue
		}
		if c.lenient && m.Value.IsPlaceholder() {
			continue
		}
		d := diag.Diagnostic{Pos: m.Value.Pos, End: m.Value.End, Path: path.Key(key), Rule: "enum",
			Message: fmt.Sprintf("%s is not one of %s", m.Value.Describe(), strings.Join(values, ", "))}
		if g := diag.Closest(m.Value.Text, values); g != "" {
			d.Suggestion = fmt.Sprintf("did you mean %q?", g)
		}
		c.report(d)
		return true
	}
	return false
}

// chooseBranches returns the branches the data points at. When it names none, a branch with
// no keys of its own (deployment-service's "choose later", which has the shared fields only)
// is the one meant.
func chooseBranches(bs []*schema.Branch, n *source.Node) []int {
	out := bestOf(bs, func(b *schema.Branch) int { return score(b, n) })
	if len(out) > 1 {
		return out // several branches' own keys are set: that is the finding
	}
	// The keys the data sets that only some branches declare settle what the required keys
	// and fixed values leave open, or outweigh them: a single clear winner only, so that a
	// tie never reads as "set either …, not both" on keys that are not the branches' own.
	if more := bestOf(bs, func(b *schema.Branch) int { return score(b, n) + ownKeys(bs, b, n) }); len(more) == 1 {
		return more
	}
	if len(out) == 0 {
		for i, b := range bs {
			if len(b.Keys) == 0 && len(b.Fixed) == 0 && !b.Empty {
				out = append(out, i)
			}
		}
		if len(out) > 1 {
			out = nil
		}
	}
	return out
}

// bestOf returns the branches of the highest positive score.
func bestOf(bs []*schema.Branch, score func(*schema.Branch) int) []int {
	best, out := 0, []int(nil)
	for i, b := range bs {
		s := score(b)
		switch {
		case s > best:
			best, out = s, []int{i}
		case s == best && s > 0:
			out = append(out, i)
		}
	}
	return out
}

// ownKeys counts the data's keys that this branch declares and some other branch does not:
// a template update with spec, options and teardownSpec means the branch that has them, even
// when its apiVersion is misspelt and another branch's required key is present. Each counts
// less than a required key of the branch's own, so it only breaks what the keys leave open.
func ownKeys(bs []*schema.Branch, b *schema.Branch, n *source.Node) int {
	if n.Kind != source.Object {
		return 0
	}
	s := 0
	for _, m := range n.Members {
		if _, ok := b.Def.Field(m.Key); !ok {
			continue
		}
		if slices.ContainsFunc(bs, func(o *schema.Branch) bool { _, ok := o.Def.Field(m.Key); return !ok }) {
			s++
		}
	}
	return s
}

func (c *checker) notBoth(bs []*schema.Branch, chosen []int, n *source.Node, path diag.Path) {
	var keys []string
	var last *source.Member
	for _, i := range chosen {
		for _, k := range bs[i].Keys {
			if m := n.Member(k); m != nil {
				keys = append(keys, strconv.Quote(k))
				if last == nil || last.KeyPos.Before(m.KeyPos) {
					last = m
				}
			}
		}
	}
	if last == nil {
		return
	}
	msg := fmt.Sprintf("set either %s, not both", strings.Join(keys, " or "))
	if len(keys) > 2 {
		msg = fmt.Sprintf("set only one of %s", strings.Join(keys, ", "))
	}
	c.report(diag.Diagnostic{Pos: last.KeyPos, End: last.KeyEnd, Path: path.Key(last.Key), Rule: "one-of", Message: msg})
}

// noBranch handles data that points at no branch: it names the keys that choose one, and
// reports the findings of the branch the data comes closest to, without its missing key.
// When a branch requires no key of its own (an addon without billing), no key is required
// to choose: the closest branch is reported whole, and "one of … is required" would be false.
func (c *checker) noBranch(bs []*schema.Branch, n *source.Node, path diag.Path, anchor Span) {
	var keys []string
	chooseLater, keyless := false, false
	for _, b := range bs {
		switch {
		case b.Empty:
			chooseLater = true
		case len(b.Keys) > 0:
			keys = append(keys, strconv.Quote(b.Keys[0]))
		default:
			keyless = true
		}
	}
	if keyless {
		keys = nil
	}
	var bestDiags []diag.Diagnostic
	bestUnknown := 0
	union := map[string][]string{path.String(): branchFields(bs)}
	for _, b := range bs {
		if b.Empty {
			continue
		}
		sub := &checker{ctx: c.ctx, file: c.file, doc: c.doc, lenient: c.lenient, places: c.places, base: c.base, alsoAllowed: union,
			accepted: c.accepted, native: c.native, built: c.built}
		sub.walk(b.Def, n, path, anchor)
		kept := sub.diags[:0]
		for _, d := range sub.diags {
			if len(keys) > 0 && d.Rule == "required" && len(d.Path) == len(path)+1 && slices.Contains(b.Keys, d.Path.Last()) {
				continue
			}
			kept = append(kept, d)
		}
		// The branch meant is the one that knows the most of the data's keys; among those,
		// the one with the fewest findings. Counting findings alone would prefer a small
		// branch that calls a whole misfilled subtree one unknown field.
		unknown := unknownKeys(b.Def, n)
		if bestDiags == nil || unknown < bestUnknown || unknown == bestUnknown && len(kept) < len(bestDiags) {
			bestDiags, bestUnknown = kept, unknown
		}
	}
	if len(keys) > 0 {
		msg := fmt.Sprintf("one of %s is required", orList(keys))
		if chooseLater {
			msg = fmt.Sprintf("set one of %s, or leave %s empty to choose later", orList(keys), path.Last())
		}
		c.report(diag.Diagnostic{Pos: anchor.Pos, End: anchor.End, Path: path, Rule: "one-of", Message: msg})
	}
	c.diags = append(c.diags, bestDiags...)
}

// unknownKeys counts the keys of an object a branch's definition does not take.
func unknownKeys(d *schema.Def, n *source.Node) int {
	if n.Kind != source.Object {
		return 0
	}
	u := 0
	for _, m := range n.Members {
		if _, ok := d.Field(m.Key); !ok && !d.Allows(m.Key) {
			u++
		}
	}
	return u
}

// branchFields lists the fields of every branch, for the unknown keys of an object no branch
// was chosen for: any of them is allowed there.
func branchFields(bs []*schema.Branch) []string {
	var out []string
	for _, b := range bs {
		for _, f := range b.Def.Fields() {
			if !slices.Contains(out, f.Name) {
				out = append(out, f.Name)
			}
		}
	}
	return out
}
