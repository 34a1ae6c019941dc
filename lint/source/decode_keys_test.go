package source_test

import "testing"

// TestDecodeEscapedKeys checks keys with escapes are kept: CUE's label reader refuses some
// (a line break followed by six or more characters), and a dropped key escaped every check.
func TestDecodeEscapedKeys(t *testing.T) {
	runDecodeCases(t, []decodeCase{
		{name: "JSON key with a line break", file: "a.json", src: `{"x\nerrorr": 1}`, want: []string{
			`1:1-0:0 object`,
			`["x\nerrorr"] key 1:2-1:13`,
			`["x\nerrorr"] 1:15-1:16 integer "1"`,
		}},
		{name: "YAML key with a line break", file: "a.yaml", src: "\"x\\nerrorr\": 1\n", want: []string{
			`1:1-0:0 object`,
			`["x\nerrorr"] key 1:1-1:12`,
			`["x\nerrorr"] 1:14-1:15 integer "1"`,
		}},
	})
}
