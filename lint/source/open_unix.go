//go:build unix

package source

import (
	"os"
	"syscall"
)

// openNoBlock opens a file for reading without waiting: a FIFO with no writer (or a device
// that would wait for data) opens at once, so fstat can refuse it before any read. O_NOCTTY
// keeps a terminal named as input from becoming nflint's controlling terminal.
func openNoBlock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
}
