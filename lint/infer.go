package lint

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/nflint/nflint/lint/diag"
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// Inference picks the kind of a body nobody named from its fields. Only kinds whose fields
// can tell them apart take part: each resource's create body and the responses. A put body
// has the create body's fields, and a patch body the same fields all optional, so no field
// says a file is one; they are named with --kind or the configuration's kinds: — except that
// a body the create kind would reject only for fields it lacks, and its patch takes as
// written, is reported as either, never checked as a guess.

// A kindFit is how well one kind describes a body.
type kindFit struct {
	kind    *schema.Kind
	score   int
	missing []string // required top-level fields the body lacks
	foreign []string // top-level keys the kind does not take
}

// inferable reports whether fields alone can choose k.
func inferable(k *schema.Kind) bool {
	return k.Body == "response" || k.Body == "request" && k.Verb == "create"
}

// infer returns the kind of body n, or nil and the reason no kind, or more than one, fits.
func infer(n *source.Node) (*schema.Kind, string) {
	if n.Kind != source.Object {
		return nil, fmt.Sprintf("the document is %s, not an object: a Northflank spec is a JSON object", found(n))
	}
	if isManifest(n) {
		return nil, "not a Northflank spec: this has the shape of a Kubernetes manifest (apiVersion, kind, metadata); a Northflank template has apiVersion and spec at the top, with the node kind inside spec"
	}
	var fits []kindFit
	for _, k := range schema.Kinds {
		if inferable(k) {
			fits = append(fits, kindFitOf(k, n))
		}
	}
	sort.SliceStable(fits, func(i, j int) bool { return fits[i].score > fits[j].score })
	best, settled := narrowest(fits)
	if !settled {
		best = fits[0]
		settled = best.score >= 2 && (len(fits) == 1 || best.score-fits[1].score >= 2)
	}
	if settled {
		if why := patchReading(best, n); why != "" {
			return nil, why
		}
		return best.kind, ""
	}
	return nil, ambiguity(fits, n)
}

// narrowest settles a tie between kinds that each take the body whole — nothing missing,
// nothing foreign — as the kind that declares fewest fields: a manual job's body is also a
// cron job's (whose schedule is optional), and only a field the manual job does not take,
// such as schedule, makes it a cron job.
func narrowest(fits []kindFit) (kindFit, bool) {
	var tied []kindFit
	for _, f := range fits {
		if f.score == fits[0].score && len(f.missing) == 0 && len(f.foreign) == 0 {
			tied = append(tied, f)
		}
	}
	if len(tied) < 2 || len(tied) != countScore(fits, fits[0].score) {
		return kindFit{}, false
	}
	sort.SliceStable(tied, func(i, j int) bool {
		return len(shapeOfKind(tied[i].kind).Fields) < len(shapeOfKind(tied[j].kind).Fields)
	})
	if len(shapeOfKind(tied[0].kind).Fields) == len(shapeOfKind(tied[1].kind).Fields) {
		return kindFit{}, false
	}
	return tied[0], true
}

func countScore(fits []kindFit, score int) int {
	n := 0
	for _, f := range fits {
		if f.score == score {
			n++
		}
	}
	return n
}

// kindFitOf scores a kind against a body: its declared keys, two levels deep, count for it; keys
// it does not take and required fields the body lacks count against.
func kindFitOf(k *schema.Kind, n *source.Node) kindFit {
	sh := shapeOfKind(k)
	f := kindFit{kind: k, score: fitScore(sh, n, 2)}
	for _, fd := range sh.Fields {
		if fd.Required && n.Member(fd.Name) == nil {
			f.missing = append(f.missing, fd.Name)
		}
	}
	for _, m := range n.Members {
		if !sh.Allows(m.Key) {
			f.foreign = append(f.foreign, m.Key)
		}
	}
	return f
}

// shapeOfKind is the embedded shape of a kind's definition: inference reads it without
// compiling the definition (schema/shape.go).
func shapeOfKind(k *schema.Kind) *schema.Shape {
	if sh := schema.ShapeOf(k.Definition); sh != nil {
		return sh
	}
	return &schema.Shape{}
}

// patchReading is the reason a body is not checked as the create kind that fits it best:
// it lacks fields the create body requires, takes nothing the patch body does not, and so is
// a complete patch body as written. "" when it is the create body.
func patchReading(best kindFit, n *source.Node) string {
	if len(best.missing) == 0 || best.kind.Verb != "create" || best.kind.Body != "request" {
		return ""
	}
	for _, k := range schema.Kinds {
		if k.Resource != best.kind.Resource || k.Verb != "patch" || k.Body != "request" {
			continue
		}
		if p := kindFitOf(k, n); len(p.missing) == 0 && len(p.foreign) == 0 {
			return fmt.Sprintf("cannot tell which Northflank body this is: as written it is a %s body, and as a %s body it lacks %s; "+
				"name its kind with --kind %s or --kind %s, or map the file to a kind in .nflint.yaml",
				k.Name, best.kind.Name, quoteList(best.missing), best.kind.Name, k.Name)
		}
	}
	return ""
}

