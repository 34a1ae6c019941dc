package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/nflint/nflint/lint/source"
)

// TestInferencesAgree holds the remembered inference to infer's answers: every document of
// the repository's specs, and of the corpus when it is there, asked twice of one memory shared
// by all, gets what infer says of it.
func TestInferencesAgree(t *testing.T) {
	var mem inferences
	n := 0
	corpus := os.Getenv("NFLINT_CORPUS")
	if corpus == "" {
		corpus = "../../shared/corpus"
	}
	for _, root := range []string{"../testdata", "../examples", "testdata", corpus} {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil && p == corpus {
				return filepath.SkipDir // no corpus here
			}
			if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".json") || strings.HasSuffix(p, ".txtar")) {
				return err
			}
			data, _ := os.ReadFile(p)
			files := []txtar.File{{Name: p, Data: data}}
			if strings.HasSuffix(p, ".txtar") {
				files = txtar.Parse(data).Files
			}
			for _, f := range files {
				n += inferTwice(t, &mem, f.Name, f.Data)
			}
			return nil
		})
	}
	if n < 300 || len(mem) < 50 {
		t.Errorf("%d documents, %d outlines: the walk found too little to test", n, len(mem))
	}
}

func inferTwice(t *testing.T, mem *inferences, name string, data []byte) int {
	n := 0
	for _, doc := range source.Decode(name, data).Docs {
		if doc.Root == nil {
			continue
		}
		wantKind, wantWhy := infer(doc.Root)
		for range 2 {
			k, why := mem.infer(doc.Root)
			if k != wantKind || why != wantWhy {
				t.Fatalf("%s: remembered %v %q, infer says %v %q", name, k, why, wantKind, wantWhy)
			}
		}
		n++
	}
	return n
}

// TestOutlineTellsApart: bodies inference could tell apart never share an outline.
func TestOutlineTellsApart(t *testing.T) {
	docs := []string{
		"name: a\nbilling: {deploymentPlan: x}\n",
		"name: b\nbilling: {deploymentPlan: y}\n", // same outline as the first: values do not count
		"name: a\nbilling: {buildPlan: x}\n",
		"name: a\nbilling: [x]\n",
		"name: a\nbilling: {deploymentPlan: {a: 1}}\n",
		"name: a\nbilling: {deploymentPlan: x, b: 1}\n",
		"name: a\n\"billing: {\": x\n",
		"name: a\nbilling: x\n",
	}
	seen := map[string]int{}
	for i, d := range docs {
		o := outline(source.Decode("d.yaml", []byte(d)).Docs[0].Root)
		if j, ok := seen[o]; ok && !(i == 1 && j == 0) {
			t.Errorf("documents %d and %d share the outline %q", j, i, o)
		}
		if i == 1 && seen[o] != 0 {
			t.Errorf("documents 0 and 1 differ only in values, yet their outlines differ")
		}
		if _, ok := seen[o]; !ok {
			seen[o] = i
		}
	}
}
