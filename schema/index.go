package schema

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

// The definitions are compiled per kind, on first use: a run over one combined-service body
// compiles #CombinedService and what it refers to, not every body of the API. To know what a
// definition refers to without compiling, the embedded sources are indexed once per process
// as text: every top-level definition with its comment, the definitions its text names, and
// the packages it calls. Every .cue file of the package is a list of top-level definitions
// (the generator writes them so; the hand-written files keep to it, and the index refuses
// anything else), so the text of a definition runs from its comment to the next one.

// A decl is one top-level definition of the embedded sources.
type decl struct {
	name  string          // "#CombinedService"
	order int             // position in the sources, so compiled text keeps the written order
	text  string          // its comment and body
	deps  []string        // definitions its text names
	buf   strings.Builder // text while the file is read
	pkgs  []string        // the packages its text calls (strings, list), by import path
}

// An index is every top-level definition of the embedded sources.
type index struct {
	decls   map[string]*decl
	imports map[string]string // package name ("strings") -> import path
}

var (
	indexOnce sync.Once
	theIndex  *index
	indexErr  error
)

// sources is the index of the embedded files, built once per process.
func sources() (*index, error) {
	indexOnce.Do(func() { theIndex, indexErr = buildIndex() })
	return theIndex, indexErr
}

func buildIndex() (*index, error) {
	names, err := fs.Glob(files, "*.cue")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	ix := &index{decls: map[string]*decl{}, imports: map[string]string{}}
	for _, name := range names {
		src, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if err := ix.add(name, src); err != nil {
			return nil, err
		}
	}
	for _, d := range ix.decls {
		d.deps = ix.named(d)
		d.pkgs = ix.calls(d.text)
	}
	return ix, nil
}

// add indexes the definitions of one file.
func (ix *index) add(file string, src []byte) error {
	var cur *decl
	var pending []string // comment lines waiting for the definition they document
	inImports := false
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case inImports:
			inImports = !strings.HasPrefix(line, ")")
			ix.importLine(line)
		case strings.HasPrefix(line, "package "), strings.HasPrefix(line, "// Code generated"):
		case strings.HasPrefix(line, "import ("):
			inImports = true
		case strings.HasPrefix(line, "import "):
			ix.importLine(strings.TrimPrefix(line, "import "))
		case defStartName(line) != "":
			name := defStartName(line)
			if _, dup := ix.decls[name]; dup {
				return fmt.Errorf("%s:%d: %s is defined twice in the embedded schema", file, n, name)
			}
			cur.finish()
			cur = &decl{name: name, order: len(ix.decls)}
			cur.write(pending, line)
			ix.decls[name] = cur
			pending = nil
		case strings.HasPrefix(line, "//"):
			pending = append(pending, line)
		case strings.TrimSpace(line) == "":
			if cur != nil {
				cur.buf.WriteByte('\n')
			}
			pending = nil
		case cur != nil && (line[0] == '\t' || line[0] == ' ' || line[0] == '}' || line[0] == ']' || line[0] == ')'):
			cur.write(pending, line)
			pending = nil
		default:
			return fmt.Errorf("%s:%d: the embedded schema holds only top-level definitions; found %q", file, n, line)
		}
	}
	cur.finish()
	return sc.Err()
}

// write adds comment lines and a line to a declaration's text.
func (d *decl) write(comments []string, line string) {
	for _, c := range comments {
		d.buf.WriteString(c)
		d.buf.WriteByte('\n')
	}
	d.buf.WriteString(line)
	d.buf.WriteByte('\n')
}

// finish sets the text of a declaration once its last line is read.
func (d *decl) finish() {
	if d != nil {
		d.text = d.buf.String()
		d.buf = strings.Builder{}
	}
}

// defStartName is the definition a line starts ("#Docker: {" declares #Docker), or "".
func defStartName(line string) string {
	if len(line) < 3 || line[0] != '#' || !identStart(line[1]) {
		return ""
	}
	i := 2
	for i < len(line) && identPart(line[i]) {
		i++
	}
	if i < len(line) && line[i] == ':' {
		return line[:i]
	}
	return ""
}

func identStart(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func identPart(c byte) bool  { return identStart(c) || c >= '0' && c <= '9' }

func (ix *index) importLine(line string) {
	p := strings.Trim(strings.TrimSpace(line), `"()`)
	if p == "" {
		return
	}
	ix.imports[p[strings.LastIndex(p, "/")+1:]] = p
}

// named lists the definitions d's text names, itself aside.
func (ix *index) named(d *decl) []string {
	seen := map[string]bool{d.name: true}
	var out []string
	text := d.text
	for i := strings.IndexByte(text, '#'); i >= 0; {
		j := i + 1
		if j < len(text) && identStart(text[j]) {
			for j++; j < len(text) && identPart(text[j]); j++ {
			}
			if n := text[i:j]; !seen[n] && ix.decls[n] != nil {
				seen[n] = true
				out = append(out, n)
			}
		}
		k := strings.IndexByte(text[j:], '#')
		if k < 0 {
			break
		}
		i = j + k
	}
	return out
}

// closure is the text of a file that defines name and everything it needs, and the
// definitions it holds.
func (ix *index) closure(names ...string) (string, []string, error) {
	for _, name := range names {
		if ix.decls[name] == nil {
			return "", nil, fmt.Errorf("nflint's built-in schema has no definition %s", name)
		}
	}
	seen := map[string]bool{}
	var list []*decl
	var visit func(n string)
	visit = func(n string) {
		if seen[n] {
			return
		}
		seen[n] = true
		d := ix.decls[n]
		list = append(list, d)
		for _, dep := range d.deps {
			visit(dep)
		}
	}
	for _, name := range names {
		visit(name)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].order < list[j].order })
	var body strings.Builder
	var out []string
	used := map[string]bool{}
	for _, d := range list {
		body.WriteString(d.text)
		body.WriteByte('\n')
		out = append(out, d.name)
		for _, p := range d.pkgs {
			used[p] = true
		}
	}
	return "package nflint\n\n" + importDecl(used) + body.String(), out, nil
}

// calls lists the import paths of the packages text calls.
func (ix *index) calls(text string) []string {
	var out []string
	for name, p := range ix.imports {
		if callsPackage(text, name) {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// callsPackage reports whether text calls a function of the package named name: name, a dot
// and an upper-case letter, not preceded by a letter (strings.MinRunes, not xstrings.Foo).
func callsPackage(text, name string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], name+".")
		if k < 0 {
			return false
		}
		at := i + k
		after := at + len(name) + 1
		if (at == 0 || !identPart(text[at-1])) && after < len(text) && text[after] >= 'A' && text[after] <= 'Z' {
			return true
		}
		i = at + 1
	}
}

// importDecl is the import declaration of the packages used.
func importDecl(used map[string]bool) string {
	if len(used) == 0 {
		return ""
	}
	var paths []string
	for p := range used {
		paths = append(paths, fmt.Sprintf("\t%q\n", p))
	}
	sort.Strings(paths)
	return "import (\n" + strings.Join(paths, "") + ")\n\n"
}
