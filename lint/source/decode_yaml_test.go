package source_test

import (
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/source"
)

// TestDecodeKeysAsWritten pins that a key is the text the user wrote, as in a JSON object. CUE's
// YAML decoder turned a key that reads as a number or boolean into CUE's spelling of the value
// ("00" into "0o0", "True" into "true", "~" into "null") and refused a negative one.
func TestDecodeKeysAsWritten(t *testing.T) {
	runDecodeCases(t, []decodeCase{
		{name: "numbers, booleans, null", file: "a.yaml", src: "00: x\nTrue: 1\n-1: y\n~: z\n", want: []string{
			`1:1-0:0 object`,
			`["00"] key 1:1-1:3`,
			`["00"] 1:5-1:6 string "x"`,
			`True key 2:1-2:5`,
			`True 2:7-2:8 integer "1"`,
			`["-1"] key 3:1-3:3`,
			`["-1"] 3:5-3:6 string "y"`,
			`["~"] key 4:1-4:2`,
			`["~"] 4:4-4:5 string "z"`,
		}},
	})
}

// TestDecodeMergeKeys pins YAML's merge key: a mapping's own keys win over merged ones wherever
// they are written, merged values stay where the anchor holds them, and a key written twice is
// a duplicate even beside a merge. CUE's decoder let a merge overwrite a key written before
// it, reported no duplicate after one, and placed merged values at the merging mapping.
func TestDecodeMergeKeys(t *testing.T) {
	runDecodeCases(t, []decodeCase{
		{name: "own key before the merge wins", file: "a.yaml", src: "base: &b\n  port: 80\n  path: /\nitem:\n  path: /x\n  <<: *b\n", want: []string{
			`1:1-0:0 object`,
			`base key 1:1-1:5`,
			`base 2:3-0:0 object`,
			`base.port key 2:3-2:7`,
			`base.port 2:9-2:11 integer "80"`,
			`base.path key 3:3-3:7`,
			`base.path 3:9-3:10 string "/"`,
			`item key 4:1-4:5`,
			`item 5:3-0:0 object`,
			`item.path key 5:3-5:7`,
			`item.path 5:9-5:11 string "/x"`,
			`item.port key 2:3-2:7`,
			`item.port 2:9-2:11 integer "80"`,
		}},
		{name: "a duplicate after a merge", file: "a.yaml", src: "<<: {a: 2}\na: 1\na: 3\n", want: []string{
			`3:1-3:2 [duplicate-key] duplicate key "a": this later value is the one used`,
			`1:1-0:0 object`,
			`a key 3:1-3:2`,
			`a 3:4-3:5 integer "3"`,
		}},
	})
}

// TestDecodeAnchorsAndTags pins where values with properties are: at the value, after its
// anchor or tag, and for an anchored block collection at its first entry (CUE placed them at
// the property, or at the start of the next line). A mapping an alias copies is at the alias;
// its scalars end where they do in the anchor, here a flow mapping.
func TestDecodeAnchorsAndTags(t *testing.T) {
	runDecodeCases(t, []decodeCase{
		{name: "anchors and tags", file: "a.yaml", src: "a: &n 1\nb: !!str 5\nc: &l\n  - x\nd: *n\n", want: []string{
			`1:1-0:0 object`,
			`a key 1:1-1:2`,
			`a 1:7-1:8 integer "1"`,
			`b key 2:1-2:2`,
			`b 2:10-2:11 string "5"`,
			`c key 3:1-3:2`,
			`c 4:3-0:0 array`,
			`c[0] 4:5-4:6 string "x"`,
			`d key 5:1-5:2`,
			`d 1:7-1:8 integer "1"`,
		}},
		{name: "an alias to a flow mapping", file: "a.yaml", src: "a: &b {p: 1, q: two}\nc: *b\n", want: []string{
			`1:1-0:0 object`,
			`a key 1:1-1:2`,
			`a 1:7-0:0 object`,
			`a.p key 1:8-1:9`,
			`a.p 1:11-1:12 integer "1"`,
			`a.q key 1:14-1:15`,
			`a.q 1:17-1:20 string "two"`,
			`c key 2:1-2:2`,
			`c 2:4-0:0 object`,
			`c.p key 1:8-1:9`,
			`c.p 1:11-1:12 integer "1"`,
			`c.q key 1:14-1:15`,
			`c.q 1:17-1:20 string "two"`,
		}},
	})
}

