package source

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// CollectOptions say which files a directory walk picks up.
type CollectOptions struct {
	Ignore func(path string) bool // paths the configuration excludes
	// FollowSymlinks follows the symbolic links met inside a walked directory that resolve to
	// a regular file inside it; other links are never followed.
	FollowSymlinks bool
	Skip           func(path string) bool // files never linted whatever their name, such as the --output file
	// OnSkip, when set, is told of each symbolic link a walk does not follow and why, so that
	// a skipped file can be traced (the command prints these under --verbose).
	OnSkip func(path, reason string)
}

// Collect expands the command-line paths into the files to lint: files as given, directories
// walked for *.json, *.yaml and *.yml, and "-" for standard input. A walk skips what git
// ignores (gitignore.go), .git, node_modules and vendor directories, and what opts.Ignore
// says; nflint's own configuration and pre-commit's are never linted, even when named. Paths
// that cannot be read, and FIFOs, sockets and devices named or met in a walk, are returned as
// InputErrors. Symbolic links inside a walked directory are not followed unless
// opts.FollowSymlinks says so; a path named on the command line is followed wherever it
// points (a directory named through a link is walked).
func Collect(args []string, opts CollectOptions) ([]string, []*InputError) {
	c := &collector{opts: opts}
	for _, a := range args {
		if a == "-" {
			c.files = append(c.files, a)
			continue
		}
		info, err := os.Stat(a)
		switch {
		case err != nil:
			c.errs = append(c.errs, &InputError{a, err})
		case info.IsDir():
			c.walk(a)
		case !info.Mode().IsRegular():
			c.errs = append(c.errs, &InputError{a, notRegular(info.Mode())})
		case IsToolConfig(a):
			c.skip(a, toolConfigReason)
		default:
			c.files = append(c.files, a)
		}
	}
	return c.files, c.errs
}

// A collector gathers the files of one Collect call.
type collector struct {
	opts  CollectOptions
	files []string
	errs  []*InputError
}

// walk adds the spec files below the directory a, named on the command line.
func (c *collector) walk(a string) {
	// A trailing separator makes the walk enter a root that is a symlink to a directory;
	// links met inside are seen as links.
	root := strings.TrimSuffix(a, string(filepath.Separator)) + string(filepath.Separator)
	realRoot, rootErr := filepath.EvalSymlinks(a)
	ignore := newGitIgnore(a)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		rel := strings.TrimPrefix(p, root)
		if p == root {
			p, rel = a, ""
		}
		switch {
		case err != nil:
			c.errs = append(c.errs, &InputError{p, err})
		case p != a && c.skipped(ignore, p, rel, d):
			if d.IsDir() {
				return filepath.SkipDir // everything below an ignored directory is ignored
			}
		case d.IsDir():
			ignore.enter(rel)
		default:
			c.entry(p, d, realRoot, rootErr)
		}
		return nil
	})
	if err != nil {
		c.errs = append(c.errs, &InputError{a, err})
	}
}

// skipped reports whether an entry of a walk is never linted, nor looked into: one the
// configuration or git ignores (rel is its path below the walked directory), a directory of
// other people's files, a tool's configuration. Under --verbose it says why, but for the
// directories every walk skips.
func (c *collector) skipped(ignore *gitIgnore, p, rel string, d fs.DirEntry) bool {
	dir := d.IsDir()
	switch {
	case c.opts.Ignore != nil && c.opts.Ignore(p):
		return true
	case dir && (d.Name() == ".git" || d.Name() == "node_modules" || d.Name() == "vendor"):
		return true
	}
	if where := ignore.ignored(rel, dir); where != "" {
		if dir || IsSpecFile(p) {
			c.skip(p, "ignored by "+where)
		}
		return true
	}
	if !dir && IsToolConfig(p) {
		c.skip(p, toolConfigReason)
		return true
	}
	return false
}

// entry adds a file met in a walk, or decides on a symbolic link.
func (c *collector) entry(p string, d fs.DirEntry, realRoot string, rootErr error) {
	switch {
	case d.Type()&fs.ModeSymlink != 0:
		if rootErr != nil {
			c.skip(p, "a symbolic link, not followed: the directory it is in cannot be resolved")
		} else {
			c.link(p, realRoot)
		}
	case !IsSpecFile(p) || c.opts.Skip != nil && c.opts.Skip(p):
	case !d.Type().IsRegular():
		// A FIFO or device named like a spec: opening it could block for ever.
		c.errs = append(c.errs, &InputError{p, notRegular(d.Type())})
	default:
		c.files = append(c.files, p)
	}
}

// link decides on a symbolic link met in a walk of the directory whose real path is
// realRoot: it is linted only with FollowSymlinks, named like a spec, and resolving to a
// regular file inside that directory. Links to directories are never followed, so a link loop
// cannot make a walk endless.
func (c *collector) link(p, realRoot string) {
	target, err := os.Stat(p)
	switch {
	case err == nil && target.IsDir():
		c.skip(p, "a symbolic link to a directory, not followed")
		return
	case !IsSpecFile(p) || c.opts.Skip != nil && c.opts.Skip(p):
		return
	case !c.opts.FollowSymlinks:
		c.skip(p, "a symbolic link, not followed (--follow-symlinks follows links to files inside the directory)")
		return
	case err != nil:
		c.skip(p, "a symbolic link that resolves to nothing readable: "+plainIOError(err))
		return
	case !target.Mode().IsRegular():
		c.skip(p, "a symbolic link to a "+notRegular(target.Mode()).Kind+", not followed")
		return
	}
	real, err := filepath.EvalSymlinks(p)
	if err != nil || !within(realRoot, real) {
		c.skip(p, "a symbolic link to a file outside the directory, not followed")
		return
	}
	c.files = append(c.files, p)
}

func (c *collector) skip(p, reason string) {
	if c.opts.OnSkip != nil {
		c.opts.OnSkip(p, reason)
	}
}

// within reports whether the real path p is dir or below it.
func within(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// IsSpecFile reports whether a directory walk picks up a file.
func IsSpecFile(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".json", ".yaml", ".yml":
		return true
	}
	return false
}
