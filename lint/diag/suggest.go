package diag

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// closest returns the candidate a user most likely meant by got: a case-insensitive match, or
// the single nearest name within a small edit distance. It returns "" when nothing is close
// enough to be a useful guess.
func closest(got string, candidates []string) string {
	for _, c := range candidates {
		if strings.EqualFold(c, got) {
			return c
		}
	}
	best, bestD, ties := "", 1<<30, 0
	lower := []rune(strings.ToLower(got))
	for _, c := range candidates {
		// A candidate further than the best so far can neither win nor tie, and the length
		// difference alone bounds the distance: skipping it keeps the search cheap over the
		// thousands of names a large template declares.
		rc := []rune(strings.ToLower(c))
		if abs(len(rc)-len(lower)) > bestD {
			continue
		}
		d := distanceWithin(lower, rc, bestD)
		switch {
		case d < bestD:
			best, bestD, ties = c, d, 0
		case d == bestD:
			ties++
		}
	}
	limit := 2
	if n := utf8.RuneCountInString(got); n > 8 {
		limit = 3
	} else if n <= 3 {
		limit = 1
	}
	// Long names tolerate more: "DeployService" for "DeploymentService".
	limit = max(limit, utf8.RuneCountInString(best)/4)
	if bestD <= limit && ties == 0 {
		return best
	}
	// A long shared start says more than the edit distance: typeSpecificFields means
	// typeSpecificSettings (12 letters shared), not type.
	if c := longestSharedStart(got, candidates); c != "" {
		return c
	}
	// A prefix or containment ("Combined" for "CombinedService") is a good guess too; a name
	// the input starts ("Deployment" for "DeploymentService") before one it ends
	// (LLMModelDeployment).
	var prefix, suffix []string
	lg := strings.ToLower(got)
	if len(lg) < 4 {
		return ""
	}
	for _, c := range candidates {
		lc := strings.ToLower(c)
		switch {
		case strings.HasPrefix(lc, lg) || strings.HasPrefix(lg, lc) && len(lc) >= 4:
			prefix = append(prefix, c)
		case strings.HasSuffix(lc, lg):
			suffix = append(suffix, c)
		}
	}
	switch {
	case len(prefix) == 1:
		return prefix[0]
	case len(prefix) == 0 && len(suffix) == 1:
		return suffix[0]
	}
	return ""
}

func abs(n int) int { return max(n, -n) }

// distanceWithin is the Levenshtein distance between two strings of runes, or some number
// above bound as soon as the distance is sure to exceed it.
func distanceWithin(ra, rb []rune, bound int) int {
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		if slices.Min(cur) > bound {
			return bound + 1 // every later row is at least this row's minimum
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Closest is closest for other packages: rules that suggest names use the same judgement.
func Closest(got string, candidates []string) string { return closest(got, candidates) }

// longestSharedStart returns the one candidate that shares the longest start with got, when
// that start is at least 12 letters and more than half of got; "" otherwise or on a tie.
// Shorter shared starts name a family, not a field: dockerfilePath is not dockerfileTarget.
func longestSharedStart(got string, candidates []string) string {
	lg := strings.ToLower(got)
	best, bestN, tie := "", 0, false
	for _, c := range candidates {
		lc := strings.ToLower(c)
		n := 0
		for n < len(lg) && n < len(lc) && lg[n] == lc[n] {
			n++
		}
		switch {
		case n > bestN:
			best, bestN, tie = c, n, false
		case n == bestN:
			tie = true
		}
	}
	if bestN < 12 || 2*bestN <= len(lg) || tie {
		return ""
	}
	return best
}

// Distance is the edit distance between two names, ignoring case: how near a spelling is.
func Distance(a, b string) int {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	return distanceWithin(ra, rb, len(ra)+len(rb))
}
