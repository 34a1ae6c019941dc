package schema

import (
	"reflect"
	"strings"
	"testing"
)

// fieldReading is a Field's typed values.
type fieldReading struct {
	Name, RequiredWhen, DeprecatedNote string
	Required, Deprecated               bool
}

func fieldReadings(d *Def) []fieldReading {
	var out []fieldReading
	for _, f := range d.Fields() {
		out = append(out, fieldReading{Name: f.Name, Required: f.Required, RequiredWhen: f.RequiredWhen,
			Deprecated: f.Deprecated, DeprecatedNote: f.DeprecatedNote})
	}
	return out
}

// branchReading is a Branch's typed values, named by the definition it refers to.
type branchReading struct {
	Ref   string
	Keys  []string
	Fixed map[string]string
	Empty bool
}

func branchReadings(a *Alternatives) []branchReading {
	var out []branchReading
	for _, b := range a.Branches {
		r := branchReading{Keys: b.Keys, Fixed: b.Fixed, Empty: b.Empty}
		if ref := b.Def.Ref(); ref != nil {
			r.Ref = ref.Path
		}
		out = append(out, r)
	}
	return out
}

const objects = `
#Docker: {
	configType!: "default" | "customCommand" | "both"
	customCommand?: string @nflint(requiredWhen="configType")
	old?: string @nflint(deprecated="use customCommand instead")
	if configType == "customCommand" || configType == "both" {
		customCommand!: _
	}
}
#Deployment: {
	matchN(1, [#Internal, #External, close({})])
	...
}
#Internal: {internal!: {id!: string}, instances?: int}
#External: {external!: {image!: string}, instances?: int}
#Routing: {matchN(>=1, [#Prefix, #Regex]), ...}
#Prefix: {mode!: "prefix", path!: string}
#Regex: {mode!: "regex", path!: string}
#Open: {...}
#Env: {[string]: string}
#Closed: {a?: int}
#Port: {port!: int}
#Uses: {p?: #Port}
`

func TestFieldsOfSnippets(t *testing.T) {
	d := snippet(t, objects, "#Docker")
	want := []fieldReading{
		{Name: "configType", Required: true},
		{Name: "customCommand", RequiredWhen: "configType"},
		{Name: "old", Deprecated: true, DeprecatedNote: "use customCommand instead"},
	}
	if got := fieldReadings(d); !reflect.DeepEqual(got, want) {
		t.Errorf("Fields()\n got %+v\nwant %+v", got, want)
	}
	if f, ok := d.Field("customCommand"); !ok || f.Def().Types() != TypeString {
		t.Errorf("Field(customCommand) = %v, %v", f, ok)
	}
	if _, ok := d.Field("nope"); ok {
		t.Errorf("Field(nope) found")
	}
	conds := d.Conditions()
	if len(conds) != 1 || conds[0].Field != "customCommand" || conds[0].Trigger != "configType" ||
		conds[0].When() != `configType is "customCommand" or "both"` {
		t.Errorf("Conditions() = %+v", conds)
	}
}

func TestAlternativesOfSnippets(t *testing.T) {
	a := snippet(t, objects, "#Deployment").Alternatives()
	if a == nil || a.Count != ExactlyOne {
		t.Fatalf("Alternatives() = %+v, want exactly one", a)
	}
	want := []branchReading{
		{Ref: "#Internal", Keys: []string{"internal"}, Fixed: map[string]string{}},
		{Ref: "#External", Keys: []string{"external"}, Fixed: map[string]string{}},
		{Fixed: map[string]string{}, Empty: true},
	}
	if got := branchReadings(a); !reflect.DeepEqual(got, want) {
		t.Errorf("branches\n got %+v\nwant %+v", got, want)
	}
	any := snippet(t, objects, "#Routing").Alternatives()
	want = []branchReading{
		{Ref: "#Prefix", Keys: []string{}, Fixed: map[string]string{"mode": "prefix"}},
		{Ref: "#Regex", Keys: []string{}, Fixed: map[string]string{"mode": "regex"}},
	}
	if got := branchReadings(any); any.Count != AtLeastOne || !reflect.DeepEqual(normal(got), want) {
		t.Errorf("anyOf %s branches\n got %+v\nwant %+v", any.Count, got, want)
	}
	if snippet(t, objects, "#Port").Alternatives() != nil {
		t.Errorf("an object without matchN has alternatives")
	}
}

// normal writes nil key lists as empty ones.
func normal(bs []branchReading) []branchReading {
	for i := range bs {
		if bs[i].Keys == nil {
			bs[i].Keys = []string{}
		}
	}
	return bs
}

func TestCount(t *testing.T) {
	for _, tt := range []struct {
		c    Count
		n    int
		want bool
	}{{ExactlyOne, 1, true}, {ExactlyOne, 2, false}, {AtLeastOne, 0, false}, {AtLeastOne, 3, true},
		{AtMostOne, 0, true}, {AtMostOne, 2, false}, {Count("2"), 2, false}} {
		if got := tt.c.Met(tt.n); got != tt.want {
			t.Errorf("Count(%q).Met(%d) = %v", tt.c, tt.n, got)
		}
	}
}

func TestObjectsOfSnippets(t *testing.T) {
	tests := []struct {
		def           string
		closed, extra bool // Closed(), Extra() != nil
		allowsOther   bool
	}{
		{"#Closed", true, false, false},
		{"#Open", false, false, true},
		{"#Env", false, true, true},
	}
	for _, tt := range tests {
		d := snippet(t, objects, tt.def)
		if d.Closed() != tt.closed || (d.Extra() != nil) != tt.extra || d.Allows("x") != tt.allowsOther {
			t.Errorf("%s: Closed %v, Extra %v, Allows(x) %v", tt.def, d.Closed(), d.Extra() != nil, d.Allows("x"))
		}
	}
	if e := snippet(t, objects, "#Env").Extra(); e.Types() != TypeString {
		t.Errorf("#Env's other keys take %v", e.Types().Names())
	}
	f, _ := snippet(t, objects, "#Uses").Field("p")
	if ref := f.Def().Ref(); ref == nil || ref.Path != "#Port" || ref.Name() != "Port" || len(ref.Def.Fields()) != 1 {
		t.Errorf("p refers to %+v, want #Port", ref)
	}
	if snippet(t, objects, "#Port").Ref() != nil {
		t.Errorf("a definition read directly is a reference")
	}
}

// at follows a path of keys through a definition: "[]" steps into list items, and a key
// the object does not declare is looked up in its alternatives.
func at(t *testing.T, d *Def, path string) *Def {
	t.Helper()
	for _, step := range strings.Split(path, ".") {
		if step == "[]" {
			if d = d.Elem(); d == nil {
				t.Fatalf("%s: no items", path)
			}
			continue
		}
		f, ok := d.Field(step)
		for i := 0; !ok && d.Alternatives() != nil && i < len(d.Alternatives().Branches); i++ {
			f, ok = d.Alternatives().Branches[i].Def.Field(step)
		}
		if !ok {
			t.Fatalf("%s: no field %q", path, step)
		}
		d = f.Def()
	}
	return d
}
