package config

import (
	"errors"
	"path"
	"path/filepath"
	"strings"
)

// Globs use "/" between directories on every system. "*", "?" and "[...]" match within one
// path element, as in path.Match; "**" matches any number of directories. A glob without a "/"
// matches a file or directory name at any depth, as in .gitignore; a glob with one matches the
// path relative to the configuration file's directory.

func cleanGlob(g string) string {
	g = filepath.ToSlash(g)
	for strings.HasPrefix(g, "./") {
		g = g[2:]
	}
	return strings.TrimSuffix(g, "/")
}

func checkGlob(g string) error {
	if g == "" {
		return errors.New("it matches nothing")
	}
	if strings.HasPrefix(g, "/") {
		return errors.New("globs are relative to the configuration file's directory: remove the leading /")
	}
	for _, seg := range strings.Split(g, "/") {
		if _, err := path.Match(seg, ""); err != nil {
			return errors.New("unbalanced [ ] or a trailing \\")
		}
	}
	return nil
}

// match reports whether a glob matches a slash-separated relative path.
func match(glob, rel string) bool {
	if !strings.Contains(glob, "/") {
		ok, _ := path.Match(glob, path.Base(rel))
		return ok
	}
	names := strings.Split(rel, "/")
	return matchPrefixes(strings.Split(glob, "/"), names)[len(names)]
}

// matchPrefixes matches glob segments against every prefix of a path's segments at once:
// the result's element j says whether the glob matches name[:j]. It runs over the segments
// once per glob segment, so the cost is the product of the two lengths whatever the number of
// "**": trying each way of splitting the path among the "**" (as a recursive matcher does)
// grows exponentially with them.
func matchPrefixes(glob, name []string) []bool {
	cur := make([]bool, len(name)+1) // cur[j]: the glob segments so far match name[:j]
	next := make([]bool, len(name)+1)
	cur[0] = true
	for _, g := range glob {
		if g == "**" {
			// Any number of directories: name[:j] is reached when any shorter prefix was.
			reached := false
			for j := range cur {
				reached = reached || cur[j]
				next[j] = reached
			}
		} else {
			next[0] = false
			for j, n := range name {
				ok := false
				if cur[j] {
					ok, _ = path.Match(g, n)
				}
				next[j+1] = ok
			}
		}
		cur, next = next, cur
	}
	return cur
}

// rel returns a path relative to the configuration's directory, slash-separated. Paths outside
// that directory are returned as given, so only globs without a "/" can match them.
func (c *Config) rel(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil || c.Dir == "" {
		return filepath.ToSlash(filepath.Clean(p))
	}
	dir, err := filepath.Abs(c.Dir)
	if err != nil {
		return filepath.ToSlash(filepath.Clean(p))
	}
	r, err := filepath.Rel(dir, abs)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(filepath.Clean(p))
	}
	return filepath.ToSlash(r)
}

// IgnoreFile reports whether an ignore glob matches the path or one of the directories that
// hold it, so "vendor" ignores everything below vendor/.
func (c *Config) IgnoreFile(p string) bool {
	if len(c.Ignore) == 0 || p == "-" {
		return false
	}
	r := c.rel(p)
	if r == "." || r == "/" || r == "" {
		return false
	}
	names := strings.Split(r, "/")
	first := 1 // name[:first] is the shortest prefix tried: the first directory, never "/"
	if names[0] == "" {
		first = 2 // an absolute path outside the configuration's directory
	}
	for _, g := range c.Ignore {
		if ignores(g, names, first) {
			return true
		}
	}
	return false
}

// ignores reports whether a glob matches one of the prefixes names[:j], j >= first: the path
// or a directory holding it.
func ignores(glob string, names []string, first int) bool {
	if !strings.Contains(glob, "/") {
		for _, n := range names[first-1:] {
			if ok, _ := path.Match(glob, n); ok {
				return true
			}
		}
		return false
	}
	for _, ok := range matchPrefixes(strings.Split(glob, "/"), names)[first:] {
		if ok {
			return true
		}
	}
	return false
}

// KindFor returns the kind the first matching kinds glob maps a file to, or "".
func (c *Config) KindFor(p string) string {
	if len(c.Kinds) == 0 {
		return ""
	}
	r := c.rel(p)
	for _, k := range c.Kinds {
		if match(k.Glob, r) {
			return k.Kind
		}
	}
	return ""
}
