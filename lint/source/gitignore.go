package source

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"

	"github.com/nflint/nflint/lint/diag"
)

// A directory walk skips what git ignores: the rules of $GIT_DIR/info/exclude and of every
// .gitignore from the repository root down to the file, with git's precedence (a deeper file
// wins over a shallower one, a later line over an earlier one, exclude lowest). Outside a
// repository the .gitignore files at and below the walked directory apply, so a checkout
// without .git (a source archive, a Docker context) is walked alike. The user's global
// core.excludesFile is not read: what nflint lints must not depend on whose machine it runs on.
//
// Patterns are parsed and matched by go-git's plumbing/format/gitignore. Its Pattern.Match
// answers "the path or one of its parents matches", right for git's status, which stops at an
// ignored directory anyway, but wrong for a negation: "!*/" would re-include every file below
// every directory. A walk asks about each entry once, with its parents already let through,
// so it asks whether the entry itself matches: a pattern without a slash is matched against the
// entry's name alone, and one with slashes but no "**" only against paths as deep as it is.
// Patterns with "**" keep the library's answer; gitignore_test.go compares the walk with git.

// An ignoreRule is one pattern line of an ignore file.
type ignoreRule struct {
	pat    gitignore.Pattern
	domain []string // the directory of the file it is in, relative to the base, split at "/"
	simple bool     // no slash but a trailing one: the pattern matches a name at any depth
	depth  int      // how many names a slashed pattern without "**" spans; 0 otherwise
	neg    bool     // a "!" pattern, which re-includes
	where  string   // "dir/.gitignore:3", for --verbose
}

// matches reports whether the rule matches the path rel (relative to the base) itself.
func (r *ignoreRule) matches(rel []string, isDir bool) bool {
	n := len(r.domain)
	if len(rel) <= n {
		return false
	}
	for i, d := range r.domain {
		if rel[i] != d {
			return false
		}
	}
	q := rel
	switch {
	case r.simple:
		q = append(r.domain[:n:n], rel[len(rel)-1])
	case r.depth > 0 && len(rel)-n != r.depth:
		return false
	}
	return r.pat.Match(q, isDir) != gitignore.NoMatch
}

// parseIgnoreLine reads one line of an ignore file, or returns nil for a blank line or a
// comment.
func parseIgnoreLine(line string, domain []string, where string) *ignoreRule {
	line = strings.TrimSuffix(line, "\r")
	if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
		return nil
	}
	r := &ignoreRule{domain: domain, where: where, neg: strings.HasPrefix(line, "!")}
	// filepath.Match, which the library uses, spells a negated class [^...]; git also [!...].
	r.pat = gitignore.ParsePattern(bangClass(line), domain)
	body := strings.TrimPrefix(line, "!")
	if !strings.HasSuffix(body, `\ `) {
		body = strings.TrimRight(body, " ")
	}
	body = strings.TrimSuffix(body, "/")
	r.simple = !strings.Contains(body, "/")
	if !strings.Contains(body, "**") {
		for _, seg := range strings.Split(body, "/") {
			if seg != "" {
				r.depth++
			}
		}
	}
	return r
}

// bangClass rewrites git's negated character class "[!" as "[^", leaving an escaped "\[" be.
func bangClass(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		b.WriteByte(p[i])
		switch {
		case p[i] == '\\' && i+1 < len(p):
			i++
			b.WriteByte(p[i])
		case p[i] == '[' && i+1 < len(p) && p[i+1] == '!':
			b.WriteByte('^')
			i++
		}
	}
	return b.String()
}

// readIgnoreFile returns the rules of one ignore file; a missing or unreadable file has none,
// as for git.
func readIgnoreFile(path string, domain []string, shown string) []*ignoreRule {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var rules []*ignoreRule
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, len(data)+1)
	for n := 1; sc.Scan(); n++ {
		if r := parseIgnoreLine(sc.Text(), domain, fmt.Sprintf("%s:%d", shown, n)); r != nil {
			rules = append(rules, r)
		}
	}
	return rules
}

// A frame is the rules of the ignore files of one directory on the walk's current path.
type frame struct {
	dir   []string // relative to the base
	rules []*ignoreRule
}

// A gitIgnore answers, during one depth-first directory walk, whether an entry is ignored.
type gitIgnore struct {
	base   string   // absolute: the repository root, or the walked directory outside one
	root   []string // the walked directory, relative to base
	cwd    string   // for showing ignore files relative to the working directory
	frames []frame  // the directories from the base down to the entry's parent
}

