package main

import (
	"strings"
	"testing"
)

func TestParseTSTypes(t *testing.T) {
	src := `type X = {
    /** The name. Example: "Example" */
    'name': string;
    'tags'?: string[];
    'billing': {
        'plan'?: 'a' | 'b';
    };
    'deployment'?: {
        'vcs': {
            'url': string;
        };
    } | {
        'external': {
            'imagePath': string;
        };
    } | any;
    'items'?: {
        'id': string;
    }[];
    'teardown'?: {
        'spec': any;
    } | null;
};
declare class XEndpoint {
    description: string;
}
type Y = any;
`
	types, err := parseTSTypes(src)
	if err != nil {
		t.Fatal(err)
	}
	x := types["X"]
	if x == nil || types["Y"] == nil || types["Y"].Kind != "any" {
		t.Fatalf("types: %v", types)
	}
	var got []string
	for _, m := range x.Members {
		opt := ""
		if m.Optional {
			opt = "?"
		}
		got = append(got, m.Name+opt+":"+tsWords(m.Type))
	}
	want := "name:string tags?:string[] billing:{plan?} deployment?:{vcs}|{external}|any items?:{id}[] teardown?:{spec}|null"
	if strings.Join(got, " ") != want {
		t.Errorf("members:\n%s\nwant:\n%s", strings.Join(got, " "), want)
	}
	if d := x.Member("name").Doc; d != "The name." {
		t.Errorf("doc = %q, want the comment without its example", d)
	}
	if lits := literals(x.Member("billing").Type.Member("plan").Type); strings.Join(lits, ",") != "a,b" {
		t.Errorf("literals = %v", lits)
	}
	if n := len(x.Member("deployment").Type.Objects()); n != 2 {
		t.Errorf("objects of the deployment union: %d, want 2", n)
	}
}

func tsWords(t *TSType) string {
	switch t.Kind {
	case "object":
		var names []string
		for _, m := range t.Members {
			o := ""
			if m.Optional {
				o = "?"
			}
			names = append(names, m.Name+o)
		}
		return "{" + strings.Join(names, ",") + "}"
	case "array":
		return tsWords(t.Elem) + "[]"
	case "union":
		var alts []string
		for _, a := range t.Alts {
			alts = append(alts, tsWords(a))
		}
		return strings.Join(alts, "|")
	case "literal":
		return "'" + t.Name + "'"
	}
	return t.Kind
}
