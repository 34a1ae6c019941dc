// Package explain documents the fields of Northflank specs from the command line, as
// `kubectl explain` does for Kubernetes: a field's type, whether it is required and when,
// its allowed values and bounds, its description from the API pages, and its child fields.
// It reads the definitions through package schema's reader, as the linter does, so what it
// documents is what the linter checks.
package explain

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/schema"
)

// A Page is what explain knows about one field, or about a kind's whole body.
type Page struct {
	Kind  *schema.Kind
	Path  string        // the field's path as findings write it, with [] for list items; "" for the body
	Field *schema.Field // nil for the body
	Value *schema.Def   // the field's definition
	// Condition is the requirement the field's siblings put on it, if any.
	Condition *schema.Condition
	// Alternative is set when the field belongs to one alternative of its object: the
	// alternative's number (1-based), how many there are, and the object's path.
	Alternative, Alternatives int
	Parent                    string
	// KeyOf is set for a key of an object whose keys are the user's own (runtimeFiles): the
	// object's path. Value is then what each such key holds, or nil when it may hold anything.
	KeyOf string
}

// A step is one element of a path: a key, or a list's items.
type step struct {
	key  string
	list bool
}

// Find resolves a path such as "deployment.docker.configType", "ports[].protocol",
// "ports[0].protocol" or "ports.protocol" in a kind's definition.
func Find(s *schema.Schema, k *schema.Kind, path string) (*Page, error) {
	steps, err := parsePath(path)
	if err != nil {
		return nil, err
	}
	p := &Page{Kind: k, Value: s.Def(k)}
	var shown strings.Builder
	for _, st := range steps {
		if p.Value == nil {
			return nil, fmt.Errorf("%s may hold anything: nothing below it is documented", describePath(k, shown.String()))
		}
		if st.list || isListOnly(p.Value) {
			e := p.Value.Elem()
			if e == nil || p.Value.Types()&schema.TypeArray == 0 {
				return nil, fmt.Errorf("%s is not a list", describePath(k, shown.String()))
			}
			p.Value = e
			shown.WriteString("[]")
			if st.list {
				continue
			}
		}
		if err := p.child(st.key, shown.String()); err != nil {
			return nil, err
		}
		kt := keyText(st.key)
		if shown.Len() > 0 && !strings.HasPrefix(kt, "[") {
			shown.WriteByte('.')
		}
		shown.WriteString(kt)
	}
	p.Path = shown.String()
	return p, nil
}

// child moves the page to a field of the current object, looking into its alternatives too.
func (p *Page) child(key, at string) error {
	var names []string
	objs := objects(p.Value)
	for i, obj := range objs {
		for _, f := range obj.Fields() {
			names = append(names, f.Name)
			if f.Name != key {
				continue
			}
			p.Field, p.Value, p.Condition = f, f.Def(), nil
			p.Alternative, p.Alternatives, p.Parent = 0, 0, ""
			if i > 0 {
				p.Alternative, p.Alternatives, p.Parent = i, len(objs)-1, describePath(p.Kind, at)
			}
			for _, c := range obj.Conditions() {
				if c.Field == key {
					p.Condition = &c
				}
			}
			return nil
		}
	}
	where := describePath(p.Kind, at)
	switch {
	case len(names) == 0 && p.Value.Types()&schema.TypeObject == 0:
		return fmt.Errorf("%s is %s, not an object: it has no field %q", where, withArticle(typeName(p.Value)), key)
	case len(names) == 0:
		// A key of the user's choosing: documented by what every key of the object holds.
		p.KeyOf, p.Value, p.Condition = where, p.Value.Extra(), nil
		p.Alternative, p.Alternatives, p.Parent = 0, 0, ""
		return nil
	}
	msg := fmt.Sprintf("%s has no field %q", where, key)
	if g := diag.Closest(key, names); g != "" {
		return fmt.Errorf("%s (did you mean %q?)", msg, g)
	}
	sort.Strings(names)
	return fmt.Errorf("%s; its fields are: %s", msg, strings.Join(uniq(names), ", "))
}

// objects lists the object definitions a value's fields come from: the value itself, then
// each of its alternatives, in order (index 0 is the value itself).
func objects(d *schema.Def) []*schema.Def {
	out := []*schema.Def{d}
	if a := d.Alternatives(); a != nil {
		for _, b := range a.Branches {
			out = append(out, b.Def)
		}
	}
	return out
}

func isListOnly(d *schema.Def) bool {
	t := d.Types()
	return t&schema.TypeArray != 0 && t&schema.TypeObject == 0
}

func describePath(k *schema.Kind, path string) string {
	if path == "" {
		return "the " + k.Name + " body"
	}
	return path
}

// parsePath splits a path written as findings write it.
func parsePath(path string) ([]step, error) {
	var out []step
	for i := 0; i < len(path); {
		switch c := path[i]; {
		case c == '.':
			if i == 0 || i == len(path)-1 || path[i+1] == '.' {
				return nil, fmt.Errorf("path %q has an empty key", path)
			}
			i++
		case c == '[':
			end := strings.IndexByte(path[i:], ']')
			if strings.HasPrefix(path[i:], `["`) {
				end = strings.Index(path[i:], `"]`) + 1
			}
			if end <= 0 {
				return nil, fmt.Errorf("path %q: unclosed [", path)
			}
			inner := path[i+1 : i+end]
			i += end + 1
			if strings.HasPrefix(inner, `"`) {
				key, err := strconv.Unquote(inner)
				if err != nil {
					return nil, fmt.Errorf("path %q: bad quoted key %s", path, inner)
				}
				out = append(out, step{key: key})
				continue
			}
			if _, err := strconv.Atoi(inner); inner != "" && err != nil {
				return nil, fmt.Errorf("path %q: [%s] is neither a list index nor a quoted key", path, inner)
			}
			out = append(out, step{list: true})
		default:
			j := i
			for j < len(path) && path[j] != '.' && path[j] != '[' {
				j++
			}
			out = append(out, step{key: path[i:j]})
			i = j
		}
	}
	return out, nil
}

func keyText(k string) string {
	for i, r := range k {
		ok := r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9'
		if !ok {
			return "[" + strconv.Quote(k) + "]"
		}
	}
	return k
}

func uniq(xs []string) []string {
	var out []string
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func withArticle(s string) string {
	if strings.IndexAny(s[:1], "aeiou") == 0 {
		return "an " + s
	}
	return "a " + s
}
