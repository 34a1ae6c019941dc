package source_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/source"
)

// The decode benchmarks come in pairs of sizes, a small and one eight or ten times larger: a
// decoder whose cost is linear in its input shows the same ns/byte at both. Long lines are
// what made it quadratic once (columns converted, flow context found, per node by walking the
// line from its start).

// BenchmarkDecodeFlowLine decodes one line holding a whole flow mapping, as generated or
// minified specs are written: ASCII, with non-ASCII text (whose columns need converting from
// characters to bytes), and the same document as JSON.
func BenchmarkDecodeFlowLine(b *testing.B) {
	for _, size := range []int{100 << 10, 800 << 10} {
		for _, form := range []struct {
			name, file, word string
		}{
			{name: "yaml", file: "a.yaml", word: "checkout"},
			{name: "yaml-unicode", file: "a.yaml", word: "café-ünïcödé"},
			{name: "json", file: "a.json", word: "checkout"},
		} {
			src := flowLine(size, form.word, form.file == "a.json")
			b.Run(fmt.Sprintf("%s/%dKB", form.name, size>>10), func(b *testing.B) {
				benchDecode(b, form.file, src)
			})
		}
	}
}

// BenchmarkDecodeLongList decodes a list of n one-character items: the most nodes a line of
// a given length can hold. "multiline" opens the list on the line before its items, so that
// the items' line holds no bracket.
func BenchmarkDecodeLongList(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		items := strings.TrimSuffix(strings.Repeat("1,", n), ",")
		for _, form := range []struct {
			name, file, src string
		}{
			{name: "yaml", file: "a.yaml", src: "x: [" + items + "]\n"},
			{name: "yaml-multiline", file: "a.yaml", src: "x: [\n" + items + "\n]\n"},
			{name: "json", file: "a.json", src: `{"x": [` + items + "]}\n"},
		} {
			b.Run(fmt.Sprintf("%s/%dk", form.name, n/1000), func(b *testing.B) {
				benchDecode(b, form.file, []byte(form.src))
			})
		}
	}
}

// BenchmarkDecodeSyntaxError decodes a YAML file whose syntax error comes after n blank lines:
// placing the error counted the file's lines again for every blank line above it.
func BenchmarkDecodeSyntaxError(b *testing.B) {
	for _, n := range []int{20_000, 200_000} {
		src := []byte("a: 1\n" + strings.Repeat("\n", n) + "b: c: d\n")
		b.Run(fmt.Sprintf("%dk-blank-lines", n/1000), func(b *testing.B) {
			benchDecodeFindings(b, "a.yaml", src, 1)
		})
	}
}

func benchDecode(b *testing.B, name string, src []byte) { benchDecodeFindings(b, name, src, 0) }

func benchDecodeFindings(b *testing.B, name string, src []byte, findings int) {
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if s := source.Decode(name, src); s == nil || len(s.Diags) != findings || len(s.Docs) != 1-findings {
			b.Fatalf("decode %s: %+v", name, s)
		}
	}
}

// flowLine returns a one-line document of at least size bytes: a flow mapping of services,
// each a mapping with strings, numbers, booleans, a list and a nested mapping, as in
// {svc0: {name: "checkout-0", instances: 2, ports: [8080, 8081], env: {MODE: prod}}, ...}.
func flowLine(size int, word string, asJSON bool) []byte {
	var b strings.Builder
	b.WriteString("{")
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, `svc%d: {name: "%s-%d", instances: 2, public: true, ports: [8080, 8081], env: {MODE: %s}}`,
			i, word, i, word)
	}
	b.WriteString("}\n")
	if !asJSON {
		return []byte(b.String())
	}
	// the same structure with every key and bare word quoted
	r := strings.NewReplacer("{svc", `{"svc`, ", svc", `, "svc`, ": {name", `": {"name"`, ", instances", `, "instances"`,
		", public", `, "public"`, ", ports", `, "ports"`, ", env: {MODE: "+word+"}", `, "env": {"MODE": "`+word+`"}`)
	return []byte(r.Replace(b.String()))
}
