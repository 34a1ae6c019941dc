package source_test

import "testing"

// TestDecodeLineSeparators pins what NEL (U+0085), LS (U+2028) and PS (U+2029) decode to,
// wherever they appear: ordinary characters, as YAML 1.2 and JSON read them, with every
// position after them where the file has it. The YAML parser read them as line breaks, which
// moved every later position to a wrong line, and crashed nflint on the first case.
func TestDecodeLineSeparators(t *testing.T) {
	runDecodeCases(t, []decodeCase{
		{name: "the 14 bytes that crashed: LS and PS in a single-quoted scalar", file: "a.yaml", src: "a: '\u2028\u2029'\nc:", want: []string{
			`1:1-0:0 object`,
			`a key 1:1-1:2`,
			`a 1:4-1:12 string "\u2028\u2029"`,
			`c key 2:1-2:2`,
			`c 2:3-0:0 null`,
		}},
		{name: "LS in a plain scalar", file: "a.yaml", src: "a: x\u2028y\nc: 1", want: []string{
			`1:1-0:0 object`,
			`a key 1:1-1:2`,
			`a 1:4-1:9 string "x\u2028y"`,
			`c key 2:1-2:2`,
			`c 2:4-2:5 integer "1"`,
		}},
		{name: "NEL in a plain scalar", file: "a.yaml", src: "a: x\u0085y\nc: 1", want: []string{
			`1:1-0:0 object`,
			`a key 1:1-1:2`,
			`a 1:4-1:8 string "x\u0085y"`,
			`c key 2:1-2:2`,
			`c 2:4-2:5 integer "1"`,
		}},
		{name: "PS in a double-quoted scalar", file: "a.yaml", src: "a: \"x\u2029y\"\nc: 1", want: []string{
			`1:1-0:0 object`,
			`a key 1:1-1:2`,
			`a 1:4-1:11 string "x\u2029y"`,
			`c key 2:1-2:2`,
			`c 2:4-2:5 integer "1"`,
		}},
		{name: "LS in a plain key, NEL in a quoted key", file: "a.yaml", src: "k\u2028y: 1\n\"q\u0085\": 2", want: []string{
			`1:1-0:0 object`,
			`["k\u2028y"] key 1:1-1:6`,
			`["k\u2028y"] 1:8-1:9 integer "1"`,
			`["q\u0085"] key 2:1-2:6`,
			`["q\u0085"] 2:8-2:9 integer "2"`,
		}},
		{name: "LS in a literal block, PS in a folded block", file: "a.yaml", src: "a: |\n  x\u2028y\nb: >\n  z\u2029\n  w\nc: 1", want: []string{
			`1:1-0:0 object`,
			`a key 1:1-1:2`,
			`a 1:4-1:5 string "x\u2028y\n"`,
			`b key 3:1-3:2`,
			`b 3:4-3:5 string "z\u2029 w\n"`,
			`c key 6:1-6:2`,
			`c 6:4-6:5 integer "1"`,
		}},
		{name: "PS in a flow list, with a non-ASCII item after it and LS in a comment", file: "a.yaml", src: "a: [x\u2029y, é, 2]  # \u2028\nc: 1", want: []string{
			`1:1-0:0 object`,
			`a key 1:1-1:2`,
			`a 1:4-0:0 array`,
			`a[0] 1:5-1:10 string "x\u2029y"`,
			`a[1] 1:12-1:14 string "\u00e9"`,
			`a[2] 1:16-1:17 integer "2"`,
			`c key 2:1-2:2`,
			`c 2:4-2:5 integer "1"`,
		}},
		{name: "a stand-in the file spells as an escape is not used", file: "a.yaml", src: "a: \"\\uE000\u2028\"\n", want: []string{
			`1:1-0:0 object`,
			`a key 1:1-1:2`,
			`a 1:4-1:15 string "\ue000\u2028"`,
		}},
		{name: "LS in the second of three documents", file: "a.yaml", src: "a: 1\n---\nb: \u2028\n---\nc: 2\n", want: []string{
			`1:1-0:0 object`,
			`a key 1:1-1:2`,
			`a 1:4-1:5 integer "1"`,
			`3:1-0:0 object`,
			`b key 3:1-3:2`,
			`b 3:4-3:7 string "\u2028"`,
			`5:1-0:0 object`,
			`c key 5:1-5:2`,
			`c 5:4-5:5 integer "2"`,
		}},
		{name: "LS and NEL in a JSON string", file: "a.json", src: "{\"a\": \"x\u2028\u0085y\",\n \"b\": 1}", want: []string{
			`1:1-0:0 object`,
			`a key 1:2-1:5`,
			`a 1:7-1:16 string "x\u2028\u0085y"`,
			`b key 2:2-2:5`,
			`b 2:7-2:8 integer "1"`,
		}},
		{name: "a byte order mark inside a JSON string", file: "a.json", src: "{\"a\": \"x\ufeffy\",\n \"b\": 1}", want: []string{
			`1:1-0:0 object`,
			`a key 1:2-1:5`,
			`a 1:7-1:14 string "x\ufeffy"`,
			`b key 2:2-2:5`,
			`b 2:7-2:8 integer "1"`,
		}},
		{name: "a byte order mark inside a YAML scalar", file: "a.yaml", src: "a: x\ufeffy\nb: 1", want: []string{
			`1:1-0:0 object`,
			`a key 1:1-1:2`,
			`a 1:4-1:9 string "x\ufeffy"`,
			`b key 2:1-2:2`,
			`b 2:4-2:5 integer "1"`,
		}},
	})
}
