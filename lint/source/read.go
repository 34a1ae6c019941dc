package source

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

// A NotRegularError is the reason a path that is not a regular file is not read: a FIFO,
// socket or device can block for ever or never end, and nflint reads specs from files (and
// from standard input, named "-").
type NotRegularError struct {
	Kind string // "named pipe (FIFO)", "socket", "character device", ...
}

func (e *NotRegularError) Error() string {
	if e.Kind == "directory" {
		return "it is a directory"
	}
	return fmt.Sprintf("it is a %s, not a regular file", e.Kind)
}

// notRegular describes a file mode that is not a regular file's.
func notRegular(m fs.FileMode) *NotRegularError {
	kind := "special file"
	switch {
	case m&fs.ModeDir != 0:
		kind = "directory"
	case m&fs.ModeNamedPipe != 0:
		kind = "named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m&fs.ModeCharDevice != 0:
		kind = "character device"
	case m&fs.ModeDevice != 0:
		kind = "block device"
	case m&fs.ModeSymlink != 0:
		kind = "symbolic link"
	}
	return &NotRegularError{Kind: kind}
}

// DefaultMaxBytes is the largest file nflint reads unless told otherwise: far above any real
// spec, low enough that a stray data file costs nothing.
const DefaultMaxBytes = 10 << 20

// ReadFile reads a regular file of at most limit bytes (DefaultMaxBytes when limit is 0 or
// less), for specs and the configuration alike. It never blocks on what it opens: the file is
// opened without waiting and checked with fstat on the opened descriptor, so a FIFO or device
// swapped in after any earlier look is refused all the same. The limit is enforced by reading
// at most limit+1 bytes, whatever size the file claims (files in /proc claim 0). A file over
// the limit is an ErrTooLarge; anything but a regular file a *NotRegularError.
func ReadFile(path string, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	f, err := openNoBlock(path)
	if err != nil {
		if info, serr := os.Stat(path); serr == nil && !info.Mode().IsRegular() && !info.IsDir() {
			return nil, notRegular(info.Mode()) // a socket does not open: say what it is
		}
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, notRegular(info.Mode())
	}
	if info.Size() > limit {
		return nil, ErrTooLarge{Limit: limit, Size: info.Size()} // refused without reading
	}
	return ReadLimited(f, limit)
}

// ReadLimited reads a stream, standard input, up to limit bytes (DefaultMaxBytes when limit is
// 0 or less); a longer one is ErrTooLarge.
func ReadLimited(r io.Reader, limit int64) ([]byte, error) {
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
