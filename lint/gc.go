package lint

import (
	"os"
	"runtime/debug"
)

// Garbage collection settings for runs over many files. Checking a document allocates about
// twenty times what stays live (CUE builds and drops values), so with Go's default (GOGC=100)
// the collector took about a third of the CPU. A larger growth ratio, capped by a soft memory
// limit, trades a bounded amount of memory for that time (docs/performance.md).
const (
	gcPercent   = 400
	memoryLimit = 140 << 20 // bytes; the target for 10,000 files is 200 MB peak RSS
)

// tuneGC applies those settings unless the user set GOGC or GOMEMLIMIT, and returns the
// function that restores the previous ones.
func tuneGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	oldPercent := debug.SetGCPercent(gcPercent)
	oldLimit := debug.SetMemoryLimit(memoryLimit)
	return func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}
}
