package main

import (
	"regexp"
	"strconv"
	"strings"
)

// An Alt is one alternative of a field as the reference prints it: `(type) (required)
// description (enum: a, b) (pattern: re) (min length: n) (max length: n) (format: f)`, an
// `{object}` whose fields follow on the next lines, or `[array of]` something.
type Alt struct {
	Kind      string   // string, integer, number, boolean, object, array, undefined; "" when unreadable
	Items     []*Alt   // array: what the items may be (several: a union of items)
	ItemsMO   bool     // array: the items were printed as (multiple options)
	Fields    []*Field // object: the fields printed under it
	Required  bool     // "(required)" was printed
	Desc      string   // the description, keyword groups removed
	Enum      []string // (enum: ...), as written
	Pattern   *string  // (pattern: ...)
	MinLength *int     // (min length: n)
	MaxLength *int     // (max length: n)
	Format    string   // (format: f)
	Line      int      // 1-based line in the vendored page
}

// refPattern is the pattern of the alternative a field gains when it accepts a template
// reference (reference/README.md).
const refPattern = `.*\${.*}.*`

// isRef reports whether the alternative is the template-reference alternative.
func (a *Alt) isRef() bool {
	return a.Kind == "string" && a.Pattern != nil && *a.Pattern == refPattern && a.Enum == nil
}

// A lineAlts is what one field line says: its own alternatives and whether it ends with the
// marker of a further object alternative of an enclosing field.
type lineAlts struct {
	Alts   []*Alt
	MO     bool   // (multiple options)
	Marker bool   // a trailing " | {object}": the next alternative of an enclosing field starts here
	Ref    bool   // one alternative was the template-reference one, dropped from Alts
	Warn   string // what could not be read, "" when all was
}

const markerSuffix = " | {object}"

// parseLine reads the text after "- `name`: ". Nested unions are printed flattened:
// "(multiple options) [array of] (multiple options) (string) | ..." is a list of a union, and
// every alternative after the prefix goes to the innermost level.
func parseLine(text string, line int) lineAlts {
	var out lineAlts
	text = strings.TrimSpace(text)
	if strings.HasSuffix(text, markerSuffix) {
		out.Marker, text = true, strings.TrimSuffix(text, markerSuffix)
	}
	arrays, outerMO, innerMO, text := linePrefix(text)
	var warns []string
	var alts []*Alt
	for _, part := range splitAlts(text) {
		a, w := parseAlt(part, line)
		if w != "" {
			warns = append(warns, w)
		}
		if a.isRef() {
			out.Ref = true
			continue
		}
		alts = append(alts, a)
	}
	if len(alts) > 1 && !innerMO {
		warns = append(warns, "alternatives on a line without (multiple options)")
	}
	for k := 0; k < arrays; k++ {
		alts = []*Alt{{Kind: "array", Items: alts, ItemsMO: k == 0 && innerMO, Line: line}}
	}
	out.MO = outerMO
	out.Alts, out.Warn = alts, strings.Join(warns, "; ")
	return out
}

// linePrefix reads the "[array of]" and "(multiple options)" a line starts with: how many
// lists deep its alternatives are, whether the field itself has alternatives, and whether the
// innermost level does.
func linePrefix(text string) (arrays int, outerMO, innerMO bool, rest string) {
	for {
		if t, ok := strings.CutPrefix(text, "[array of] "); ok {
			arrays, innerMO, text = arrays+1, false, t
			continue
		}
		if t, ok := strings.CutPrefix(text, "(multiple options) "); ok {
			outerMO = outerMO || arrays == 0
			innerMO, text = true, t
			continue
		}
		return arrays, outerMO, innerMO, text
	}
}

