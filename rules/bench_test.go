package rules_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/lint"
	"github.com/nflint/nflint/rules"
	"github.com/nflint/nflint/schema"
)

// placeholderTemplate is a template of one SecretGroup node (a kind nflint has no schema for,
// so only the template rules read it) whose variables are the given strings, and one that
// uses the template's one argument.
func placeholderTemplate(values []string) []byte {
	var b strings.Builder
	b.WriteString("apiVersion: v1.2\narguments:\n  A: a\nspec:\n  kind: Workflow\n  spec:\n    steps:\n" +
		"      - kind: SecretGroup\n        spec:\n          secrets:\n            variables:\n" +
		"              USED: ${args.A}\n")
	for i, v := range values {
		fmt.Fprintf(&b, "              V%d: %s\n", i, v)
	}
	return []byte(b.String())
}

// benchTemplate lints a decoded template again and again and checks the number of findings.
func benchTemplate(b *testing.B, src []byte, findings int) {
	s, err := schema.New()
	if err != nil {
		b.Fatal(err)
	}
	l := lint.New(s, rules.All, "")
	source := source.Decode("t.yaml", src)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if got := len(l.Lint(source).Diags); got != findings {
			b.Fatalf("%d findings, want %d", got, findings)
		}
	}
}

// BenchmarkPlaceholdersOneString lints a string of 2,000 and of 20,000 undeclared ${args.B}
// placeholders, each a finding placed at its own column: the ratio between the two sizes shows
// how locating the placeholders of one string grows. "plain" is written as decoded; "escaped"
// starts with an escape sequence, so source and decoded offsets differ.
func BenchmarkPlaceholdersOneString(b *testing.B) {
	for _, style := range []struct{ name, open string }{{"plain", ""}, {"escaped", `"\t`}} {
		for _, n := range []int{2000, 20000} {
			b.Run(fmt.Sprintf("%s/placeholders=%d", style.name, n), func(b *testing.B) {
				v := style.open + strings.Repeat("${args.B}", n)
				if style.open != "" {
					v += `"`
				}
				benchTemplate(b, placeholderTemplate([]string{v}), n)
			})
		}
	}
}

// BenchmarkPlaceholdersManyStrings lints 1,000 and 10,000 strings of 10 undeclared
// placeholders each: the cost per string must not grow with the number of strings.
func BenchmarkPlaceholdersManyStrings(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("strings=%d", n), func(b *testing.B) {
			values := make([]string, n)
			for i := range values {
				values[i] = strings.Repeat(fmt.Sprintf("${args.B%d}-", i), 10)
			}
			benchTemplate(b, placeholderTemplate(values), 10*n)
		})
	}
}

// BenchmarkGoTemplateText lints a string of 1,000 and of 10,000 pairs of an unsubstituted
// ${X} and a Go-template {{ .x }}: each {{ }} is checked against the ${...} around it.
func BenchmarkGoTemplateText(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("pairs=%d", n), func(b *testing.B) {
			benchTemplate(b, placeholderTemplate([]string{`"` + strings.Repeat("${X}{{ .x }}", n) + `"`}), 2*n)
		})
	}
}

// BenchmarkManyArguments lints templates of 1,000 and 10,000 declared arguments, each used
// once in a string of its own.
func BenchmarkManyArguments(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("arguments=%d", n), func(b *testing.B) {
			values := make([]string, n)
			var args strings.Builder
			for i := range values {
				values[i] = fmt.Sprintf("${args.ARG%d}", i)
				fmt.Fprintf(&args, "  ARG%d: x\n", i)
			}
			src := strings.Replace(string(placeholderTemplate(values)), "  A: a\n", "  A: a\n"+args.String(), 1)
			benchTemplate(b, []byte(src), 0)
		})
	}
}

// BenchmarkManyRefs lints workflows of 300 and 3,000 nodes, each with a ref of its own and a
// placeholder naming a ref no node has: every finding looks for a close ref name among all,
// so this one still grows with the square of the nodes (lint.Closest compares every name).
func BenchmarkManyRefs(b *testing.B) {
	for _, n := range []int{300, 3000} {
		b.Run(fmt.Sprintf("nodes=%d", n), func(b *testing.B) {
			var src strings.Builder
			src.WriteString("apiVersion: v1.2\nspec:\n  kind: Workflow\n  spec:\n    steps:\n")
			for i := range n {
				fmt.Fprintf(&src, "      - kind: SecretGroup\n        ref: node%d\n        spec:\n          secrets:\n"+
					"            variables:\n              V: ${refs.other%d.id}\n", i, i)
			}
			benchTemplate(b, []byte(src.String()), n)
		})
	}
}
