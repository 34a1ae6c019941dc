package main

import (
	"fmt"
	"strings"
	"unicode"
)

// A TSType is a TypeScript type as the js-client declarations write them: object literals,
// arrays, unions, string literals and the primitive names.
type TSType struct {
	Kind    string      // object, array, union, literal, string, number, boolean, any, null, named
	Members []*TSMember // object
	Elem    *TSType     // array
	Alts    []*TSType   // union
	Name    string      // literal: its value; named: the type's name
}

// A TSMember is one member of an object literal: 'name'?: type.
type TSMember struct {
	Name     string
	Optional bool
	Type     *TSType
	Doc      string // the /** ... */ comment before it
}

// Member returns the member of that name, or nil.
func (t *TSType) Member(name string) *TSMember {
	for _, m := range t.Members {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// Objects lists the object types a type may be: itself, or the object alternatives of a
// union (null and any dropped).
func (t *TSType) Objects() []*TSType {
	switch {
	case t == nil:
		return nil
	case t.Kind == "object":
		return []*TSType{t}
	case t.Kind == "union":
		var out []*TSType
		for _, a := range t.Alts {
			out = append(out, a.Objects()...)
		}
		return out
	}
	return nil
}

// Array is the array a type may be (itself or an alternative), or nil.
func (t *TSType) Array() *TSType {
	if t == nil {
		return nil
	}
	if t.Kind == "array" {
		return t
	}
	for _, a := range t.Alts {
		if x := a.Array(); x != nil {
			return x
		}
	}
	return nil
}

type token struct {
	kind string // "str", "ident", "punct", "doc", "eof"
	text string
	line int
}

// lexTS splits declarations into tokens; doc comments are kept, other comments dropped.
func lexTS(src string) ([]token, error) {
	var out []token
	line := 1
	for i := 0; i < len(src); {
		c := src[i]
		var t token
		n := 1
		switch {
		case c == '\n':
			line++
		case c == ' ' || c == '\t' || c == '\r':
		case strings.HasPrefix(src[i:], "/*"):
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return nil, fmt.Errorf("line %d: unterminated comment", line)
			}
			body := src[i+2 : i+2+end]
			if strings.HasPrefix(body, "*") {
				t = token{"doc", cleanDoc(body[1:]), line}
			}
			line += strings.Count(body, "\n")
			n = end + 4
		case strings.HasPrefix(src[i:], "//"):
			n = strings.IndexByte(src[i:]+"\n", '\n')
		case c == '\'' || c == '"':
			j := closingQuote(src, i)
			if j < 0 {
				return nil, fmt.Errorf("line %d: unterminated string", line)
			}
			t, n = token{"str", strings.ReplaceAll(src[i+1:j], `\'`, `'`), line}, j+1-i
		case identByte(c):
			j := i
			for j < len(src) && (identByte(src[j]) || src[j] == '.') {
				j++
			}
			t, n = token{"ident", src[i:j], line}, j-i
		default:
			t = token{"punct", string(c), line}
		}
		if t.kind != "" {
			out = append(out, t)
		}
		i += n
	}
	return append(out, token{"eof", "", line}), nil
}

// closingQuote is the index of the quote that closes the string opening at i, -1 if none.
func closingQuote(src string, i int) int {
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case src[i]:
			return j
		}
	}
	return -1
}

func identByte(c byte) bool {
	return c == '_' || c == '$' || c == '-' || unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
}

// cleanDoc joins a doc comment's lines and drops its "Example: ..." tail.
func cleanDoc(s string) string {
	var parts []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "*"))
		if l != "" {
			parts = append(parts, l)
		}
	}
	d := strings.Join(parts, " ")
	if i := strings.Index(d, " Example: "); i >= 0 {
		d = d[:i]
	} else if strings.HasPrefix(d, "Example: ") {
		d = ""
	}
	return strings.TrimSpace(d)
}

type tsParser struct {
	toks []token
	pos  int
	doc  string // the last doc comment, for the member that follows it
}

// parseTSTypes reads every `type Name = ...;` declaration of src.
func parseTSTypes(src string) (map[string]*TSType, error) {
	toks, err := lexTS(src)
	if err != nil {
		return nil, err
	}
	p := &tsParser{toks: toks}
	out := map[string]*TSType{}
	for p.peek().kind != "eof" {
		t := p.next()
		if t.kind != "ident" || t.text != "type" {
			continue
		}
		name := p.next()
		if !p.accept("=") {
			continue
		}
		typ, err := p.union()
		if err != nil {
			return nil, fmt.Errorf("type %s: %v", name.text, err)
		}
		out[name.text] = typ
	}
	return out, nil
}

func (p *tsParser) peek() token {
	for p.toks[p.pos].kind == "doc" {
		p.doc = p.toks[p.pos].text
		p.pos++
	}
	return p.toks[p.pos]
}

func (p *tsParser) next() token {
	t := p.peek()
	if t.kind != "eof" {
		p.pos++
	}
	return t
}

func (p *tsParser) accept(punct string) bool {
	if t := p.peek(); t.kind == "punct" && t.text == punct {
		p.pos++
		return true
	}
	return false
}

func (p *tsParser) union() (*TSType, error) {
	p.accept("|")
	var alts []*TSType
	for {
		t, err := p.postfix()
		if err != nil {
			return nil, err
		}
		alts = append(alts, t)
		if !p.accept("|") {
			break
		}
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &TSType{Kind: "union", Alts: alts}, nil
}

func (p *tsParser) postfix() (*TSType, error) {
	t, err := p.primary()
	if err != nil {
		return nil, err
	}
	for p.peek().kind == "punct" && p.peek().text == "[" && p.toks[p.pos+1].text == "]" {
		p.pos += 2
		t = &TSType{Kind: "array", Elem: t}
	}
	return t, nil
}

func (p *tsParser) primary() (*TSType, error) {
	t := p.next()
	switch {
	case t.kind == "punct" && t.text == "{":
		return p.object()
	case t.kind == "punct" && t.text == "(":
		in, err := p.union()
		if err != nil {
			return nil, err
		}
		if !p.accept(")") {
			return nil, fmt.Errorf("line %d: ) expected", t.line)
		}
		return in, nil
	case t.kind == "str":
		return &TSType{Kind: "literal", Name: t.text}, nil
	case t.kind == "ident":
		switch t.text {
		case "string", "number", "boolean", "any", "null":
			return &TSType{Kind: t.text}, nil
		}
		return &TSType{Kind: "named", Name: t.text}, nil
	}
	return nil, fmt.Errorf("line %d: unexpected %q", t.line, t.text)
}

func (p *tsParser) object() (*TSType, error) {
	obj := &TSType{Kind: "object"}
	for {
		p.doc = ""
		t := p.next()
		if t.kind == "punct" && t.text == "}" {
			return obj, nil
		}
		if t.kind != "str" && t.kind != "ident" {
			return nil, fmt.Errorf("line %d: member name expected, found %q", t.line, t.text)
		}
		m := &TSMember{Name: t.text, Doc: p.doc}
		m.Optional = p.accept("?")
		if !p.accept(":") {
			return nil, fmt.Errorf("line %d: : expected after %q", t.line, t.text)
		}
		typ, err := p.union()
		if err != nil {
			return nil, err
		}
		m.Type = typ
		obj.Members = append(obj.Members, m)
		p.accept(";")
	}
}
