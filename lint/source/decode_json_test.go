package source_test

import "testing"

// TestDecodeJSONEscapes pins JSON's escapes as the standard library reads them: a surrogate pair
// is one character, "\/" a slash, and a lone surrogate the replacement character (CUE's reader
// left it as the quoted, escaped text).
func TestDecodeJSONEscapes(t *testing.T) {
	runDecodeCases(t, []decodeCase{
		{name: "escapes", file: "a.json", src: `{"a": "\ud83d\ude00", "b": "\/", "c": "\ud800"}`, want: []string{
			`1:1-0:0 object`,
			`a key 1:2-1:5`,
			`a 1:7-1:21 string "\U0001f600"`,
			`b key 1:23-1:26`,
			`b 1:28-1:32 string "/"`,
			`c key 1:34-1:37`,
			`c 1:39-1:47 string "\ufffd"`,
		}},
	})
}

// TestDecodeJSONNumbers pins numbers kept as written, whatever a float64 holds: the API reads
// them, and the checker builds them exactly.
func TestDecodeJSONNumbers(t *testing.T) {
	runDecodeCases(t, []decodeCase{
		{name: "numbers", file: "a.json", src: `{"n": 123456789012345678901234567890, "e": 1e400, "z": -0, "f": 1.0}`, want: []string{
			`1:1-0:0 object`,
			`n key 1:2-1:5`,
			`n 1:7-1:37 integer "123456789012345678901234567890"`,
			`e key 1:39-1:42`,
			`e 1:44-1:49 number "1e400"`,
			`z key 1:51-1:54`,
			`z 1:56-1:58 integer "-0"`,
			`f key 1:60-1:63`,
			`f 1:65-1:68 number "1.0"`,
		}},
	})
}
