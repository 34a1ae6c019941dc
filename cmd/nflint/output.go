package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// An output is where findings go: standard output, or the --output file. The file is written
// under a temporary name beside it and renamed over it when the run ends, so a reader (a CI
// step uploading SARIF, say) never sees a half-written report: a run that fails or is killed
// leaves the previous report, or none.
type output struct {
	io.Writer
	tmp    *os.File // nil for standard output
	target string
}

func openOutput(name string, stdout io.Writer) (*output, error) {
	if name == "" {
		return &output{Writer: stdout}, nil
	}
	if info, err := os.Stat(name); err == nil && !info.Mode().IsRegular() {
		return nil, fmt.Errorf("--output: %s is not a regular file", name)
	}
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	// The temporary name does not end in .json or .yaml, so a walk never picks it up.
	tmp, err := os.CreateTemp(dir, "."+base+".*.nflint-tmp")
	if err != nil {
		return nil, fmt.Errorf("--output: cannot create %s: %v", name, plainPathError(err))
	}
	return &output{Writer: tmp, tmp: tmp, target: name}, nil
}

// commit puts the finished report in place, with the mode the file had, or 0644.
func (o *output) commit() error {
	if o.tmp == nil {
		return nil
	}
	mode := fs.FileMode(0o644)
	if info, err := os.Stat(o.target); err == nil {
		mode = info.Mode().Perm()
	}
	err := o.tmp.Chmod(mode)
	if cerr := o.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(o.tmp.Name(), o.target)
	}
	if err != nil {
		os.Remove(o.tmp.Name())
	}
	return err
}

// abort drops the unfinished report, leaving whatever the target held.
func (o *output) abort() {
	if o.tmp != nil {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
	}
}

func plainPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// sameFile reports whether two paths name one file (through links or different spellings).
func sameFile(a fs.FileInfo, path string) bool {
	b, err := os.Stat(path)
	return err == nil && os.SameFile(a, b)
}
