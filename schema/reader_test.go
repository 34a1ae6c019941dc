package schema

import (
	"reflect"
	"strings"
	"testing"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/cuecontext"
)

// A reading is a constraint's typed values without the CUE value they came from, so that
// tests can state them exactly.
type reading struct {
	Class     Class
	Enum      []string // Const.JSON, "!" appended when Excluded
	OneOf     int      // how many alternatives
	Bound     string
	Exclusive bool
	Length    int
	Pattern   string
	Negated   bool
	Words     string
	Format    string
}

func readings(d *Def) []reading {
	var out []reading
	for _, c := range d.Constraints() {
		r := reading{Class: c.Class, OneOf: len(c.OneOf), Bound: c.Bound, Exclusive: c.Exclusive, Length: c.Length,
			Pattern: c.Pattern, Negated: c.Negated, Words: c.Words, Format: c.Format}
		for _, e := range c.Enum {
			s := e.JSON
			if e.Excluded {
				s += "!"
			}
			r.Enum = append(r.Enum, s)
		}
		out = append(out, r)
	}
	return out
}

// snippet compiles CUE source as a schema of its own and reads one definition of it.
func snippet(t *testing.T, src, def string) *Def {
	t.Helper()
	ctx := cuecontext.New()
	root := ctx.CompileString(src)
	if err := root.Err(); err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	s := &Schema{ctx: ctx, roots: map[string]cue.Value{}}
	return s.Read(root.LookupPath(cue.ParsePath(def)))
}

