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
	return matchSegs(strings.Split(glob, "/"), strings.Split(rel, "/"))
}

func matchSegs(glob, name []string) bool {
	for len(glob) > 0 {
		if glob[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if matchSegs(glob[1:], name[i:]) {
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
	for _, g := range c.Ignore {
		for sub := r; sub != "." && sub != "/" && sub != ""; sub = path.Dir(sub) {
			if match(g, sub) {
				return true
			}
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
