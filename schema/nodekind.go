package schema

// A NodeKindInfo describes one kind of Northflank template node.
type NodeKindInfo struct {
	Name     string
	Category string
	// Children are the paths, from the node, of the fields that hold further nodes: a list
	// of nodes or a single node.
	Children [][]string
}

// NodeKinds lists the template node kinds Northflank documents. Source: the "Template nodes"
// page of Northflank's documentation (northflank.com/docs/v1/application/infrastructure-as-code/template-nodes).
var NodeKinds = []*NodeKindInfo{
	{Name: "Workflow", Category: "flow control", Children: [][]string{{"spec", "steps"}}},
	{Name: "Project", Category: "team resource"},
	{Name: "CombinedService", Category: "project resource"},
	{Name: "DeploymentService", Category: "project resource"},
	{Name: "BuildService", Category: "project resource"},
	{Name: "ManualJob", Category: "project resource"},
	{Name: "CronJob", Category: "project resource"},
	{Name: "Addon", Category: "project resource"},
	{Name: "SecretGroup", Category: "project resource"},
	{Name: "Volume", Category: "project resource"},
	{Name: "Build", Category: "action"},
	{Name: "JobRun", Category: "action"},
	{Name: "Action", Category: "action"},
	{Name: "Condition", Category: "condition"},
}

// NodeKindInfoFor returns what nflint knows of a template node kind, or nil.
func NodeKindInfoFor(name string) *NodeKindInfo {
	for _, k := range NodeKinds {
		if k.Name == name {
			return k
		}
	}
	return nil
}

// NodeKindNames lists the template node kinds, for suggestions.
func NodeKindNames() []string {
	var out []string
	for _, k := range NodeKinds {
		out = append(out, k.Name)
	}
	return out
}
