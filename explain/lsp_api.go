package explain

import "github.com/nflint/nflint/schema"

// The language server (package lsp) completes field names and values from the same reading
// of the definitions as the explain page, so an editor's list and `nflint explain` agree.

// TypeName names a value's type as the page's TYPE line does: "string", "array of object".
func TypeName(d *schema.Def) string { return typeName(d) }

// Objects lists the object definitions whose fields a value may hold: the value itself, then
// each of its alternatives; for a list, its items'.
func Objects(d *schema.Def) []*schema.Def {
	for d != nil && isListOnly(d) {
		d = d.Elem()
	}
	if d == nil {
		return nil
	}
	return objects(d)
}

// Enum is the values a definition allows, when it lists them, without those its other
// constraints rule out.
func Enum(d *schema.Def) []schema.Const {
	for _, c := range d.Constraints() {
		if c.Class == schema.ClassEnum {
			var out []schema.Const
			for _, e := range c.Enum {
				if !e.Excluded {
					out = append(out, e)
				}
			}
			return out
		}
	}
	return nil
}
