package lint

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/errors"

	"github.com/nflint/nflint/schema"
)

// A checker validates one document, or one part of one, against a definition. It walks the
// data and the definition together, so that every finding is placed on the node it is about
// and each cause is reported once, whatever CUE's own error list would say.
type checker struct {
	ctx     *cue.Context
	file    string
	doc     int
	lenient bool // template placeholders stand for any value
	diags   []diag.Diagnostic

	// places indexes the body's fields by name (built on the first unknown key: indexing a
	// large body's whole tree costs more than checking it), and base is the body's path in the document,
	// so that an unknown key declared elsewhere in the body is told where it belongs. nil for
	// checks of a part on its own (template shapes).
	places func() placesIndex
	base   diag.Path
	// alsoAllowed holds, by path, the fields of every alternative of an object no alternative
	// was chosen for: listed as allowed, and candidates for did-you-mean.
	alsoAllowed map[string][]string
	// accepted remembers the values definitions accepted (accepted.go); nil checks every time.
	accepted *accepted
	// native answers what it can without CUE (native.go); nil asks CUE everything.
	native *natives
	// built counts the CUE values the checker built, for the engine's renewal; nil counts none.
	built *int
}

// failure validates n against def and returns the error, if any. In templates a placeholder
// stands for a value not known until Northflank substitutes it: CUE calls such a value
// incomplete, and failures at placeholders alone do not count.
func (c *checker) failure(def *schema.Def, n *source.Node) error {
	var k acceptedKey
	if c.accepted != nil {
		if k = c.accepted.key(def, c.mode(), n); c.accepted.has(k) {
			return nil
		}
	}
	err := c.value(n).Unify(def.Value).Validate(cue.Concrete(true))
	if err == nil || c.excused(err, n) {
		if c.accepted != nil {
			c.accepted.add(k)
		}
		return nil
	}
	return err
}

// excused reports whether every failure in err, on a value built from n, is at a placeholder
// (in templates) or at a value the decoder cut at MaxDepth, below one, or holding one: a cut
// value stands for any value, so it is never concrete, and a disjunction that tells its
// branches apart by it ("configType") stays unresolved.
func (c *checker) excused(err error, n *source.Node) bool {
	for _, e := range errors.Errors(err) {
		if format, _ := e.Msg(); strings.Contains(format, "not allowed") {
			return false // an unknown key is unknown whatever its value stands for
		}
		p := pathOf(e.Path())
		x := n.Lookup(p)
		placeholder := c.lenient && x != nil && x.Kind == source.String && source.HasPlaceholder(x.Text)
		if !placeholder && !cutOn(n, p) {
			return false
		}
	}
	return true
}

// cutOn reports whether path p from n meets a value cut at MaxDepth, or ends at one holding
// such a value.
func cutOn(n *source.Node, p diag.Path) bool {
	for i := 0; n != nil && !n.Truncated && i < len(p); i++ {
		n = n.Lookup(p[i : i+1])
	}
	if n == nil || n.Truncated {
		return n != nil
	}
	for _, m := range n.Members {
		if m.Value != nil && m.Value.Truncated {
			return true
		}
	}
	return len(n.Items) > 0 && n.Items[0].Truncated // items are all as deep as the first
}

// pathOf converts a CUE error path to a Path.
func pathOf(sels []string) diag.Path {
	p := diag.Path{}
	for _, s := range sels {
		if u, err := strconv.Unquote(s); err == nil && strings.HasPrefix(s, `"`) {
			p = p.Key(u) // a label CUE quotes in paths: "a.json"
		} else if i, err := strconv.Atoi(s); err == nil {
			p = p.Index(i)
		} else {
			p = p.Key(s)
		}
	}
	return p
}

func (c *checker) mode() mode {
	if c.lenient {
		return lenient
	}
	return strict
}

func (c *checker) report(d diag.Diagnostic) {
	d.File, d.Document = c.file, c.doc
	if d.Severity == 0 {
		d.Severity = diag.Error
	}
	c.diags = append(c.diags, d)
}

