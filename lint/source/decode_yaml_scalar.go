package source

import (
	"encoding/base64"
	"fmt"
	"strings"

	yaml "go.yaml.in/yaml/v3"
)

// A scalar is what a YAML scalar node decodes to, before it gets a position.
type scalar struct {
	kind NodeKind
	text string // the string, or the number spelled as the checker builds it
	bool bool
}

// yamlScalar reads a scalar node by the tag go.yaml.in/yaml/v3 resolved for it, which follows
// YAML 1.2's core schema ("yes" and "on" are strings) with YAML 1.1's octals (0777). Numbers
// keep their spelling, so that messages quote what the user wrote, except where the checker,
// which builds CUE literals from it, needs another spelling of the same number.
func yamlScalar(yn *yaml.Node) (scalar, error) {
	tag := yn.ShortTag()
	tagged := yn.Style&yaml.TaggedStyle != 0
	plain := yn.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0
	switch tag {
	case "!!str", "!!timestamp":
		if !tagged && plain && isPlainNumber(yn.Value) {
			// a number too large for a float64 (1e400), or a decimal with a leading zero
			// (0128): the parser leaves these as strings, but the user wrote a number
			return scalar{kind: Float, text: yn.Value}, nil
		}
		return scalar{kind: String, text: yn.Value}, nil
	case "!!binary":
		data, err := base64.StdEncoding.DecodeString(yn.Value)
		if err != nil {
			return scalar{}, lineError(yn, "!!binary value contains invalid base64 data")
		}
		return scalar{kind: String, text: string(data)}, nil
	case "!!bool":
		return yamlBool(yn)
	case "!!int":
		if text, ok := intText(yn.Value); ok {
			return scalar{kind: Int, text: text}, nil
		}
		return scalar{}, notA(yn, "an integer")
	case "!!float":
		return yamlFloat(yn, tagged)
	case "!!null":
		return scalar{kind: Null}, nil
	}
	return scalar{}, lineError(yn, fmt.Sprintf("cannot unmarshal tag %q", tag))
}

// notA is the error on a scalar whose explicit tag its text does not match ("!!int 1.0").
func notA(yn *yaml.Node, what string) error {
	return lineError(yn, fmt.Sprintf("%q is tagged %s but is not %s", yn.Value, yn.ShortTag(), what))
}

func yamlBool(yn *yaml.Node) (scalar, error) {
	switch yn.Value {
	case "true", "True", "TRUE":
		return scalar{kind: Bool, bool: true}, nil
	case "false", "False", "FALSE":
		return scalar{kind: Bool}, nil
	}
	return scalar{}, notA(yn, "true or false")
}

// yamlFloat reads a float. The infinities and NaN are spelled as messages name them, and as
// the checker recognises them.
func yamlFloat(yn *yaml.Node, tagged bool) (scalar, error) {
	switch yn.Value {
	case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
		return scalar{kind: Float, text: "+Inf"}, nil
	case "-.inf", "-.Inf", "-.INF":
		return scalar{kind: Float, text: "-Inf"}, nil
	case ".nan", ".NaN", ".NAN":
		return scalar{kind: Float, text: "NaN"}, nil
	}
	if !tagged && isOctalLike(yn.Value) {
		// a decimal written with a leading zero (0128), which the parser read as YAML 1.1
		// would an octal but for its digits: a number as written, which the checker builds,
		// unless underscores make it no number literal at all (01_28)
		if isPlainNumber(yn.Value) {
			return scalar{kind: Float, text: yn.Value}, nil
		}
		return scalar{kind: String, text: yn.Value}, nil
	}
	if text, ok := intText(yn.Value); ok {
		// an integer too large for 64 bits, which the parser resolves as a float, or an
		// integer tagged !!float: JSON has one number type, and the API reads an integer
		return scalar{kind: Int, text: text}, nil
	}
	if text := withoutStrayUnderscores(yn.Value, 10, false); isPlainNumber(strings.ReplaceAll(text, "_", "")) {
		return scalar{kind: Float, text: text}, nil
	}
	return scalar{}, notA(yn, "a number")
}

// intText spells an integer the parser read (with YAML 1.1's underscores and octals) so that
// it means the same as a CUE and JSON-minded literal: 0777 becomes 0o777, which is what the
// parser read it as, prefixes are lower case, and underscores stay only between digits. It
// reports false for text that is no integer.
func intText(v string) (string, bool) {
	sign, s := "", v
	if s != "" && (s[0] == '-' || s[0] == '+') {
		sign, s = s[:1], s[1:]
	}
	base, prefix := 10, ""
	switch {
	case len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'):
		base, prefix, s = 16, s[:2], s[2:]
	case len(s) > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B'):
		base, prefix, s = 2, "0b", s[2:]
	case len(s) > 1 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O'):
		base, prefix, s = 8, "0o", s[2:]
	case len(s) > 1 && s[0] == '0':
		base, prefix, s = 8, "0o", s[1:]
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '_' && digitValue(s[i]) >= base {
			return "", false
		}
		if s[i] != '_' {
			digits++
		}
	}
	if digits == 0 {
		return "", false
	}
	return sign + prefix + withoutStrayUnderscores(s, base, prefix != ""), true
}

// withoutStrayUnderscores returns s without its underscores unless each stands alone between
// two digits of base, or after a base prefix ("0x_1F"): the parser ignores them wherever they
// are, CUE refuses "1__0" and "1_".
func withoutStrayUnderscores(s string, base int, prefixed bool) string {
	if !strings.Contains(s, "_") {
		return s
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && (i == 0 && !prefixed || i == len(s)-1 || i > 0 && digitValue(s[i-1]) >= base || digitValue(s[i+1]) >= base) {
			return strings.ReplaceAll(s, "_", "")
		}
	}
	return s
}

func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return 99
}

// isPlainNumber reports whether s is a YAML 1.2 core-schema float, as the parser's own
// pattern has it: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
func isPlainNumber(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	intDigits := countDigits(s[i:])
	i += intDigits
	if i < len(s) && s[i] == '.' {
		i++
		frac := countDigits(s[i:])
		if intDigits == 0 && frac == 0 {
			return false
		}
		i += frac
	} else if intDigits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		exp := countDigits(s[i:])
		if exp == 0 {
			return false
		}
		i += exp
	}
	return i == len(s)
}

// isOctalLike reports whether s is written as a YAML 1.1 octal, [-+]?0[0-9_]+, whatever its
// digits.
func isOctalLike(s string) bool {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	return len(s) > 1 && s[0] == '0' && strings.Trim(s[1:], "0123456789_") == ""
}

func countDigits(s string) int {
	n := 0
	for n < len(s) && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	return n
}

// lineError is a problem in a document the parser read without complaint, placed as the
// parser places its own errors, on yn's line: "line 3: ...".
func lineError(yn *yaml.Node, msg string) error { return fmt.Errorf("line %d: %s", yn.Line, msg) }
