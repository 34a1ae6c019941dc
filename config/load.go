package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/nflint/nflint/lint/source"
)

// MaxBytes bounds a configuration file: a real one is a few hundred bytes.
const MaxBytes = 1 << 20

// Find looks for a configuration file in dir and then in each of its parents, as git looks for
// .git, so nflint run from any subdirectory of a project uses the project's file. The search
// stops at the repository root, the directory holding .git (a directory, or a file in
// worktrees and submodules): a file above the repository belongs to someone else and must not
// change what the project's CI checks. It returns "" when there is none.
func Find(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		for _, name := range FileNames {
			p := filepath.Join(dir, name)
			if info, err := os.Stat(p); err == nil && !info.IsDir() {
				return p
			}
		}
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return "" // the repository root
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// RepoRoot returns the repository dir is in: the nearest directory, dir or a parent, holding
// .git. It returns "" outside a repository.
func RepoRoot(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads the configuration: the file named (with --config) when explicit is not empty,
// else the one Find discovers from the working directory wd, else the default. ruleIDs are the
// rule ids a configuration may name. A file that cannot be read or is invalid is an error;
// a missing file that was not named is not.
func Load(explicit, wd string, ruleIDs []string) (*Config, error) {
	file, shown := explicit, explicit
	if file == "" {
		file = Find(wd)
		if file == "" {
			return Default(wd), nil
		}
		shown = file
		if rel, err := filepath.Rel(wd, file); err == nil {
			shown = rel // shorter in messages
		}
	} else if !filepath.IsAbs(file) {
		file = filepath.Join(wd, file)
	}
	data, err := readConfig(file)
	if err != nil {
		return nil, fmt.Errorf("cannot read configuration %s: %v", shown, err)
	}
	cfg, err := Parse(shown, data, ruleIDs)
	if err != nil {
		return nil, err
	}
	cfg.Dir = filepath.Dir(file) // globs are relative to the file, wherever nflint runs
	return cfg, nil
}

// readConfig reads a configuration file with the guards spec files have: regular files only,
// opened without blocking, and at most MaxBytes read whatever size the file claims.
func readConfig(file string) ([]byte, error) {
	data, err := source.ReadFile(file, MaxBytes)
	var tooLarge source.ErrTooLarge
	var pe *fs.PathError
	switch {
	case err == nil:
		return data, nil
	case errors.Is(err, fs.ErrNotExist):
		return nil, errors.New("no such file")
	case errors.As(err, &tooLarge):
		return nil, fmt.Errorf("it is larger than %d bytes", MaxBytes)
	case errors.As(err, &pe):
		return nil, pe.Err // the path is in the message already
	}
	return nil, err
}
