// Command refgen writes nflint's CUE definitions (schema/*.gen.cue) from Northflank's API
// reference of June 2026, merged with the seed pages' numeric bounds and the js-client's
// required flags by the rule in schema/README.md. It reads only the copies vendored under
// schema/reference, so that a clean clone regenerates the same files; -vendor refreshes
// those copies from ../shared/reference.
//
//	go run ./scripts/refgen                           # regenerate schema/*.gen.cue and the README tables
//	go run ./scripts/refgen -vendor ../shared/reference # refresh schema/reference first
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	schemaDir := flag.String("schema", "schema", "the schema directory")
	vendor := flag.String("vendor", "", "copy the inputs from this reference directory into <schema>/reference first")
	gen := flag.Bool("generate", true, "write the definitions (false: only vendor)")
	flag.Parse()
	if err := run(*schemaDir, *vendor, *gen); err != nil {
		fmt.Fprintln(os.Stderr, "refgen:", err)
		os.Exit(1)
	}
}

func run(schemaDir, vendor string, gen bool) error {
	refDir := filepath.Join(schemaDir, "reference")
	if vendor != "" {
		files, err := vendorFiles(vendor)
		if err != nil {
			return err
		}
		if err := writeFiles(refDir, files); err != nil {
			return err
		}
	}
	if !gen {
		return nil
	}
	out, err := generate(refDir, schemaDir)
	if err != nil {
		return err
	}
	for _, w := range out.Notes.warnings {
		fmt.Fprintln(os.Stderr, "refgen: warning:", w)
	}
	stale, err := staleFiles(schemaDir, out.Files)
	if err != nil {
		return err
	}
	for _, f := range stale {
		if err := os.Remove(filepath.Join(schemaDir, f)); err != nil {
			return err
		}
	}
	return writeFiles(schemaDir, out.Files)
}