// check validates n, found at path, against definition v. anchor is the key that holds n (or n
// itself for list items and the document root): missing fields are reported there.
func (c *checker) check(def *schema.Def, n *source.Node, path diag.Path, anchor Span) {
	if n == nil {
		return
	}
	// Most documents are valid: one unification settles them without walking anything.
	if c.valid(def, n) {
		return
	}
	before := len(c.diags)
	c.walk(def, n, path, anchor)
	if len(c.diags) == before {
		c.unexplained(def, n, path, anchor)
	}
}

// A Span is the text a finding underlines.
type Span struct{ Pos, End diag.Pos }

func nodeSpan(n *source.Node) Span  { return Span{n.Pos, n.End} }
func keySpan(m *source.Member) Span { return Span{m.KeyPos, m.KeyEnd} }

func (c *checker) walk(s *schema.Def, n *source.Node, path diag.Path, anchor Span) {
	if n == nil || n.Truncated || (c.lenient && n.IsPlaceholder()) {
		return
	}
	if a := s.Alternatives(); a != nil && n.Kind == source.Object {
		c.alternatives(a, n, path, anchor)
		return
	}
	want := s.Types()
	if want == 0 {
		return
	}
	if want&nodeTypes(n) == 0 {
		c.report(diag.Diagnostic{Pos: n.Pos, End: n.End, Path: path, Rule: "type",
			Message: fmt.Sprintf("expected %s, found %s", expectedTypes(want), found(n))})
		return
	}
	switch n.Kind {
	case source.Object:
		c.object(s, n, path, anchor)
	case source.Array:
		c.array(s, n, path)
	default:
		c.scalar(s, n, path)
	}
}

func found(n *source.Node) string {
	switch n.Kind {
	case source.Object, source.Array:
		return "an " + n.Kind.String()
	case source.Null:
		return "null"
	}
	return n.Kind.String() + " " + n.Describe()
}

func (c *checker) object(s *schema.Def, n *source.Node, path diag.Path, anchor Span) {
	declared := s.Fields()
	names := make([]string, 0, len(declared))
	for _, f := range declared {
		names = append(names, f.Name)
	}
	// A misspelt required field is one mistake: it is reported as the unknown field, with
	// the right name suggested, and not again as the missing one.
	misspelt := map[string]bool{}
	for _, m := range n.Members {
		f, ok := s.Field(m.Key)
		switch {
		case ok:
			c.walk(f.Def(), m.Value, path.Key(m.Key), keySpan(m))
		case !s.Allows(m.Key):
			misspelt[c.unknown(s, m, names, path)] = true
		}
	}
	for _, f := range declared {
		if f.Required && n.Member(f.Name) == nil && !misspelt[f.Name] {
			c.report(diag.Diagnostic{Pos: anchor.Pos, End: anchor.End, Path: path.Key(f.Name), Rule: "required",
				Message: fmt.Sprintf("required field %q is missing", f.Name)})
		}
	}
	c.conditional(s, declared, n, path, anchor)
}

// unknown reports a field the definition does not declare and returns the declared field it
// most likely misspells, or "".
func (c *checker) unknown(s *schema.Def, m *source.Member, allowed []string, path diag.Path) string {
	d := diag.Diagnostic{Pos: m.KeyPos, End: m.KeyEnd, Path: path.Key(m.Key), Rule: "unknown-field",
		Message: fmt.Sprintf("unknown field %q", m.Key)}
	for _, k := range c.alsoAllowed[path.String()] {
		if !slices.Contains(allowed, k) {
			allowed = append(allowed, k)
		}
	}
	guess := diag.Closest(m.Key, allowed)
	if places := c.elsewhere(m, path); len(places) > 0 && !closeFit(s, guess, m) {
		d.Suggestion = belongsSuggestion(m.Key, places)
		c.report(d)
		return ""
	}
	if guess != "" {
		d.Suggestion = fmt.Sprintf("did you mean %q?", guess)
	} else if len(allowed) > 0 {
		sorted := append([]string(nil), allowed...)
		sort.Strings(sorted)
		d.Message += "; allowed fields here: " + strings.Join(sorted, ", ")
	}
	c.report(d)
	return guess
}

