// Package lsp is nflint's language server: the Language Server Protocol over standard input
// and output, for editors. It reports the findings `nflint lint` reports — the same linter,
// rules, configuration (.nflint.yaml) and inline suppressions, run on the unsaved buffer — and
// answers hover with what `nflint explain` says of the field under the cursor, completion with
// the fields, values, node kinds, arguments and refs valid there, and code actions with the
// findings' suggestions, the missing required fields and suppressions.
//
// The JSON-RPC framing and the protocol types are written here for the dozen messages the
// server speaks: the Go LSP libraries bring logging frameworks and network transports that
// nflint, which never opens a connection, has no use for.
package lsp
