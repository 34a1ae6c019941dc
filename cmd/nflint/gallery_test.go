package main

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint"
)

// updateGallery rewrites the gallery's expected outputs.
var updateGallery = flag.Bool("update-gallery", false, "rewrite the want.txt and want.json sections of testdata/gallery")

// TestGallery runs the broken specs of testdata/gallery and compares nflint's exact text
// output (snippets included) and JSON output with the want.txt and want.json sections. Only
// -update-gallery rewrites them.
func TestGallery(t *testing.T) {
	cases := loadCases(t, "gallery")
	for _, c := range cases {
		t.Run(strings.TrimPrefix(c.path, "../../testdata/"), func(t *testing.T) {
			text, _, code := c.run(t)
			if code == exitUsage {
				t.Fatalf("exit 2")
			}
			js, _, _ := c.run(t, "--format", "json")
			if *updateGallery {
				c.rewrite(t, "want.txt", text)
				c.rewrite(t, "want.json", js)
				return
			}
			if want := section(c, "want.txt"); text != want {
				t.Errorf("text output differs (-update-gallery accepts it)\n--- got\n%s--- want\n%s", text, want)
			}
			if want := section(c, "want.json"); js != want {
				t.Errorf("JSON output differs (-update-gallery accepts it)\n--- got\n%s--- want\n%s", js, want)
			}
		})
	}
}

func section(c *tcase, name string) string {
	for _, f := range c.archive.Files {
		if f.Name == name {
			return string(f.Data)
		}
	}
	return ""
}

// TestGalleryCoversEveryRule requires at least one gallery case per rule the checker reports
// itself (lint.Builtin, lint.SuppressionRules), and 30 cases. The rules of package rules are
// held to their own in-process cases instead (rules.TestRuleTestdataComplete), so that a new
// rule is its file, its line in rules.All and its testdata.
func TestGalleryCoversEveryRule(t *testing.T) {
	cases := loadCases(t, "gallery")
	if len(cases) < 30 {
		t.Errorf("the gallery has %d cases, want at least 30", len(cases))
	}
	seen := map[string]bool{}
	ruleRE := regexp.MustCompile(`"rule": "([a-z-]+)"`)
	for _, c := range cases {
		for _, m := range ruleRE.FindAllStringSubmatch(section(c, "want.json"), -1) {
			seen[m[1]] = true
		}
	}
	for _, r := range append(append([]*lint.Rule{}, lint.Builtin...), lint.SuppressionRules...) {
		// "schema" is the safety net for a failure no specific check explains, "internal-error"
		// the one for a panic (lint's TestLintPanic provokes it); no known input reaches either,
		// and a gallery case for one would mean a bug in nflint.
		if !seen[r.Name] && r.Name != "schema" && r.Name != "internal-error" {
			t.Errorf("no gallery case shows rule %q", r.Name)
		}
	}
}

// forbidden are words of CUE's vocabulary that must never reach a user.
var forbidden = regexp.MustCompile(`#[A-Z][A-Za-z0-9]*|empty disjunction|matchN|incomplete value|conflicting values|field not allowed|_\|_|\.cue\b|\bcue\b|mismatched types|out of bound|does not satisfy`)

// TestNoCUEVocabulary scans every expected output in testdata — gallery goldens, case want
// sections, the examples golden — for CUE's vocabulary and .cue positions.
func TestNoCUEVocabulary(t *testing.T) {
	root := filepath.Join("..", "..", "testdata")
	scanned := 0
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		var outputs []string
		switch {
		case strings.HasSuffix(p, ".txtar"):
			outputs = append(outputs, loadCaseFile(t, p)...)
		case strings.HasSuffix(p, ".golden"):
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			outputs = append(outputs, string(b))
		}
		for _, o := range outputs {
			scanned++
			for _, line := range strings.Split(o, "\n") {
				if strings.Contains(line, " | ") && !strings.Contains(line, "error:") {
					continue // a source line quoted in a snippet is the user's own text
				}
				if m := forbidden.FindString(line); m != "" {
					t.Errorf("%s: output contains %q: %s", p, m, line)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if scanned == 0 {
		t.Fatal("no expected outputs found to scan")
	}
}

// loadCaseFile returns the expected-output sections of one txtar case.
func loadCaseFile(t *testing.T, p string) []string {
	t.Helper()
	c := &tcase{path: p}
	a, err := txtarParse(p)
	if err != nil {
		t.Fatal(err)
	}
	c.archive = a
	var out []string
	for _, f := range a.Files {
		if strings.HasPrefix(f.Name, "want") {
			out = append(out, string(f.Data))
		}
	}
	return out
}