// elsewhere returns where else in the body m's key is declared with a type its value has.
func (c *checker) elsewhere(m *source.Member, path diag.Path) []string {
	if c.places == nil || len(path) < len(c.base) {
		return nil
	}
	return c.places().elsewhere(m.Key, generalised(path[len(c.base):]), m.Value)
}

// closeFit reports whether guess, the did-you-mean for m, is a better answer than a place
// elsewhere: a near spelling whose type fits the value.
func closeFit(s *schema.Def, guess string, m *source.Member) bool {
	f, ok := s.Field(guess)
	if guess == "" || !ok || f.Def().Types()&nodeTypes(m.Value) == 0 {
		return false
	}
	return diag.Distance(guess, m.Key) <= 2
}

// conditional reports fields the definition requires only because of another field's value,
// such as customCommand when configType is "customCommand". The definition marks them
// @nflint(requiredWhen=trigger); unifying it with the data tells whether the condition holds.
func (c *checker) conditional(s *schema.Def, declared []*schema.Field, n *source.Node, path diag.Path, anchor Span) {
	var candidates []*schema.Field
	for _, f := range declared {
		if !f.Required && n.Member(f.Name) == nil && f.RequiredWhen != "" {
			candidates = append(candidates, f)
		}
	}
	if len(candidates) == 0 {
		return
	}
	now := c.requiredWith(s, n)
	for _, f := range candidates {
		if !now[f.Name] {
			continue
		}
		trigger := f.RequiredWhen
		d := diag.Diagnostic{Pos: anchor.Pos, End: anchor.End, Path: path.Key(f.Name), Rule: "conditional",
			Message: fmt.Sprintf("%q is required when %s is %s", f.Name, trigger, n.Get(trigger).Describe())}
		if tm := n.Member(trigger); tm != nil && tm.KeyPos.Line != anchor.Pos.Line { // else the snippet shows it
			d.Related = []diag.Related{{Pos: tm.KeyPos, End: tm.KeyEnd, Message: trigger + " is set here"}}
		}
		c.report(d)
	}
}

func (c *checker) array(s *schema.Def, n *source.Node, path diag.Path) {
	if elem := s.Elem(); elem != nil {
		for i, it := range n.Items {
			c.walk(elem, it, path.Index(i), nodeSpan(it))
		}
	}
	// Constraints on the list itself, such as a minimum number of items.
	for i, k := range s.Constraints() {
		if k.Class != schema.ClassMinLength && k.Class != schema.ClassMaxLength {
			continue
		}
		if !c.holds(s, i, n, false) {
			c.report(diag.Diagnostic{Pos: n.Pos, End: n.End, Path: path, Rule: "length",
				Message: itemsMessage(len(n.Items), k)})
		}
	}
}

func itemsMessage(have int, k schema.Constraint) string {
	if k.Class == schema.ClassMinLength {
		return fmt.Sprintf("the list has %d items, at least %d are required", have, k.Length)
	}
	return fmt.Sprintf("the list has %d items, at most %d are allowed", have, k.Length)
}

// unexplained reports a CUE failure the walk found no cause for. It should not happen; when
// it does, the user still learns that the document is invalid, and where.
func (c *checker) unexplained(def *schema.Def, n *source.Node, path diag.Path, anchor Span) {
	err := c.failure(def, n)
	if err == nil {
		return
	}
	p := path
	at := anchor
	if errs := cueErrors(err); len(errs) > 0 { // the first error is where CUE stopped
		sub := pathOf(errs[0])
		if x := n.Lookup(sub); x != nil {
			p, at = append(path[:len(path):len(path)], sub...), nodeSpan(x)
		}
	}
	c.report(diag.Diagnostic{Pos: at.Pos, End: at.End, Path: p, Rule: "schema",
		Message: "the value does not satisfy the API's definition here"})
}
