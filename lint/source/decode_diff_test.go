package source

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/diag"
	"github.com/rogpeppe/go-internal/txtar"
)

// render is everything Decode made of a file, one line per finding, key and value.
func render(s *Source) string {
	var b strings.Builder
	for _, d := range s.Diags {
		fmt.Fprintf(&b, "%s-%s [%s] doc%d %s %v\n", d.Pos, d.End, d.Rule, d.Document, d.Message, d.Related)
	}
	for _, doc := range s.Docs {
		fmt.Fprintf(&b, "doc %d\n", doc.Index)
		renderNode(&b, doc.Root, diag.Path{}, 0)
	}
	return b.String()
}

func renderNode(b *strings.Builder, n *Node, p diag.Path, depth int) {
	if n == nil {
		fmt.Fprintf(b, "%s empty\n", p)
		return
	}
	fmt.Fprintf(b, "%s %s-%s %s %+q %v %v\n", p, n.Pos, n.End, n.Kind, n.Text, n.Bool, n.Truncated)
	if depth > 50 {
		return // the paths would be quadratic
	}
	for _, m := range n.Members {
		fmt.Fprintf(b, "%s key %s-%s\n", p.Key(m.Key), m.KeyPos, m.KeyEnd)
		renderNode(b, m.Value, p.Key(m.Key), depth+1)
	}
	for i, it := range n.Items {
		renderNode(b, it, p.Index(i), depth+1)
	}
}

type diffInput struct {
	name string
	src  []byte
}

