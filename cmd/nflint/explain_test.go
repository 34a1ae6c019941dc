package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// TestExplain runs each case of testdata/explain: the arguments of "nflint explain" in an
// "args" section, and the exact standard output, standard error and exit code expected
// (rewritten with -update-explain, then read by hand).
func TestExplain(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "explain", "*.txtar"))
	if len(paths) == 0 {
		t.Fatal("no cases in testdata/explain")
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			a, err := txtar.ParseFile(p)
			if err != nil {
				t.Fatal(err)
			}
			sections := map[string]string{}
			for _, f := range a.Files {
				sections[f.Name] = string(f.Data)
			}
			args := append([]string{"explain"}, strings.Fields(sections["args"])...)
			var stdout, stderr bytes.Buffer
			code := Main(args, strings.NewReader(""), &stdout, &stderr)
			got := map[string]string{"stdout": stdout.String(), "stderr": stderr.String(), "exit": strconv.Itoa(code) + "\n"}
			if *update {
				a.Files = []txtar.File{{Name: "args", Data: []byte(sections["args"])}}
				for _, name := range []string{"exit", "stdout", "stderr"} {
					a.Files = append(a.Files, txtar.File{Name: name, Data: []byte(got[name])})
				}
				if err := os.WriteFile(p, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, name := range []string{"exit", "stdout", "stderr"} {
				if got[name] != sections[name] {
					t.Errorf("%s differs (-update-explain accepts it)\n--- got\n%s--- want\n%s", name, got[name], sections[name])
				}
			}
		})
	}
}
