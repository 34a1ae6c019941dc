package rules

import (
	"reflect"
	"testing"
)

func TestPlaceholders(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{name: "one", in: "${args.x}", want: []string{"${args.x}"}},
		{name: "two in text", in: "a-${args.x}-${refs.db.id}", want: []string{"${args.x}", "${refs.db.id}"}},
		{name: "nested braces", in: "${fn.f({a: 1})}!", want: []string{"${fn.f({a: 1})}"}},
		{name: "escaped", in: `\${args.x} ${args.y}`, want: []string{"${args.y}"}},
		{name: "unclosed", in: "${args.x", want: nil},
		{name: "github actions", in: "${{ secrets.X }}", want: []string{"${{ secrets.X }}"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, ph := range placeholders(tt.in) {
				got = append(got, ph.text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("placeholders(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestUses(t *testing.T) {
	tests := []struct {
		name, body, ns string
		want           []use
	}{
		{name: "args", body: "args.REGION", ns: "args", want: []use{{name: "REGION"}}},
		{name: "ref with field", body: "refs.postgres-dev.id", ns: "refs", want: []use{{name: "postgres-dev", field: "id"}}},
		{name: "inside fn", body: "fn.concat(args.a, refs.b.host)", ns: "refs", want: []use{{name: "b", offset: 18, field: "host"}}},
		{name: "template refs are not refs", body: "template.refs.x.id", ns: "refs", want: nil},
		{name: "template refs", body: "template.refs.x.id", ns: "template.refs", want: []use{{name: "x", field: "id"}}},
		{name: "longer word", body: "myargs.x", ns: "args", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := uses(tt.body, tt.ns); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("uses(%q, %q) = %+v, want %+v", tt.body, tt.ns, got, tt.want)
			}
		})
	}
}
