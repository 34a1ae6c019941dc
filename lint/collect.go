package lint

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// CollectOptions say which files a directory walk picks up.
type CollectOptions struct {
	Ignore         func(path string) bool // paths the configuration excludes
	FollowSymlinks bool                   // follow symbolic links met inside a walked directory
	Skip           func(path string) bool // files never linted whatever their name, such as the --output file
}

// Collect expands the command-line paths into the files to lint: files as given, directories
// walked for *.json, *.yaml and *.yml (skipping .git and node_modules), and "-" for standard
// input. Paths that cannot be read are returned as InputErrors.
func Collect(args []string, opts CollectOptions) ([]string, []*InputError) {
	ignore := opts.Ignore
	var files []string
	var errs []*InputError
	for _, a := range args {
		if a == "-" {
			files = append(files, a)
			continue
		}
		info, err := os.Stat(a)
		if err != nil {
			errs = append(errs, &InputError{a, err})
			continue
		}
		if !info.IsDir() {
			files = append(files, a)
			continue
		}
		// A trailing separator makes the walk follow a root that is a symlink to a directory;
		// symlinks met inside are not followed, so a link loop cannot make the walk endless.
		root := strings.TrimSuffix(a, string(filepath.Separator)) + string(filepath.Separator)
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if p == root {
				p = a
			}
			if err != nil {
				errs = append(errs, &InputError{p, err})
				return nil
			}
			if d.IsDir() {
				if p != a && (d.Name() == ".git" || d.Name() == "node_modules") {
					return filepath.SkipDir
				}
				return nil
			}
			if !IsSpecFile(p) || ignore != nil && ignore(p) {
				return nil
			}
			if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				// A FIFO or device named like a spec: opening it could block for ever.
				errs = append(errs, &InputError{p, errNotRegular})
				return nil
			}
			files = append(files, p)
			return nil
		})
		if err != nil {
			errs = append(errs, &InputError{a, err})
		}
	}
	return files, errs
}

// IsSpecFile reports whether a directory walk picks up a file.
func IsSpecFile(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".json", ".yaml", ".yml":
		return true
	}
	return false
}
