package source

import (
	"bytes"
	stdjson "encoding/json"

	"github.com/nflint/nflint/lint/diag"

	"cuelang.org/go/encoding/json"
)

func (d *decoding) decodeJSON() {
	expr, err := json.Extract(d.src.Name, d.text)
	if err != nil {
		d.src.Diags = append(d.src.Diags, d.src.jsonSyntax(err))
		return
	}
	d.addDoc(expr)
}

// jsonSyntax positions a JSON syntax error. CUE's message names no offset, so the standard
// library's decoder, which does, reads the file again: this only happens for broken files.
func (s *Source) jsonSyntax(cueErr error) diag.Diagnostic {
	d := diag.Diagnostic{File: s.Name, Rule: "syntax", Severity: diag.Error, Pos: diag.Pos{Line: 1, Column: 1}}
	var v any
	err := stdjson.Unmarshal(s.Src, &v)
	var se *stdjson.SyntaxError
	switch {
	case asSyntax(err, &se):
		d.Pos = offsetPos(s.Src, int(se.Offset))
		d.Message = "invalid JSON: " + jsonReason(se.Error())
		if se.Offset >= int64(len(s.Src)) {
			d.Message = "invalid JSON: the file ends before the value is complete"
		}
	case err != nil:
		d.Message = "invalid JSON: " + err.Error()
	default:
		d.Message = "invalid JSON: " + plainCUEMessage(cueErr.Error())
	}
	return d
}

func asSyntax(err error, se **stdjson.SyntaxError) bool {
	x, ok := err.(*stdjson.SyntaxError)
	if ok {
		*se = x
	}
	return ok
}

// offsetPos turns a byte offset into a 1-based line and column. The offset Go reports is just
// past the offending byte.
func offsetPos(src []byte, off int) diag.Pos {
	if off > len(src) {
		off = len(src)
	}
	if off > 0 {
		off--
	}
	line := 1 + bytes.Count(src[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(src[:off], '\n')
	return diag.Pos{Line: line, Column: col}
}
