package source

import "bytes"

// StripTemplateActions blanks the {{ ... }} actions of Go templates, as Helm charts hold, so
// that the YAML around them can be read: each action becomes spaces, line breaks kept, and
// every other byte keeps its line and column. An action left open is left as it is. Northflank
// substitutes ${...}, never {{...}}; this is for telling whether a YAML file that fails to parse
// is someone else's template.
func StripTemplateActions(src []byte) []byte {
	out := bytes.Clone(src)
	for i := 0; i+1 < len(out); i++ {
		if out[i] != '{' || out[i+1] != '{' {
			continue
		}
		end := bytes.Index(out[i+2:], []byte("}}"))
		if end < 0 {
			break
		}
		end += i + 4
		for j := i; j < end; j++ {
			if out[j] != '\n' {
				out[j] = ' '
			}
		}
		i = end - 1
	}
	return out
}
