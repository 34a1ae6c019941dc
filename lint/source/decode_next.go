package source

import (
	"bytes"
	"errors"
)

var errInvalidJSON = errors.New("the file is not valid JSON")

// decodeCUE is the decoder Decode replaced, kept for one commit beside it for the differential
// test.
func decodeCUE(name string, src []byte) (s *Source) {
	src = loneCRs(bytes.TrimPrefix(src, utf8BOM))
	s = &Source{Name: name, Src: src}
	d := &decoding{src: s, json: IsJSON(name, src), text: src}
	defer d.recoverDecoder()
	if diags := s.guard(d.json); len(diags) > 0 {
		s.Diags = append(s.Diags, diags...)
		return s
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return s
	}
	if d.json {
		d.text, d.restore = withStandIns(src, jsonStandIns)
		d.decodeJSON()
		return s
	}
	d.text, d.restore = withStandIns(src, yamlStandIns)
	if diag := d.aliasCycle(); diag != nil {
		s.Diags = append(s.Diags, *diag)
		return s
	}
	d.decodeYAML()
	return s
}
