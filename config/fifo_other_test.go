//go:build !unix

package config

import "testing"

// fifo returns "": there are no FIFOs in this system's file system.
func fifo(t *testing.T, dir string) string { return "" }
