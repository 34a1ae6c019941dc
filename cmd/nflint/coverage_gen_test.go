package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cuelang.org/go/cue"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/nflint/nflint/schema"
)

var genCases = flag.Bool("update-generated", false,
	"write testdata/schema/<kind>/generated-*.txtar from the schema (then run -update-cases and review every want line)")

// The generated cases hold, per kind, valid documents that set every field the definition
// declares (one per branch of its alternatives) and broken documents that each break many
// constraints at once, one mutation per constraint. Mutations inside lists get a list item of
// their own, so that one document can hold dozens of them without one finding hiding another.

// obj is a JSON object that keeps its keys in the order the definition declares them.
type obj struct {
	keys []string
	vals map[string]any
}

func newObj() *obj { return &obj{vals: map[string]any{}} }

func (o *obj) set(k string, v any) {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
}

func (o *obj) del(k string) {
	delete(o.vals, k)
	for i, x := range o.keys {
		if x == k {
			o.keys = append(o.keys[:i:i], o.keys[i+1:]...)
			return
		}
	}
}

func (o *obj) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		vb, err := json.Marshal(o.vals[k])
		if err != nil {
			return nil, err
		}
		b.Write(kb)
		b.WriteByte(':')
		b.Write(vb)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// A generator builds documents for one kind. choice picks the branch of an alternative.
type generator struct {
	full   bool // every declared field, or only the required (and conditional) ones
	choice func(abs string, n int) int
}

func (g *generator) value(v cue.Value, abs string) any {
	if bs := branches(v); bs != nil {
		return g.value(bs[g.choice(abs, len(bs))], abs)
	}
	if isStruct(v) {
		o := newObj()
		it, _ := v.Fields(cue.Optional(true))
		n := 0
		for it.Next() {
			n++
			name := it.Selector().Unquoted()
			req := it.Selector().ConstraintType() == cue.RequiredConstraint
			if g.full || req || requiredWhenAttr(it.Value()) != "" {
				o.set(name, g.value(it.Value(), joinKey(abs, name)))
			}
		}
		if n == 0 && v.Allows(cue.Str("EXAMPLE_KEY")) {
			o.set("EXAMPLE_KEY", "example-value")
		}
		return o
	}
	if elem := elemOf(v); elem.Exists() {
		return []any{g.value(elem, abs+"[*]")}
	}
	return validScalar(v)
}

func isStruct(v cue.Value) bool {
	if v.IncompleteKind() == cue.StructKind {
		return true
	}
	it, err := v.Fields(cue.Optional(true))
	return err == nil && it.Next()
}

var stringCandidates = []any{"example-name", "nf-compute-20", "main", "/", "/app", "/Dockerfile",
	"https://github.com/acme/orders", "acme/builder", "web", "abc", "0123456789abcdef0123456789abcdef01234567",
	"0123456789abcdef01234567", "nginx:latest", "x-api-key", "/metrics", "requests_total", "value"}

var numberCandidates = []any{1, 10, 15, 64, 100, 1024, 16384, 8080}

// validScalar picks a value the definition accepts: an allowed value, a bound, or a sample.
func validScalar(v cue.Value) any {
	cands := allowedValues(v)
	for _, k := range schema.Conjuncts(v) {
		op, args := k.Expr()
		switch {
		case op == cue.NoOp && k.IsConcrete():
			if x, err := goValue(k); err == nil {
				cands = append(cands, x)
			}
		case op == cue.GreaterThanEqualOp:
			if x, err := goValue(args[0]); err == nil {
				cands = append(cands, x)
			}
		}
	}
	cands = append(cands, stringCandidates...)
	cands = append(cands, numberCandidates...)
	cands = append(cands, true, 1.5)
	for _, c := range cands {
		if accepts(v, c) {
			return c
		}
	}
	return "value"
}

// allowedValues lists the concrete values of a field's disjunctions, also those nested in
// alternatives such as ("HTTP" | "HTTP/2") | ("HTTP" | "HTTP/2" | "TCP" | "UDP").
func allowedValues(v cue.Value) []any {
	var out []any
	for _, k := range schema.Conjuncts(v) {
		if op, args := k.Expr(); op == cue.OrOp {
			for _, a := range args {
				if x, err := goValue(a); err == nil {
					out = append(out, x)
				} else {
					out = append(out, allowedValues(a)...)
				}
			}
		}
	}
	return out
}

