package lint

import (
	"io"
	"runtime"
	"sync"

	"cuelang.org/go/cue/cuecontext"
	"github.com/nflint/nflint/schema"
)

// DefaultMaxBytes is the largest file nflint reads unless told otherwise: far above any real
// spec, low enough that a stray data file costs nothing.
const DefaultMaxBytes = 10 << 20

// recycleAfter is how many documents one CUE context checks before it is replaced: a context
// keeps every value built in it, and measurements (docs/performance.md) show memory stays
// flat when contexts are recycled this often.
const recycleAfter = 500

// Options control a run over many files.
type Options struct {
	Kind         string // forced kind, or ""
	Rules        []*Rule
	MaxBytes     int64 // files larger than this are reported, not read
	Workers      int   // 0 means one per CPU
	StdinName    string
	Stdin        io.Reader
	IgnoreFile   func(path string) bool // paths the configuration excludes
	KindFor      func(path string) string
	MaxDocuments int
}

// Run lints files concurrently, one worker per CPU, and returns the report in the order of
// files, whatever order the workers finish in.
func Run(files []string, opts Options) (*Report, []*InputError, error) {
	if len(files) > 1 {
		defer tuneGC()()
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(len(files), 1))
	type out struct {
		src *Source
		res Result
		err *InputError
	}
	results := make([]out, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var firstErr error
	var mu sync.Mutex
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wk, err := newWorker(opts)
			if err != nil {
				mu.Lock()
				firstErr = err
				mu.Unlock()
				for range jobs {
				}
				return
			}
			for i := range jobs {
				src, res, ierr := wk.lintFile(files[i])
				results[i] = out{src, res, ierr}
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if firstErr != nil {
		return nil, nil, firstErr
	}
	rep := NewReport()
	var errs []*InputError
	for _, o := range results {
		if o.err != nil {
			errs = append(errs, o.err)
			continue
		}
		rep.Add(o.src, o.res)
	}
	return rep, errs, nil
}

// A worker lints files one after another with its own CUE context.
type worker struct {
	opts   Options
	linter *Linter
	used   int
}

func newWorker(opts Options) (*worker, error) {
	w := &worker{opts: opts}
	return w, w.renew()
}

func (w *worker) renew() error {
	s, err := schema.Load(cuecontext.New())
	if err != nil {
		return err
	}
	w.linter, w.used = New(s, w.opts.Rules, w.opts.Kind), 0
	return nil
}

func (w *worker) lintFile(path string) (*Source, Result, *InputError) {
	name := path
	var data []byte
	var err error
	if path == "-" {
		name = w.opts.StdinName
		if name == "" {
			name = "<stdin>"
		}
		data, err = readLimited(w.opts.Stdin, w.opts.MaxBytes)
	} else {
		data, err = readFile(path, w.opts.MaxBytes)
	}
	if err != nil {
		return nil, Result{}, &InputError{name, err}
	}
	src := Decode(name, data)
	if w.used > recycleAfter {
		if err := w.renew(); err != nil {
			return nil, Result{}, &InputError{name, err}
		}
	}
	w.used += len(src.Docs)
	l := w.linter
	if w.opts.KindFor != nil && w.opts.Kind == "" {
		if k := w.opts.KindFor(name); k != "" {
			l = l.WithKind(k)
		}
	}
	res := l.Lint(src)
	src.Compact()
	return src, res, nil
}
