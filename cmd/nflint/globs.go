package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// expandGlobs expands the paths that are glob patterns and name no file, as a shell would
// have had they not been quoted ('deploy/**/*.yaml' in a CI step or a Windows shell): "**"
// spans directories. A pattern that matches nothing is an error that says so, rather than
// "no such file" for a file nobody meant. A path that is no valid pattern is kept as a path.
func expandGlobs(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if p == "-" || !strings.ContainsAny(p, "*?[{") {
			out = append(out, p)
			continue
		}
		if _, err := os.Lstat(p); err == nil {
			out = append(out, p) // a file really named so
			continue
		}
		matches, err := doublestar.FilepathGlob(p, doublestar.WithFilesOnly(), doublestar.WithNoFollow())
		if err != nil {
			out = append(out, p) // not a pattern after all: reading it says what is wrong
			continue
		}
		if len(matches) == 0 {
			return nil, fmt.Errorf("no file matches %q (a glob pattern: \"**\" spans directories)", p)
		}
		out = append(out, matches...)
	}
	return out, nil
}
