package lint

import (
	"github.com/nflint/nflint/lint/source"
	"github.com/nflint/nflint/schema"
)

// AuditNative installs the hook the differential tests use to see each native answer beside
// CUE's; nil removes it.
func AuditNative(f func(question string, def *schema.Def, n *source.Node, lenient, native, cue bool)) {
	auditNative = f
}

// AuditAsked installs the hook told of each question the native engine left to CUE.
func AuditAsked(f func(question string)) { auditAsked = f }