func goValue(v cue.Value) (any, error) {
	if !v.IsConcrete() {
		return nil, fmt.Errorf("not concrete")
	}
	var x any
	err := v.Decode(&x)
	return x, err
}

func accepts(v cue.Value, x any) bool {
	return v.Unify(v.Context().Encode(x)).Validate(cue.Concrete(true)) == nil
}

// breaking finds a value that breaks conjunct k of field value v and keeps every other
// conjunct, so that the finding is about k alone.
func breaking(v, k cue.Value) (any, bool) {
	var rest cue.Value
	for _, c := range schema.Conjuncts(v) {
		if c == k || fmt.Sprint(c) == fmt.Sprint(k) || checkOrder[classify(c)] > checkOrder[classify(k)] {
			// nflint reports the first constraint a value breaks, in checkOrder: later ones
			// may break too
			continue
		}
		if !rest.Exists() {
			rest = c
		} else {
			rest = rest.Unify(c)
		}
	}
	var cands []any
	_, args := k.Expr()
	for _, a := range args {
		if n, err := a.Int64(); err == nil {
			cands = append(cands, n-1, n+1, n, strings.Repeat("a", int(max(n-1, 0))), strings.Repeat("a", int(n+1)),
				[]any{})
		}
	}
	for _, c := range schema.Conjuncts(v) {
		// the page's own allowed values may lie outside its bounds (build storage sizes)
		if op, vals := c.Expr(); op == cue.OrOp {
			for _, a := range vals {
				if x, err := goValue(a); err == nil {
					cands = append(cands, x)
				}
			}
		}
	}
	cands = append(cands, "~", "~~~", "~~~~~~~~~~~~~~~~~~~~~~~~", "zzz-not-allowed", "abc", 3, 7, 999999999, -5, "")
	for _, c := range cands {
		if !accepts(k, c) && (!rest.Exists() || accepts(rest, c)) {
			return c, true
		}
	}
	return nil, false
}

// checkOrder is the order in which nflint checks the conjuncts of a scalar (lint/constraint.go).
var checkOrder = map[string]int{"": -1, "enum": 0, "one-of": 1, "min": 2, "max": 2, "min-length": 3, "max-length": 3,
	"pattern": 4}

// A mutation breaks one site.
type mutation struct {
	s       site
	value   any  // the value to put at the site, unless del
	del     bool // remove the field
	trigger any  // conditionals: the trigger's value
}

// fixed is the part of the mutation's path before its first list item: the containers it
// shares with other mutations of the same document.
func (m mutation) touches() (paths [][]string, inList bool) {
	for i, st := range m.s.steps {
		if st == "*" {
			return [][]string{m.s.steps[:i]}, true
		}
	}
	paths = [][]string{m.s.steps}
	if m.s.trigger != "" {
		paths = append(paths, append(m.s.steps[:len(m.s.steps)-1:len(m.s.steps)-1], m.s.trigger))
	}
	return paths, false
}

