package source_test

import (
	"encoding/binary"
	"testing"
	"unicode/utf16"

	"github.com/nflint/nflint/lint/source"
)

func utf16File(s string, order binary.AppendByteOrder, bom []byte) []byte {
	out := append([]byte{}, bom...)
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

// TestDecodeUTF16 reads files saved as UTF-16 with a byte-order mark (PowerShell's default) as
// the text they hold, with positions in that text, in both byte orders.
func TestDecodeUTF16(t *testing.T) {
	text := "name: api\r\ndeployment:\r\n  instances: zwei\r\n"
	for _, c := range []struct {
		name  string
		order binary.AppendByteOrder
		bom   []byte
	}{{"little-endian", binary.LittleEndian, []byte{0xFF, 0xFE}}, {"big-endian", binary.BigEndian, []byte{0xFE, 0xFF}}} {
		s := source.Decode("spec.yaml", utf16File(text, c.order, c.bom))
		if len(s.Diags) != 0 || len(s.Docs) != 1 {
			t.Fatalf("%s: findings %v, %d documents", c.name, s.Diags, len(s.Docs))
		}
		v := s.Docs[0].Root.Get("deployment").Get("instances")
		if v == nil || v.Text != "zwei" || v.Pos.Line != 3 || v.Pos.Column != 14 {
			t.Errorf("%s: instances = %+v, want \"zwei\" at 3:14", c.name, v)
		}
		if got := s.Line(3); got != "  instances: zwei" {
			t.Errorf("%s: line 3 is %q", c.name, got)
		}
	}
}
