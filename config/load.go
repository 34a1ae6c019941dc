package config

import (
	"fmt"
	"os"
	"path/filepath"
)

// MaxBytes bounds a configuration file: a real one is a few hundred bytes.
const MaxBytes = 1 << 20

// Find looks for a configuration file in dir and then in each of its parents, as git looks for
// .git, so nflint run from any subdirectory of a project uses the project's file. It returns ""
// when there is none.
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

func readConfig(file string) ([]byte, error) {
	info, err := os.Stat(file)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, fmt.Errorf("no such file")
		}
		return nil, err
	}
	if info.IsDir() {
		return nil, fmt.Errorf("it is a directory")
	}
	if info.Size() > MaxBytes {
		return nil, fmt.Errorf("it is larger than %d bytes", MaxBytes)
	}
	return os.ReadFile(file)
}
