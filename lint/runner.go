package lint

import (
	"io"
	"runtime"
	"sync"

	"github.com/nflint/nflint/lint/source"

	"github.com/nflint/nflint/schema"
)

// recycleAfter is how many documents one CUE context checks before it is replaced: a context
// keeps every value built in it, and measurements (docs/performance.md) show memory stays
// flat when contexts are recycled this often.
const recycleAfter = 500

// Options control a run over many files.
type Options struct {
	Kind      string // forced kind, or ""
	Rules     []*Rule
	MaxBytes  int64 // files larger than this are reported, not read
	Workers   int   // 0 means one per CPU
	StdinName string
	Stdin     io.Reader
	KindFor   func(path string) string
	Engine    Engine // "" is EngineNative
}

// A FileResult is what linting one file produced: its source and result, or why it could not
// be read, or that it was skipped.
type FileResult struct {
	Source *source.Source // nil when Err is set
	Result Result
	Err    *source.InputError
	// Skipped is set for a file left unchecked as not a Northflank spec (foreign); Source
	// then holds only its name.
	Skipped bool
}

// Run lints files concurrently, one worker per CPU, and hands each file's result to emit in
// the order of files, whatever order the workers finish in. At most a few files per worker
// are held waiting for an earlier one, so memory does not grow with the run. An error from
// emit stops the run and is returned.
func Run(files []string, opts Options, emit func(FileResult) error) error {
	if len(files) > 1 {
		defer tuneGC()()
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(len(files), 1))
	pool, err := newWorkers(workers, opts)
	if err != nil {
		return err
	}
	slots := make([]chan FileResult, len(files))
	for i := range slots {
		slots[i] = make(chan FileResult, 1)
	}
	jobs := make(chan int)
	window := make(chan struct{}, 4*workers) // files dispatched and not yet emitted
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for _, wk := range pool {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				slots[i] <- wk.lintFile(files[i])
			}
		}()
	}
	go dispatch(len(files), jobs, window, stop)
	defer wg.Wait()
	for i := range files {
		r := <-slots[i]
		<-window
		if err := emit(r); err != nil {
			close(stop)
			return err
		}
	}
	return nil
}

// dispatch hands out file indexes in order, no more than the window allows ahead of emission.
func dispatch(n int, jobs chan<- int, window chan struct{}, stop <-chan struct{}) {
	defer close(jobs)
	for i := 0; i < n; i++ {
		select {
		case window <- struct{}{}:
		case <-stop:
			return
		}
		select {
		case jobs <- i:
		case <-stop:
			return
		}
	}
}

// newWorkers compiles the schema for each worker, concurrently: it is the start-up cost of a run.
func newWorkers(n int, opts Options) ([]*worker, error) {
	pool := make([]*worker, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range pool {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pool[i], errs[i] = newWorker(opts)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return pool, nil
}

// A worker lints files one after another with its own CUE context, renewed every
// recycleAfter documents.
type worker struct {
	opts   Options
	linter *Linter
}

func newWorker(opts Options) (*worker, error) {
	load := func() (*schema.Schema, error) { return schema.New() }
	s, err := load()
	if err != nil {
		return nil, err
	}
	l := New(s, opts.Rules, opts.Kind)
	l.SetEngine(opts.Engine)
	l.renewEvery(recycleAfter, load)
	return &worker{opts: opts, linter: l}, nil
}

func (w *worker) lintFile(path string) FileResult {
	name := path
	var data []byte
	var err error
	if path == "-" {
		name = w.opts.StdinName
		if name == "" {
			name = "<stdin>"
		}
		data, err = source.ReadLimited(w.opts.Stdin, w.opts.MaxBytes)
	} else {
		data, err = source.ReadFile(path, w.opts.MaxBytes)
	}
	if err != nil {
		return FileResult{Err: &source.InputError{Path: name, Err: err}}
	}
	src := source.Decode(name, data)
	l, kind := w.linter, w.opts.Kind
	if w.opts.KindFor != nil && kind == "" {
		if kind = w.opts.KindFor(name); kind != "" {
			l = l.WithKind(kind)
		}
	}
	if kind == "" && !source.NamedLikeSpec(name) && foreign(l.e.schema, src) {
		return FileResult{Source: &source.Source{Name: name}, Skipped: true}
	}
	res := l.Lint(src)
	src.Compact()
	return FileResult{Source: src, Result: res}
}

// foreign reports whether a file is someone else's, not a Northflank spec: none of its
// documents resembles one (Resembles), and it decodes, or decodes once read as JSON with
// comments and trailing commas (tsconfig.json, VS Code's settings) or as YAML with Go
// template actions blanked (Helm's templates). A file that does not decode otherwise cannot
// be told apart from a broken spec, and gets its syntax finding; so does one that decodes
// that way into something resembling a spec.
func foreign(s *schema.Schema, src *source.Source) bool {
	if hasSyntaxError(src) {
		lenient := source.StripTemplateActions
		if source.IsJSON(src.Name, src.Src) {
			lenient = source.StripJSONC
		}
		if src = source.Decode(src.Name, lenient(src.Src)); hasSyntaxError(src) {
			return false
		}
	}
	for _, d := range src.Docs {
		if Resembles(s, d.Root) {
			return false
		}
	}
	return true
}

func hasSyntaxError(src *source.Source) bool {
	for _, d := range src.Diags {
		if d.Rule == "syntax" {
			return true
		}
	}
	return false
}
