package config

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"testing"
)

// deepPath is a file 26 directories deep.
func deepPath() string { return "/repo/" + strings.Repeat("d/", 25) + "y.yaml" }

// BenchmarkIgnoreDoubleStar measures ignore globs of 6 and of 12 "**" segments that a path
// 26 directories deep does not match: a backtracking matcher tries every way of splitting the
// path among the "**" before giving up, so the ratio between the two sizes shows how matching
// grows with the glob. "**/" repeated is the worst case; "**/d/" repeated one where each "**"
// is followed by a name that matches everywhere.
func BenchmarkIgnoreDoubleStar(b *testing.B) {
	for _, seg := range []string{"**/", "**/d/"} {
		for _, n := range []int{6, 12} {
			glob := strings.Repeat(seg, n) + "x.yaml"
			b.Run(fmt.Sprintf("glob=%s×%d", seg, n), func(b *testing.B) {
				cfg := Default("/repo")
				cfg.Ignore = []string{glob}
				p := deepPath()
				for b.Loop() {
					if cfg.IgnoreFile(p) {
						b.Fatal("ignored")
					}
				}
			})
		}
	}
}

// backtrack is the recursive matcher globs used before matchPrefixes, kept as the reference
// the new one must agree with.
func backtrack(glob, name []string) bool {
	for len(glob) > 0 {
		if glob[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if backtrack(glob[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(glob[0], name[0]); !ok {
			return false
		}
		glob, name = glob[1:], name[1:]
	}
	return len(name) == 0
}

// TestMatchPrefixesAgrees compares matchPrefixes with the backtracking matcher on every glob
// and path built from a few segments, for every prefix of the path.
func TestMatchPrefixesAgrees(t *testing.T) {
	globSegs := []string{"**", "a", "*", "b*", "?", "[ab]", ""}
	nameSegs := []string{"a", "b", "ab", ""}
	var globs, names [][]string
	var grow func(acc []string, segs []string, depth int, out *[][]string)
	grow = func(acc []string, segs []string, depth int, out *[][]string) {
		*out = append(*out, slices.Clone(acc))
		if depth == 0 {
			return
		}
		for _, s := range segs {
			grow(append(acc, s), segs, depth-1, out)
		}
	}
	grow(nil, globSegs, 4, &globs)
	grow(nil, nameSegs, 4, &names)
	for _, g := range globs {
		for _, n := range names {
			got := matchPrefixes(g, n)
			for j := range got {
				if want := backtrack(g, n[:j]); got[j] != want {
					t.Fatalf("glob %q, path %q: matchPrefixes says %v, the backtracking matcher %v", g, n[:j], got[j], want)
				}
			}
		}
	}
}
