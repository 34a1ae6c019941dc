package schema

import (
	"reflect"
	"sync"
	"testing"
)

var documented = sync.OnceValues(NewDocumented)

func kindDef(t *testing.T, kind string) *Def {
	t.Helper()
	s, err := documented()
	if err != nil {
		t.Fatal(err)
	}
	return s.Def(KindByName(kind))
}

// TestConstraintsOfRealDefinitions pins what the reader says of fields the API pages
// constrain, one of each sort.
func TestConstraintsOfRealDefinitions(t *testing.T) {
	const nameWords = "starts with a letter; letters, digits, single hyphens or spaces"
	tests := []struct {
		kind, path string
		types      Types
		want       []reading
	}{
		{kind: "combined-service", path: "ports.[].protocol", types: TypeString,
			want: []reading{{Class: ClassType}, {Class: ClassEnum, Enum: []string{`"HTTP"`, `"HTTP/2"`, `"TCP"`, `"UDP"`}}}},
		{kind: "combined-service", path: "ports.[].internalPort", types: TypeInteger,
			want: []reading{{Class: ClassType}, {Class: ClassMin, Bound: "1"}, {Class: ClassMax, Bound: "65535"}}},
		{kind: "combined-service", path: "name", types: TypeString,
			want: []reading{{Class: ClassType}, {Class: ClassMinLength, Length: 3}, {Class: ClassMaxLength, Length: 54},
				{Class: ClassPattern, Pattern: `^[a-zA-Z]((-|\s)?[a-zA-Z0-9]+((-|\s)[a-zA-Z0-9]+)*)?$`, Words: nameWords}}},
		{kind: "combined-service", path: "autoscaling.horizontal.userMetrics.metrics", types: TypeArray,
			want: []reading{{Class: ClassMinLength, Length: 1}, {Class: ClassOther}}},
		// the reference lists six build storage sizes and no bound: the seed pages' 16384-65536, which
		// would rule out three of them, is not applied (schema/README.md, "The merge rule")
		{kind: "combined-service", path: "buildConfiguration.storage.ephemeralStorage.storageSize", types: TypeInteger,
			want: []reading{{Class: ClassType},
				{Class: ClassEnum, Enum: []string{"16384", "32768", "65536", "131072", "262144", "524288"}}}},
		// the 000 response's port protocol: oneOf "HTTP, HTTP/2" or "HTTP, HTTP/2, TCP, UDP"
		{kind: "combined-service-response", path: "data.ports.[].protocol", types: TypeString,
			want: []reading{{Class: ClassType}, {Class: ClassEnum, Enum: []string{`"HTTP"`, `"HTTP/2"`, `"TCP"`, `"UDP"`}}}},
		{kind: "deployment-service", path: "deployment.internal.buildSHA", types: TypeString,
			want: []reading{{Class: ClassOneOf, OneOf: 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.kind+"."+tt.path, func(t *testing.T) {
			d := at(t, kindDef(t, tt.kind), tt.path)
			if got := d.Types(); got != tt.types {
				t.Errorf("Types() = %v, want %v", got.Names(), tt.types.Names())
			}
			if got := readings(d); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Constraints()\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestConditionalField(t *testing.T) {
	docker := at(t, kindDef(t, "combined-service"), "deployment.docker")
	f, ok := docker.Field("customCommand")
	if !ok || f.Required || f.RequiredWhen != "configType" || f.Doc() != "Custom command which should be used. Required in case where `configType` is `customCommand` or `customEntrypointCustomCommand`" {
		t.Fatalf("customCommand = %+v, doc %q", f, f.Doc())
	}
	var got []string
	for _, c := range docker.Conditions() {
		got = append(got, c.Field+" when "+c.When())
	}
	want := []string{
		`customEntrypoint when configType is "customEntrypoint" or "customEntrypointCustomCommand"`,
		`customCommand when configType is "customCommand" or "customEntrypointCustomCommand"`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Conditions()\n got %q\nwant %q", got, want)
	}
	if ref := docker.Ref(); ref == nil || ref.Path != "#Docker" || ref.Def.Doc() != "" {
		t.Errorf("deployment.docker refers to %+v", ref)
	}
}

func TestDeprecatedField(t *testing.T) {
	billing := at(t, kindDef(t, "build-service-patch"), "billing")
	f, ok := billing.Field("deploymentPlan")
	want := fieldReading{Name: "deploymentPlan", Deprecated: true, DeprecatedNote: "use buildPlan for build resources instead"}
	if got := (fieldReading{Name: f.Name, Required: f.Required, RequiredWhen: f.RequiredWhen, Deprecated: f.Deprecated,
		DeprecatedNote: f.DeprecatedNote}); !ok || got != want {
		t.Errorf("deploymentPlan = %+v, want %+v", got, want)
	}
	if f, _ := billing.Field("buildPlan"); f.Deprecated {
		t.Errorf("buildPlan is deprecated")
	}
}

func TestRealAlternatives(t *testing.T) {
	tests := []struct {
		kind, path string
		count      Count
		want       []branchReading
	}{
		{kind: "combined-service", path: "buildSettings", count: ExactlyOne, want: []branchReading{
			{Ref: "#BuildSettingsDockerfile", Keys: []string{"dockerfile"}, Fixed: map[string]string{}},
			{Ref: "#BuildSettingsBuildpack", Keys: []string{"buildpack"}, Fixed: map[string]string{}},
		}},
		{kind: "manual-job", path: "deployment", count: ExactlyOne, want: []branchReading{
			{Ref: "#DeploymentVcs", Keys: []string{"vcs"}, Fixed: map[string]string{}},
			{Ref: "#DeploymentExternal2", Keys: []string{"external"}, Fixed: map[string]string{}},
			{Ref: "#DeploymentInternal2", Keys: []string{"internal"}, Fixed: map[string]string{}},
			{Keys: []string{}, Fixed: map[string]string{}, Empty: true}, // "choose later"
		}},
		{kind: "combined-service", path: "ports.[].security.headers.[]", count: AtLeastOne, want: []branchReading{
			{Ref: "#HeaderStrings", Keys: []string{}, Fixed: map[string]string{}},
			{Ref: "#HeaderRegex", Keys: []string{}, Fixed: map[string]string{}}, // regexMode is optional
		}},
	}
	for _, tt := range tests {
		t.Run(tt.kind+"."+tt.path, func(t *testing.T) {
			a := at(t, kindDef(t, tt.kind), tt.path).Alternatives()
			if a == nil || a.Count != tt.count {
				t.Fatalf("Alternatives() = %+v, want count %q", a, tt.count)
			}
			if got := normal(branchReadings(a)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("branches\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestListItems(t *testing.T) {
	metrics := at(t, kindDef(t, "combined-service"), "autoscaling.horizontal.userMetrics.metrics")
	item := metrics.Elem()
	if item == nil || item.Ref() == nil || item.Ref().Path != "#Metric" {
		t.Fatalf("metrics items = %+v, want #Metric", item)
	}
	var names []string
	for _, f := range item.Fields() {
		names = append(names, f.Name)
	}
	if want := []string{"metricName", "metricType", "thresholdValue"}; !reflect.DeepEqual(names, want) {
		t.Errorf("#Metric fields = %v, want %v", names, want)
	}
	if d := at(t, kindDef(t, "combined-service"), "runtimeEnvironment"); d.Closed() || d.Elem() != nil || d.Any() {
		t.Errorf("runtimeEnvironment: closed %v, items %v, any %v", d.Closed(), d.Elem(), d.Any())
	}
}

// TestReadIsCached: a Def and what it leads to are read once per schema.
func TestReadIsCached(t *testing.T) {
	root := kindDef(t, "combined-service")
	if root != kindDef(t, "combined-service") {
		t.Errorf("the kind's Def is read twice")
	}
	first, again := at(t, root, "deployment.docker"), at(t, root, "deployment.docker")
	if first != again {
		t.Errorf("a field's Def is read twice")
	}
}

// TestConcurrentReads walks one schema's Defs from several goroutines at once (go test
// -race tells whether that is safe).
func TestConcurrentReads(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var walk func(d *Def, depth int)
	walk = func(d *Def, depth int) {
		if depth > 6 {
			return
		}
		d.Types()
		d.Constraints()
		if a := d.Alternatives(); a != nil {
			for _, b := range a.Branches {
				walk(b.Def, depth+1)
			}
		}
		if e := d.Elem(); e != nil {
			walk(e, depth+1)
		}
		for _, f := range d.Fields() {
			walk(f.Def(), depth+1)
		}
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			walk(s.Def(KindByName("combined-service")), 0)
		}()
	}
	wg.Wait()
}
