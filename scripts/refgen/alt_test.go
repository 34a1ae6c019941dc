package main

import (
	"reflect"
	"testing"
)

func TestSplitAlts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"one", "(string) A name.", []string{"(string) A name."}},
		{"two", "(integer) A number. | (string) A percentage (pattern: ^\\d+%$)",
			[]string{"(integer) A number.", "(string) A percentage (pattern: ^\\d+%$)"}},
		{"a bar inside a pattern stays", "(string) (pattern: ^(a | b)$) (min length: 1) | (string)",
			[]string{"(string) (pattern: ^(a | b)$) (min length: 1)", "(string)"}},
		{"parentheses inside a pattern", "(string) (pattern: ^[a-zA-Z0-9.,?\\s\\\\/'\"()[\\];`%^&*\\-_:!]+$) (max length: 200)",
			[]string{"(string) (pattern: ^[a-zA-Z0-9.,?\\s\\\\/'\"()[\\];`%^&*\\-_:!]+$) (max length: 200)"}},
	}
	for _, tt := range tests {
		if got := splitAlts(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: splitAlts(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestParseAltGroups(t *testing.T) {
	a, warn := parseAlt(`(string) (required) Custom process. Required in case where `+"`configType`"+` is `+"`customProcess`"+` (pattern: (^[a-z]$)|(^x$)) (min length: 3) (max length: 39) (format: uuid)`, 7)
	if warn != "" {
		t.Fatal(warn)
	}
	want := &Alt{Kind: "string", Required: true, Desc: "Custom process. Required in case where `configType` is `customProcess`",
		Pattern: ptr("(^[a-z]$)|(^x$)"), MinLength: ptr(3), MaxLength: ptr(39), Format: "uuid", Line: 7}
	if !reflect.DeepEqual(a, want) {
		t.Errorf("got %+v\nwant %+v", a, want)
	}
	e, _ := parseAlt("(number) Disk usage. (format: float) (enum: 75, 90)", 1)
	if e.Kind != "number" || e.Format != "float" || !reflect.DeepEqual(e.Enum, []string{"75", "90"}) || e.Desc != "Disk usage." {
		t.Errorf("enum after format: %+v", e)
	}
}
