package lint

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"

	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// An editor re-lints a whole template on every pause in typing, though the author changed one
// node: unifying the other nodes' specs with their definitions again is most of the time
// (61 % of a 2,000-line template's didChange in the language server's profile). A definition's
// verdict on a value depends on nothing but the two and the placeholder mode, so the values
// a definition accepted are remembered, by a digest of their content (kinds and text, not
// positions), and accepted again without CUE. Only acceptance is kept: a value with findings
// is walked every time, since where its findings land depends on where it is.

// acceptedLimit bounds the memory: past it the set starts over (a digest and a pointer per
// entry, about 5 MB at the limit).
const acceptedLimit = 50000

type acceptedKey struct {
	def    *schema.Def
	mode   mode
	digest [sha256.Size]byte
}

// accepted is the set of values definitions accepted, per engine: renewed with the schema,
// whose definitions the keys point at.
type accepted struct {
	set map[acceptedKey]struct{}
	h   hash.Hash
	buf []byte
}

func (a *accepted) key(def *schema.Def, m mode, n *source.Node) acceptedKey {
	if a.h == nil {
		a.h = sha256.New()
	}
	a.h.Reset()
	a.buf = a.buf[:0]
	a.buf = appendNode(a.buf, n)
	a.h.Write(a.buf)
	k := acceptedKey{def: def, mode: m}
	a.h.Sum(k.digest[:0])
	return k
}

func (a *accepted) has(k acceptedKey) bool {
	_, ok := a.set[k]
	return ok
}

func (a *accepted) add(k acceptedKey) {
	if a.set == nil || len(a.set) >= acceptedLimit {
		a.set = map[acceptedKey]struct{}{}
	}
	a.set[k] = struct{}{}
}

// appendNode writes a node's content unambiguously: kind, then lengths before every text,
// so that no two different values write the same bytes.
func appendNode(b []byte, n *source.Node) []byte {
	if n == nil {
		return append(b, 0)
	}
	b = append(b, byte(n.Kind))
	if n.Truncated {
		b = append(b, 't')
	}
	switch n.Kind {
	case source.Object:
		b = binary.AppendUvarint(b, uint64(len(n.Members)))
		for _, m := range n.Members {
			b = appendText(b, m.Key)
			b = appendNode(b, m.Value)
		}
	case source.Array:
		b = binary.AppendUvarint(b, uint64(len(n.Items)))
		for _, it := range n.Items {
			b = appendNode(b, it)
		}
	case source.Bool:
		if n.Bool {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	default:
		b = appendText(b, n.Text)
	}
	return b
}

func appendText(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}
