package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

const versionUsage = `Usage: nflint version

Prints nflint's version, the commit it was built from when the build recorded one, the CUE
version its definitions are evaluated with, and the Go version it was built with.

The version is, in this order: the one a release build sets with
-ldflags "-X main.version=v1.2.3"; the module version "go install module@version" records, or
the one Go derives from the repository's tag or commit when it builds a clone; the commit
itself (with "-dirty" for uncommitted changes); "dev" when the build recorded none of them
(go build -buildvcs=false, or a build outside a repository).

Examples:
  nflint version
  nflint --version
`

// versionCmd prints the versions that decide nflint's verdicts: nflint's own and CUE's.
func (e *env) versionCmd(args []string) int {
	if len(args) > 0 {
		if args[0] == "-h" || args[0] == "--help" {
			fmt.Fprint(e.stdout, versionUsage)
			return exitOK
		}
		return e.usageError("version takes no arguments")
	}
	info, _ := debug.ReadBuildInfo()
	fmt.Fprint(e.stdout, versionText(info, version))
	return exitOK
}

// versionText is what nflint version prints, from the build information and the version
// -ldflags set ("dev" when it set none).
func versionText(info *debug.BuildInfo, ldflags string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "nflint %s\n", moduleVersion(info, ldflags))
	if c := readCommit(info); c.revision != "" {
		fmt.Fprintf(&b, "commit %s%s", c.revision, c.dirty())
		if c.time != "" {
			fmt.Fprintf(&b, " (%s)", c.time)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "cue %s\n%s\n", depVersion(info, "cuelang.org/go"), runtime.Version())
	return b.String()
}

// moduleVersion is nflint's version: the one -ldflags set, so that a release names its tag
// whatever the build recorded; else the module version (go install module@version, or the
// version Go 1.24 and later derive from a clone's tag or commit); else the commit; else "dev".
func moduleVersion(info *debug.BuildInfo, ldflags string) string {
	if ldflags != "" && ldflags != "dev" {
		return ldflags
	}
	if info != nil && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	if c := readCommit(info); c.revision != "" {
		return shortRevision(c.revision) + c.dirty()
	}
	return "dev"
}

// A commit is what go build records of the repository it built from (the vcs.* settings).
type commit struct {
	revision string // full hash; "" when the build recorded none
	time     string // RFC 3339, as recorded
	modified bool   // the work tree had uncommitted changes
}

func (c commit) dirty() string {
	if c.modified {
		return "-dirty"
	}
	return ""
}

func readCommit(info *debug.BuildInfo) commit {
	var c commit
	if info == nil {
		return c
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			c.revision = s.Value
		case "vcs.time":
			c.time = s.Value
		case "vcs.modified":
			c.modified = s.Value == "true"
		}
	}
	return c
}

// shortRevision is the first 12 characters of a hash, as in Go's pseudo-versions.
func shortRevision(rev string) string {
	if len(rev) > 12 {
		return rev[:12]
	}
	return rev
}

func depVersion(info *debug.BuildInfo, path string) string {
	if info != nil {
		for _, d := range info.Deps {
			if d.Path == path {
				if d.Replace != nil {
					d = d.Replace
				}
				return d.Version
			}
		}
	}
	return "unknown"
}
