package main

import (
	"sort"
	"strconv"
	"strings"
)

// The words the disagreement table uses for constraints.

func enumWords(e []string) string {
	if e == nil {
		return "no enum"
	}
	return "one of " + strings.Join(e, ", ")
}

func patternWords(p *string) string {
	if p == nil {
		return "no pattern"
	}
	return "pattern `" + strings.ReplaceAll(*p, "|", `\|`) + "`"
}

func lengthWords(lo, hi string) string {
	switch {
	case lo == "" && hi == "":
		return "any length"
	case lo == "":
		return "length ≤ " + hi
	case hi == "":
		return "length ≥ " + lo
	}
	return "length " + lo + "–" + hi
}

func boundWords(lo, hi string) string {
	switch {
	case lo == "" && hi == "":
		return "no bounds"
	case lo == "":
		return "max " + hi
	case hi == "":
		return "min " + lo
	}
	return "min " + lo + ", max " + hi
}

func condWords(c *Cond) string {
	if c == nil {
		return "no condition"
	}
	return "required when " + c.Trigger + " is " + strings.Join(c.Values, " or ")
}

func intText(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}

// numLess compares two numbers as written.
func numLess(a, b string) bool {
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	return err1 == nil && err2 == nil && x < y
}

// enumKey is an enum as a set, so that order does not count as a disagreement.
func enumKey(e []string) string {
	if e == nil {
		return "no enum"
	}
	x := append([]string(nil), e...)
	sort.Strings(x)
	return strings.Join(x, "\x00")
}
