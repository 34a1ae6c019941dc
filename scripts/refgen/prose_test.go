package main

import (
	"reflect"
	"testing"
)

func TestReadProse(t *testing.T) {
	tests := []struct {
		desc string
		want reading
	}{
		{"Custom command. Required in case where `configType` is `customCommand`, `customEntrypointCustomCommand` or `originalEntrypointCustomCommand`",
			reading{When: &Cond{"configType", []string{"customCommand", "customEntrypointCustomCommand", "originalEntrypointCustomCommand"}}}},
		{"The path of the health check endpoint. Required when protocol is HTTP.",
			reading{When: &Cond{"protocol", []string{"HTTP"}}}},
		{"DEPRECATED: This field will be removed in the near future and currently has no effect.",
			reading{Deprecated: ptr("This field will be removed in the near future and currently has no effect")}},
		{"DEPRECATED: The object to attach this volume to.", reading{Deprecated: ptr("")}},
		{"The ID of the deployment plan to use. (Deprecated - use buildPlan for build resources instead.).",
			reading{Deprecated: ptr("use buildPlan for build resources instead")}},
		{"Number of seconds after which the service expires. Must be between 300 (5 minutes) and 604800 (7 days).",
			reading{Min: ptr("300"), Max: ptr("604800")}},
		{"At least one metric is required.", reading{MinItems: 1}},
		{"Defines how many zones. (Only relevant if type is set to \"required\")",
			reading{Unread: []string{"(Only relevant if type is set to \"required\")"}}},
		{"The time between each check, in seconds. The number of successes required to pass.", reading{}},
		{"A percentage string in the range 0% to 100%, e.g. `25%`", reading{}},
	}
	for _, tt := range tests {
		if got := readProse(tt.desc); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("readProse(%q)\n got %+v\nwant %+v", tt.desc, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	got := sentences("A percentage, e.g. `25%`. Only relevant if x (see y. z). Last")
	want := []string{"A percentage, e.g. `25%`.", "Only relevant if x (see y. z).", "Last"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}
