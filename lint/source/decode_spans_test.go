package source_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
)

// TestDecodeKeyEnds checks keys that go on past their line: the end stays on the key's line,
// at most just past its last character. It was the key's start plus the key's length.
func TestDecodeKeyEnds(t *testing.T) {
	runDecodeCases(t, []decodeCase{
		{name: "explicit single-quoted key over two lines", file: "a.yaml", src: "? 'ab\n  cd'\n: 1\n", want: []string{
			`1:1-0:0 object`,
			`["ab cd"] key 1:3-1:6`,
			`["ab cd"] 3:3-3:4 integer "1"`,
		}},
		{name: "explicit double-quoted key over two lines", file: "a.yaml", src: "? \"ab\n  cd\"\n: 1\n", want: []string{
			`1:1-0:0 object`,
			`["ab cd"] key 1:3-1:6`,
			`["ab cd"] 3:3-3:4 integer "1"`,
		}},
		{name: "double-quoted key with an escaped line break", file: "a.yaml", src: "? \"ab\\\n  cd\"\n: 1\n", want: []string{
			`1:1-0:0 object`,
			`abcd key 1:3-1:7`,
			`abcd 3:3-3:4 integer "1"`,
		}},
		{name: "explicit plain key over two lines", file: "a.yaml", src: "? ab\n  cd\n: 1\n", want: []string{
			`1:1-0:0 object`,
			`["ab cd"] key 1:3-1:5`,
			`["ab cd"] 3:3-3:4 integer "1"`,
		}},
		{name: "explicit key over two lines in a flow mapping", file: "a.yaml", src: "x: {? \"ab\n  cd\": 1}\n", want: []string{
			`1:1-0:0 object`,
			`x key 1:1-1:2`,
			`x 1:4-0:0 object`,
			`x["ab cd"] key 1:7-1:10`,
			`x["ab cd"] 2:8-2:9 integer "1"`,
		}},
	})
}

// TestDecodeScalarEnds checks where a scalar's underline ends: in a flow collection (all of
// JSON) before the "," or bracket after it, even on a line that does not open the collection,
// and outside one at the end of the line, even after a bracket inside quotes.
func TestDecodeScalarEnds(t *testing.T) {
	runDecodeCases(t, []decodeCase{
		{name: "JSON values end before their comma or bracket", file: "a.json", src: "{\n  \"instances\": 2.5,\n  \"ports\": [8080,\n    \"x\"],\n  \"b\": true}\n", want: []string{
			`1:1-0:0 object`,
			`instances key 2:3-2:14`,
			`instances 2:16-2:19 number "2.5"`,
			`ports key 3:3-3:10`,
			`ports 3:12-0:0 array`,
			`ports[0] 3:13-3:17 integer "8080"`,
			`ports[1] 4:5-4:8 string "x"`,
			`b key 5:3-5:6`,
			`b 5:8-5:12 boolean true`,
		}},
		{name: "YAML flow items on lines of their own; a block value after a quoted bracket", file: "a.yaml", src: "p: [\n  8080,\n  8081]  # c\n\"[x\": a, b\n", want: []string{
			`1:1-0:0 object`,
			`p key 1:1-1:2`,
			`p 1:4-0:0 array`,
			`p[0] 2:3-2:7 integer "8080"`,
			`p[1] 3:3-3:7 integer "8081"`,
			`["[x"] key 4:1-4:5`,
			`["[x"] 4:7-4:11 string "a, b"`,
		}},
	})
}

// TestDecodeSpansStayOnTheirLine decodes every FuzzDecode seed and checks that each key,
// value and finding ends on its start's line, not before its start and at most just past the
// line's last character.
func TestDecodeSpansStayOnTheirLine(t *testing.T) {
	seeds, err := filepath.Glob("../testdata/fuzz/FuzzDecode/*") // the lint package's fuzz seeds
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for _, path := range seeds {
		data, asJSON := readSeed(t, path)
		name := "seed.yaml"
		if asJSON {
			name = "seed.json"
		}
		s := source.Decode(name, data)
		check := func(what string, p, end diag.Pos) {
			if !end.IsValid() {
				return
			}
			if end.Line != p.Line || end.Column < p.Column || end.Column > len(s.Line(p.Line))+1 {
				t.Errorf("%s: %s from %s to %s, on a line of %d bytes", filepath.Base(path), what, p, end, len(s.Line(p.Line)))
			}
		}
		for _, d := range s.Diags {
			check("finding "+d.Message, d.Pos, d.End)
		}
		for _, doc := range s.Docs {
			walkNodes(doc.Root, func(n *source.Node) {
				check("value", n.Pos, n.End)
				for _, m := range n.Members {
					check("key "+strconv.Quote(m.Key), m.KeyPos, m.KeyEnd)
				}
			})
		}
	}
}

func walkNodes(n *source.Node, f func(*source.Node)) {
	if n == nil {
		return
	}
	f(n)
	for _, m := range n.Members {
		walkNodes(m.Value, f)
	}
	for _, it := range n.Items {
		walkNodes(it, f)
	}
}

// readSeed reads a corpus file of the fuzz targets: "go test fuzz v1", then []byte("...") and
// bool(...) on a line each.
func readSeed(t *testing.T, path string) ([]byte, bool) {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(text)), "\n")
	if len(lines) != 3 || lines[0] != "go test fuzz v1" {
		t.Fatalf("%s: not a corpus file of two values", path)
	}
	data, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return []byte(data), lines[2] == "bool(true)"
}
