package rules

import (
	"github.com/nflint/nflint/lint/diag"
)

// maxSuggestLen bounds the names a rule looks for a close match to, in bytes: comparing two
// names costs the product of their lengths, and a name this long is no typo.
const maxSuggestLen = 128

// A suggester finds, for a name nothing declares, the declared name it most likely means. A
// template can hold thousands of placeholders naming the same missing argument or ref: each
// name is looked up once.
type suggester struct {
	candidates []string
	memo       map[string]string
}

func newSuggester(candidates []string) *suggester {
	return &suggester{candidates: candidates, memo: map[string]string{}}
}

// closest returns the candidate lint.Closest picks for name, or "".
func (s *suggester) closest(name string) string {
	if len(name) > maxSuggestLen {
		return ""
	}
	g, ok := s.memo[name]
	if !ok {
		g = diag.Closest(name, s.candidates)
		s.memo[name] = g
	}
	return g
}
