package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"nflint": func() { os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
		// nflint-exit CODE ARGS... runs nflint and succeeds only if it exits with CODE, so
		// scripts can pin the exit code exactly (testscript's "! exec" accepts any failure).
		"nflint-exit": func() {
			want, err := strconv.Atoi(os.Args[1])
			if err != nil {
				fmt.Fprintln(os.Stderr, "nflint-exit: first argument must be the expected exit code")
				os.Exit(3)
			}
			if got := Main(os.Args[2:], os.Stdin, os.Stdout, os.Stderr); got != want {
				fmt.Fprintf(os.Stderr, "nflint-exit: exit code %d, want %d\n", got, want)
				os.Exit(1)
			}
			os.Exit(0)
		},
	})
}

// updateScripts lets testscript rewrite the expected outputs a script compares with cmp.
var updateScripts = flag.Bool("update-scripts", false, "rewrite the files testdata/script compares output with")

// TestScripts runs the CLI scenarios in testdata/script: flags, standard input, exit codes
// and output formats, each a txtar script run against the real command. -update-scripts
// rewrites the files the scripts compare output with.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "../../testdata/script", UpdateScripts: *updateScripts})
}
