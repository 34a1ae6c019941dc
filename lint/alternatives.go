package lint

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"cuelang.org/go/cue"
)

// A branch is one alternative of a oneOf/anyOf, with the keys that tell it from the others.
type branch struct {
	def   cue.Value
	keys  []string          // required fields no other branch requires
	fixed map[string]string // fields with a single allowed value, such as routingMode: "regex"
	empty bool              // "choose later": an object with none of the other branches' fields
}

// matchN returns the branches of a definition written as matchN(n, [...]) and the count
// operator: "1" (exactly one), "<=1" or ">=1".
func matchN(sh *shapes, s cue.Value) ([]branch, string) {
	for _, k := range conjuncts(s) {
		op, args := k.Expr()
		if op != cue.CallOp || len(args) != 3 || fmt.Sprint(args[0]) != "matchN" {
			continue
		}
		count := strings.ReplaceAll(fmt.Sprint(args[1]), " ", "")
		list, err := args[2].List()
		if err != nil {
			return nil, ""
		}
		var bs []branch
		for list.Next() {
			bs = append(bs, newBranch(sh, list.Value()))
		}
		markKeys(sh, bs)
		return bs, count
	}
	return nil, ""
}

func newBranch(sh *shapes, v cue.Value) branch {
	b := branch{def: v, fixed: map[string]string{}}
	fs, _ := sh.fields(v)
	b.empty = len(fs) == 0
	for _, f := range fs {
		if f.val.IsConcrete() {
			if s, err := f.val.String(); err == nil {
				b.fixed[f.name] = s
			}
		}
	}
	return b
}

// markKeys finds, for each branch, the required fields that no other branch requires.
func markKeys(sh *shapes, bs []branch) {
	req := make([]map[string]bool, len(bs))
	for i, b := range bs {
		req[i] = map[string]bool{}
		fs, _ := sh.fields(b.def)
		for _, f := range fs {
			if f.required {
				req[i][f.name] = true
			}
		}
	}
	for i := range bs {
		for name := range req[i] {
			shared := false
			for j := range bs {
				if j != i && req[j][name] {
					shared = true
				}
			}
			if !shared {
				bs[i].keys = append(bs[i].keys, name)
			}
		}
		sortStrings(bs[i].keys)
	}
}

// score says how clearly the data chose a branch: its own keys present, and fixed values
// matched. A fixed value the data contradicts rules the branch out.
func (b branch) score(n *source.Node) int {
	s := 0
	for _, k := range b.keys {
		if n.Member(k) != nil {
			s += 2
		}
	}
	for k, want := range b.fixed {
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
func (c *checker) alternatives(bs []branch, count string, n *source.Node, path diag.Path, anchor Span) {
	var valid []int
	for i, b := range bs {
		if c.valid(b.def, n) {
			valid = append(valid, i)
		}
	}
	switch {
	case count == "1" && len(valid) == 1, count == "<=1" && len(valid) <= 1, count == ">=1" && len(valid) >= 1:
		return
	}
	chosen := c.chooseBranches(bs, n)
	if len(chosen) > 1 && count != ">=1" {
		c.notBoth(bs, chosen, n, path)
		return
	}
	if len(chosen) == 1 {
		c.walk(bs[chosen[0]].def, n, path, anchor)
		return
	}
	// Nothing in the data says which branch was meant.
	c.noBranch(bs, n, path, anchor)
}

// chooseBranches returns the branches the data points at. When it names none, a branch with
// no keys of its own (deployment-service's "choose later", which has the shared fields only)
// is the one meant.
func (c *checker) chooseBranches(bs []branch, n *source.Node) []int {
	best, out := 0, []int(nil)
	for i, b := range bs {
		s := b.score(n)
		switch {
		case s > best:
			best, out = s, []int{i}
		case s == best && s > 0:
			out = append(out, i)
		}
	}
	if len(out) == 0 {
		for i, b := range bs {
			if len(b.keys) == 0 && len(b.fixed) == 0 && !b.empty {
				out = append(out, i)
			}
		}
		if len(out) > 1 {
			out = nil
		}
	}
	return out
}

func (c *checker) notBoth(bs []branch, chosen []int, n *source.Node, path diag.Path) {
	var keys []string
	var last *source.Member
	for _, i := range chosen {
		for _, k := range bs[i].keys {
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
func (c *checker) noBranch(bs []branch, n *source.Node, path diag.Path, anchor Span) {
	var keys []string
	chooseLater := false
	for _, b := range bs {
		if b.empty {
			chooseLater = true
		}
		if len(b.keys) > 0 {
			keys = append(keys, strconv.Quote(b.keys[0]))
		}
	}
	bestDiags := []diag.Diagnostic(nil)
	for _, b := range bs {
		if b.empty {
			continue
		}
		sub := &checker{ctx: c.ctx, file: c.file, doc: c.doc, lenient: c.lenient, sh: c.sh}
		sub.walk(b.def, n, path, anchor)
		kept := sub.diags[:0]
		for _, d := range sub.diags {
			if d.Rule == "required" && len(d.Path) == len(path)+1 && contains(b.keys, d.Path.Last()) {
				continue
			}
			kept = append(kept, d)
		}
		if bestDiags == nil || len(kept) < len(bestDiags) {
			bestDiags = kept
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

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func sortStrings(xs []string) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}
