package source_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/source"

	yaml "go.yaml.in/yaml/v3"
)

// BenchmarkDecodeSpec decodes real specs, the benchmark inputs of the lint package, beside
// their floor: the parser alone on the same bytes, go.yaml.in/yaml/v3 into a yaml.Node for
// YAML and encoding/json into an any for JSON. Decode's ns/op over the floor's is what
// positions, guards and the conversion to Nodes cost on top of parsing.
func BenchmarkDecodeSpec(b *testing.B) {
	full := readSpec(b, "full.yaml")
	inputs := []struct {
		name string
		src  []byte
	}{
		{name: "minimal.yaml", src: readSpec(b, "minimal.yaml")},
		{name: "full.yaml", src: full},
		{name: "full.json", src: asJSON(b, full)},
		{name: "large.yaml", src: stream(full, 200<<10)},
	}
	for _, in := range inputs {
		b.Run(in.name+"/decode", func(b *testing.B) {
			b.SetBytes(int64(len(in.src)))
			b.ReportAllocs()
			for b.Loop() {
				if s := source.Decode(in.name, in.src); len(s.Diags) != 0 || len(s.Docs) == 0 {
					b.Fatalf("decode %s: %v", in.name, s.Diags)
				}
			}
		})
		b.Run(in.name+"/floor", func(b *testing.B) {
			b.SetBytes(int64(len(in.src)))
			b.ReportAllocs()
			for b.Loop() {
				floor(b, in.name, in.src)
			}
		})
	}
}

// floor parses src as the decoder's parser does, without positions or conversion.
func floor(b *testing.B, name string, src []byte) {
	if strings.HasSuffix(name, ".json") {
		var v any
		if err := json.Unmarshal(src, &v); err != nil {
			b.Fatal(err)
		}
		return
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var n yaml.Node
		if err := dec.Decode(&n); err != nil {
			if err.Error() != "EOF" {
				b.Fatal(err)
			}
			return
		}
	}
}

func readSpec(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile("../testdata/bench/" + name) // the lint package's benchmark specs
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// asJSON returns a YAML spec written as indented JSON, as an API client would send it.
func asJSON(tb testing.TB, src []byte) []byte {
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		tb.Fatal(err)
	}
	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// stream returns a YAML stream of copies of doc, each named apart, of at least size bytes.
func stream(doc []byte, size int) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "---\n%s", bytes.Replace(doc, []byte("name: checkout-api"), fmt.Appendf(nil, "name: checkout-api-%d", i), 1))
	}
	return b.Bytes()
}
