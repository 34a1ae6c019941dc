package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/spf13/pflag"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/rules"
	"github.com/nflint/nflint/schema"
)

const lintUsage = `Usage: nflint lint [flags] PATH...

Checks JSON and YAML spec files. PATH may be a file, a directory (searched for *.json,
*.yaml and *.yml) or "-" for standard input.

Examples:
  nflint lint examples/
  nflint lint --kind manual-job job.yaml
  cat spec.json | nflint lint --stdin-filename spec.json -
  nflint lint --format json deploy/ > findings.json

Flags:
`

// lintFlags are the settings of one lint run, parsed from the command line.
type lintFlags struct {
	kind, format, color, stdinName, failOn string
	maxSize                                int64
	verbose                                bool
	paths                                  []string
}

func parseLintFlags(args []string, stderr io.Writer) (*lintFlags, error) {
	f := &lintFlags{}
	fs := pflag.NewFlagSet("lint", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVarP(&f.kind, "kind", "k", "", "check every document as this kind: "+schema.NamesText())
	fs.StringVarP(&f.format, "format", "f", "text", "output format: "+strings.Join(lint.Formats, ", "))
	fs.StringVar(&f.color, "color", "auto", "colour text output: auto, always or never (NO_COLOR is honoured)")
	fs.StringVar(&f.stdinName, "stdin-filename", "", "file name to report for standard input")
	fs.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding is at or above this severity: error, warning or info")
	fs.Int64Var(&f.maxSize, "max-file-size", lint.DefaultMaxBytes, "largest file to read, in bytes")
	fs.BoolVarP(&f.verbose, "verbose", "v", false, "also list template nodes that were not checked")
	fs.Usage = func() {
		fmt.Fprint(stderr, lintUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	f.paths = fs.Args()
	return f, f.validate()
}

func (f *lintFlags) validate() error {
	if len(f.paths) == 0 {
		return fmt.Errorf("no files to check: give one or more paths, or - for standard input")
	}
	if f.kind != "" && f.kind != schema.Template && schema.KindByName(f.kind) == nil {
		return fmt.Errorf("unknown kind %q: use one of %s", f.kind, schema.NamesText())
	}
	if _, err := lint.ParseSeverity(f.failOn); err != nil {
		return fmt.Errorf("--fail-on: %v", err)
	}
	switch f.color {
	case "auto", "always", "never":
	default:
		return fmt.Errorf("--color: unknown value %q: use auto, always or never", f.color)
	}
	return nil
}

func (e *env) lint(args []string) int {
	f, err := parseLintFlags(args, e.stderr)
	if err == pflag.ErrHelp {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "nflint: %v\n", err)
		return exitUsage
	}
	kind := f.kind
	if a := schema.KindByName(kind); a != nil {
		kind = a.Name // an alias such as CombinedService
	}
	formatter, err := lint.NewFormatter(f.format, e.useColor(f.color))
	if err != nil {
		fmt.Fprintf(e.stderr, "nflint: %v\n", err)
		return exitUsage
	}
	files, inputErrs := lint.Collect(f.paths, nil)
	rep, readErrs, err := lint.Run(files, lint.Options{Kind: kind, Rules: rules.All, MaxBytes: f.maxSize,
		StdinName: f.stdinName, Stdin: e.stdin})
	if err != nil {
		fmt.Fprintf(e.stderr, "nflint: %v\n", err)
		return exitUsage
	}
	inputErrs = append(inputErrs, readErrs...)
	if err := formatter.Format(e.stdout, rep); err != nil {
		fmt.Fprintf(e.stderr, "nflint: writing output: %v\n", err)
		return exitUsage
	}
	for _, ie := range inputErrs {
		fmt.Fprintf(e.stderr, "nflint: %v\n", ie)
	}
	if f.format == "text" {
		fmt.Fprintln(e.stderr, rep.Summary())
		if f.verbose && len(rep.Unchecked) > 0 {
			fmt.Fprintf(e.stderr, "not checked (no schema in nflint): %s\n", strings.Join(rep.UncheckedList(), ", "))
		}
	}
	if len(inputErrs) > 0 {
		return exitUsage
	}
	threshold, _ := lint.ParseSeverity(f.failOn)
	for _, d := range rep.Diags {
		if d.Severity >= threshold {
			return exitFindings
		}
	}
	return exitOK
}

// useColor decides whether text output is coloured: never when NO_COLOR is set or output is
// not a terminal, unless --color always says otherwise.
func (e *env) useColor(mode string) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return false
	}
	if f, ok := e.stdout.(*os.File); ok {
		return isatty.IsTerminal(f.Fd()) && os.Getenv("TERM") != "dumb"
	}
	return false
}
