package lsp

import (
	"testing"

	"github.com/nflint/nflint/lint/diag"
)

// Byte columns and UTF-16 offsets convert both ways, across characters of one, two, three and
// four bytes (the last two UTF-16 units), and past the end of a line.
func TestPositions(t *testing.T) {
	tx := newText("a: é€🌙x\r\nb: 1\n")
	for _, c := range []struct {
		pos  diag.Pos
		want position
	}{
		{diag.Pos{Line: 1, Column: 1}, position{0, 0}},
		{diag.Pos{Line: 1, Column: 4}, position{0, 3}},  // é
		{diag.Pos{Line: 1, Column: 6}, position{0, 4}},  // €
		{diag.Pos{Line: 1, Column: 9}, position{0, 5}},  // 🌙
		{diag.Pos{Line: 1, Column: 13}, position{0, 7}}, // x
		{diag.Pos{Line: 1, Column: 14}, position{0, 8}}, // the line's end, before \r\n
		{diag.Pos{Line: 2, Column: 4}, position{1, 3}},
	} {
		if got := tx.position(c.pos); got != c.want {
			t.Errorf("position(%v) = %v, want %v", c.pos, got, c.want)
		}
		if back := tx.pos(c.want); back != c.pos {
			t.Errorf("pos(%v) = %v, want %v", c.want, back, c.pos)
		}
	}
	if got := tx.position(diag.Pos{Line: 1, Column: 16}); got != (position{0, 10}) {
		t.Errorf("past the end: %v", got)
	}
}
