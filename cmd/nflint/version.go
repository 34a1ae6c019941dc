package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

const versionUsage = `Usage: nflint version

Prints nflint's version, the CUE version its definitions are evaluated with, and the Go
version it was built with. A binary installed with "go install" knows its module version;
release builds set it with -ldflags "-X main.version=v1.2.3".

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
	fmt.Fprintf(e.stdout, "nflint %s\ncue %s\n%s\n", moduleVersion(info), depVersion(info, "cuelang.org/go"), runtime.Version())
	return exitOK
}

// moduleVersion is the version "go install module@version" recorded, else the one set with
// -ldflags, else "dev".
func moduleVersion(info *debug.BuildInfo) string {
	if info != nil && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return version
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
