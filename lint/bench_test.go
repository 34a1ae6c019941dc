package lint_test

import (
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/report"
	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/rules"
	"github.com/nflint/nflint/schema"
)

// The benchmarks measure one document through the whole pipeline a worker runs: decode, lint
// (schema and rules) and format. scripts/bench.sh measures whole processes over corpora.
// Runs over many files collect garbage less often (lint.TuneGC); GOGC=400 gives the
// benchmarks the same setting, and BenchmarkDecodeSpec in lint/source the decode floor.

func BenchmarkPipelineMinimal(b *testing.B) {
	benchPipeline(b, "minimal.yaml", readBench(b, "minimal.yaml"))
}

func BenchmarkPipelineFull(b *testing.B) {
	benchPipeline(b, "full.yaml", readBench(b, "full.yaml"))
}

func BenchmarkPipelineLarge(b *testing.B) {
	src := largeTemplate(readBench(b, "full.yaml"), 200<<10)
	benchPipeline(b, "large.yaml", src)
}

// BenchmarkPipelineTemplate is a template of 2,000 lines: a workflow of combined services.
func BenchmarkPipelineTemplate(b *testing.B) {
	benchPipeline(b, "template.yaml", templateOfLines(readBench(b, "full.yaml"), 2000))
}

// BenchmarkPipelineBroken measures the slow path: a document with findings is walked field by
// field instead of being checked by one unification.
func BenchmarkPipelineBroken(b *testing.B) {
	src := strings.Replace(string(readBench(b, "full.yaml")), "instances: 2", "instances: two", 1)
	src = strings.Replace(src, "protocol: TCP", "protocol: TPC", 1)
	benchPipeline(b, "broken.yaml", []byte(src))
}

// BenchmarkRunCorpus lints a directory of 300 files (valid minimal and full specs, and broken
// ones) through Run, as the command does: worker pool, context recycling and all.
func BenchmarkRunCorpus(b *testing.B) {
	dir := b.TempDir()
	full := string(readBench(b, "full.yaml"))
	specs := []string{string(readBench(b, "minimal.yaml")), full,
		strings.Replace(full, "instances: 2", "instances: two", 1)}
	var files []string
	for i := range 300 {
		path := fmt.Sprintf("%s/spec-%03d.yaml", dir, i)
		if err := os.WriteFile(path, []byte(specs[i%len(specs)]), 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, path)
	}
	b.ReportAllocs()
	for b.Loop() {
		results, err := runAll(files, lint.Options{Rules: rules.All})
		if err != nil || len(results) != len(files) {
			b.Fatalf("run: %v, %d files", err, len(results))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(files)), "ns/file")
}

// BenchmarkSchemaLoad is what each worker pays at start and at every context recycle.
// BenchmarkSchemaLoad is what each worker pays before its first combined service (and again
// at every context recycle): preparing the schema and compiling that kind; /all compiles every
// definition, the cost the first file of every kind adds up to.
func BenchmarkSchemaLoad(b *testing.B) {
	b.Run("combined-service", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s, err := schema.New()
			if err != nil {
				b.Fatal(err)
			}
			if err := s.Definition(schema.KindByName("combined-service")).Err(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s, err := schema.New()
			if err != nil {
				b.Fatal(err)
			}
			if err := s.Check(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// benchPipeline measures one document through each engine: native, the default, and cue,
// the reference the native engine is held to. Each iteration checks a document never seen
// before (its names numbered), as every file of a run is: the linter remembers what each
// definition accepted, and the same bytes every time would measure only that memory.
func benchPipeline(b *testing.B, name string, src []byte) {
	for _, engine := range lint.Engines {
		b.Run(string(engine), func(b *testing.B) {
			s, err := schema.New()
			if err != nil {
				b.Fatal(err)
			}
			l := lint.New(s, rules.All, "")
			l.SetEngine(engine)
			// one writer and summary for the run, as the command has
			w, err := report.NewWriter("text", io.Discard, report.FormatOptions{})
			if err != nil {
				b.Fatal(err)
			}
			sum := report.NewSummary()
			want := len(l.Lint(source.Decode(name, src)).Diags)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				i++
				source := source.Decode(name, fresh(src, i))
				res := l.Lint(source)
				if len(res.Diags) != want {
					b.Fatalf("document %d: %d findings, the original has %d", i, len(res.Diags), want)
				}
				sum.Add(report.FileCount{Documents: res.Documents}, res.Diags)
				if err := w.File(source, res.Diags); err != nil {
					b.Fatal(err)
				}
			}
			if err := w.End(sum); err != nil {
				b.Fatal(err)
			}
		})
	}
}

// fresh numbers the names of a benchmark document: the service's, and each template node's.
func fresh(src []byte, i int) []byte {
	s := strings.ReplaceAll(string(src), "checkout-api", fmt.Sprintf("checkout-api-%d", i))
	return []byte(strings.Replace(s, "\nname: api\n", fmt.Sprintf("\nname: api-%d\n", i), 1))
}

func readBench(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile("testdata/bench/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// largeTemplate builds a template of at least size bytes whose workflow steps are
// CombinedService nodes, each holding the full body.
func largeTemplate(full []byte, size int) []byte {
	return buildTemplate(full, func(b *strings.Builder) bool { return b.Len() >= size })
}

// templateOfLines is largeTemplate by lines: at least lines of them.
func templateOfLines(full []byte, lines int) []byte {
	return buildTemplate(full, func(b *strings.Builder) bool { return strings.Count(b.String(), "\n") >= lines })
}

func buildTemplate(full []byte, done func(*strings.Builder) bool) []byte {
	var body []string
	for _, line := range strings.Split(strings.TrimRight(string(full), "\n"), "\n") {
		if !strings.HasPrefix(line, "#") {
			body = append(body, "          "+line)
		}
	}
	var b strings.Builder
	b.WriteString("apiVersion: v1.2\nname: shop\nspec:\n  kind: Workflow\n  spec:\n    type: sequential\n    steps:\n")
	for i := 0; !done(&b); i++ {
		fmt.Fprintf(&b, "      - kind: CombinedService\n        ref: svc-%d\n        spec:\n", i)
		node := strings.Join(body, "\n")
		node = strings.Replace(node, "name: checkout-api", fmt.Sprintf("name: checkout-api-%d", i), 1)
		b.WriteString(node + "\n")
	}
	return []byte(b.String())
}

// TestBenchSpecsAreClean keeps the benchmark inputs honest: the valid specs must lint clean,
// so the benchmarks measure the path valid documents take.
func TestBenchSpecsAreClean(t *testing.T) {
	s, err := schema.New()
	if err != nil {
		t.Fatal(err)
	}
	l := lint.New(s, rules.All, "")
	full := readBench(t, "full.yaml")
	inputs := map[string][]byte{"minimal.yaml": readBench(t, "minimal.yaml"), "full.yaml": full,
		"large.yaml": largeTemplate(full, 200<<10)}
	for name, src := range inputs {
		res := l.Lint(source.Decode(name, src))
		for _, d := range res.Diags {
			t.Errorf("%s:%d:%d: %s [%s]", name, d.Pos.Line, d.Pos.Column, d.Message, d.Rule)
		}
		if res.Documents != 1 {
			t.Errorf("%s: %d documents, want 1", name, res.Documents)
		}
	}
	if n := len(inputs["large.yaml"]); n < 200<<10 {
		t.Errorf("large template is %d bytes, want at least 200 KB", n)
	}
}
