package source

import (
	"bytes"
	"errors"
)

var errInvalidJSON = errors.New("the file is not valid JSON")

// decodeNew is Decode without CUE's decoders, beside it until it replaces it.
func decodeNew(name string, src []byte) (s *Source) {
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
		d.readJSON()
		return s
	}
	d.text, d.restore = withStandIns(src, yamlStandIns)
	d.readYAML()
	return s
}
