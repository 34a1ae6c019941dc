package source

import (
	"path/filepath"
	"strings"
)

// toolConfigReason is why IsToolConfig files are not linted, for --verbose.
const toolConfigReason = "the configuration of nflint or pre-commit, never linted as a spec"

// IsToolConfig reports whether a file is nflint's own configuration or pre-commit's: YAML that
// sits beside specs and is never one, so neither a walk nor a file named on the command line
// (as pre-commit names every changed file) lints it.
func IsToolConfig(p string) bool {
	switch filepath.Base(p) {
	case ".nflint.yaml", ".nflint.yml", ".pre-commit-config.yaml":
		return true
	}
	return false
}

// NamedLikeSpec reports whether a file's name says it is a Northflank spec: northflank*.json,
// .yaml or .yml in any case (Northflank.json and .northflank.yaml are seen in repositories),
// or any spec file below a directory named .northflank. Such a file is always checked, never
// skipped for looking like something else.
func NamedLikeSpec(p string) bool {
	if !IsSpecFile(p) {
		return false
	}
	p = filepath.ToSlash(filepath.Clean(p))
	base := strings.ToLower(strings.TrimPrefix(filepath.Base(p), "."))
	if strings.HasPrefix(base, "northflank") {
		return true
	}
	dirs := strings.Split(filepath.ToSlash(filepath.Dir(p)), "/")
	for _, d := range dirs {
		if d == ".northflank" {
			return true
		}
	}
	return false
}
