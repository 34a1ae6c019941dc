package main

import (
	"fmt"
	"strings"

	"github.com/nflint/nflint/schema"
)

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
		// the first of the trigger's values that makes the field required
		for _, c := range s.field.Conditions() {
			if c.Field == s.steps[len(s.steps)-1] && len(c.Values) > 0 {
				m.trigger = c.Values[0].Go()
				return m, true
			}
		}
		return m, false
	case "alternative":
		m.value = noBranch(s.field.Alternatives().Branches, s.path)
	default:
		x, ok := breaking(s.field, s.cons)
		m.value = x
		return m, ok
	}
	return m, true
}

// noBranch is an object no branch accepts: an empty one, or, where "choose later" accepts
// that, one with the keys of every branch at once: their required keys, or, where every
// field of every branch is optional (the patch addon body), all their keys.
func noBranch(bs []*schema.Branch, path string) *obj {
	empty := newObj()
	if !acceptsAny(bs, empty) {
		return empty
	}
	both := allKeys(bs, path, false)
	if acceptsAny(bs, both) {
		both = allKeys(bs, path, true)
	}
	return both
}

func allKeys(bs []*schema.Branch, path string, full bool) *obj {
	all := newObj()
	g := &generator{full: full, choice: func(string, int) int { return 0 }}
	for _, b := range bs {
		if o, ok := g.value(b.Def, path).(*obj); ok {
			for _, k := range o.keys {
				all.set(k, o.vals[k])
			}
		}
	}
	return all
}

func acceptsAny(bs []*schema.Branch, x any) bool {
	for _, b := range bs {
		if b.Def.Accepts(x) {
			return true
		}
	}
	return false
}

// materialize makes sure the document holds a value at the site's path, creating what is
// missing: minimal objects, and a new list item at every list step when fresh is set.
// It returns the object holding the last key.
func materialize(doc *obj, def *schema.Def, m mutation, fresh bool, docChoice map[string]int) (*obj, string) {
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
		if a := alternatives(v); a != nil {
			v = a.Branches[choice(abs, len(a.Branches))].Def
		}
		if st == "*" {
			var elem *schema.Def
			if v != nil {
				elem = v.Elem()
			}
			list, _ := holder.vals[last].([]any)
			if fresh || len(list) == 0 {
				list = append(list, minimal.value(elem, abs+"[*]"))
				holder.vals[last] = list
			}
			cur, v, abs = list[len(list)-1], elem, abs+"[*]"
			continue
		}
		o := cur.(*obj)
		fv := fieldDef(v, st)
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

// fieldDef is the definition of a declared field, nil when there is none.
func fieldDef(d *schema.Def, name string) *schema.Def {
	if d == nil {
		return nil
	}
	if f, ok := d.Field(name); ok {
		return f.Def()
	}
	return nil
}

func alternatives(d *schema.Def) *schema.Alternatives {
	if d == nil {
		return nil
	}
	return d.Alternatives()
}

func (m mutation) apply(doc *obj, def *schema.Def, docChoice map[string]int) {
	if len(m.s.steps) == 0 {
		// the body itself is the alternative (addons, projects): the whole document is the
		// object no branch accepts
		if v, ok := m.value.(*obj); ok {
			doc.keys, doc.vals = v.keys, v.vals
		}
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
