// Command corpus runs nflint over a directory of real spec files, one process per file so that
// a crash or a hang is caught and counted, and prints a summary: files, documents, kinds found,
// findings per rule, files not recognised as Northflank specs, crashes and hangs.
//
// Usage: go run ./scripts/corpus -nflint PATH/TO/nflint DIR
// It is not part of go test: the corpus lives outside the project.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

type output struct {
	Diagnostics []struct {
		File, Path, Rule, Severity, Message string
		Line, Column                        int
	}
	Summary struct {
		Files, Documents, Errors, Warnings, Skipped int
		UncheckedNodes, Bodies                      map[string]int
	}
}

func main() {
	bin := flag.String("nflint", "nflint", "nflint binary")
	timeout := flag.Duration("timeout", 10*time.Second, "time after which a file counts as a hang")
	verbose := flag.Bool("v", false, "list every file with its findings per rule")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: corpus -nflint BIN DIR")
		os.Exit(2)
	}
	var files []string
	filepath.WalkDir(flag.Arg(0), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.ToLower(filepath.Ext(p)) != ".txt" && !strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	rules := map[string]int{}
	bodies := map[string]int{}
	nodes := map[string]int{}
	var unrecognised, crashes, hangs, clean, skipped []string
	docs, slowest := 0, time.Duration(0)
	start := time.Now()
	for _, f := range files {
		ctx, cancel := context.WithTimeout(context.Background(), *timeout)
		cmd := exec.CommandContext(ctx, *bin, "lint", "--format", "json", f)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		t0 := time.Now()
		err := cmd.Run()
		slowest = max(slowest, time.Since(t0))
		timedOut := ctx.Err() == context.DeadlineExceeded
		cancel()
		var ee *exec.ExitError
		switch {
		case timedOut:
			hangs = append(hangs, f)
			continue
		case errors.As(err, &ee) && ee.ExitCode() > 2, errors.As(err, &ee) && ee.ExitCode() < 0:
			crashes = append(crashes, fmt.Sprintf("%s: %s", f, firstLine(stderr.String())))
			continue
		case err != nil && !errors.As(err, &ee):
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		var out output
		if json.Unmarshal(stdout.Bytes(), &out) != nil {
			crashes = append(crashes, fmt.Sprintf("%s: output is not JSON: %s", f, firstLine(stderr.String())))
			continue
		}
		docs += out.Summary.Documents
		for k, n := range out.Summary.Bodies {
			bodies[k] += n
		}
		for k, n := range out.Summary.UncheckedNodes {
			nodes[k] += n
		}
		perFile := map[string]int{}
		for _, d := range out.Diagnostics {
			rules[d.Rule]++
			perFile[d.Rule]++
			if d.Rule == "unknown-kind" {
				unrecognised = append(unrecognised, f)
			}
		}
		switch {
		case out.Summary.Skipped > 0:
			skipped = append(skipped, f) // not a Northflank spec: neither clean nor findings
		case len(out.Diagnostics) == 0:
			clean = append(clean, f)
		}
		if *verbose {
			fmt.Printf("%s: %v\n", f, perFile)
		}
	}
	fmt.Printf("files: %d   documents: %d   clean files: %d   skipped (not Northflank specs): %d   wall: %s   slowest file: %s\n",
		len(files), docs, len(clean), len(skipped), time.Since(start).Round(time.Millisecond), slowest.Round(time.Millisecond))
	fmt.Printf("crashes: %d   hangs (> %s): %d\n", len(crashes), *timeout, len(hangs))
	for _, c := range crashes {
		fmt.Println("  crash:", c)
	}
	for _, h := range hangs {
		fmt.Println("  hang:", h)
	}
	fmt.Println("bodies checked, by kind (template nodes included):")
	printCounts(bodies)
	fmt.Println("findings per rule:")
	printCounts(rules)
	fmt.Println("template nodes of kinds nflint has no schema for (counted, not checked):")
	printCounts(nodes)
	fmt.Printf("files not recognised as Northflank specs: %d\n", len(unrecognised))
	if *verbose {
		for _, u := range unrecognised {
			fmt.Println("  ", u)
		}
	}
}

func printCounts(m map[string]int) {
	type kv struct {
		k string
		n int
	}
	var xs []kv
	for k, n := range m {
		xs = append(xs, kv{k, n})
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i].n > xs[j].n || xs[i].n == xs[j].n && xs[i].k < xs[j].k })
	for _, x := range xs {
		fmt.Printf("  %-28s %d\n", x.k, x.n)
	}
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}
