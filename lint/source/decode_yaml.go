package source

import (
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/nflint/nflint/lint/diag"

	"cuelang.org/go/encoding/yaml"
)

func (d *decoding) decodeYAML() {
	dec := yaml.NewDecoder(d.src.Name, bytes.NewReader(d.text))
	for d.doc = 0; ; d.doc++ {
		d.at = diag.Pos{}
		expr, err := dec.Extract()
		if err == io.EOF {
			return
		}
		if err != nil {
			d.src.Diags = append(d.src.Diags, d.src.yamlSyntax(err, d.doc))
			return
		}
		d.addDoc(expr)
	}
}

var yamlErrLine = regexp.MustCompile(`^(?:yaml: )?(?:[^:]*:)?(?:line )?(\d+):\s*(.*)$`)

// yamlSyntax positions a YAML syntax error. The YAML parser gives a line, rarely a column.
func (s *Source) yamlSyntax(err error, doc int) diag.Diagnostic {
	msg := strings.TrimPrefix(err.Error(), s.Name)
	msg = strings.TrimPrefix(msg, ":")
	msg = strings.TrimSpace(strings.TrimPrefix(msg, "yaml:"))
	d := diag.Diagnostic{File: s.Name, Document: doc, Rule: "syntax", Severity: diag.Error, Pos: diag.Pos{Line: 1, Column: 1}}
	line := 0
	if m := yamlErrLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	l, c := yamlLocate(s, msg, line)
	d.Pos = s.clamp(diag.Pos{Line: l, Column: c})
	d.Message = "invalid YAML: " + yamlReason(plainCUEMessage(msg))
	if deep, ok := yamlTooDeep(msg); ok {
		d.Message = deep
	}
	if long, ok := s.longKey(msg, line-1); ok {
		long.Document = doc
		return long
	}
	return d
}

func firstNonSpace(line string) int {
	return len(line) - len(strings.TrimLeft(line, " \t")) + 1
}

// plainCUEMessage strips the decoder's file-name prefixes from a message.
func plainCUEMessage(m string) string {
	m = strings.TrimSpace(m)
	if i := strings.Index(m, ": "); i >= 0 && strings.Contains(m[:i], "\"") {
		m = m[i+2:]
	}
	return m
}
