package main

import (
	"encoding/json"
	"os"
	"sort"
	"strings"
)

// A SeedFact is what one seed page states at one path (seed-facts.json, written by
// scripts/seedgen/seed2cue.py --facts). Numbers are kept as the page writes them.
type SeedFact struct {
	Type         string   `json:"type"`
	Required     bool     `json:"required"`
	Enum         []string `json:"enum"`
	Pattern      *string  `json:"pattern"`
	MinLength    string   `json:"minLength"`
	MaxLength    string   `json:"maxLength"`
	Min          string   `json:"min"`
	Max          string   `json:"max"`
	MinItems     int      `json:"minItems"`
	Deprecated   bool     `json:"deprecated"`
	RequiredWhen *Cond    `json:"requiredWhen"`
	Union        string   `json:"union"`
	Branches     []string `json:"branches"`
	Lines        []int    `json:"lines"`
}

// A SeedKind is one body of a seed page.
type SeedKind struct {
	Page    string                `json:"page"`
	Section string                `json:"section"`
	Fields  map[string][]SeedFact `json:"fields"`
}

// Seeds are the facts of every seed body, by nflint's kind name.
type Seeds struct {
	Kinds map[string]*SeedKind `json:"kinds"`
}

func readSeeds(path string) (*Seeds, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s := &Seeds{}
	return s, json.Unmarshal(b, s)
}

// UnmarshalJSON reads requiredWhen's {"trigger", "values"}.
func (c *Cond) UnmarshalJSON(b []byte) error {
	var x struct {
		Trigger string   `json:"trigger"`
		Values  []string `json:"values"`
	}
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	c.Trigger, c.Values = x.Trigger, x.Values
	return nil
}

// A seedHit is the facts found for one path, with where they come from.
type seedHit struct {
	Facts []SeedFact
	From  []string // "000:812": page number and line, for the disagreement table
}

// sharedRoots are the structures whose seed bounds apply wherever they appear, by their path
// from the structure down (schema/README.md, "The merge rule").
var sharedRoots = []string{"healthChecks[]", "ports[]"}

// at returns the facts the seed kinds state at path; when they state none, the facts any
// seed of the same section states for a shared structure at the same path inside it.
func (s *Seeds) at(kinds []string, section, path string) seedHit {
	var h seedHit
	for _, k := range kinds {
		h.add(s.Kinds[k], path)
	}
	if len(h.Facts) > 0 || len(kinds) == 0 {
		return h
	}
	suffix := sharedSuffix(path)
	if suffix == "" {
		return h
	}
	for _, name := range s.names() {
		sk := s.Kinds[name]
		if sk.Section != seedSection(section) {
			continue
		}
		for _, p := range sk.paths() {
			if p == suffix || strings.HasSuffix(p, "."+suffix) {
				h.add(sk, p)
			}
		}
	}
	return h
}

func seedSection(section string) string {
	if section == ResponseBody {
		return "response"
	}
	return "request"
}

// sharedSuffix is path from its innermost shared structure on, "" when it is in none.
func sharedSuffix(path string) string {
	best := -1
	for _, r := range sharedRoots {
		if i := strings.LastIndex(path, r); i >= 0 && (i == 0 || path[i-1] == '.') && i > best {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return path[best:]
}

func (h *seedHit) add(sk *SeedKind, path string) {
	if sk == nil {
		return
	}
	for _, f := range sk.Fields[path] {
		h.Facts = append(h.Facts, f)
		for _, l := range f.Lines {
			h.From = append(h.From, sk.Page[:3]+":"+itoa(l))
		}
	}
}

func (s *Seeds) names() []string {
	var out []string
	for k := range s.Kinds {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (sk *SeedKind) paths() []string {
	var out []string
	for p := range sk.Fields {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// agreed returns the value every fact that states one states, and whether they agree.
func agreed(facts []SeedFact, get func(SeedFact) string) (string, bool) {
	v := ""
	for _, f := range facts {
		x := get(f)
		if x == "" {
			continue
		}
		if v != "" && x != v {
			return "", false
		}
		v = x
	}
	return v, true
}
