package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// The generated parts of schema/README.md sit between <!-- refgen:NAME --> and
// <!-- /refgen:NAME -->; the generator rewrites them and leaves the rest as written.

var block = regexp.MustCompile(`(?s)(<!-- refgen:([a-z-]+) -->\n).*?(<!-- /refgen:[a-z-]+ -->)`)

// spliceReadme replaces every generated block of readme; a block it does not know is an error.
func spliceReadme(readme string, blocks map[string]string) (string, error) {
	var err error
	seen := map[string]bool{}
	out := block.ReplaceAllStringFunc(readme, func(m string) string {
		sub := block.FindStringSubmatch(m)
		name := sub[2]
		text, ok := blocks[name]
		if !ok {
			err = fmt.Errorf("schema/README.md: unknown generated block %q", name)
			return m
		}
		seen[name] = true
		return sub[1] + text + sub[3]
	})
	for _, name := range sortedKeys(blocks) {
		if !seen[name] && err == nil {
			err = fmt.Errorf("schema/README.md: no block <!-- refgen:%s --> ... <!-- /refgen:%s -->", name, name)
		}
	}
	return out, err
}

// readmeBlocks renders the tables the README keeps.
func readmeBlocks(n *Notes, pages map[string]*Page) map[string]string {
	return map[string]string{
		"bodies":         bodiesTable(pages),
		"disagreements":  rowsTable(n.Rows()),
		"added":          addedList(n),
		"unread":         unreadList(n.Unread()),
		"without-bounds": withoutBounds(),
	}
}

func bodiesTable(pages map[string]*Page) string {
	var b strings.Builder
	b.WriteString("| definition | page | endpoint | body | js-client type | numeric bounds from |\n|---|---|---|---|---|---|\n")
	for _, s := range Bodies {
		seeds := "—"
		if len(s.Seeds) > 0 {
			seeds = strings.Join(s.Seeds, ", ")
		}
		fmt.Fprintf(&b, "| `%s` | `%s` | %s | %s | `%s` | %s |\n", s.Def, s.Page, pages[s.Page].Endpoint,
			strings.ToLower(strings.Trim(s.Section, "*:")), s.TSType, seeds)
	}
	return b.String()
}

func rowsTable(rows []*Row) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d rows.\n\n| field | seed (or js-client) | reference | what nflint does | why | definitions |\n|---|---|---|---|---|---|\n", len(rows))
	for _, r := range rows {
		seed := r.Seed
		if len(r.From) > 0 {
			from := append([]string(nil), r.From...)
			sort.Strings(from)
			seed += " (" + strings.Join(from, ", ") + ")"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s |\n", r.Field, cell(seed), cell(r.Reference), cell(r.Nflint),
			cell(r.Why), cell(defList(r.Defs)))
	}
	return b.String()
}

func cell(s string) string { return strings.ReplaceAll(s, "\n", " ") }

func defList(defs []string) string {
	d := append([]string(nil), defs...)
	sort.Strings(d)
	return "`" + strings.Join(d, "`, `") + "`"
}

func addedList(n *Notes) string {
	var b strings.Builder
	for _, def := range sortedKeys(n.added) {
		paths := outermost(n.added[def])
		fmt.Fprintf(&b, "- `%s`: `%s`\n", def, strings.Join(paths, "`, `"))
	}
	return b.String()
}

func unreadList(us []Unread) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d sentences.\n\n", len(us))
	for _, u := range us {
		fields := map[string]bool{}
		for _, w := range u.Where {
			_, path, _ := strings.Cut(w, " ")
			fields[path] = true
		}
		fmt.Fprintf(&b, "- %q — `%s` (%d definitions)\n", u.Sentence, strings.Join(sortedKeys(fields), "`, `"), len(u.Where))
	}
	return b.String()
}

func withoutBounds() string {
	var none []string
	for _, s := range Bodies {
		if len(s.Seeds) == 0 {
			none = append(none, "`"+s.Def+"`")
		}
	}
	return strings.Join(none, ", ") + "\n"
}
