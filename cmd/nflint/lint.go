package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/report"
	"github.com/nflint/nflint/lint/source"

	"github.com/mattn/go-isatty"
	"github.com/spf13/pflag"

	"github.com/nflint/nflint/config"
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
  nflint lint --format sarif --output nflint.sarif .
  nflint lint --config ci/nflint.yaml --fail-on warning deploy/

Settings come from the flags, then from .nflint.yaml (in the working directory or the
nearest parent, or the file --config names), then the defaults.

Flags:
`

// lintFlags are the settings of one lint run, parsed from the command line.
type lintFlags struct {
	kind, format, color, stdinName, failOn string
	engine                                 string
	configFile, output                     string
	maxSize                                int64
	verbose, noInlineIgnores, failOnSet    bool
	quiet                                  bool
	followSymlinks                         bool
	paths                                  []string
}

func parseLintFlags(args []string, stdout io.Writer) (*lintFlags, error) {
	f := &lintFlags{maxSize: source.DefaultMaxBytes}
	fs := pflag.NewFlagSet("lint", pflag.ContinueOnError)
	fs.StringVarP(&f.kind, "kind", "k", "", "check every document as this kind: "+schema.NamesText())
	fs.StringVarP(&f.format, "format", "f", "text", "output format: "+strings.Join(report.Formats, ", "))
	fs.StringVar(&f.color, "color", "auto", "colour text output: auto, always or never (NO_COLOR is honoured)")
	fs.StringVar(&f.stdinName, "stdin-filename", "", "file name to report for standard input")
	fs.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding is at or above this severity: error, warning or info; overrides the configuration's fail-on")
	fs.StringVarP(&f.output, "output", "o", "", "write the findings to this file instead of standard output")
	fs.StringVar(&f.configFile, "config", "", "read this configuration file instead of discovering .nflint.yaml")
	fs.BoolVar(&f.noInlineIgnores, "no-inline-ignores", false, "ignore # nflint-ignore comments, whatever the configuration says")
	fs.Var((*byteSize)(&f.maxSize), "max-file-size", "largest file to read: bytes, or with a unit (10MiB, 500KB)")
	fs.BoolVar(&f.followSymlinks, "follow-symlinks", false, "follow symbolic links inside directories (only to regular files inside the walked directory)")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "print no summary on standard error, only the findings and errors")
	fs.BoolVarP(&f.verbose, "verbose", "v", false, "also list template nodes that were not checked")
	fs.StringVar(&f.engine, "engine", string(lint.EngineNative), "how documents are checked: native (checks compiled from the CUE definitions) or cue (CUE unification, the reference); both give the same findings")
	if err := parseFlags(fs, lintUsage, args, stdout); err != nil {
		return nil, err
	}
	f.failOnSet = fs.Changed("fail-on")
	paths, err := expandGlobs(fs.Args())
	if err != nil {
		return nil, err
	}
	f.paths = paths
	return f, f.validate()
}

func (f *lintFlags) validate() error {
	if len(f.paths) == 0 {
		return fmt.Errorf("no files to check: give one or more paths, or - for standard input")
	}
	if f.kind != "" && f.kind != schema.Template && schema.KindByName(f.kind) == nil {
		return fmt.Errorf("--kind: unknown kind %q%s: use one of %s", f.kind, didYouMean(f.kind, append(kindAndAliasNames(), schema.Template)), schema.NamesText())
	}
	for _, c := range []struct {
		flag, value string
		allowed     []string
	}{
		{"format", f.format, report.Formats},
		{"fail-on", f.failOn, []string{"error", "warning", "info"}},
		{"color", f.color, []string{"auto", "always", "never"}},
		{"engine", f.engine, engineNames()},
	} {
		if err := oneOf(c.flag, c.value, c.allowed); err != nil {
			return err
		}
	}
	return nil
}

func (e *env) lint(args []string) int {
	f, err := parseLintFlags(args, e.stdout)
	if err == errHelpShown {
		return exitOK
	}
	if err != nil {
		e.fail(err)
		return exitUsage
	}
	known := allRules()
	cfg, err := loadConfig(f.configFile, known)
	if err != nil {
		e.configError(err)
		return exitUsage
	}
	if f.verbose && cfg.File != "" {
		fmt.Fprintf(e.stderr, "nflint: using configuration %s\n", diag.Clean(cfg.File))
	}
	if f.stdinName != "" && cfg.IgnoreFile(f.stdinName) {
		// Standard input named like an ignored file is ignored as the file would be: editors
		// and pre-commit pipe files by their names.
		f.paths = slices.DeleteFunc(f.paths, func(p string) bool { return p == "-" })
	}
	files, inputErrs, err := e.collect(f, cfg)
	if err != nil {
		e.fail(err)
		return exitUsage
	}
	threshold := failThreshold(f, cfg)
	out, err := openOutput(f.output, e.stdout)
	if err != nil {
		e.fail(err)
		return exitUsage
	}
	w, err := report.NewWriter(f.format, out, report.FormatOptions{Color: e.useColor(f.color, f.output),
		Rules: lint.Infos(known), Version: version, Root: repoRoot(), FailOn: threshold})
	if err != nil {
		out.abort()
		e.fail(err)
		return exitUsage
	}
	sum, readErrs, err := e.runLint(f, cfg, known, files, w)
	if err == nil {
		err = out.commit()
	} else {
		out.abort()
	}
	if err != nil {
		e.fail(err)
		return exitUsage
	}
	inputErrs = append(inputErrs, readErrs...)
	e.afterLint(f, sum, inputErrs)
	if sum.Files == 0 && sum.Skipped == 0 && len(inputErrs) == 0 {
		// A CI step pointed at the wrong directory must not pass without a word.
		fmt.Fprintf(e.stderr, "nflint: nothing was linted: %s holds no .json, .yaml or .yml file that is not ignored\n",
			diag.Clean(strings.Join(f.paths, ", ")))
	}
	switch {
	case len(inputErrs) > 0:
		return exitUsage
	case sum.AtLeast(threshold) > 0:
		return exitFindings
	}
	return exitOK
}

// collect expands the paths into the files to lint. The --output file is never one of them:
// named on the command line it is an error (the run would overwrite what it reads), found in
// a directory it is skipped. Symbolic links a walk does not follow are named with --verbose.
func (e *env) collect(f *lintFlags, cfg *config.Config) ([]string, []*source.InputError, error) {
	opts := source.CollectOptions{Ignore: cfg.IgnoreFile, FollowSymlinks: f.followSymlinks}
	if f.verbose {
		opts.OnSkip = func(path, reason string) {
			fmt.Fprintf(e.stderr, "nflint: skipped %s: %s\n", diag.Clean(path), reason)
		}
	}
	target, err := os.Stat(f.output)
	if f.output != "" && err == nil {
		for _, p := range f.paths {
			if p != "-" && sameFile(target, p) {
				return nil, nil, fmt.Errorf("--output %s is also an input: the findings would overwrite the file they are about; write them elsewhere", f.output)
			}
		}
		opts.Skip = func(p string) bool { return sameFile(target, p) }
	}
	files, inputErrs := source.Collect(f.paths, opts)
	files = slices.DeleteFunc(files, cfg.IgnoreFile) // files named on the command line, as pre-commit passes them
	return files, inputErrs, nil
}

// notSpecReason is why --verbose says a file was skipped, and what has it checked.
const notSpecReason = "not a Northflank spec (to check it anyway: --kind, kinds: in .nflint.yaml, or a northflank* file name)"

// runLint lints the files and writes each file's findings as it is done, after its inline
// suppressions and the configuration's rule settings, in that order: a suppression of a rule
// the configuration turns off still counts as used. A file that is not a Northflank spec is
// counted as skipped, and named under --verbose.
func (e *env) runLint(f *lintFlags, cfg *config.Config, known []*lint.Rule, files []string, w report.Writer) (*report.Summary, []*source.InputError, error) {
	kind := f.kind
	if a := schema.KindByName(kind); a != nil {
		kind = a.Name // an alias such as CombinedService
	}
	suppress := cfg.InlineIgnores && !f.noInlineIgnores
	ids := ruleNames(known)
	sum := report.NewSummary()
	sum.KeepSkipped = f.verbose
	var readErrs []*source.InputError
	err := lint.Run(files, lint.Options{Kind: kind, Rules: rules.All, MaxBytes: f.maxSize,
		StdinName: f.stdinName, Stdin: e.stdin, KindFor: cfg.KindFor, Engine: lint.Engine(f.engine)}, func(r lint.FileResult) error {
		if r.Err != nil {
			readErrs = append(readErrs, r.Err)
			return nil
		}
		if r.Skipped {
			sum.Skip(r.Source.Name)
			if f.verbose {
				fmt.Fprintf(e.stderr, "nflint: skipped %s: %s\n", diag.Clean(r.Source.Name), notSpecReason)
			}
			return nil
		}
		diags := r.Result.Diags
		if suppress {
			diags = lint.Suppress(r.Source, diags, ids)
		}
		diags = cfg.Apply(diags)
		sum.Add(report.FileCount{Documents: r.Result.Documents, Bodies: r.Result.Bodies, Unchecked: r.Result.Unchecked}, diags)
		if err := w.File(r.Source, diags); err != nil {
			return fmt.Errorf("writing output: %v", err)
		}
		return nil
	})
	if err == nil {
		if err = w.End(sum); err != nil {
			err = fmt.Errorf("writing output: %v", err)
		}
	}
	return sum, readErrs, err
}

// afterLint reports unreadable inputs and, for text output, the summary on standard error.
func (e *env) afterLint(f *lintFlags, sum *report.Summary, inputErrs []*source.InputError) {
	for _, ie := range inputErrs {
		e.fail(ie)
	}
	// The summary goes to stderr in every format: a CI log shows it beside the SARIF or JUnit
	// file it uploads, which is where a failing job's reader looks first.
	if !f.quiet {
		fmt.Fprintln(e.stderr, sum.String())
		if f.verbose && len(sum.Unchecked) > 0 {
			fmt.Fprintf(e.stderr, "not checked (no schema in nflint): %s\n", strings.Join(sum.UncheckedList(), ", "))
		}
	}
}

// useColor decides whether text output is coloured: never when NO_COLOR is set or output is
// not a terminal, unless --color always says otherwise.
func (e *env) useColor(mode, output string) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if _, ok := os.LookupEnv("NO_COLOR"); ok || output != "" {
		return false
	}
	if f, ok := e.stdout.(*os.File); ok {
		return isatty.IsTerminal(f.Fd()) && os.Getenv("TERM") != "dumb"
	}
	return false
}

// repoRoot is the repository the working directory is in, which SARIF locations are relative
// to, or "" outside one.
func repoRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	return config.RepoRoot(wd)
}

func engineNames() []string {
	out := make([]string, len(lint.Engines))
	for i, e := range lint.Engines {
		out[i] = string(e)
	}
	return out
}