// TestDecodeYAMLNumbers pins numbers as the YAML parser reads them, spelled so that the checker
// can build them: an integer too large for 64 bits, or tagged !!float, is an integer (CUE's
// decoder made them the text "number & 99999999999999999999"), and spellings the parser
// accepts and CUE did not
// (doubled underscores, upper-case prefixes, a leading zero before a fraction) are numbers,
// not syntax errors.
func TestDecodeYAMLNumbers(t *testing.T) {
	runDecodeCases(t, []decodeCase{
		{name: "numbers", file: "a.yaml", src: "big: 99999999999999999999\nf: !!float 1\nu: 1__0\nb: 0B1\nd: 01.5\no: 0777\n", want: []string{
			`1:1-0:0 object`,
			`big key 1:1-1:4`,
			`big 1:6-1:26 integer "99999999999999999999"`,
			`f key 2:1-2:2`,
			`f 2:12-2:13 integer "1"`,
			`u key 3:1-3:2`,
			`u 3:4-3:8 integer "10"`,
			`b key 4:1-4:2`,
			`b 4:4-4:7 integer "0b1"`,
			`d key 5:1-5:2`,
			`d 5:4-5:8 number "01.5"`,
			`o key 6:1-6:2`,
			`o 6:4-6:8 integer "0o777"`,
		}},
	})
}

// TestDecodeNonASCIIFlow pins keys after non-ASCII text in a flow mapping: CUE's decoder
// compared byte offsets with offsets counted in characters, lost the position of b, and the
// key was placed at its value.
func TestDecodeNonASCIIFlow(t *testing.T) {
	runDecodeCases(t, []decodeCase{
		{name: "key after a list of accented words", file: "a.yaml", src: "{a: [éééé], b: 1}\n", want: []string{
			`1:1-0:0 object`,
			`a key 1:2-1:3`,
			`a 1:5-0:0 array`,
			`a[0] 1:6-1:14 string "\u00e9\u00e9\u00e9\u00e9"`,
			`b key 1:17-1:18`,
			`b 1:20-1:21 integer "1"`,
		}},
	})
}

// TestDecodeMergeChainDepth checks that merged mappings count their nesting: a merge key's value
// is one level below its mapping, so that a chain of two thousand inline merges is cut at
// MaxDepth like any deep document.
func TestDecodeMergeChainDepth(t *testing.T) {
	src := strings.Repeat("{<<: ", 2000) + "{a: 1}" + strings.Repeat("}", 2000) + "\n"
	s := source.Decode("a.yaml", []byte(src))
	if len(s.Diags) != 1 || s.Diags[0].Message != "the document nests deeper than 1000 levels; nflint does not read further" {
		t.Errorf("findings %v, want the depth finding", s.Diags)
	}
}

// TestDecodeValueMissingAtTheEnd pins the null the parser stands in for a value missing at the
// end of the file: it places it past the last line, or on the empty line after the last line
// break, where there is nothing to show; it is at the end of the last line with text. The
// first case failed the fuzz target's invariant (a value outside the file) before the fix; its
// key, empty, is the empty string as written (CUE made it "null").
func TestDecodeValueMissingAtTheEnd(t *testing.T) {
	runDecodeCases(t, []decodeCase{
		{name: "no line break", file: "a.yaml", src: "?", want: []string{
			`1:1-0:0 object`,
			`[""] key 1:2-1:2`,
			`[""] 1:2-0:0 null`,
		}},
		{name: "a line break", file: "a.yaml", src: "? 0\n", want: []string{
			`1:1-0:0 object`,
			`["0"] key 1:3-1:4`,
			`["0"] 1:4-0:0 null`,
		}},
	})
}