// newGitIgnore prepares the rules for a walk of dir: the exclude file and the .gitignore files
// of the directories between the repository root and dir. dir's own is read on entering it.
func newGitIgnore(dir string) *gitIgnore {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	g := &gitIgnore{base: abs}
	g.cwd, _ = os.Getwd()
	top, gitDir := repoRoot(abs)
	if top == "" {
		return g
	}
	g.base = top
	rel, _ := filepath.Rel(top, abs)
	g.root = splitRel(rel)
	if gitDir != "" {
		exclude := filepath.Join(gitDir, "info", "exclude")
		g.frames = append(g.frames, frame{rules: readIgnoreFile(exclude, nil, g.show(exclude))})
	}
	for i := 0; i < len(g.root); i++ {
		g.enterDir(g.root[:i])
	}
	return g
}

// enter reads the .gitignore of a directory the walk enters, rel below the walked directory
// ("" for the walked directory itself).
func (g *gitIgnore) enter(rel string) {
	if g != nil {
		g.enterDir(append(g.root[:len(g.root):len(g.root)], splitRel(rel)...))
	}
}

// enterDir reads the .gitignore of a directory (relative to the base), after leaving the
// directories that are not its parents.
func (g *gitIgnore) enterDir(dir []string) {
	g.leave(dir)
	dir = slices.Clip(slices.Clone(dir)) // rules keep it, and appending to it must not reach the caller's
	p := filepath.Join(g.base, filepath.Join(dir...), ".gitignore")
	if rules := readIgnoreFile(p, dir, g.show(p)); len(rules) > 0 {
		g.frames = append(g.frames, frame{dir: dir, rules: rules})
	}
}

// leave drops the frames of directories that do not hold rel.
func (g *gitIgnore) leave(rel []string) {
	for len(g.frames) > 0 {
		f := g.frames[len(g.frames)-1]
		if len(f.dir) <= len(rel) && slices.Equal(f.dir, rel[:len(f.dir)]) {
			return
		}
		g.frames = g.frames[:len(g.frames)-1]
	}
}

// ignored returns where the rule that ignores the walked path p (below the walked directory,
// as "sub/x.json") is written, or "" when p is not ignored.
func (g *gitIgnore) ignored(p string, isDir bool) string {
	if g == nil {
		return ""
	}
	rel := append(g.root[:len(g.root):len(g.root)], splitRel(p)...)
	g.leave(rel[:len(rel)-1])
	for i := len(g.frames) - 1; i >= 0; i-- {
		rules := g.frames[i].rules
		for j := len(rules) - 1; j >= 0; j-- {
			if rules[j].matches(rel, isDir) {
				if rules[j].neg {
					return ""
				}
				return rules[j].where
			}
		}
	}
	return ""
}

// show names a file for messages: relative to the working directory when it can be.
func (g *gitIgnore) show(p string) string {
	if r, err := filepath.Rel(g.cwd, p); err == nil && g.cwd != "" {
		p = r
	}
	return diag.Clean(filepath.ToSlash(p))
}

// repoRoot finds the repository holding the absolute directory dir: its top directory and its
// git directory ("" when .git is a file that names none), or "" outside any repository.
func repoRoot(dir string) (top, gitDir string) {
	for d := dir; ; d = filepath.Dir(d) {
		dotGit := filepath.Join(d, ".git")
		if info, err := os.Stat(dotGit); err == nil {
			if info.IsDir() {
				return d, dotGit
			}
			return d, linkedGitDir(dotGit) // a worktree or submodule: "gitdir: PATH"
		}
		if filepath.Dir(d) == d {
			return "", ""
		}
	}
}

// linkedGitDir reads the git directory a .git file names; a worktree keeps info/exclude in
// the common directory of its main repository.
func linkedGitDir(dotGit string) string {
	data, err := os.ReadFile(dotGit)
	gd, ok := strings.CutPrefix(strings.TrimSpace(string(data)), "gitdir:")
	if err != nil || !ok {
		return ""
	}
	gd = strings.TrimSpace(gd)
	if !filepath.IsAbs(gd) {
		gd = filepath.Join(filepath.Dir(dotGit), gd)
	}
	if common, err := os.ReadFile(filepath.Join(gd, "commondir")); err == nil {
		c := strings.TrimSpace(string(common))
		if !filepath.IsAbs(c) {
			c = filepath.Join(gd, c)
		}
		return c
	}
	return gd
}

func splitRel(p string) []string {
	p = filepath.ToSlash(p)
	if p == "." || p == "" {
		return nil
	}
	return strings.Split(p, "/")
}
