package lint

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

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
