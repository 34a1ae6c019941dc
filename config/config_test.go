package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/diag"
)

var testRules = []string{"required", "unknown-field", "enum", "template-api-version", "unused-suppression"}

func TestParseValid(t *testing.T) {
	src := `# project settings
rules:
  template-api-version: off
  enum: warning
  required: info
ignore:
  - vendor
  - "generated/**/*.json"
kinds:
  jobs/*.yaml: manual-job
  templates/**: template
  "./nodes/*.yaml": CombinedService
fail-on: warning
inline-ignores: false
`
	cfg, err := Parse("dir/.nflint.yaml", []byte(src), testRules)
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.Rules["template-api-version"].Off || cfg.Rules["enum"].Severity != diag.Warning || cfg.Rules["required"].Severity != diag.Info {
		t.Errorf("rules = %+v", cfg.Rules)
	}
	if strings.Join(cfg.Ignore, " ") != "vendor generated/**/*.json" {
		t.Errorf("ignore = %q", cfg.Ignore)
	}
	want := []KindGlob{{"jobs/*.yaml", "manual-job"}, {"templates/**", "template"}, {"nodes/*.yaml", "combined-service"}}
	if len(cfg.Kinds) != len(want) {
		t.Fatalf("kinds = %+v", cfg.Kinds)
	}
	for i := range want {
		if cfg.Kinds[i] != want[i] {
			t.Errorf("kinds[%d] = %+v, want %+v", i, cfg.Kinds[i], want[i])
		}
	}
	if cfg.FailOn != diag.Warning || cfg.InlineIgnores || cfg.Dir != "dir" || cfg.File != "dir/.nflint.yaml" {
		t.Errorf("cfg = %+v", cfg)
	}
}

func TestParseEmptyIsDefault(t *testing.T) {
	for _, src := range []string{"", "# nothing yet\n", "~\n"} {
		cfg, err := Parse("c.yaml", []byte(src), testRules)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if !cfg.InlineIgnores || cfg.FailOn != 0 || len(cfg.Rules)+len(cfg.Ignore)+len(cfg.Kinds) != 0 {
			t.Errorf("%q: cfg = %+v, want the default", src, cfg)
		}
	}
}

