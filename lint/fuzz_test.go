package lint_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	yaml "go.yaml.in/yaml/v3"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/rules"
	"github.com/nflint/nflint/schema"
)

// The fuzz targets hold nflint to "bad input never crashes nflint" and to the shape every
// finding must have. Seeds live in testdata/fuzz/<target>; .ci/run fuzzes each briefly.

// FuzzDecode decodes arbitrary bytes as JSON and as YAML.
func FuzzDecode(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte, asJSON bool) {
		name := "fuzz.yaml"
		if asJSON {
			name = "fuzz.json"
		}
		s := source.Decode(name, data)
		checkInvariants(t, s, s.Diags)
		for _, doc := range s.Docs {
			checkPositions(t, s, doc.Root, 0)
		}
	})
}

// FuzzLint decodes and lints one document with the real schema and rules, letting nflint
// choose the kind, or as a combined service, or as a template.
func FuzzLint(f *testing.F) {
	addSeeds(f)
	s, err := schema.New()
	if err != nil {
		f.Fatal(err)
	}
	linters := []*lint.Linter{lint.New(s, rules.All, ""), lint.New(s, rules.All, "combined-service"),
		lint.New(s, rules.All, schema.Template)}
	used := 0
	f.Fuzz(func(t *testing.T, data []byte, asJSON bool) {
		name := "fuzz.yaml"
		if asJSON {
			name = "fuzz.json"
		}
		src := source.Decode(name, data)
		res := linters[len(data)%len(linters)].Lint(src)
		checkInvariants(t, src, res.Diags)
		if len(data)%5 == 0 {
			checkFormats(t, src, res)
		}
		// a context grows with every value built in it; renew it as the runner does
		if used++; used%500 == 0 {
			s, err := schema.New()
			if err != nil {
				t.Fatal(err)
			}
			linters = []*lint.Linter{lint.New(s, rules.All, ""), lint.New(s, rules.All, "combined-service"),
				lint.New(s, rules.All, schema.Template)}
		}
	})
}

// checkPositions asserts every decoded key and value lies inside the file, and that where
// its end is known it ends on its start's line, not before its start, at most just past the
// line's last byte.
func checkPositions(t *testing.T, s *source.Source, n *source.Node, depth int) {
	checkSpans(t, s, strings.Count(string(s.Src), "\n")+1, n, depth)
}

// checkSpans is checkPositions with the file's line count, counted once: counting it per node
// made fuzzing the large seeds quadratic.
func checkSpans(t *testing.T, s *source.Source, lines int, n *source.Node, depth int) {
	if n == nil || depth > source.MaxDepth+1 {
		return
	}
	span := func(what func() string, p, end diag.Pos) {
		if p.Line > lines || p.Line < 0 {
			t.Fatalf("%s at %s outside the file of %d lines", what(), p, lines)
		}
		if end.IsValid() && (end.Line != p.Line || end.Column < p.Column || end.Column > len(s.Line(p.Line))+1) {
			t.Fatalf("%s from %s to %s, on a line of %d bytes", what(), p, end, len(s.Line(p.Line)))
		}
	}
	span(func() string { return "value" }, n.Pos, n.End)
	for _, m := range n.Members {
		span(func() string { return fmt.Sprintf("key %q", m.Key) }, m.KeyPos, m.KeyEnd)
		checkSpans(t, s, lines, m.Value, depth+1)
	}
	for _, it := range n.Items {
		checkSpans(t, s, lines, it, depth+1)
	}
}

// addSeeds adds the benchmark specs and generated inputs of the kinds that broke nflint once:
// Unicode line and paragraph separators, a long one-line YAML, a large template, a string
// of thousands of placeholders. The committed corpus in testdata/fuzz adds what fuzzing found.
func addSeeds(f *testing.F) {
	for _, name := range []string{"minimal.yaml", "full.yaml"} {
		f.Add(readBench(f, name), false)
	}
	for _, seed := range generatedSeeds(f) {
		f.Add(seed, false)
		f.Add(seed, true)
	}
}

