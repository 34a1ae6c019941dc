package lint

import (
	"os"
	"runtime/debug"
)

// Garbage collection settings for runs over many files. Checking a document allocates about
// twenty times what stays live (CUE builds and drops values), so with Go's default (GOGC=100)
// the collector took about a third of the CPU. A larger growth ratio, capped by a soft memory
// limit, trades a bounded amount of memory for that time (docs/performance.md). A run's live
// heap is about 15 MB whatever the number of files (results stream out), but below the limit
// the heap it leaves to the collector drifts up with the run's length: at 140 MiB, peak RSS
// went from 55 MB at 1,000 files to 105 MB at 10,000 and 140 MB at 30,000; at 96 MiB it stays
// at 100–107 MB from 10,000 files on, for the same CPU.
const (
	gcPercent   = 400
	memoryLimit = 96 << 20 // bytes; issue 16 holds 10,000 files to 150 MB peak RSS, flat
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