// TestParseErrors pins every message a broken configuration can give, with its position.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{name: "unknown key with suggestion", src: "rule:\n  enum: off\n",
			want: []string{`c.yaml:1:1: unknown key "rule": the keys are rules, ignore, kinds, fail-on, inline-ignores; did you mean "rules"?`}},
		{name: "unknown key without suggestion", src: "colour: red\n",
			want: []string{`c.yaml:1:1: unknown key "colour": the keys are rules, ignore, kinds, fail-on, inline-ignores`}},
		{name: "unknown rule", src: "rules:\n  unknwn-field: error\n",
			want: []string{`c.yaml:2:3: unknown rule "unknwn-field" (nflint rules lists them); did you mean "unknown-field"?`}},
		{name: "bad level", src: "rules:\n  enum: warn\n",
			want: []string{`c.yaml:2:9: the level of rule "enum" is "warn": use off, info, warning, error; did you mean "warning"?`}},
		{name: "level as a bool", src: "rules:\n  enum: false\n",
			want: []string{`c.yaml:2:9: the level of rule "enum" is false: use off, info, warning, error`}},
		{name: "rules not a mapping", src: "rules: [enum]\n",
			want: []string{`c.yaml:1:8: rules must be a mapping of rule id to off, info, warning or error, found a list`}},
		{name: "fail-on off", src: "fail-on: off\n",
			want: []string{`c.yaml:1:10: fail-on is "off": use error, warning, info`}},
		{name: "inline-ignores not a bool", src: "inline-ignores: no\n",
			want: []string{`c.yaml:1:17: inline-ignores must be true or false, found "no"`}},
		{name: "ignore a string", src: "ignore: vendor\n",
			want: []string{`c.yaml:1:9: ignore must be a list of path globs, found "vendor"`}},
		{name: "bad glob", src: "ignore:\n  - \"a/[b\"\n  - /abs\n",
			want: []string{`c.yaml:2:5: bad glob "a/[b": unbalanced [ ] or a trailing \`,
				`c.yaml:3:5: bad glob "/abs": globs are relative to the configuration file's directory: remove the leading /`}},
		{name: "unknown kind", src: "kinds:\n  jobs/*.yaml: manual-jobs\n",
			want: []string{`c.yaml:2:16: unknown kind "manual-jobs": use one of combined-service, combined-service-put, combined-service-patch, deployment-service, deployment-service-put, deployment-service-patch, build-service, build-service-put, build-service-patch, manual-job, manual-job-put, manual-job-patch, cron-job, cron-job-put, cron-job-patch, addon, addon-put, addon-patch, secret-group, secret-group-put, secret-group-patch, volume, volume-update, project, project-put, project-update, template-update, service, combined-service-response, deployment-service-response, manual-job-response, build-service-patch-response, template; did you mean "manual-job"?`}},
		{name: "duplicate key", src: "fail-on: error\nfail-on: info\n",
			want: []string{`c.yaml:2:1: key "fail-on" appears twice (first on line 1)`}},
		{name: "not a mapping", src: "- rules\n",
			want: []string{`c.yaml:1:1: the configuration must be a mapping of keys (rules, ignore, kinds, fail-on, inline-ignores), found a list`}},
		{name: "yaml syntax", src: "rules:\n  enum: warning\n   fail-on: error\n",
			want: []string{`c.yaml:3:4: invalid YAML: a ":" where a value was expected (quote values that contain ": ", or check the indentation)`}},
		{name: "every problem at once", src: "rules:\n  enum: loud\nfail-on: never\n",
			want: []string{`c.yaml:2:9: the level of rule "enum" is "loud": use off, info, warning, error`,
				`c.yaml:3:10: fail-on is "never": use error, warning, info`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("c.yaml", []byte(tt.src), testRules)
			if err == nil {
				t.Fatal("no error")
			}
			if got, want := err.Error(), strings.Join(tt.want, "\n"); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestGlobs(t *testing.T) {
	cfg := Default("/repo")
	cfg.Ignore = []string{"vendor", "gen/**/*.json", "*.tmp.yaml"}
	cfg.Kinds = []KindGlob{{"jobs/*.yaml", "manual-job"}, {"**/templates/*", "template"}, {"*.job.yaml", "manual-job"}}
	tests := []struct {
		path    string
		ignored bool
		kind    string
	}{
		{path: "/repo/vendor/x/a.yaml", ignored: true},
		{path: "/repo/src/vendor/a.yaml", ignored: true},
		{path: "/repo/vendors/a.yaml"},
		{path: "/repo/gen/a.json", ignored: true},
		{path: "/repo/gen/x/y/a.json", ignored: true},
		{path: "/repo/gen/a.yaml"},
		{path: "/repo/deep/a.tmp.yaml", ignored: true},
		{path: "/repo/jobs/nightly.yaml", kind: "manual-job"},
		{path: "/repo/jobs/sub/nightly.yaml"},
		{path: "/repo/templates/t.yaml", kind: "template"},
		{path: "/repo/a/b/templates/t.json", kind: "template"},
		{path: "/repo/x/cleanup.job.yaml", kind: "manual-job"},
		{path: "/elsewhere/cleanup.job.yaml", kind: "manual-job"},
		{path: "/elsewhere/jobs/nightly.yaml"},
		{path: "-"},
	}
	for _, tt := range tests {
		if got := cfg.IgnoreFile(tt.path); got != tt.ignored {
			t.Errorf("IgnoreFile(%s) = %v, want %v", tt.path, got, tt.ignored)
		}
		if got := cfg.KindFor(tt.path); got != tt.kind {
			t.Errorf("KindFor(%s) = %q, want %q", tt.path, got, tt.kind)
		}
	}
}

// TestFindAndLoad covers discovery: the working directory first, then its parents; an
// explicit file wins; no file means the default.
func TestFindAndLoad(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := Find(sub); got != "" {
		t.Fatalf("Find without a file = %q", got)
	}
	cfg, err := Load("", sub, testRules)
	if err != nil || cfg.File != "" || cfg.Dir != sub {
		t.Fatalf("Load without a file = %+v, %v", cfg, err)
	}
	write(t, filepath.Join(root, ".nflint.yaml"), "fail-on: warning\n")
	if got := Find(sub); got != filepath.Join(root, ".nflint.yaml") {
		t.Errorf("Find from a subdirectory = %q", got)
	}
	write(t, filepath.Join(root, "a", ".nflint.yml"), "fail-on: info\n")
	if got := Find(sub); got != filepath.Join(root, "a", ".nflint.yml") {
		t.Errorf("the nearest file should win, got %q", got)
	}
	cfg, err = Load("", sub, testRules)
	if err != nil || cfg.FailOn != diag.Info || cfg.File != filepath.Join("..", ".nflint.yml") || cfg.Dir != filepath.Join(root, "a") {
		t.Errorf("Load discovered = %+v, %v", cfg, err)
	}
	explicit := filepath.Join(root, "ci.yaml")
	write(t, explicit, "fail-on: error\n")
	cfg, err = Load(explicit, sub, testRules)
	if err != nil || cfg.FailOn != diag.Error {
		t.Errorf("Load explicit = %+v, %v", cfg, err)
	}
	_, err = Load(filepath.Join(root, "missing.yaml"), sub, testRules)
	if err == nil || !strings.Contains(err.Error(), "missing.yaml: no such file") {
		t.Errorf("Load of a missing explicit file: %v", err)
	}
}

func TestApply(t *testing.T) {
	cfg := Default(".")
	cfg.Rules = map[string]Setting{"enum": {Severity: diag.Info}, "required": {Off: true}}
	got := cfg.Apply([]diag.Diagnostic{{Rule: "enum", Severity: diag.Error}, {Rule: "required", Severity: diag.Error}, {Rule: "type", Severity: diag.Error}})
	if len(got) != 2 || got[0].Severity != diag.Info || got[1].Rule != "type" || got[1].Severity != diag.Error {
		t.Errorf("after Apply: %+v", got)
	}
}

func write(t *testing.T, p, s string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
