//go:build !unix

package source

import "os"

// openNoBlock opens a file for reading. Systems other than Unix have no FIFOs in the file
// system to block on; ReadFile still refuses what is not a regular file before reading.
func openNoBlock(path string) (*os.File, error) {
	return os.Open(path)
}