func generatedSeeds(f *testing.F) [][]byte {
	oneLine := "{name: api, deployment: {instances: 1}, ports: [" +
		strings.Repeat("{name: p, internalPort: 8080, protocol: HTTP}, ", 4000) + "]}\n"
	placeholders := "name: api\ndescription: \"" + strings.Repeat("${args.x}${refs.y.id}", 2000) + "\"\n"
	return [][]byte{
		[]byte("a: '\u2028\u2029'\nc:"),
		[]byte("name: \"a\u2028b\"\ndescription: x\u2029y\u0085z\n"),
		[]byte(oneLine),
		[]byte(placeholders),
		largeTemplate(readBench(f, "minimal.yaml"), 200<<10),
	}
}

// FuzzEngines requires the native engine to give the findings the CUE engine gives, and
// every native answer to be CUE's, on mutated documents. Besides the bytes the fuzzer mutates,
// site and value replace one scalar of the document (site-1, counted over its scalars) with
// value, typed as YAML reads it: mutations of bytes mostly break the syntax, these keep the
// document whole and put the fuzzer's strings, numbers and booleans where the schema looks.
// The seeds are the examples and the benchmark specs, which reach deep into the schema.
func FuzzEngines(f *testing.F) {
	var seeds [][]byte
	for _, name := range []string{"minimal.yaml", "full.yaml"} {
		seeds = append(seeds, readBench(f, name))
	}
	for _, name := range []string{"api-combined.yaml", "broken-combined.yaml", "manual-job.json", "template.json"} {
		data, err := os.ReadFile("../examples/" + name)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, data)
	}
	for i, seed := range seeds {
		f.Add(seed, false, uint16(0), "")
		f.Add(seed, false, uint16(3+i*7), []string{"-1", "0", "1e9", "true", "x", "${args.a}", "99999999999999999999"}[i%7])
	}
	kinds := []string{"", "combined-service", schema.Template}
	var e engines
	used := 0
	var disagreed string
	lint.AuditNative(func(q string, def *schema.Def, n *source.Node, lenient, native, cue bool) {
		if native != cue && disagreed == "" {
			disagreed = fmt.Sprintf("%s of %s at %d:%d (lenient %v): native %v, CUE %v",
				q, n.Describe(), n.Pos.Line, n.Pos.Column, lenient, native, cue)
		}
	})
	f.Cleanup(func() { lint.AuditNative(nil) })
	f.Fuzz(func(t *testing.T, data []byte, asJSON bool, site uint16, value string) {
		// a context grows with every value built in it; renew both as the runner does
		if used%500 == 0 {
			e = newEngines(t)
		}
		used++
		name := "fuzz.yaml"
		if asJSON {
			name = "fuzz.json"
		}
		if site > 0 {
			data, name = replaceScalar(data, int(site-1), value), "fuzz.yaml"
		}
		disagreed = ""
		if d := e.compare(input{name: name, data: data, kind: kinds[len(data)%len(kinds)]}); d != "" {
			t.Fatal(d)
		}
		if disagreed != "" {
			t.Fatal(disagreed)
		}
	})
}

// replaceScalar returns the document with its site-th scalar (modulo their number) replaced
// by value, untagged so that YAML types it, or the document unchanged when YAML cannot read it.
func replaceScalar(data []byte, site int, value string) []byte {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil {
		return data
	}
	var scalars []*yaml.Node
	walkYAML(&doc, func(_, n *yaml.Node, _ int) bool {
		if n.Kind == yaml.ScalarNode {
			scalars = append(scalars, n)
		}
		return false
	})
	if len(scalars) == 0 {
		return data
	}
	n := scalars[site%len(scalars)]
	n.Tag, n.Style, n.Value = "", 0, value
	out, err := yaml.Marshal(&doc)
	if err != nil {
		return data
	}
	return out
}
