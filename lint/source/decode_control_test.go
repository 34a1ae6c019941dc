package source_test

import (
	"strings"
	"testing"
)

// TestDecodeControlCharacters checks that a raw character the format does not accept is
// reported at its own line and column, named, with the escape to write instead, wherever it
// is in the file: the parsers said "control characters are not allowed" at 1:1, and a NUL
// after the first 8,000 bytes was not seen at all.
func TestDecodeControlCharacters(t *testing.T) {
	runDecodeCases(t, []decodeCase{
		{name: "bell in a YAML plain scalar", file: "a.yaml", src: "a: 1\nb: x\ay\n", want: []string{
			`2:5-2:6 [syntax] control character U+0007 (bell) is not allowed in YAML text; write it as the escape "\a" inside a double-quoted string, or remove it`,
		}},
		{name: "NUL after byte 8,000", file: "a.yaml", src: strings.Repeat("a: 1\n", 1700) + "b: x\x00y\n", want: []string{
			`1701:5-1701:6 [syntax] control character U+0000 (NUL) is not allowed in YAML text; write it as the escape "\0" inside a double-quoted string, or remove it`,
		}},
		{name: "escape in a JSON string", file: "a.json", src: "{\"a\": 1,\n \"b\": \"x\x1by\"}", want: []string{
			`2:9-2:10 [syntax] control character U+001B (escape) is not allowed in JSON text; write it as the escape "\u001b" inside a string, or remove it`,
		}},
		{name: "JSON accepts DEL and C1 controls", file: "a.json",
			src: "{\"a\": \"\b\f\x01\", \"b\": \"\x7f\u0080\", \"c\": \"padding that keeps this from looking binary\"}", want: []string{
				`1:8-1:9 [syntax] control character U+0008 (backspace) is not allowed in JSON text; write it as the escape "\b" inside a string, or remove it`,
				`1:9-1:10 [syntax] control character U+000C (form feed) is not allowed in JSON text; write it as the escape "\f" inside a string, or remove it`,
				`1:10-1:11 [syntax] control character U+0001 is not allowed in JSON text; write it as the escape "\u0001" inside a string, or remove it`,
			}},
		{name: "YAML refuses DEL, C1 controls and noncharacters, in comments too", file: "a.yaml",
			src: "a: 1\n# c\v\nb: \"\x7f\" # \u0080\nc: \ufffe\uffff\n", want: []string{
				`2:4-2:5 [syntax] control character U+000B (vertical tab) is not allowed in YAML text; write it as the escape "\v" inside a double-quoted string, or remove it`,
				`3:5-3:6 [syntax] control character U+007F (delete) is not allowed in YAML text; write it as the escape "\x7f" inside a double-quoted string, or remove it`,
				`3:10-3:12 [syntax] control character U+0080 is not allowed in YAML text; write it as the escape "\x80" inside a double-quoted string, or remove it`,
				`4:4-4:7 [syntax] the noncharacter U+FFFE is not allowed in YAML text; write it as the escape "\ufffe" inside a double-quoted string, or remove it`,
				`4:7-4:10 [syntax] the noncharacter U+FFFF is not allowed in YAML text; write it as the escape "\uffff" inside a double-quoted string, or remove it`,
			}},
		{name: "the first ten, then a count", file: "a.yaml",
			src: "a: \x01\x02\x03\x04\x05\x06\x0e\x0f\x10\x11\x12\x13\n" + strings.Repeat("b: 1\n", 40), want: []string{
				`1:4-1:5 [syntax] control character U+0001 is not allowed in YAML text; write it as the escape "\x01" inside a double-quoted string, or remove it`,
				`1:5-1:6 [syntax] control character U+0002 is not allowed in YAML text; write it as the escape "\x02" inside a double-quoted string, or remove it`,
				`1:6-1:7 [syntax] control character U+0003 is not allowed in YAML text; write it as the escape "\x03" inside a double-quoted string, or remove it`,
				`1:7-1:8 [syntax] control character U+0004 is not allowed in YAML text; write it as the escape "\x04" inside a double-quoted string, or remove it`,
				`1:8-1:9 [syntax] control character U+0005 is not allowed in YAML text; write it as the escape "\x05" inside a double-quoted string, or remove it`,
				`1:9-1:10 [syntax] control character U+0006 is not allowed in YAML text; write it as the escape "\x06" inside a double-quoted string, or remove it`,
				`1:10-1:11 [syntax] control character U+000E is not allowed in YAML text; write it as the escape "\x0e" inside a double-quoted string, or remove it`,
				`1:11-1:12 [syntax] control character U+000F is not allowed in YAML text; write it as the escape "\x0f" inside a double-quoted string, or remove it`,
				`1:12-1:13 [syntax] control character U+0010 is not allowed in YAML text; write it as the escape "\x10" inside a double-quoted string, or remove it`,
				`1:13-1:14 [syntax] control character U+0011 is not allowed in YAML text; write it as the escape "\x11" inside a double-quoted string, or remove it`,
				`1:14-0:0 [syntax] 2 more characters from here on are not allowed either; nflint reports the first 10 one by one`,
			}},
		{name: "binary data is still binary", file: "a.yaml", src: "a: \x01\x02\x03\x04\x05\x06\x0e\x0f\x10\x11\x12\x13\nb: 1\n", want: []string{
			`1:1-0:0 [syntax] the file is binary data, not JSON or YAML text`,
		}},
		{name: "tabs and CRLF are text", file: "a.yaml", src: "a:\tx\r\nb: 'y\tz'\r\n", want: []string{
			`1:1-0:0 object`,
			`a key 1:1-1:2`,
			`a 1:4-1:5 string "x"`,
			`b key 2:1-2:2`,
			`b 2:4-2:9 string "y\tz"`,
		}},
	})
}