// splitAlts splits a line at " | " outside patterns: a pattern may hold anything.
func splitAlts(text string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(text); i++ {
		if strings.HasPrefix(text[i:], "(pattern: ") {
			if end := patternEnd(text, i+len("(pattern: ")); end > 0 {
				i = end
				continue
			}
		}
		if strings.HasPrefix(text[i:], " | ") {
			parts = append(parts, text[start:i])
			start = i + len(" | ")
			i = start - 1
		}
	}
	return append(parts, text[start:])
}

// groupStart finds the keyword groups that close an alternative.
var groupStart = regexp.MustCompile(`\((enum|pattern|min length|max length|format): `)

// patternEnd is the index of the ")" that closes a pattern starting at from: the first one
// followed by the end, another keyword group or the next alternative (a pattern may hold
// parentheses and spaces). -1 when there is none.
func patternEnd(text string, from int) int {
	for at := from; at < len(text); at++ {
		if text[at] != ')' {
			continue
		}
		rest := text[at+1:]
		if rest == "" || strings.HasPrefix(rest, " | ") || groupNext(rest) {
			return at
		}
	}
	return -1
}

// groupNext reports whether rest starts with a space and a keyword group.
func groupNext(rest string) bool {
	loc := groupStart.FindStringIndex(rest)
	return loc != nil && loc[0] == 1 && rest[0] == ' '
}

var kindTokens = []struct{ token, kind string }{
	{"{object}", "object"}, {"(string)", "string"}, {"(integer)", "integer"}, {"(number)", "number"},
	{"(boolean)", "boolean"}, {"(undefined)", "undefined"}, {"(object)", "object"}, {"(array)", "array"},
}

// parseAlt reads one alternative.
func parseAlt(text string, line int) (*Alt, string) {
	a := &Alt{Line: line}
	text = strings.TrimSpace(text)
	arrays := 0
	for strings.HasPrefix(text, "[array of] ") {
		arrays, text = arrays+1, strings.TrimPrefix(text, "[array of] ")
	}
	warn := ""
	for _, k := range kindTokens {
		if text == k.token || strings.HasPrefix(text, k.token+" ") {
			a.Kind, text = k.kind, strings.TrimSpace(strings.TrimPrefix(text, k.token))
			break
		}
	}
	if a.Kind == "" {
		warn = "no type in " + strconv.Quote(text)
	}
	if text == "(required)" || strings.HasPrefix(text, "(required) ") {
		a.Required, text = true, strings.TrimSpace(strings.TrimPrefix(text, "(required)"))
	}
	a.Desc = readGroups(a, text)
	for ; arrays > 0; arrays-- {
		a = &Alt{Kind: "array", Items: []*Alt{a}, Line: line}
	}
	return a, warn
}

// readGroups takes the keyword groups out of text into a and returns the description left.
func readGroups(a *Alt, text string) string {
	var desc strings.Builder
	for {
		loc := groupStart.FindStringSubmatchIndex(text)
		if loc == nil {
			desc.WriteString(text)
			break
		}
		key := text[loc[2]:loc[3]]
		from := loc[1]
		end := strings.IndexByte(text[from:], ')') + from
		if key == "pattern" {
			end = patternEnd(text, from)
			if end < 0 {
				end = strings.LastIndexByte(text, ')')
			}
		}
		if end < from {
			desc.WriteString(text)
			break
		}
		desc.WriteString(text[:loc[0]])
		setGroup(a, key, text[from:end])
		text = text[end+1:]
	}
	return strings.Join(strings.Fields(desc.String()), " ")
}

func setGroup(a *Alt, key, val string) {
	switch key {
	case "enum":
		for _, v := range strings.Split(val, ",") {
			a.Enum = append(a.Enum, strings.TrimSpace(v))
		}
	case "pattern":
		p := val
		a.Pattern = &p
	case "min length", "max length":
		n, err := strconv.Atoi(strings.TrimSpace(val))
		if err != nil {
			return
		}
		if key == "min length" {
			a.MinLength = &n
		} else {
			a.MaxLength = &n
		}
	case "format":
		a.Format = strings.TrimSpace(val)
	}
}
