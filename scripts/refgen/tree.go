package main

import (
	"fmt"
	"regexp"
	"strings"
)

// A Field is one line `<indent>- \`name\`: ...` of a body section, with what nests under it.
type Field struct {
	Name   string
	Line   int  // 1-based line in the vendored page
	Indent int  // the number of spaces before "-"
	MO     bool // printed as (multiple options)
	Ref    bool // one alternative was a template reference: recorded, not part of the type
	Alts   []*Alt
}

// A Body is a body section read into a tree: Root's alternatives are the body's (several when
// the section is printed as (multiple options) or as objects separated by OR).
type Body struct {
	Root     *Field
	Warnings []Warning // what the reader could not make sense of
}

// A Warning is a line of a section the reader could not make sense of.
type Warning struct {
	Line int
	Text string
}

var fieldLine = regexp.MustCompile("^( *)- `([^`]+)`: ?(.*)$")

// A container is an object alternative being filled, on the reader's stack.
type container struct {
	alt    *Alt
	opener int     // indent of the line that opened it; -1 for the body
	child  int     // indent of its first field; -1 until there is one
	list   *[]*Alt // the list it is an alternative in, where a further alternative goes
	mo     bool    // that list is a (multiple options) union a marker may extend
}

type reader struct {
	stack []*container
	body  *Body
	lines []srcLine
}

// A srcLine is one line of a section with its 1-based number in the vendored page.
type srcLine struct {
	No   int
	Text string
}

// readBody reads the lines of one body section (after its "**Request body:**" heading).
func readBody(lines []srcLine) *Body {
	r := &reader{body: &Body{Root: &Field{Name: ""}}, lines: lines}
	for i, l := range lines {
		if m := fieldLine.FindStringSubmatch(l.Text); m != nil {
			r.field(i, len(m[1]), m[2], m[3])
			continue
		}
		r.other(l)
	}
	return r.body
}

// other reads the lines that are not fields: the body's own "{object}" or "(multiple
// options) {object}", and "OR" between whole-body alternatives.
func (r *reader) other(l srcLine) {
	s := strings.TrimSpace(l.Text)
	root := r.body.Root
	switch s {
	case "":
	case "OR":
		root.MO = true
	case "{object}", "(multiple options) {object}":
		if s != "{object}" {
			root.MO = true
		}
		a := &Alt{Kind: "object", Line: l.No}
		root.Alts = append(root.Alts, a)
		// a plain {object} becomes a union only when an OR follows it
		r.stack = []*container{{alt: a, opener: -1, child: -1, list: &root.Alts, mo: s != "{object}"}}
	default:
		r.warn(l.No, "not a field: %q", s)
	}
}

func (r *reader) warn(line int, format string, args ...any) {
	r.body.Warnings = append(r.body.Warnings, Warning{line, fmt.Sprintf(format, args...)})
}

// linesUnder lists the lines of the fields at the given paths and everything under them.
func (b *Body) linesUnder(paths []string) map[int]bool {
	out := map[int]bool{}
	var walk func(alts []*Alt, path string, in bool)
	walk = func(alts []*Alt, path string, in bool) {
		for _, a := range alts {
			for _, f := range a.Fields {
				p := join(path, f.Name)
				inside := in || contains(paths, p)
				if inside {
					out[f.Line] = true
				}
				walk(f.Alts, p, inside)
			}
			walk(a.Items, path+"[]", in)
		}
	}
	walk(b.Root.Alts, "", false)
	return out
}

func (r *reader) field(i, indent int, name, text string) {
	l := r.lines[i]
	if len(r.stack) == 0 {
		r.warn(l.No, "field %q before the body's {object}", name)
		return
	}
	la := parseLine(text, l.No)
	if la.Warn != "" {
		r.warn(l.No, "%s: %s", name, la.Warn)
	}
	for len(r.stack) > 1 && indent <= r.top().opener {
		r.stack = r.stack[:len(r.stack)-1]
	}
	top := r.top()
	if top.child < 0 {
		top.child = indent
	} else if indent != top.child {
		r.warn(l.No, "%s: indent %d where its siblings have %d", name, indent, top.child)
	}
	f := &Field{Name: name, Line: l.No, Indent: indent, MO: la.MO, Ref: la.Ref, Alts: la.Alts}
	top.alt.Fields = append(top.alt.Fields, f)
	if list, a, mo := lastObject(f); a != nil {
		r.stack = append(r.stack, &container{alt: a, opener: indent, child: -1, list: list, mo: mo})
	}
	if la.Marker {
		r.marker(i, name)
	}
}

func (r *reader) top() *container { return r.stack[len(r.stack)-1] }

// lastObject finds the object alternative of f that the following lines fill: the last one
// on the line, directly or as the items of an array.
func lastObject(f *Field) (*[]*Alt, *Alt, bool) {
	list, mo := &f.Alts, f.MO
	for {
		alts := *list
		if len(alts) == 0 {
			return nil, nil, false
		}
		a := alts[len(alts)-1]
		switch a.Kind {
		case "object":
			return list, a, mo
		case "array":
			list, mo = &a.Items, a.ItemsMO
		default:
			return nil, nil, false
		}
	}
}

// marker starts the next alternative of the enclosing (multiple options) field whose fields
// sit at the indent of the next line; when none does, the innermost one gains an empty
// alternative ("choose later").
func (r *reader) marker(i int, name string) {
	next := -1
	for _, l := range r.lines[i+1:] {
		if m := fieldLine.FindStringSubmatch(l.Text); m != nil {
			next = len(m[1])
			break
		}
		if strings.TrimSpace(l.Text) != "" {
			break
		}
	}
	target := -1
	for k := len(r.stack) - 1; k >= 0; k-- {
		c := r.stack[k]
		if !c.mo {
			continue
		}
		if c.child == next {
			target = k
			break
		}
		if target < 0 {
			target = k
		}
	}
	if target < 0 {
		r.warn(r.lines[i].No, "%s: a further {object} with no (multiple options) field around it", name)
		return
	}
	c := r.stack[target]
	a := &Alt{Kind: "object", Line: r.lines[i].No}
	*c.list = append(*c.list, a)
	r.stack = append(r.stack[:target], &container{alt: a, opener: c.opener, child: -1, list: c.list, mo: true})
}