func TestConstraintsOfSnippets(t *testing.T) {
	tests := []struct {
		name  string
		src   string // #A is read
		types Types
		want  []reading
	}{
		{name: "enum without repeats", src: `#A: string & ("a" | "b" | "a")`, types: TypeString,
			want: []reading{{Class: ClassType}, {Class: ClassEnum, Enum: []string{`"a"`, `"b"`}}}},
		{name: "single constant", src: `#A: "basic-auth"`, types: TypeString,
			want: []reading{{Class: ClassEnum, Enum: []string{`"basic-auth"`}}}},
		{name: "inclusive and exclusive bounds", src: `#A: int & >=1 & <65536`, types: TypeInteger,
			want: []reading{{Class: ClassType}, {Class: ClassMin, Bound: "1"}, {Class: ClassMax, Bound: "65536", Exclusive: true}}},
		{name: "number", src: `#A: number & >0.5`, types: TypeNumber,
			want: []reading{{Class: ClassType}, {Class: ClassMin, Bound: "0.5", Exclusive: true}}},
		{name: "string length", src: `#A: string & strings.MinRunes(3) & strings.MaxRunes(54)`, types: TypeString,
			want: []reading{{Class: ClassType}, {Class: ClassMinLength, Length: 3}, {Class: ClassMaxLength, Length: 54}}},
		{name: "checking order, not writing order", src: `#A: string & =~"^a" & strings.MaxRunes(9) & ("ab" | "ac")`, types: TypeString,
			want: []reading{{Class: ClassType}, {Class: ClassEnum, Enum: []string{`"ab"`, `"ac"`}}, {Class: ClassMaxLength, Length: 9},
				{Class: ClassPattern, Pattern: "^a"}}},
		{name: "pattern with words", src: `#A: string & =~#"^[A-Za-z0-9-]+$"#`, types: TypeString,
			want: []reading{{Class: ClassType}, {Class: ClassPattern, Pattern: `^[A-Za-z0-9-]+$`, Words: "letters, digits and hyphens only"}}},
		{name: "negated pattern", src: `#A: string & !~"x"`, types: TypeString,
			want: []reading{{Class: ClassType}, {Class: ClassPattern, Pattern: "x", Negated: true}}},
		{name: "format", src: `#A: time.Time()`, types: TypeString,
			want: []reading{{Class: ClassFormat, Format: "date-time"}}},
		{name: "values the bounds rule out", src: `#A: int & (1 | 2 | 4) & <=2`, types: TypeInteger,
			want: []reading{{Class: ClassType}, {Class: ClassEnum, Enum: []string{"1", "2", "4!"}}, {Class: ClassMax, Bound: "2"}}},
		{name: "a oneOf whose widest branch holds the others is that branch",
			src: `#A: ("HTTP" | "HTTP/2") | ("HTTP" | "HTTP/2" | "TCP" | "UDP")`, types: TypeString,
			want: []reading{{Class: ClassEnum, Enum: []string{`"HTTP"`, `"HTTP/2"`, `"TCP"`, `"UDP"`}}}},
		{name: "a pattern one branch does without is no constraint",
			src: `#A: (string) | (string & =~"^[a-z]+$")`, types: TypeString,
			want: []reading{{Class: ClassType}}},
		{name: "scalar oneOf", src: `#A: (string & strings.MinRunes(40) & strings.MaxRunes(40)) | (string & ("latest"))`,
			types: TypeString, want: []reading{{Class: ClassOneOf, OneOf: 2}}},
		{name: "list length", src: `#A: list.MinItems(1) & [...string]`, types: TypeArray,
			want: []reading{{Class: ClassMinLength, Length: 1}, {Class: ClassOther}}},
		{name: "object", src: `#A: {a?: int}`, types: TypeObject, want: []reading{{Class: ClassOther}}},
		{name: "any", src: `#A: _`, types: TypeAny, want: []reading{{Class: ClassOther}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := snippet(t, withImports(tt.src), "#A")
			if got := d.Types(); got != tt.types {
				t.Errorf("Types() = %v %b, want %v %b", got.Names(), got, tt.types.Names(), tt.types)
			}
			if got := readings(d); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Constraints()\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// withImports adds the imports of the standard packages src uses.
func withImports(src string) string {
	for _, pkg := range []string{"strings", "list", "time"} {
		if strings.Contains(src, pkg+".") {
			src = "import \"" + pkg + "\"\n" + src
		}
	}
	return src
}

func TestScalarOneOfBranches(t *testing.T) {
	d := snippet(t, `#A: (string & =~"^[0-9a-f]{40}$") | "latest"`, "#A")
	cs := d.Constraints()
	if len(cs) != 1 || cs[0].Class != ClassOneOf {
		t.Fatalf("Constraints() = %+v, want one oneOf", readings(d))
	}
	if _, ok := cs[0].OneOf[0].Const(); ok {
		t.Errorf("the pattern branch reads as a constant")
	}
	if c, ok := cs[0].OneOf[1].Const(); !ok || c.Quoted() != `"latest"` || c.Text != "latest" || c.Go() != "latest" {
		t.Errorf(`the second branch = %+v, %v; want the constant "latest"`, c, ok)
	}
}

func TestTypesNames(t *testing.T) {
	tests := []struct {
		t    Types
		want string
	}{
		{TypeInteger, "integer"}, {TypeNumber, "number"}, {TypeFloat, "number"}, {TypeString | TypeNull, "string null"},
		{TypeObject | TypeArray, "object array"}, {TypeAny, ""}, {0, ""},
	}
	for _, tt := range tests {
		if got := strings.Join(tt.t.Names(), " "); got != tt.want {
			t.Errorf("%b.Names() = %q, want %q", tt.t, got, tt.want)
		}
	}
}

func TestDefault(t *testing.T) {
	d := snippet(t, `#A: *"HEROKU_24" | "HEROKU_22"`, "#A")
	if c, ok := d.Default(); !ok || c.JSON != `"HEROKU_24"` {
		t.Errorf("Default() = %+v, %v; want HEROKU_24", c, ok)
	}
	if got := readings(d); !reflect.DeepEqual(got, []reading{{Class: ClassEnum, Enum: []string{`"HEROKU_24"`, `"HEROKU_22"`}}}) {
		t.Errorf("Constraints() = %+v", got)
	}
	if _, ok := snippet(t, `#A: "a" | "b"`, "#A").Default(); ok {
		t.Errorf("a disjunction without a default has one")
	}
}

func TestImplied(t *testing.T) {
	d := snippet(t, `#A: int & (16384 | 32768) & >=16384 & <=20000`, "#A")
	var got []string
	for i, c := range d.Constraints() {
		if d.Implied(i) {
			got = append(got, c.Class.String())
		}
	}
	if want := []string{"type", "min"}; !reflect.DeepEqual(got, want) {
		t.Errorf("implied constraints = %v, want %v", got, want)
	}
}

func TestAccepts(t *testing.T) {
	d := snippet(t, withImports(`#A: string & strings.MinRunes(3)`), "#A")
	for x, want := range map[any]bool{"abc": true, "ab": false, 3: false} {
		if got := d.Accepts(x); got != want {
			t.Errorf("Accepts(%#v) = %v, want %v", x, got, want)
		}
	}
	if c := d.Constraints()[1]; !c.Accepts("abc") || c.Accepts("a") {
		t.Errorf("the length alone: Accepts(abc) = %v, Accepts(a) = %v", c.Accepts("abc"), c.Accepts("a"))
	}
}
