package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkDidChange measures what an editor waits for: from sending didChange to receiving
// the publishDiagnostics of that version, through the protocol, without the debounce delay
// (which an editor adds on top: DefaultDebounce).
func BenchmarkDidChange(b *testing.B) {
	small, err := os.ReadFile(filepath.Join("testdata", "combined.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct{ name, file, text string }{
		{"small-spec", "combined.yaml", string(small)},
		{"template-2000-lines", "northflank.yaml", bigTemplate(100)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			c := newClient(b, Options{})
			dir := b.TempDir()
			c.initialize(dir)
			uri := c.open(filepath.Join(dir, bc.file), "yaml", bc.text)
			c.diagnostics(uri, 1)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				v := i + 2
				// Each change edits a value of the first node to one not seen before, as typing
				// does: that node is checked anew, the others' unchanged specs are accepted
				// from what the linter remembers (lint/accepted.go).
				c.change(uri, v, strings.Replace(bc.text, "instances: 1", fmt.Sprintf("instances: %d", v), 1))
				c.diagnostics(uri, v)
			}
			b.StopTimer()
			b.ReportMetric(float64(strings.Count(bc.text, "\n")), "lines")
			c.exit()
		})
	}
}

// bigTemplate is a template of n CombinedService steps of 20 lines each, with one mistake
// in every tenth, as a large real template might hold.
func bigTemplate(n int) string {
	var sb strings.Builder
	sb.WriteString("apiVersion: v1.2\nname: big\narguments:\n  BRANCH: main\nspec:\n  kind: Workflow\n  spec:\n    type: sequential\n    steps:\n")
	for i := 0; i < n; i++ {
		protocol := "HTTP"
		if i%10 == 0 {
			protocol = "HTTPS"
		}
		fmt.Fprintf(&sb, `      - kind: CombinedService
        ref: svc-%d
        spec:
          name: svc-%d
          billing:
            deploymentPlan: nf-compute-20
          deployment:
            instances: 1
            docker:
              configType: default
          ports:
            - name: web
              internalPort: 8080
              public: true
              protocol: %s
          vcsData:
            projectUrl: https://github.com/acme/svc-%d
            projectType: github
            projectBranch: ${args.BRANCH}
          buildSettings: {dockerfile: {dockerFilePath: /Dockerfile, dockerWorkDir: /}}
`, i, i, protocol, i)
	}
	return sb.String()
}
