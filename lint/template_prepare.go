package lint

import (
	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// nodeDefinitions lists the definitions a template's nodes will be checked against, for the
// schema to compile in one go (schema.Prepare): compiled one kind at a time, a template with
// nodes of many kinds rebuilt their shared definitions once per kind, most of its cold time.
// Any object with a string kind counts; naming a definition that is not used costs little.
func nodeDefinitions(root *source.Node, top string) []string {
	defs := []string{top}
	seen := map[string]bool{}
	walkNodes(root, nil, func(n *source.Node, _ diag.Path) {
		k := n.Get("kind")
		if n.Kind != source.Object || k == nil || k.Kind != source.String || seen[k.Text] {
			return
		}
		seen[k.Text] = true
		for _, teardown := range []bool{false, true} {
			if d := schema.NodeDefinition(k.Text, teardown); d != "" {
				defs = append(defs, d)
			}
		}
	})
	return defs
}
