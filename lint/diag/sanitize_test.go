package diag_test

import (
	"testing"

	"github.com/nflint/nflint/lint/diag"
)

func TestClean(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain text is kept", `"HTTPS" is not one of HTTP, HTTP/2`, `"HTTPS" is not one of HTTP, HTTP/2`},
		{"non-ASCII text is kept", "überall ✓ 名前", "überall ✓ 名前"},
		{"terminal escape", "a\x1b[2Jb", `a\u001B[2Jb`},
		{"line breaks", "a\nb\r\nc\td", `a\nb\r\nc\td`},
		{"DEL and C1", "a\x7fb\u0085c", `a\u007Fb\u0085c`},
		{"separators", "a\u2028b\u2029c", `a\u2028b\u2029c`},
		{"bidirectional controls", "\u202egpj.exe\u200f\u2066", `\u202Egpj.exe\u200F\u2066`},
		{"not UTF-8", "a\xffb\xc3", `a\xFFb\xC3`},
		{"XML non-characters", "a\uFFFEb", `a\uFFFEb`},
	}
	for _, c := range cases {
		if got := diag.Clean(c.in); got != c.want {
			t.Errorf("%s: Clean(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestDisplayName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"deploy/api.yaml", "deploy/api.yaml"},
		{"::error file=x::y.yaml", "./::error file=x::y.yaml"},
		{"a\n::error::x.yaml", `a\n::error::x.yaml`},
		{"/abs/::x.yaml", "/abs/::x.yaml"},
	}
	for _, c := range cases {
		if got := diag.DisplayName(c.in); got != c.want {
			t.Errorf("DisplayName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
