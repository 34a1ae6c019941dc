package lint

import (
	"cuelang.org/go/cue"

	"github.com/nflint/nflint/schema"
)

// shapes remembers what the linter has read from each definition: its fields, alternatives,
// item type, kinds and scalar constraints. Reading them means decomposing CUE expressions,
// which costs far more than the walk over the data, and the same few hundred definitions
// come back for every document. A cache belongs to one Linter, so to one goroutine and one
// compiled schema; values of v0.17 are immutable, so a cue.Value is a sound key (a value
// reached another way may miss the cache, never hit a wrong entry).
type shapes struct {
	m map[cue.Value]*shape
}

type shape struct {
	fields   []field
	byName   map[string]field
	branches []branch
	count    string
	elem     cue.Value
	hasElem  bool
	kind     cue.Kind
	cons     []constraint
	done     uint8 // which of the above are computed
}

const (
	doneFields = 1 << iota
	doneMatch
	doneElem
	doneKind
	doneCons
)

func newShapes() *shapes { return &shapes{m: map[cue.Value]*shape{}} }

func (sh *shapes) get(v cue.Value) *shape {
	if sh == nil {
		return &shape{}
	}
	s := sh.m[v]
	if s == nil {
		s = &shape{}
		sh.m[v] = s
	}
	return s
}

// fields lists the fields v declares, with their definitions.
func (sh *shapes) fields(v cue.Value) ([]field, map[string]field) {
	s := sh.get(v)
	if s.done&doneFields == 0 {
		s.fields = fields(v)
		s.byName = make(map[string]field, len(s.fields))
		for _, f := range s.fields {
			s.byName[f.name] = f
		}
		s.done |= doneFields
	}
	return s.fields, s.byName
}

// matchN returns the alternatives of v written as matchN(n, [...]), and the count operator.
func (sh *shapes) matchN(v cue.Value) ([]branch, string) {
	s := sh.get(v)
	if s.done&doneMatch == 0 {
		s.branches, s.count = matchN(sh, v)
		s.done |= doneMatch
	}
	return s.branches, s.count
}

// elem is the definition of v's list items.
func (sh *shapes) elem(v cue.Value) (cue.Value, bool) {
	s := sh.get(v)
	if s.done&doneElem == 0 {
		s.elem, s.hasElem = schema.Elem(v)
		s.done |= doneElem
	}
	return s.elem, s.hasElem
}

// kind is the set of JSON kinds v accepts.
func (sh *shapes) kind(v cue.Value) cue.Kind {
	s := sh.get(v)
	if s.done&doneKind == 0 {
		s.kind = schema.KindOf(v)
		s.done |= doneKind
	}
	return s.kind
}

// constraints are v's conjuncts, classified.
func (sh *shapes) constraints(v cue.Value) []constraint {
	s := sh.get(v)
	if s.done&doneCons == 0 {
		s.cons = constraints(v)
		s.done |= doneCons
	}
	return s.cons
}
