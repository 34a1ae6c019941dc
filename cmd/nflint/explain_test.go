package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/nflint/nflint/schema"
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

// TestExplainEveryKind asks explain about every kind and each of its top-level fields: the
// kind's page names every field its definition declares, and each field explains on its own.
func TestExplainEveryKind(t *testing.T) {
	for _, k := range schema.Kinds {
		t.Run(k.Name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := Main([]string{"explain", k.Name}, strings.NewReader(""), &stdout, &stderr); code != exitOK {
				t.Fatalf("explain %s: exit %d\n%s", k.Name, code, stderr.String())
			}
			if !strings.HasPrefix(stdout.String(), "KIND:     "+k.Name+" (") {
				t.Fatalf("explain %s does not name the kind:\n%s", k.Name, stdout.String())
			}
			sh := schema.ShapeOf(k.Definition)
			fields := sh.Fields
			for _, b := range sh.Branches {
				fields = append(fields, b.Fields...)
			}
			if len(fields) == 0 {
				t.Fatalf("%s declares no fields", k.Name)
			}
			for _, f := range fields {
				if !regexp.MustCompile(`\n {4,8}` + regexp.QuoteMeta(f.Name) + ` <`).MatchString(stdout.String()) {
					t.Errorf("explain %s does not list %s", k.Name, f.Name)
				}
				var out, errOut bytes.Buffer
				path := k.Name + "." + f.Name
				if !isIdent(f.Name) {
					path = k.Name + "[" + strconv.Quote(f.Name) + "]"
				}
				if code := Main([]string{"explain", path}, strings.NewReader(""), &out, &errOut); code != exitOK ||
					!strings.Contains(out.String(), "FIELD:    "+f.Name+"\n") {
					t.Errorf("explain %s: exit %d\n%s%s", path, code, out.String(), errOut.String())
				}
			}
		})
	}
}

func isIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}
