package diag

import "fmt"

// Pos is a position in a data file. Line and Column are 1-based; Column counts bytes, as
// editors and the other linters our users run do. The zero Pos means "no position".
type Pos struct {
	Line   int
	Column int
}

// IsValid reports whether p names a real position.
func (p Pos) IsValid() bool { return p.Line > 0 }

// Before orders positions top to bottom, left to right.
func (p Pos) Before(q Pos) bool {
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Column < q.Column
}

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Column) }
