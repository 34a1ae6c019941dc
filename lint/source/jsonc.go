package source

// StripJSONC turns JSON with comments and trailing commas (the JSONC of tsconfig.json and
// VS Code's settings.json) into JSON: each comment and each comma before a closing bracket
// becomes spaces, line breaks kept, so that every other byte keeps its line and column. Text
// inside strings is left as it is. A Northflank spec is plain JSON, which the API requires;
// this is for telling whether a file that fails to parse is someone else's JSONC.
func StripJSONC(src []byte) []byte {
	out := make([]byte, len(src))
	copy(out, src)
	comma := -1 // the last comma outside strings, while only blanks and comments followed it
	for i := 0; i < len(out); i++ {
		switch c := out[i]; {
		case c == '"':
			i = stringEnd(out, i)
			comma = -1
		case c == '/' && i+1 < len(out) && out[i+1] == '/':
			for ; i < len(out) && out[i] != '\n'; i++ {
				out[i] = ' '
			}
		case c == '/' && i+1 < len(out) && out[i+1] == '*':
			end := i + 2
			for end < len(out) && !(out[end] == '*' && end+1 < len(out) && out[end+1] == '/') {
				end++
			}
			for j := i; j < min(end+2, len(out)); j++ {
				if out[j] != '\n' {
					out[j] = ' '
				}
			}
			i = min(end+1, len(out))
		case c == ',':
			comma = i
		case c == '}' || c == ']':
			if comma >= 0 {
				out[comma] = ' '
			}
			comma = -1
		case c != ' ' && c != '\t' && c != '\n' && c != '\r':
			comma = -1
		}
	}
	return out
}

// stringEnd returns the index of the quote closing the string that opens at i, or the last
// index when it is not closed.
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j
		}
	}
	return len(b) - 1
}
