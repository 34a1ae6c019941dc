package lint

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
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

// An InputError is a path nflint could not read. It makes the run exit with status 2.
type InputError struct {
	Path string
	Err  error
}

func (e *InputError) Error() string {
	return fmt.Sprintf("cannot read %s: %v", e.Path, plainIOError(e.Err))
}

func plainIOError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Collect expands the command-line paths into the files to lint: files as given, directories
// walked for *.json, *.yaml and *.yml (skipping .git and node_modules), and "-" for standard
// input. Paths that cannot be read are returned as InputErrors.
func Collect(args []string, ignore func(string) bool) ([]string, []*InputError) {
	var files []string
	var errs []*InputError
	for _, a := range args {
		if a == "-" {
			files = append(files, a)
			continue
		}
		info, err := os.Stat(a)
		if err != nil {
			errs = append(errs, &InputError{a, err})
			continue
		}
		if !info.IsDir() {
			files = append(files, a)
			continue
		}
		// A trailing separator makes the walk follow a root that is a symlink to a directory;
		// symlinks met inside are not followed, so a link loop cannot make the walk endless.
		root := strings.TrimSuffix(a, string(filepath.Separator)) + string(filepath.Separator)
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if p == root {
				p = a
			}
			if err != nil {
				errs = append(errs, &InputError{p, err})
				return nil
			}
			if d.IsDir() {
				if p != a && (d.Name() == ".git" || d.Name() == "node_modules") {
					return filepath.SkipDir
				}
				return nil
			}
			if !IsSpecFile(p) || ignore != nil && ignore(p) {
				return nil
			}
			if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				// A FIFO or device named like a spec: opening it could block for ever.
				errs = append(errs, &InputError{p, errNotRegular})
				return nil
			}
			files = append(files, p)
			return nil
		})
		if err != nil {
			errs = append(errs, &InputError{a, err})
		}
	}
	return files, errs
}

// IsSpecFile reports whether a directory walk picks up a file.
func IsSpecFile(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".json", ".yaml", ".yml":
		return true
	}
	return false
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

// ErrTooLarge is returned for files over the size limit.
type ErrTooLarge struct {
	Limit int64
	Size  int64 // 0 when the input is a stream whose size is not known
}

func (e ErrTooLarge) Error() string {
	if e.Size > 0 {
		return fmt.Sprintf("the file is %d bytes, larger than the limit of %d bytes (raise it with --max-file-size)", e.Size, e.Limit)
	}
	return fmt.Sprintf("the file is larger than the limit of %d bytes (raise it with --max-file-size)", e.Limit)
}

// errNotRegular is the reason given for a FIFO, socket or device met in a directory walk.
var errNotRegular = errors.New("not a regular file (a pipe, socket or device); name it on the command line to read it")

func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// A regular file's size is known before reading: an oversized one costs nothing. Pipes
	// and other streams are read up to the limit.
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		if limit <= 0 {
			limit = DefaultMaxBytes
		}
		if info.Size() > limit {
			return nil, ErrTooLarge{Limit: limit, Size: info.Size()}
		}
	}
	return readLimited(f, limit)
}

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	if r == nil {
		return nil, errors.New("no standard input")
	}
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, ErrTooLarge{Limit: limit}
	}
	return data, nil
}