func prefixRelated(a, b []string) bool {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func conflict(a, b mutation) bool {
	pa, la := a.touches()
	pb, lb := b.touches()
	if !strings.Contains(a.s.alt, "[*]") && a.s.alt == b.s.alt && a.s.alt != "" {
		return true
	}
	for _, x := range pa {
		for _, y := range pb {
			switch {
			case !la && !lb && prefixRelated(x, y):
				return true
			case !la && lb && len(x) <= len(y) && prefixRelated(x, y):
				return true
			case la && !lb && len(y) <= len(x) && prefixRelated(x, y):
				return true
			}
		}
	}
	return false
}

func mutationFor(s site) (mutation, bool) {
	m := mutation{s: s}
	switch s.key.class {
	case "required":
		m.del = true
	case "conditional":
		m.del = true
		trig := s.field.LookupPath(cue.MakePath(cue.Str(s.trigger)))
		if !trig.Exists() {
			it, _ := s.field.Fields(cue.Optional(true))
			for it.Next() {
				if it.Selector().Unquoted() == s.trigger {
					trig = it.Value()
				}
			}
		}
		for _, k := range schema.Conjuncts(trig) {
			if op, args := k.Expr(); op == cue.OrOp {
				for _, a := range args {
					x, _ := goValue(a)
					if requiredWith(s.field, s.trigger, x, s.steps[len(s.steps)-1]) {
						m.trigger = x
						return m, true
					}
				}
			}
		}
		return m, false
	case "alternative":
		bs := branches(s.field)
		empty := newObj()
		if !acceptsAny(bs, empty) {
			m.value = empty
			return m, true
		}
		// "choose later" accepts an empty object: set the keys of two branches at once
		both := newObj()
		g := &generator{choice: func(string, int) int { return 0 }}
		for _, b := range bs {
			if o, ok := g.value(b, s.path).(*obj); ok {
				for _, k := range o.keys {
					both.set(k, o.vals[k])
				}
			}
		}
		m.value = both
		return m, true
	default:
		x, ok := breaking(s.field, s.conj)
		m.value = x
		return m, ok
	}
	return m, true
}

func acceptsAny(bs []cue.Value, x any) bool {
	for _, b := range bs {
		if accepts(b, x) {
			return true
		}
	}
	return false
}

func requiredWith(parent cue.Value, trigger string, x any, field string) bool {
	o := newObj()
	o.set(trigger, x)
	u := parent.Unify(parent.Context().Encode(o))
	it, err := u.Fields(cue.Optional(true))
	if err != nil {
		return false
	}
	for it.Next() {
		if it.Selector().Unquoted() == field {
			return it.Selector().ConstraintType() == cue.RequiredConstraint
		}
	}
	return false
}

// materialize makes sure the document holds a value at the site's path, creating what is
// missing: minimal objects, and a new list item at every list step when fresh is set.
// It returns the object holding the last key.
func materialize(doc *obj, def cue.Value, m mutation, fresh bool, docChoice map[string]int) (*obj, string) {
	cur := any(doc)
	v := def
	abs := ""
	choice := func(p string, n int) int {
		if i, ok := docChoice[p]; ok {
			return i % n
		}
		return branchIn(m.s.choices, p) % n
	}
	minimal := &generator{choice: choice}
	var holder *obj
	last := ""
	for i, st := range m.s.steps {
		if bs := branches(v); bs != nil {
			v = bs[choice(abs, len(bs))]
		}
		if st == "*" {
			elem := elemOf(v)
			list, _ := holder.vals[last].([]any)
			if fresh || len(list) == 0 {
				list = append(list, minimal.value(elem, abs+"[*]"))
				holder.vals[last] = list
			}
			cur, v, abs = list[len(list)-1], elem, abs+"[*]"
			continue
		}
		o := cur.(*obj)
		fv := fieldValue(v, st)
		abs = joinKey(abs, st)
		if _, ok := o.vals[st]; !ok && i < len(m.s.steps)-1 {
			o.set(st, minimal.value(fv, abs))
		}
		holder, last = o, st
		cur, v = o.vals[st], fv
	}
	return holder, last
}

func branchIn(choices, p string) int {
	for _, c := range strings.Split(choices, ";") {
		if k, v, ok := strings.Cut(c, "="); ok && k == p {
			var i int
			fmt.Sscan(v, &i)
			return i
		}
	}
	return 0
}

func fieldValue(v cue.Value, name string) cue.Value {
	it, _ := v.Fields(cue.Optional(true))
	for it.Next() {
		if it.Selector().Unquoted() == name {
			return it.Value()
		}
	}
	return cue.Value{}
}

func (m mutation) apply(doc *obj, def cue.Value, docChoice map[string]int) {
	if len(m.s.steps) == 0 {
		return
	}
	holder, last := materialize(doc, def, m, true, docChoice)
	if holder == nil {
		return
	}
	switch {
	case m.s.steps[len(m.s.steps)-1] == "*":
		list := holder.vals[last].([]any)
		list[len(list)-1] = m.value
	case m.del:
		holder.del(last)
		if m.trigger != nil {
			holder.set(m.s.trigger, m.trigger)
		}
	default:
		holder.set(last, m.value)
	}
}

func generateCases(t *testing.T, s *schema.Schema) {
	for _, k := range schema.Kinds {
		def := s.Definition(k)
		sites := constraintsOf(def, k.Definition)
		var files []txtar.File
		// valid documents: every field, every branch of every alternative
		most := 1
		for _, st := range sites {
			if st.key.class == "alternative" {
				most = max(most, len(branches(st.field)))
			}
		}
		for b := 0; b < most; b++ {
			g := &generator{full: true, choice: func(_ string, n int) int { return min(b, n-1) }}
			files = append(files, jsonFile(fmt.Sprintf("valid-%d.json", b+1), g.value(def, "")))
		}
		writeCase(t, k.Name, "generated-valid.txtar", fmt.Sprintf(
			"Generated by go test ./cmd/nflint -run TestSchemaCoverage -update-generated: documents that set every field\n"+
				"of %s with an allowed value, one per branch of its alternatives. None may draw an error (rules may warn).\n", k.Name), files)
		// broken documents
		var muts []mutation
		seen := map[string]bool{}
		for _, st := range sites {
			id := st.key.String() + "@" + st.path
			if seen[id] {
				continue
			}
			seen[id] = true
			m, ok := mutationFor(st)
			if !ok {
				t.Logf("%s: %s at %s: no value breaks it alone", k.Name, st.key, st.path)
				continue
			}
			muts = append(muts, m)
		}
		var docs [][]mutation
		for _, m := range muts {
			placed := false
			for i, d := range docs {
				ok := true
				for _, o := range d {
					if conflict(m, o) || !compatible(m, o) {
						ok = false
						break
					}
				}
				if ok {
					docs[i] = append(d, m)
					placed = true
					break
				}
			}
			if !placed {
				docs = append(docs, []mutation{m})
			}
		}
		files = nil
		for i, d := range docs {
			choice := map[string]int{}
			for _, m := range d {
				for _, c := range strings.Split(m.s.choices, ";") {
					if p, v, ok := strings.Cut(c, "="); ok && !strings.Contains(p, "[*]") {
						var n int
						fmt.Sscan(v, &n)
						choice[p] = n
					}
				}
			}
			g := &generator{choice: func(p string, n int) int { return choice[p] % n }}
			doc := g.value(def, "").(*obj)
			for _, m := range d {
				m.apply(doc, def, choice)
			}
			files = append(files, jsonFile(fmt.Sprintf("broken-%d.json", i+1), doc))
		}
		writeCase(t, k.Name, "generated-broken.txtar", fmt.Sprintf(
			"Generated by go test ./cmd/nflint -run TestSchemaCoverage -update-generated: documents of %s that each\n"+
				"break many constraints, one change per constraint; every finding is listed.\n", k.Name), files)
	}
}

// compatible: two mutations that pass through the same alternative outside a list need the
// same branch.
func compatible(a, b mutation) bool {
	ca, cb := map[string]string{}, map[string]string{}
	for _, c := range strings.Split(a.s.choices, ";") {
		if p, v, ok := strings.Cut(c, "="); ok && !strings.Contains(p, "[*]") {
			ca[p] = v
		}
	}
	for _, c := range strings.Split(b.s.choices, ";") {
		if p, v, ok := strings.Cut(c, "="); ok && !strings.Contains(p, "[*]") {
			cb[p] = v
		}
	}
	for p, v := range ca {
		if w, ok := cb[p]; ok && w != v {
			return false
		}
	}
	return true
}

func jsonFile(name string, v any) txtar.File {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		panic(err)
	}
	return txtar.File{Name: name, Data: append(b, '\n')}
}

func writeCase(t *testing.T, kind, name, comment string, files []txtar.File) {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "schema", kind)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	a := &txtar.Archive{Comment: []byte(comment)}
	a.Files = append(a.Files, txtar.File{Name: "args", Data: []byte("--kind " + kind + "\n")})
	a.Files = append(a.Files, files...)
	a.Files = append(a.Files, txtar.File{Name: "want", Data: nil})
	if err := os.WriteFile(filepath.Join(dir, name), txtar.Format(a), 0o644); err != nil {
		t.Fatal(err)
	}
}
