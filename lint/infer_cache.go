package lint

import (
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// Inference scores every inferable kind against a body's keys, two levels deep: a fifth of
// the time of a small valid document. The files of one repository share their shapes — the
// same keys, the values differing — so the answer is remembered by what inference reads of a
// body (its outline), and a body of an outline seen before costs one walk of its keys.

// An inference is infer's answer.
type inference struct {
	kind *schema.Kind
	why  string
}

// inferences remembers answers by outline, up to inferencesLimit of them; past it, answers
// are computed every time.
type inferences map[string]inference

const inferencesLimit = 4096

// infer is the package's infer, remembered.
func (c *inferences) infer(n *source.Node) (*schema.Kind, string) {
	if n.Kind != source.Object {
		return infer(n)
	}
	key := outline(n)
	if got, ok := (*c)[key]; ok {
		return got.kind, got.why
	}
	k, why := infer(n)
	if *c == nil {
		*c = inferences{}
	}
	if len(*c) < inferencesLimit {
		(*c)[key] = inference{k, why}
	}
	return k, why
}

// outline spells everything inference reads of an object: each key with the kind of its
// value and, for the document's own keys, the value's size and, for an object, its keys and
// the kinds of their values. Keys are length-prefixed, so no key can pass for two.
func outline(n *source.Node) string {
	var b strings.Builder
	for _, m := range n.Members {
		member(&b, m)
		v := m.Value
		b.WriteString(strconv.Itoa(len(v.Members) + len(v.Items)))
		if v.Kind == source.Object {
			b.WriteByte('{')
			for _, c := range v.Members {
				member(&b, c)
			}
			b.WriteByte('}')
		}
		b.WriteByte(';')
	}
	return b.String()
}

func member(b *strings.Builder, m *source.Member) {
	b.WriteString(strconv.Itoa(len(m.Key)))
	b.WriteByte(':')
	b.WriteString(m.Key)
	b.WriteByte(byte('a' + m.Value.Kind))
}