// diffInputs gathers every spec the repository holds: testdata files, the files inside txtar
// archives, the fuzz seeds of both targets, each read as what its name says and, for seeds,
// as both formats.
func diffInputs(t *testing.T) []diffInput {
	var out []diffInput
	root := "../.."
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if e.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil || len(data) > 4<<20 {
			return nil
		}
		switch ext := filepath.Ext(p); {
		case ext == ".json" || ext == ".yaml" || ext == ".yml":
			out = append(out, diffInput{p, data})
		case ext == ".txtar":
			for _, f := range txtar.Parse(data).Files {
				out = append(out, diffInput{p + "/" + f.Name, f.Data}, diffInput{p + "/" + f.Name + ".yaml", f.Data})
			}
		case strings.Contains(p, "testdata/fuzz/"):
			if seed, ok := seedData(data); ok {
				out = append(out, diffInput{p + ".yaml", seed}, diffInput{p + ".json", seed})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func seedData(text []byte) ([]byte, bool) {
	lines := strings.Split(strings.TrimSpace(string(text)), "\n")
	if len(lines) < 2 || lines[0] != "go test fuzz v1" {
		return nil, false
	}
	s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
	return []byte(s), err == nil
}

// TestDecodeDifferential decodes every spec the repository holds, and inputs chosen for what
// CUE's decoders did their own way, with the CUE-based decoder and its replacement, and
// requires the same Nodes and findings, except where a difference is explained (see
// explained): each of those is a fix, listed in the commit that makes the switch.
func TestDecodeDifferential(t *testing.T) {
	inputs := diffInputs(t)
	for _, src := range quirks {
		inputs = append(inputs, diffInput{"q.yaml", []byte(src)}, diffInput{"q.json", []byte(src)})
	}
	same, fixed := 0, 0
	for _, in := range inputs {
		switch d := differs(in.name, in.src); {
		case d == "":
			same++
		case explained(in.src, decodeCUE(in.name, in.src)):
			fixed++
		default:
			t.Errorf("%s %q:\n%s", in.name, cut(string(in.src)), d)
		}
	}
	t.Logf("%d of %d inputs decode the same, %d differ as explained", same, len(inputs), fixed)
}

// differs returns the lines that differ between the two decoders' readings of src, or "".
func differs(name string, src []byte) string {
	old, new := render(decodeCUE(name, src)), render(Decode(name, src))
	if old == new {
		return ""
	}
	return lineDiff(old, new)
}

func cut(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// lineDiff shows the lines of old and new that differ, in order.
func lineDiff(old, new string) string {
	a, b := strings.Split(old, "\n"), strings.Split(new, "\n")
	var out strings.Builder
	shown := 0
	for i := 0; i < max(len(a), len(b)) && shown < 12; i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			fmt.Fprintf(&out, "  - %s\n  + %s\n", cut(x), cut(y))
			shown++
		}
	}
	return out.String()
}

var quirks = []string{
	"a: +1", "a: 1_000", "a: 1__0", "a: 0x_1F", "a: 0123", "a: 99999999999999999999", "a: !!float 1", "a: 1e400",
	"a: -0", "00: x", "True: 1", "-1: x", "~: 1", "a: 0b101", "a: -0b101", "a: 0o17", "a: 01289", "a: 1_", "a: .5",
	"a: 5.", "a: +.inf", "a: !!int 1.0", "a: 2001-12-14", "a: !!binary aGVsbG8=", "a: !foo x", "? [a]\n: 1",
	"x: &a\n  p: 1\ny: &l\n  - a\nz: &s 1\nt: !!str 5\nu: *a\nv: *s\n", "x: &a {p: 1, q: 2}\ny: *a\n",
	"x: &a {p: 1}\ny:\n  <<: *a\n", "a: 1\n<<: {a: 2}\n", "<<: {a: 2}\na: 1\na: 3\n", "x: &a\n  p: 1\ny: {<<: *a, q: 2}\n",
	"<<: 1", "{a: [éééé], b: 1}", "a: x\u2028y\nb: 1", "a: 'x\u2029'\n", "---\n# c\n", "# c\n", "---\n---\n", "--- null\n",
	"a: [1, 2", "a:\n  b: 1\n c: 2\n", "a: b: c\n", "\ta: 1\n", "a: 1\n---\nb: [\n", "x: *unknown\n", "a: |\n  x\n  y\nb: >\n  z\n",
	`{"a": "\ud83d\ude00", "b": "\/x", "c": "\ud800", "d": "\u00e9\t", "e": "\u0000"}`,
	`{"a": 1e400, "b": -0, "c": 1.0, "d": 123456789012345678901234567890, "e": 1E+2, "f": -1.5e-3}`,
	`{"_a": 1, "#a": 2, "a b": 3, "": 4, "a": 5, "a": 6}`, `"str"`, `[1, {"x": null}]`, `null`, `{"a":` + "\n\t\"x\"}",
	`{"a"  :  1  ,"b":2}`, "{\"a\": \"x\ufeffy\"}", `{"a": [1, 2,]}`, `{"a" 1}`, `[1 2]`, `{"a": tru}`, `{"a": 01}`,
	"{\"a\":\n1,\r\n\"b\": 2}", `{"x\nerrorr": 1}`, "\"x\\nerrorr\": 1\n", "a: 0X1F", "a: 0B1", "a: 0O7", "a: -012", "a: 01.5",
	"!!map {a: 1}", "a: !!str 1e400", "&k a: 1", "*x : 1", "a: &x 1\n*x : 2\n", "a: !!bool yes", "a: !!null x", "a: ! x",
	"a: [x, &y z, *y]", "- &a [1, 2]\n- *a\n", "a: &a\n  - 1\nb: *a\n", "? |\n  x\n: 1\n", "'<<': 1", "a: 0x",
}

// FuzzDecodeDiff holds the decoders to the same reading of any input but the explained ones.
func FuzzDecodeDiff(f *testing.F) {
	for _, src := range quirks {
		f.Add([]byte(src), false)
		f.Add([]byte(src), true)
	}
	seeds, _ := filepath.Glob("../testdata/fuzz/*/*")
	for _, p := range seeds {
		data, _ := os.ReadFile(p)
		if s, ok := seedData(data); ok {
			f.Add(s, false)
			f.Add(s, true)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, asJSON bool) {
		name := "f.yaml"
		if asJSON {
			name = "f.json"
		}
		if len(data) > 4096 {
			return // the large seeds' mutations take seconds each
		}
		if d := differs(name, data); d != "" && !explained(data, decodeCUE(name, data)) {
			t.Fatalf("%s %q:\n%s", name, cut(string(data)), d)
		}
	})
}

// explained reports the inputs whose reading changes on purpose, by what marks them:
//   - anchors, aliases, merge keys and tags ("&", "*" with them, "<<", "!"): merged values are
//     placed in their anchor and the mapping's own keys win over merged ones, as YAML says;
//     a value with an anchor or a tag is placed at the value, not the property; a scalar
//     copied from a flow collection ends where it does there;
//   - non-ASCII text: CUE's YAML decoder compared byte offsets with offsets computed from
//     character columns, and lost the positions of keys after a long enough line;
//   - a key placed before the key written before it: CUE's decoder lost positions it met out
//     of order (after a scalar holding a quote in a flow mapping) and the converter put such
//     keys at their object;
//   - numbers CUE spelled its own way ("number & 99999999999999999999", 0o octals in keys),
//     refused ("1__0", "0B1", "-012", "01.5") or kept with stray underscores ("0._0"); keys
//     CUE normalised ("True" to "true", "~" to "null", "00" to "0o0") or refused ("-1");
//     a lone surrogate escape in JSON, which CUE left quoted and escaped.
func explained(data []byte, old *Source) bool {
	s := string(data)
	if strings.ContainsAny(s, "&!<") || numberUnderscore.MatchString(s) || unordered(old) {
		return true
	}
	for _, r := range s {
		if r >= 0x80 {
			return true
		}
	}
	rendered := render(old)
	for _, w := range []string{"number &", "0o", "illegal", "not a literal", "invalid label", "invalid map key",
		"true key", "false key", "null key", "Inf", "NaN", `"\\u`} {
		if strings.Contains(rendered, w) {
			return true
		}
	}
	return false
}

var numberUnderscore = regexp.MustCompile(`[0-9.]_|_[0-9.]`)

// unordered reports a decoding with a key placed before the one written before it.
func unordered(s *Source) bool {
	bad := false
	var walk func(n *Node)
	walk = func(n *Node) {
		if n == nil || bad {
			return
		}
		for i, m := range n.Members {
			if i > 0 && !n.Members[i-1].KeyPos.Before(m.KeyPos) || m.Value != nil && m.Value.Pos.Before(m.KeyPos) {
				bad = true
			}
			walk(m.Value)
		}
		for _, it := range n.Items {
			walk(it)
		}
	}
	for _, d := range s.Docs {
		walk(d.Root)
	}
	return bad
}
