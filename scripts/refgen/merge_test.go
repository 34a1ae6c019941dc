package main

import (
	"strings"
	"testing"
)

// mergeSnippet runs the merge and the emitter over one small body.
func mergeSnippet(t *testing.T, md, ts string, seeds *Seeds) (string, *emitter, *Notes) {
	t.Helper()
	types, err := parseTSTypes("type T = " + ts + ";\n")
	if err != nil {
		t.Fatal(err)
	}
	notes := newNotes()
	spec := BodySpec{Def: "#CombinedService", Section: RequestBody, Seeds: []string{"combined-service"}}
	m := &merger{spec: spec, seeds: seeds, notes: notes, visited: map[string]bool{}}
	em := newEmitter(nil)
	v := m.body(readBody(section(md)), types["T"])
	return em.body(v), em, notes
}

func testSeeds() *Seeds {
	f := func(facts ...SeedFact) []SeedFact { return facts }
	return &Seeds{Kinds: map[string]*SeedKind{"combined-service": {Page: "000_x.txt", Section: "request", Fields: map[string][]SeedFact{
		"deployment":                        f(SeedFact{Type: "object", Required: true, Lines: []int{10}}),
		"deployment.gracePeriodSeconds":     f(SeedFact{Type: "integer", Min: "15", Max: "600", Lines: []int{20}}),
		"deployment.storageSize":            f(SeedFact{Type: "integer", Min: "16384", Max: "65536", Lines: []int{30}}),
		"healthChecks":                      f(SeedFact{Type: "array"}),
		"healthChecks[].port":               f(SeedFact{Type: "integer", Min: "1", Lines: []int{40}}),
		"healthChecks[].protocol":           f(SeedFact{Type: "string", Required: true, Enum: []string{"HTTP", "CMD"}}),
		"healthChecks[].path":               f(SeedFact{Type: "string"}),
		"headers":                           f(SeedFact{Type: "array"}),
		"headers[]|":                        f(SeedFact{Union: "anyOf", Branches: []string{"Strings", "Regex"}}),
		"name":                              f(SeedFact{Type: "string", Required: true, MinLength: "3", MaxLength: "39", Lines: []int{5}}),
		"autoscaling.userMetrics.metrics":   f(SeedFact{Type: "array"}),
		"autoscaling.userMetrics.metrics[]": f(SeedFact{Type: "string"}),
	}}}}
}

func TestMergeRule(t *testing.T) {
	md := "{object}\n" +
		"- `name`: (string) (required) The name. (min length: 3) (max length: 52)\n" +
		"- `deployment`: {object}\n" +
		"  - `gracePeriodSeconds`: (integer) Seconds.\n" +
		"  - `storageSize`: (integer) (enum: 16384, 32768, 131072)\n" +
		"  - `useCache`: (boolean) DEPRECATED: This field will be removed.\n" +
		"- `healthChecks`: [array of] {object}\n" +
		"   - `protocol`: (string) (required) (enum: HTTP, CMD, TCP)\n" +
		"   - `path`: (string) The path. Required when protocol is HTTP.\n" +
		"   - `port`: (integer)\n" +
		"- `headers`: [array of] (multiple options) {object}\n" +
		"      - `name`: (string) (required) (pattern: ^[a-z]+$)\n" +
		"      - `value`: (string) (required) | {object}\n" +
		"      - `name`: (string) (required)\n" +
		"      - `value`: (string) (required)\n" +
		"- `source`: (multiple options) {object}\n" +
		"   - `vcs`: (string) (required) | {object}\n" +
		"   - `external`: (string) (required) | {object}\n" +
		"- `projectId`: (multiple options) (string) (pattern: ^[a-z]+$) | (string) (pattern: .*\\${.*}.*)"
	ts := "{ 'name': string; 'deployment': { 'gracePeriodSeconds'?: number; }; 'healthChecks'?: { 'protocol': 'HTTP' | 'CMD' | 'TCP'; }[]; 'headers'?: any[]; 'source'?: { 'vcs': string; } | { 'external': string; } | any; 'projectId'?: string; }"
	got, em, notes := mergeSnippet(t, md, ts, testSeeds())
	want := `{
	// The name.
	name!: string & strings.MinRunes(3) & strings.MaxRunes(52)
	deployment!: #Deployment
	healthChecks?: [...#HealthCheck]
	headers?: [...{
		matchN(>=1, [
			#HeaderStrings,
			#HeaderRegex])
		...
	}]
	source?: {
		matchN(1, [
			#SourceVcs,
			#SourceExternal,
			close({})])
		...
	}
	projectId?: string & =~#"^[a-z]+$"# @nflint(ref)
}`
	if got != want {
		t.Errorf("body:\n%s\nwant:\n%s", got, want)
	}
	checkDef(t, em, "#Deployment", `{
	// Seconds.
	gracePeriodSeconds?: int & >=15 & <=600
	storageSize?: int & (16384 | 32768 | 131072)
	// DEPRECATED: This field will be removed.
	useCache?: bool @nflint(deprecated="This field will be removed")
}`)
	checkDef(t, em, "#HealthCheck", `{
	protocol!: string & ("HTTP" | "CMD" | "TCP")
	// The path. Required when protocol is HTTP.
	path?: string @nflint(requiredWhen="protocol")
	port?: int & >=1
	if protocol != _|_ if protocol == "HTTP" {
		path!: _
	}
}`)
	var rows []string
	for _, r := range notes.Rows() {
		rows = append(rows, r.Field+": "+r.Seed+" / "+r.Reference+" / "+r.Nflint)
	}
	wantRows := []string{
		"deployment.storageSize: min 16384, max 65536 / one of 16384, 32768, 131072 / one of the reference's values, no bound",
		"deployment.storageSize: no enum / one of 16384, 32768, 131072 / as the reference",
		"healthChecks[].path: no condition / required when protocol is HTTP / as the reference",
		"healthChecks[].protocol: one of HTTP, CMD / one of HTTP, CMD, TCP / as the reference",
		"name: length 3–39 / length 3–52 / as the reference",
	}
	if strings.Join(rows, "\n") != strings.Join(wantRows, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(wantRows, "\n"))
	}
}

func checkDef(t *testing.T, em *emitter, name, want string) {
	t.Helper()
	if got := em.defs[name]; got != want {
		t.Errorf("%s:\n%s\nwant:\n%s", name, got, want)
	}
}
