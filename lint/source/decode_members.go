package source

import (
	"fmt"

	"github.com/nflint/nflint/lint/diag"
)

// smallObject is the number of members up to which an object's keys are found by scanning
// them: real specs' objects are small, and a map per object cost more than the scan.
const smallObject = 16

// A keyIndex finds the members of one object by name while it is read: by a scan while the
// object is small, then by a map, so that an object of 100,000 keys is read in linear time.
type keyIndex struct {
	byName map[string]*Member
}

func (k *keyIndex) find(obj *Node, name string) *Member {
	if k.byName == nil {
		if len(obj.Members) < smallObject {
			for _, m := range obj.Members {
				if m.Key == name {
					return m
				}
			}
			return nil
		}
		k.byName = make(map[string]*Member, 2*len(obj.Members))
		for _, m := range obj.Members {
			k.byName[m.Key] = m
		}
	}
	return k.byName[name]
}

func (k *keyIndex) add(obj *Node, m *Member) {
	obj.Members = append(obj.Members, m)
	if k.byName != nil {
		k.byName[m.Key] = m
	}
}

// addMember adds m to obj, or, when obj has a member of that name already, keeps m's value in
// the first one's place and reports m as a duplicate into diags (unless diags is nil): the last
// value wins, as in JavaScript's JSON.parse, which the API uses.
func (d *decoding) addMember(obj *Node, k *keyIndex, m *Member, diags *[]diag.Diagnostic) {
	first := k.find(obj, m.Key)
	if first == nil {
		k.add(obj, m)
		return
	}
	if diags != nil {
		*diags = append(*diags, diag.Diagnostic{File: d.src.Name, Document: d.doc, Pos: m.KeyPos, End: m.KeyEnd,
			Rule: "duplicate-key", Severity: diag.Error,
			Message: fmt.Sprintf("duplicate key %q: this later value is the one used", m.Key),
			Related: []diag.Related{{Pos: first.KeyPos, End: first.KeyEnd, Message: "set here before"}}})
	}
	first.Value, first.KeyPos, first.KeyEnd = m.Value, m.KeyPos, m.KeyEnd
}
