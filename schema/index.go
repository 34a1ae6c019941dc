package schema

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"regexp"
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
	name  string   // "#CombinedService"
	order int      // position in the sources, so compiled text keeps the written order
	text  string   // its comment and body
	deps  []string // definitions its text names
}

// An index is every top-level definition of the embedded sources.
type index struct {
	decls   map[string]*decl
	imports map[string]string // package name ("strings") -> import path
}

var (
	defStart = regexp.MustCompile(`^#[A-Za-z_][A-Za-z0-9_]*:`)
	defName  = regexp.MustCompile(`#[A-Za-z_][A-Za-z0-9_]*`)
	pkgCall  = regexp.MustCompile(`\b([a-z]+)\.[A-Z]`)

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
		case defStart.MatchString(line):
			name := strings.TrimSuffix(defStart.FindString(line), ":")
			if _, dup := ix.decls[name]; dup {
				return fmt.Errorf("%s:%d: %s is defined twice in the embedded schema", file, n, name)
			}
			cur = &decl{name: name, order: len(ix.decls), text: strings.Join(append(pending, line), "\n") + "\n"}
			ix.decls[name] = cur
			pending = nil
		case strings.HasPrefix(line, "//"):
			pending = append(pending, line)
		case strings.TrimSpace(line) == "":
			if cur != nil {
				cur.text += "\n"
			}
			pending = nil
		case cur != nil && (line[0] == '\t' || line[0] == ' ' || line[0] == '}' || line[0] == ']' || line[0] == ')'):
			cur.text += strings.Join(append(pending, line), "\n") + "\n"
			pending = nil
		default:
			return fmt.Errorf("%s:%d: the embedded schema holds only top-level definitions; found %q", file, n, line)
		}
	}
	return sc.Err()
}

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
	for _, n := range defName.FindAllString(d.text, -1) {
		if !seen[n] && ix.decls[n] != nil {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// closure is the text of a file that defines name and everything it needs, and the
// definitions it holds.
func (ix *index) closure(name string) (string, []string, error) {
	if ix.decls[name] == nil {
		return "", nil, fmt.Errorf("nflint's built-in schema has no definition %s", name)
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
	visit(name)
	sort.Slice(list, func(i, j int) bool { return list[i].order < list[j].order })
	var body strings.Builder
	var names []string
	for _, d := range list {
		body.WriteString(d.text)
		body.WriteByte('\n')
		names = append(names, d.name)
	}
	return "package nflint\n\n" + ix.importsFor(body.String()) + body.String(), names, nil
}

// importsFor is the import declaration of the packages text calls.
func (ix *index) importsFor(text string) string {
	used := map[string]bool{}
	for _, m := range pkgCall.FindAllStringSubmatch(text, -1) {
		if p, ok := ix.imports[m[1]]; ok {
			used[p] = true
		}
	}
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