// ambiguity explains a body no kind fits clearly: the kinds that come nearest and what each
// lacks or does not take, or that nothing fits at all.
func ambiguity(fits []kindFit, n *source.Node) string {
	how := "name its kind with --kind (nflint help lint lists the kinds) or map the file to a kind in .nflint.yaml"
	var near []string
	for _, f := range fits {
		if f.score < 2 || len(near) == 3 {
			break
		}
		near = append(near, describeFit(f))
	}
	if len(near) == 0 {
		if named := wholeNamedFits(n); len(named) > 0 {
			return fmt.Sprintf("cannot tell which Northflank body this is: as written it is a %s body, which nflint does not "+
				"guess from fields (a put or patch body has a create body's fields); name its kind with --kind %s, or map the file to a kind in .nflint.yaml",
				orNames(named), named[0])
		}
		return "not a Northflank spec nflint knows: its fields match none of the API bodies or templates it checks; if it is one, " + how
	}
	msg := "cannot tell which Northflank body this is: it comes near " + strings.Join(near, "; ")
	if foreign := foreignKeys(n); len(foreign) > 0 {
		msg += fmt.Sprintf("; %s belong to no API body nflint knows", quoteList(foreign))
	}
	return msg + "; " + how
}

// wholeNamedFits lists the kinds inference does not choose among (put and patch bodies) that
// take the body whole: nothing missing, nothing foreign, and some of its fields theirs.
func wholeNamedFits(n *source.Node) []string {
	var out []string
	for _, k := range schema.Kinds {
		if inferable(k) || k.Body != "request" {
			continue
		}
		if f := kindFitOf(k, n); f.score > 0 && len(f.missing) == 0 && len(f.foreign) == 0 {
			out = append(out, k.Name)
		}
	}
	return out
}

// orNames joins kind names as "a, b or c", naming at most four.
func orNames(names []string) string {
	if len(names) > 4 {
		return strings.Join(names[:4], ", ") + fmt.Sprintf(" or one of %d more", len(names)-4)
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// describeFit says what a near kind lacks and what it does not take.
func describeFit(f kindFit) string {
	var parts []string
	if len(f.missing) > 0 {
		parts = append(parts, "lacks "+quoteList(f.missing))
	}
	if len(f.foreign) > 0 {
		parts = append(parts, "does not take "+quoteList(f.foreign))
	}
	if len(parts) == 0 {
		return f.kind.Name
	}
	return f.kind.Name + ", which " + strings.Join(parts, " and ")
}

// foreignKeys lists the top-level keys of n that no kind declares.
func foreignKeys(n *source.Node) []string {
	var out []string
	for _, m := range n.Members {
		anywhere := false
		for _, k := range schema.Kinds {
			if _, ok := shapeOfKind(k).Field(m.Key); ok {
				anywhere = true
				break
			}
		}
		if !anywhere {
			out = append(out, m.Key)
		}
	}
	sort.Strings(out)
	return out
}

// quoteList renders names as "a", "b" and "c", eliding after six.
func quoteList(names []string) string {
	var q []string
	for i, n := range names {
		if i == 6 {
			q = append(q, fmt.Sprintf("%d more", len(names)-6))
			break
		}
		q = append(q, strconv.Quote(n))
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

// fitScore measures how well a definition describes an object.
func fitScore(def *schema.Shape, n *source.Node, depth int) int {
	if len(def.Branches) > 0 {
		best := -1 << 30
		for _, b := range def.Branches {
			best = max(best, fitScore(b, n, depth))
		}
		return best
	}
	score := 0
	for _, m := range n.Members {
		f, ok := def.Field(m.Key)
		if !ok {
			if !def.Allows(m.Key) {
				score -= 3
				if depth > 1 { // the document's own keys: nested ones say less, and cost a did-you-mean each
					score -= foreignWeight(def, m)
				}
			}
			continue
		}
		score += 2
		if depth > 1 && m.Value.Kind == source.Object {
			score += fitScore(f.Shape, m.Value, depth-1) / 2
		}
	}
	for _, f := range def.Fields {
		if f.Required && n.Member(f.Name) == nil {
			score -= 2
		}
	}
	return score
}

// foreignWeight is what a key the definition does not take costs beyond a plain unknown key:
// a whole object of settings under a name that is no misspelling of a field (an invented
// format's spec: {type, billing, deployment, ...}) says the document is something else, while
// a misspelt key ("deploymnet") says it is this kind with a typo.
func foreignWeight(def *schema.Shape, m *source.Member) int {
	size := len(m.Value.Members) + len(m.Value.Items)
	if size == 0 {
		return 0
	}
	if misspells(def, m.Key) {
		return 0
	}
	return min(size, 5)
}

// misspellings remembers, per shape and key, whether the key is a near spelling of one of
// the shape's fields: every document is scored against every kind, and the did-you-mean
// behind the answer was a fifth of a run's CPU. Documents repeat their keys, so the set stays
// small; it stops growing at misspellingsLimit, past which answers are computed each time.
var misspellings = struct {
	sync.Mutex
	m map[misspelling]bool
}{m: map[misspelling]bool{}}

type misspelling struct {
	shape *schema.Shape
	key   string
}

const misspellingsLimit = 20000

func misspells(def *schema.Shape, key string) bool {
	k := misspelling{def, key}
	misspellings.Lock()
	got, ok := misspellings.m[k]
	misspellings.Unlock()
	if ok {
		return got
	}
	names := make([]string, len(def.Fields))
	for i, f := range def.Fields {
		names[i] = f.Name
	}
	got = diag.Closest(key, names) != ""
	misspellings.Lock()
	if len(misspellings.m) < misspellingsLimit {
		misspellings.m[k] = got
	}
	misspellings.Unlock()
	return got
}
