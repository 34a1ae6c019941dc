package main

import (
	"fmt"
	"sort"
	"strings"
)

// A Row is one place where the sources disagree, for the table in schema/README.md.
type Row struct {
	Field     string // the path
	Seed      string // what the seed page (or the js-client type) says
	Reference string // what the reference says
	Nflint    string // what nflint does
	Why       string
	Defs      []string // the definitions it applies to
	From      []string // seed page lines: "000:812"
}

// Notes collect what the generator reports besides the CUE: disagreements, prose it could
// not read, fields the reference added since the seeds, and warnings about the input.
type Notes struct {
	rows     map[string]*Row
	unreadBy map[string]map[string]bool // sentence -> "Def path"
	added    map[string][]string        // definition -> paths the reference has and its seed does not
	warnings []string
}

func newNotes() *Notes {
	return &Notes{rows: map[string]*Row{}, unreadBy: map[string]map[string]bool{}, added: map[string][]string{}}
}

func (n *Notes) row(def string, r Row) {
	key := strings.Join([]string{r.Field, r.Seed, r.Reference, r.Nflint}, "\x00")
	old := n.rows[key]
	if old == nil {
		r.Defs = []string{def}
		n.rows[key] = &r
		return
	}
	if !contains(old.Defs, def) {
		old.Defs = append(old.Defs, def)
	}
	for _, f := range r.From {
		if !contains(old.From, f) {
			old.From = append(old.From, f)
		}
	}
}

func (n *Notes) unread(def, path, sentence string) {
	if n.unreadBy[sentence] == nil {
		n.unreadBy[sentence] = map[string]bool{}
	}
	n.unreadBy[sentence][def+" "+path] = true
}

func (n *Notes) warn(format string, args ...any) {
	n.warnings = append(n.warnings, fmt.Sprintf(format, args...))
}

// Rows lists the disagreements, by field then by what they say.
func (n *Notes) Rows() []*Row {
	var out []*Row
	for _, k := range sortedKeys(n.rows) {
		out = append(out, n.rows[k])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Field < out[j].Field })
	return out
}

// An Unread is a sentence of prose that states a rule nflint's schema does not encode.
type Unread struct {
	Sentence string
	Where    []string // "Def path"
}

// Unread lists the prose the generator could not read.
func (n *Notes) Unread() []Unread {
	var out []Unread
	for _, s := range sortedKeys(n.unreadBy) {
		out = append(out, Unread{Sentence: s, Where: sortedKeys(n.unreadBy[s])})
	}
	return out
}
