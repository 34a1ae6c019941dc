package lint

import (
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/source"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/token"
)

// How placeholders are built into CUE values.
type mode int

const (
	strict  mode = iota // placeholders are plain strings: outside templates they are sent as is
	lenient             // a whole placeholder is any value, a string with one inside any string
)

// value builds the CUE value of a node. Inside templates Northflank substitutes placeholders
// before the API sees the spec, so a placeholder satisfies what it stands in for.
func value(ctx *cue.Context, n *source.Node, m mode) cue.Value {
	return ctx.BuildExpr(expr(n, m))
}

func expr(n *source.Node, lenient mode) ast.Expr {
	if n == nil || n.Truncated {
		return ast.NewIdent("_")
	}
	switch n.Kind {
	case source.Object:
		s := &ast.StructLit{}
		for _, m := range n.Members {
			s.Elts = append(s.Elts, &ast.Field{Label: ast.NewString(m.Key), Value: expr(m.Value, lenient)})
		}
		return s
	case source.Array:
		l := &ast.ListLit{}
		for _, it := range n.Items {
			l.Elts = append(l.Elts, expr(it, lenient))
		}
		return l
	case source.String:
		if lenient != strict && source.IsWholePlaceholder(n.Text) {
			return ast.NewIdent("_")
		}
		if lenient != strict && source.HasPlaceholder(n.Text) {
			return ast.NewIdent("string")
		}
		return ast.NewString(n.Text)
	case source.Int, source.Float:
		return number(n)
	case source.Bool:
		return ast.NewBool(n.Bool)
	}
	return ast.NewNull()
}

func number(n *source.Node) ast.Expr {
	text, kind, neg, ok := numberLiteral(n)
	if !ok {
		// .inf and .nan have no JSON form; the decoder reports them, and here they stand
		// for a number so that nothing else is reported about them.
		return ast.NewIdent("number")
	}
	var e ast.Expr = &ast.BasicLit{Kind: kind, Value: text}
	if neg {
		e = &ast.UnaryExpr{Op: token.SUB, X: e}
	}
	return e
}

// numberLiteral is the CUE literal a number node becomes, without its sign: both engines
// read numbers through it, so that they agree on what 3.0 or 1e3 is. ok is false for the
// values JSON has no form for (.inf, .nan).
func numberLiteral(n *source.Node) (text string, kind token.Token, neg, ok bool) {
	text = n.Text
	if strings.HasPrefix(text, "-") {
		text, neg = text[1:], true
	}
	text = strings.TrimPrefix(text, "+")
	kind = token.INT
	if n.Kind == source.Float {
		kind = token.FLOAT
	}
	if !finite(text) {
		return text, kind, neg, false
	}
	if kind == token.FLOAT && isIntegral(text) {
		// JSON has one number type: 3.0 and 1e3 are integers to the API, as in JavaScript.
		if f, err := strconv.ParseFloat(text, 64); err == nil && f < 1<<53 {
			kind, text = token.INT, strconv.FormatInt(int64(f), 10)
		}
	}
	return text, kind, neg, true
}

func finite(text string) bool {
	l := strings.ToLower(text)
	return l != "inf" && l != "nan" && l != ".inf" && l != ".nan"
}
